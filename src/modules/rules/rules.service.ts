/**
 * The rules register (issue 16): every rule of the report the product carries — incidents, early
 * warning, conduct, capabilities, force selection, unit performance, and those of the modules
 * still to come — with its ¶, what is enforced, the settings it takes and how far they may go,
 * and the tests that guard it. Each module states its own rules (`*.register.ts`); this lists them.
 */
import type { RuleEntry } from '../../core/rule-entry.js';
import type { RequestContext } from '../../db/context.js';
import { capabilitiesRules } from '../capabilities/capabilities.register.js';
import { conductRules } from '../conduct/conduct.register.js';
import { earlyWarningRules } from '../early-warning/early-warning.register.js';
import { forceSelectionRules } from '../force-selection/force-selection.register.js';
import { incidentRules } from '../incidents/incident.register.js';
import { mandatesRules } from '../mandates/mandates.register.js';
import { medicalRules } from '../medical/medical.register.js';
import { unitPerformanceRules } from '../unit-performance/unit-performance.register.js';
import { personnelRules } from '../personnel/personnel.register.js';

const order = ['I', 'E', 'C', 'K', 'M', 'D', 'P'];
const key = (id: string) => [order.indexOf(id[0]!), Number(id.slice(1))] as const;

/** Every rule, in the order of the domain: I, E, C, K, M, D, P (the planned ones among them). */
export const allRules: readonly RuleEntry[] = [
  ...incidentRules,
  ...earlyWarningRules,
  ...conductRules,
  ...capabilitiesRules,
  ...forceSelectionRules,
  ...unitPerformanceRules,
  ...medicalRules,
  ...mandatesRules,
  ...personnelRules,
].sort((a, b) => {
  const [x, y] = [key(a.id), key(b.id)];
  return x[0] - y[0] || x[1] - y[1];
});

/** For anyone signed in: the rules are the report's, and what the product does with them. */
export function listRules(_ctx: RequestContext): readonly RuleEntry[] {
  return allRules;
}

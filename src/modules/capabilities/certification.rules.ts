/**
 * K3 (¶100, ¶126): from 1 January 2016 every uniformed person deployed holds a predeployment
 * training certification and a human-rights screening that cleared them; a unit with anyone
 * missing either cannot deploy, and the refusal names who misses what. Pure.
 */
import { DomainError } from '../../core/errors.js';

/** Deployments dated on or after this day need every person certified and screened. */
export const certificationFrom = '2016-01-01';

export interface PersonReadiness {
  serviceNumber: string;
  certified: boolean;
  /** The latest screening's outcome, or null when never screened. */
  screening: 'cleared' | 'not_cleared' | null;
}

export type Missing = 'certification' | 'screening' | 'cleared_screening';

/** What one person lacks to deploy. */
export function missingOf(p: PersonReadiness): Missing[] {
  const missing: Missing[] = [];
  if (!p.certified) missing.push('certification');
  if (p.screening === null) missing.push('screening');
  else if (p.screening === 'not_cleared') missing.push('cleared_screening');
  return missing;
}

const words: Record<Missing, string> = {
  certification: 'no predeployment training certification',
  screening: 'no human-rights screening',
  cleared_screening: 'a human-rights screening that did not clear them',
};

/**
 * Why the unit cannot deploy on the day, naming each person and what they lack; null when it can.
 * Before 2016 nothing is required.
 */
export function deploymentBlocker(
  people: readonly PersonReadiness[],
  deployedOn: string,
): { text: string; details: { path: string; message: string }[] } | null {
  if (deployedOn < certificationFrom) return null;
  if (people.length === 0)
    return {
      text: 'the unit has no personnel recorded: from 1 January 2016 every person deployed is certified and screened (¶100, ¶126)',
      details: [],
    };
  const lacking = people
    .map((p) => ({ p, missing: missingOf(p) }))
    .filter((x) => x.missing.length > 0);
  if (lacking.length === 0) return null;
  return {
    text: `${lacking.length} of ${people.length} people are not ready to deploy (¶100, ¶126)`,
    details: lacking.map(({ p, missing }) => ({
      path: `personnel.${p.serviceNumber}`,
      message: missing.map((m) => words[m]).join('; '),
    })),
  };
}

/** @throws invalid_state naming each person and what they lack, for deployments from 2016 */
export function assertUnitMayDeploy(people: readonly PersonReadiness[], deployedOn: string): void {
  const blocker = deploymentBlocker(people, deployedOn);
  if (blocker) throw new DomainError('invalid_state', blocker.text, blocker.details);
}

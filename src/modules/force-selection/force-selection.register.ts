/** The force-selection module's rules, for the rules register (core/rule-entry.ts). */
import type { RuleEntry } from '../../core/rule-entry.js';

export const forceSelectionRules: RuleEntry[] = [
  {
    id: 'K5',
    module: 'force-selection',
    paragraphs: ['¶85', '¶98'],
    title: 'Force selection that says why',
    text: 'For a statement of unit requirements the eligible pledges are ranked, and each excluded one says exactly which rule excluded it (readiness, eligibility, strength, people not ready, caveats, open remedial plans, refusals).',
    status: 'enforced',
    settings: [],
    guardedBy: [
      'src/modules/force-selection/selection.rules.test.ts',
      'src/modules/force-selection/selection.service.test.ts',
    ],
  },
  {
    id: 'K9',
    module: 'force-selection',
    paragraphs: ['¶76'],
    title: 'Deployment tracked step by step',
    text: 'The steps from selection to arrival, each with its owning division and dates that are neither in the future nor out of order; the main body’s arrival deploys the unit under K3; where the days go, per step and division.',
    status: 'enforced',
    settings: [],
    guardedBy: [
      'src/modules/force-selection/deployment-steps.rules.test.ts',
      'src/modules/force-selection/selection.service.test.ts',
    ],
  },
];

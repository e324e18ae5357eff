/** The unit-performance module's rules, for the rules register (core/rule-entry.ts). */
import type { RuleEntry } from '../../core/rule-entry.js';

export const unitPerformanceRules: RuleEntry[] = [
  {
    id: 'K7',
    module: 'unit-performance',
    paragraphs: ['¶97'],
    title: 'Performance assessed against task-based standards; deficiencies remedied on time',
    text: 'A unit is assessed in mission against task-based standards; a deficiency opens a remedial plan with a due date, which stays open until closed and, overdue, counts against the unit in selection.',
    status: 'enforced',
    settings: [],
    guardedBy: [
      'src/modules/unit-performance/assessment.rules.test.ts',
      'src/modules/unit-performance/assessment.service.test.ts',
    ],
  },
  {
    id: 'K8',
    module: 'unit-performance',
    paragraphs: ['¶98'],
    title: 'Refusals to follow orders reported and decided',
    text: 'A refusal of the force commander’s or police commissioner’s orders is reported; the Member State is informed at once; the Council’s periodic summary holds it; with no remedial action by its due date a repatriation decision is required, and deciding to repatriate orders the unit home (90 days to leave unless recorded otherwise; no longer deployed once it has left).',
    status: 'enforced',
    settings: [],
    guardedBy: [
      'src/modules/unit-performance/refusal.rules.test.ts',
      'src/modules/unit-performance/refusal.service.test.ts',
    ],
  },
];

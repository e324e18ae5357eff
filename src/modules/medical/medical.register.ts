/** The medical module's rules, for the rules register (core/rule-entry.ts). M2–M5 are still planned. */
import type { RuleEntry } from '../../core/rule-entry.js';

export const medicalRules: RuleEntry[] = [
  {
    id: 'M1',
    module: 'medical',
    paragraphs: ['¶110', '¶111'],
    title: 'The 10-1-2 timeline',
    text: 'Each casualty’s first aid within 10 minutes, advanced resuscitation within 1 hour and damage-control surgery within 2 hours of the injury: each step met, missed, not applicable, due or not recorded; a timeline that cannot have happened is refused; compliance per mission, facility and month counts met over judged steps, the steps not recorded beside it.',
    status: 'enforced',
    settings: [],
    guardedBy: [
      'src/modules/medical/ten-one-two.rules.test.ts',
      'src/modules/medical/casualty.service.test.ts',
    ],
  },
  {
    id: 'M6',
    module: 'medical',
    paragraphs: ['¶110'],
    title: 'Patient data is tier-1',
    text: 'A casualty’s identity and clinical notes are encrypted at rest and shown only in that casualty’s read, audited, by the medical officers of its mission; never in lists, reports, answers to writes, the audit digest or the log.',
    status: 'enforced',
    settings: [],
    guardedBy: ['src/modules/medical/casualty.service.test.ts'],
  },
];

/** The conduct module's rules, for the rules register (core/rule-entry.ts). */
import { settingsOf, type RuleEntry } from '../../core/rule-entry.js';
import { clockSettingBounds } from './case.schema.js';
import { patternRuleBounds } from './measure.schema.js';

export const conductRules: RuleEntry[] = [
  {
    id: 'C1',
    module: 'conduct',
    paragraphs: ['¶119'],
    title: 'Evidence gathered within 72 hours of receipt',
    text: 'Each case’s evidence clock runs from receipt; its team is told when it is due soon and when it is overdue. A receipt may not be dated in the future (it would move the clock); only headquarters may shorten the clock.',
    status: 'enforced',
    settings: settingsOf(
      { evidenceHours: clockSettingBounds.evidenceHours },
      { evidenceHours: 'hours from receipt to gather the evidence' },
    ),
    guardedBy: [
      'src/modules/conduct/case.rules.test.ts',
      'src/modules/conduct/case.service.test.ts',
      'src/modules/rules/settings-bypass.property.test.ts',
    ],
  },
  {
    id: 'C2',
    module: 'conduct',
    paragraphs: ['¶119'],
    title:
      'Investigation concluded within six months; overdue cases visible to the head of mission and headquarters',
    text: 'The investigation clock runs from receipt. Outside the case’s compartment, the head of mission and headquarters see exact overdue counts per mission and are told, by reference, when a case falls overdue; only headquarters may shorten the clock.',
    status: 'enforced',
    settings: settingsOf(
      { investigationMonths: clockSettingBounds.investigationMonths },
      { investigationMonths: 'months from receipt to conclude the investigation' },
    ),
    guardedBy: [
      'src/modules/conduct/case.service.test.ts',
      'src/modules/conduct/clock-sweep.service.test.ts',
      'src/modules/rules/settings-bypass.property.test.ts',
    ],
  },
  {
    id: 'C3',
    module: 'conduct',
    paragraphs: ['¶120'],
    title:
      'Sanctions: leave without pay, payments suspended, repatriation on a pattern or non-response, sanctions for failing to act',
    text: 'Staff are placed on leave without pay pending investigation; payments for a contingent or formed police unit with a credible allegation are suspended. A repatriation decision is raised by a demonstrated pattern in a contingent, and by its contributor not answering an allegation (no national investigation officer appointed, nor investigation declined) within 10 working days of receipt — on typed-in cases, by the sweep whatever anyone does. A failure to act found against a commander or the mission leadership raises a sanction decision. Headquarters takes every such decision, never the mission; repatriating names the contributor’s unit deployed in the mission and starts its repatriation, with a day to leave by; once it has left it is no longer deployed, and it stays on the contributor’s record. Only headquarters may set the pattern rule, and only stricter.',
    status: 'enforced',
    settings: settingsOf(patternRuleBounds, {
      allegations: 'credible allegations against one contingent that make a pattern',
      months: 'the window they fall in, in months',
    }),
    guardedBy: [
      'src/modules/conduct/measure.service.test.ts',
      'src/modules/conduct/contributor-measures.service.test.ts',
      'src/modules/conduct/measure.rules.test.ts',
      'test/sanctions.test.ts',
      'src/modules/rules/settings-bypass.property.test.ts',
    ],
  },
  {
    id: 'C4',
    module: 'conduct',
    paragraphs: ['¶121'],
    title: 'Criminal referrals recorded and followed',
    text: 'A referral to the host country’s or the contributing country’s judicial authorities stays on the open list, with its next review, until its outcome is recorded.',
    status: 'enforced',
    settings: [],
    guardedBy: ['src/modules/conduct/measure.service.test.ts'],
  },
  {
    id: 'C5',
    module: 'conduct',
    paragraphs: ['¶122'],
    title: 'Public statistics that identify no one',
    text: 'Published by quarter, mission, category and nationality of uniformed personnel, in fixed tables of one dimension each, counting months that have ended; small counts are withheld together with enough others that no hidden count can be worked out from the published tables by subtraction.',
    status: 'enforced',
    settings: [],
    guardedBy: [
      'src/modules/conduct/statistics.publication.test.ts',
      'src/modules/conduct/public-statistics.test.ts',
    ],
  },
  {
    id: 'C6',
    module: 'conduct',
    paragraphs: ['¶123'],
    title: 'Community complaints without an account',
    text: 'A public form returns a receipt code with which the complainant follows the complaint — and, once a case is opened, its stage — and answers the case team’s questions; nothing else about the case is revealed.',
    status: 'enforced',
    settings: [],
    guardedBy: ['src/modules/conduct/complaint.service.test.ts'],
  },
  {
    id: 'C7',
    module: 'conduct',
    paragraphs: ['¶123'],
    title: 'Victim assistance followed to an outcome',
    text: 'Each victim’s referrals (medical, psychosocial, legal, livelihood, paternity support) are recorded with their provider, dates and outcome.',
    status: 'enforced',
    settings: [],
    guardedBy: ['src/modules/conduct/assistance.service.test.ts'],
  },
  {
    id: 'C8',
    module: 'conduct',
    paragraphs: ['¶124', '¶126'],
    title: 'Vetting against earlier service',
    text: 'A candidate is screened against substantiated and pending allegations in earlier UN service; the answer (match, no match, review) is audited and shows no case to those outside it.',
    status: 'enforced',
    settings: [],
    guardedBy: [
      'src/modules/conduct/vetting.rules.test.ts',
      'src/modules/conduct/vetting.service.test.ts',
    ],
  },
  {
    id: 'C9',
    module: 'conduct',
    paragraphs: ['¶119', '¶123'],
    title: 'Victims and complainants on a need-to-know basis',
    text: 'Identities are encrypted at rest, seen only inside the case’s compartment, and absent from lists, logs, exports and statistics.',
    status: 'enforced',
    settings: [],
    guardedBy: ['src/modules/conduct/case.service.test.ts', 'test/canary.test.ts'],
  },
];

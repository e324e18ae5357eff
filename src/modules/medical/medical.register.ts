/** The medical module's rules, for the rules register (core/rule-entry.ts). */
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
    id: 'M2',
    module: 'medical',
    paragraphs: ['¶110', '¶111'],
    title: 'Evacuation requests',
    text: 'A CASEVAC/MEDEVAC request moves requested → tasked → airborne → at the patient → at the facility one step at a time, each timed, never before the step before it nor in the future; it is refused only before tasking and aborted only after, with the reason; its clock follows its most urgent patient (at the facility within 90 minutes for urgent surgical, 60 urgent, 4 hours priority, 24 routine); the mission’s aviation cell sees every open request and is notified of each new one.',
    status: 'enforced',
    settings: [],
    guardedBy: [
      'src/modules/medical/evacuation.rules.test.ts',
      'src/modules/medical/evacuation.service.test.ts',
    ],
  },
  {
    id: 'M3',
    module: 'medical',
    paragraphs: ['¶110', '¶111'],
    title: 'Medical facilities and routing',
    text: 'Level I, II and III facilities and aero-medical teams with their capabilities and status, and the mission’s aircraft; a request is routed to the nearest facility able to treat its precedence by the available aircraft that gets there soonest, night-capable only at night; a tasking is refused for an aircraft of another mission, unavailable or flying another request, a day-only aircraft at night, or a facility that cannot treat; the estimate is kept and judged against M2’s target before the aircraft leaves.',
    status: 'enforced',
    settings: [],
    guardedBy: [
      'src/modules/medical/evacuation.rules.test.ts',
      'src/modules/medical/facility.service.test.ts',
      'src/modules/medical/evacuation.service.test.ts',
    ],
  },
  {
    id: 'M4',
    module: 'medical',
    paragraphs: ['¶108'],
    title: 'Fatalities',
    text: 'The consolidated record in the layout of the UN’s public data: the UN’s file imported whole or not at all (idempotent, every rejected row by line), its public statistics by year, mission, nationality, personnel and type of incident equal to an independent count; a death recorded in the mission is linked to its incident and casualty, a malicious act only with its incident, where it opens the host Government follow-up (I1); the mission’s own records stay out of the public statistics until the UN publishes them.',
    status: 'enforced',
    settings: [],
    guardedBy: [
      'src/modules/medical/fatality-import.service.test.ts',
      'src/modules/medical/fatality-record.service.test.ts',
      'test/medical-cli.test.ts',
    ],
  },
  {
    id: 'M5',
    module: 'medical',
    paragraphs: ['¶108'],
    title: 'Next of kin',
    text: 'For each death recorded in the mission: the next of kin notified (through the Member State or the employing office) within a day, condolences within 7 days, the remains repatriated within 14, the compensation claim filed within 30 and paid within 90 days of filing — each with its owner, an active user of the mission; nothing before the family is notified, no payment before the claim; overdue steps listed and their owner notified once.',
    status: 'enforced',
    settings: [],
    guardedBy: ['src/modules/medical/fatality-record.service.test.ts'],
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

/** The mandates module's rules, for the rules register (core/rule-entry.ts). */
import type { RuleEntry } from '../../core/rule-entry.js';

export const mandatesRules: RuleEntry[] = [
  {
    id: 'D1',
    module: 'mandates',
    paragraphs: ['¶57', '¶58', '¶59'],
    title: 'Sequenced mandates',
    text: 'A mandate (resolution, adopted, expires) holds its tasks in phases; in a sequenced mandate the first phase holds only political, security and protection tasks (¶59). A later-phase task states the conditions it waits on — a benchmark of the mandate reached, or the report back to the Council delivered (¶58) — and is started only while the mandate is in force and on a day every condition holds; otherwise it is refused, naming the condition. A task’s status changes on no other path.',
    status: 'enforced',
    settings: [],
    guardedBy: [
      'src/modules/mandates/mandate.rules.test.ts',
      'src/modules/mandates/mandate.service.test.ts',
    ],
  },
  {
    id: 'D2',
    module: 'mandates',
    paragraphs: ['¶71'],
    title: 'Benchmarks and indicators',
    text: 'Each task has benchmarks with indicators (unit, baseline, target, direction, the month the target is due, source): values entered month by month by the indicator’s owner or a planner, never for a month to come, or counted from the record (incidents per month by category and area, as the reader may see them, reports found false left out); each indicator is on track (target met, or on the straight way to it), at risk (behind but moving towards it) or off track; a benchmark is reached when every indicator meets its target.',
    status: 'enforced',
    settings: [],
    guardedBy: [
      'src/modules/mandates/mandate.rules.test.ts',
      'src/modules/mandates/mandate.service.test.ts',
    ],
  },
  {
    id: 'D5',
    module: 'mandates',
    paragraphs: ['¶64', '¶71'],
    title: 'Public perception surveys',
    text: 'A survey export from KoboToolbox or ODK — the CSV with its XLSForm, or the labelled CSV alone — is imported whole or not at all (a row whose date, weight or answer cannot be read is named by line and column; interviews dated after this month are refused) and kept only as counts per choice question, area, month and answer, with the sums of the weights: no respondent’s identity, device, place, free text or row is ever stored, and the import names each column read past and why. Results per area and over time give each answer’s weighted share with the number of respondents and its 95 % margin (Kish’s effective sample size); a group of fewer than 5 respondents shows its count only.',
    status: 'enforced',
    settings: [],
    guardedBy: [
      'src/modules/mandates/survey.rules.test.ts',
      'src/modules/mandates/survey.service.test.ts',
    ],
  },
  {
    id: 'D6',
    module: 'mandates',
    paragraphs: ['¶81', '¶82'],
    title: 'Clocks of start-up',
    text: 'From a mandate’s adoption: the mission headquarters functional within 8–12 weeks (running, due, overdue; met or late once its milestone is recorded, on a day from the adoption to today), the start-up milestones recorded; the standing start-up measures in force for six months, their renewal due in the last 30 days, renewed six months at a time only by headquarters and only while in force (judged on the day it is decided, whatever day it names), or let lapse; an overdue headquarters, a renewal due and expired measures told once to the mission’s heads of mission and to headquarters’ heads of mission and planners.',
    status: 'enforced',
    settings: [],
    guardedBy: [
      'src/modules/mandates/startup.rules.test.ts',
      'src/modules/mandates/startup.service.test.ts',
    ],
  },
  {
    id: 'D3',
    module: 'mandates',
    paragraphs: ['¶71', '¶72'],
    title: 'Impact assessments and evaluations',
    text: 'Impact assessments at the mandate’s rhythm (every 6 months unless set between 1 and 12): the next due that long after the last one, or after the adoption, and overdue past it; independent evaluations when they come; each with its findings and recommendations, every recommendation followed open → accepted → implemented, or rejected with the reason, on days not in the future nor before the assessment (implemented not before accepted); nothing follows either end.',
    status: 'enforced',
    settings: [],
    guardedBy: [
      'src/modules/mandates/assessment.rules.test.ts',
      'src/modules/mandates/assessment.service.test.ts',
    ],
  },
  {
    id: 'D4',
    module: 'mandates',
    paragraphs: ['¶73'],
    title: 'Transition benchmarks',
    text: 'A task’s hand-over to the national partner that takes it over (one per task) moves planned → in progress → handed over, suspended and resumed; it is handed over only once the benchmark it waits on is reached (the values up to that month), on a day not in the future nor before the adoption.',
    status: 'enforced',
    settings: [],
    guardedBy: [
      'src/modules/mandates/assessment.rules.test.ts',
      'src/modules/mandates/assessment.service.test.ts',
    ],
  },
  {
    id: 'D7',
    module: 'mandates',
    paragraphs: ['¶128', '¶129'],
    title: 'Environment',
    text: 'A mission’s sites open only after an environmental impact assessment recorded on or before the opening day (a backdated opening before it is refused), and are assessed again every 12 months while open; each site has a baseline and a monitoring benchmark per measure — water, waste, energy, fuel, each a footprint to bring down — and monthly readings, never for a month to come, judged on track, at risk or off track as D2’s indicators are.',
    status: 'enforced',
    settings: [],
    guardedBy: [
      'src/modules/mandates/environment.rules.test.ts',
      'src/modules/mandates/environment.service.test.ts',
    ],
  },
];

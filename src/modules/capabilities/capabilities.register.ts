/** The capabilities module's rules, for the rules register (core/rule-entry.ts). */
import { settingsOf, type RuleEntry } from '../../core/rule-entry.js';
import { eligibilityRuleBounds } from './eligibility.rules.js';

export const capabilitiesRules: RuleEntry[] = [
  {
    id: 'K1',
    module: 'capabilities',
    paragraphs: ['¶86', '¶87'],
    title: 'Readiness levels reached only with their evidence',
    text: 'A pledge reaches level 2 with a passed assessment and advisory visit, level 3 with its alignment to a statement of unit requirements, the rapid deployment level with a verified 60 days; evidence dated in the future is refused, and levels fall back when their evidence lapses.',
    status: 'enforced',
    settings: [],
    guardedBy: [
      'src/modules/capabilities/readiness.rules.test.ts',
      'src/modules/capabilities/pledge.service.test.ts',
    ],
  },
  {
    id: 'K2',
    module: 'capabilities',
    paragraphs: ['¶98'],
    title: 'National caveats declared before deployment, then frozen',
    text: 'Caveats are declared in a structured form during negotiation; after deployment a new one is refused and the attempt recorded as an incident of the unit.',
    status: 'enforced',
    settings: [],
    guardedBy: ['src/modules/capabilities/caveat.service.test.ts'],
  },
  {
    id: 'K3',
    module: 'capabilities',
    paragraphs: ['¶100', '¶126'],
    title: 'Every person deployed certified and screened',
    text: 'A unit deploys only with every one of its people recorded (at least its strength), each holding a predeployment training certification and a human-rights screening that cleared them on or before the day; a deployment is not dated in the future nor before 1 January 2016; a person joins a deployed unit only certified and cleared.',
    status: 'enforced',
    settings: [],
    guardedBy: [
      'src/modules/capabilities/certification.rules.test.ts',
      'src/modules/capabilities/personnel.service.test.ts',
    ],
  },
  {
    id: 'K4',
    module: 'capabilities',
    paragraphs: ['¶127'],
    title: 'Repeatedly listed States not accepted; listed States without an action plan suspended',
    text: 'A contributor listed in the annual reports on children and armed conflict or on conflict-related sexual violence as often as the rule says is not accepted, and one listed without implementing its action plan is suspended; either cannot deploy, and every answer says which rule applied on what record. Units it has deployed already are flagged for headquarters to repatriate or retain, once per deployment and standing (also by the sweep, as a new year moves the window). Only headquarters may set the rule, and only stricter.',
    status: 'enforced',
    settings: settingsOf(eligibilityRuleBounds, {
      listedTimes: 'listings that exclude a contributor',
      ofLastYears: 'over this many of the latest annual reports',
    }),
    guardedBy: [
      'src/modules/capabilities/eligibility.rules.test.ts',
      'src/modules/capabilities/eligibility.service.test.ts',
      'test/sanctions-eligibility.test.ts',
      'src/modules/rules/settings-bypass.property.test.ts',
    ],
  },
  {
    id: 'K6',
    module: 'capabilities',
    paragraphs: ['¶62'],
    title: 'Memoranda of understanding carry their statement of unit requirements',
    text: 'An MOU covers one unit and carries the statement of unit requirements of the same capability.',
    status: 'enforced',
    settings: [],
    guardedBy: ['src/modules/capabilities/mou.service.test.ts'],
  },
];

/** The personnel module's rules, for the rules register (core/rule-entry.ts). */
import type { RuleEntry } from '../../core/rule-entry.js';

/** [id, ¶, title, text, guarded by] */
type Entry = [string, string[], string, string, string[]];
const enforced = (...[id, paragraphs, title, text, guardedBy]: Entry): RuleEntry => ({
  id,
  module: 'personnel',
  paragraphs,
  title,
  text,
  status: 'enforced',
  settings: [],
  guardedBy,
});

const rules = 'src/modules/personnel/recruitment.rules.test.ts';
const service = 'src/modules/personnel/personnel.service.test.ts';
const leadership = 'src/modules/personnel/leadership.rules.test.ts';
const leadershipService = 'src/modules/personnel/leadership.service.test.ts';

export const personnelRules: RuleEntry[] = [
  enforced(
    'P1',
    ['¶76'],
    'Recruitment pipeline',
    'Each civilian recruitment (international, national professional, national general service, UN Volunteer, community liaison officer) opens on the day its post was advertised or the roster searched and goes through selection, offer, reference checks, medical clearance, security clearance, visa, travel and arrival — national staff without visa and travel — each step recorded in its turn, dated on or after the step before and never in the future; a step’s days run from the step before. The pipeline shows, per mission and category, the median, 90th percentile and mean days of each step, of the whole and of offer to arrival, against ¶76’s 180 and 120 days, and what the recruitments in progress wait on.',
    [rules, service],
  ),
  enforced(
    'P2',
    ['¶81'],
    'Start-up and crisis measures',
    'A recruitment is marked fast-track only when it opened while the mission’s standing start-up and crisis measures were in force (D6: from a mandate’s adoption to their last day or lapse); otherwise it is refused, naming the days they were in force. The pipeline shows fast-track and regular recruitments side by side.',
    [rules, service],
  ),
  enforced(
    'P3',
    ['¶113', '¶114'],
    'Leadership appointments',
    'Heads and deputy heads of mission, force commanders, police commissioners and chiefs of staff are appointed only with a human-rights assessment dated on or before the appointment that raised no concern: without one the appointment is refused (appointments before the report, 2 September 2015, are history and may lack one). The share of women per post type is counted on each year’s last day against ¶114’s 23 % and 17 %; names only to human resources.',
    [leadership, leadershipService],
  ),
  enforced(
    'P4',
    ['¶118'],
    'Senior manager compacts',
    'A head of mission has at most one compact per year of their term, with its objectives; it is assessed at the year’s end (not before its last month), once; the assessment’s bearing on renewal is recorded only after it.',
    [leadership, leadershipService],
  ),
  enforced(
    'P5',
    ['¶64'],
    'National staff and community liaison officers',
    'Each month from the mission’s first, per national category (national professional officers, national general service, community liaison officers), the head count of women and men beside the plan then in force; a month without a return is listed as missing, never read as zero; no month to come and none before the mission began is recorded.',
    ['src/modules/personnel/staffing.rules.test.ts', service],
  ),
  enforced(
    'P6',
    ['¶124'],
    'Mandatory SEA training',
    'From 1 June 2016 (the e-learning’s pilot rolled out in May 2016) every uniformed person deploying, or joining a deployed unit, has completed the e-learning on sexual exploitation and abuse on or before the day: a person without it blocks the unit’s deployment beside K3, named by service number; civilians on board without it and uniformed people of deployed units without it are listed.',
    ['src/modules/personnel/sea-training.rules.test.ts', service],
  ),
];

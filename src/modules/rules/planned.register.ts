/**
 * Rules of the modules still to be built (issue 21), listed so the register shows the whole of
 * the report's mechanisms and what is not enforced yet. Each moves to its module's register, as
 * 'enforced' with its tests, when the module lands.
 */
import type { RuleEntry } from '../../core/rule-entry.js';

/** [id, module, ¶, title, text] */
type Planned = [string, string, string[], string, string];
const planned = ([id, module, paragraphs, title, text]: Planned): RuleEntry => ({
  id,
  module,
  paragraphs,
  title,
  text,
  status: 'planned',
  settings: [],
  guardedBy: [],
});

export const plannedRules: RuleEntry[] = [
  planned([
    'P1',
    'personnel',
    ['¶76'],
    'Recruitment pipeline',
    'Each civilian recruitment through its steps, and where the days go against ¶76’s 180 and 120.',
  ]),
  planned([
    'P2',
    'personnel',
    ['¶81'],
    'Start-up and crisis measures',
    'Fast-track recruitments marked, and their days shown beside regular ones.',
  ]),
  planned([
    'P3',
    'personnel',
    ['¶113'],
    'Leadership appointments',
    'Appointments with the human-rights assessment recorded first; the share of women.',
  ]),
  planned([
    'P4',
    'personnel',
    ['¶118'],
    'Senior manager compacts',
    'Objectives per head of mission per year, the assessment, and its bearing on renewal.',
  ]),
  planned([
    'P5',
    'personnel',
    ['¶64'],
    'National staff and community liaison officers',
    'Counts by mission, category and gender from the first month, against the plan.',
  ]),
  planned([
    'P6',
    'personnel',
    ['¶124'],
    'Mandatory SEA training',
    'Every person’s e-learning completion with its date; those without it listed.',
  ]),
];

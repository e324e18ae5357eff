/** The UN table's words for personnel, allegations, investigating entities and results, mapped to ours. */
import type { Finding, InvestigatingEntity, PersonnelCategory } from './case.taxonomy.js';

export { monthNames as months } from '../../tabular/dates.js';

export const personnel: Record<string, Record<string, PersonnelCategory>> = {
  military: {
    mc: 'military_contingent',
    mo: 'military_observer_or_staff_officer',
    'staff officer': 'military_observer_or_staff_officer',
  },
  police: { unpol: 'individual_police', fpu: 'formed_police_unit', gpp: 'individual_police' },
  civilian: {
    int: 'civilian_staff',
    ns: 'civilian_staff',
    unv: 'volunteer',
    contractor: 'contractor',
    'vendor employee': 'contractor',
    '(legacy) daily casual workers': 'civilian_staff',
  },
};

export const subtypeOf: Record<string, Record<string, string>> = {
  SE: {
    'transactional sex': 'transactional_sex',
    'soliciting transactional sex': 'soliciting_transactional_sex',
    'attempted transactional sex': 'attempted_transactional_sex',
    'exploitative relationship': 'exploitative_relationship',
    other: 'other',
    unknown: 'unknown',
  },
  SA: {
    rape: 'rape',
    'attempted rape': 'attempted_rape',
    'sexual assault': 'sexual_assault',
    'attempted sexual assault': 'attempted_sexual_assault',
    '[legacy] sexual activity with minor': 'sexual_activity_with_minor',
    'sexual activity with minor': 'sexual_activity_with_minor',
    other: 'other',
    unknown: 'unknown',
  },
};

export const entities: Record<string, InvestigatingEntity | null> = {
  'un oios': 'oios',
  tcc: 'national',
  pcc: 'national',
  'tcc/oios': 'joint',
  'un mission': 'mission',
  'un review': 'un_review',
  'for information': 'for_information',
  'non-un': 'non_un',
  'host state': 'host_state',
  pending: null,
};

export const outcomes: Record<string, Finding> = {
  substantiated: 'substantiated',
  unsubstantiated: 'unsubstantiated',
  pending: 'pending',
  incomplete: 'incomplete',
  'n/a': 'not_applicable',
};

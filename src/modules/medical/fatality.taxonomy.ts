/**
 * M4 (¶108): the words of the UN's public fatalities data (DPPADPOSS-FATALITIES, "Fatalities in
 * PKOs and SPMs since 1948") and the codes the product keeps them as. The file's own spellings are
 * matched after trimming and ignoring case ("Local " with its trailing space is local staff).
 */
/** The source system of the UN's published file (DPPADPOSS-FATALITIES). */
export const fatalitySource = 'un-fatalities';
/** A death recorded in the mission (M4). */
export const manualFatalitySource = 'manual';

export const personnelTypes = [
  'military',
  'police',
  'military_observer',
  'international_civilian',
  'local_civilian',
  'other',
] as const;
export type PersonnelType = (typeof personnelTypes)[number];

export const incidentTypes = [
  'malicious_act',
  'accident',
  'illness',
  'self_inflicted',
  'to_be_determined',
  'unknown',
] as const;
export type IncidentType = (typeof incidentTypes)[number];

export const genders = ['female', 'male', 'unknown'] as const;
export type Gender = (typeof genders)[number];

/** The file's words → codes. */
export const filePersonnelTypes: Readonly<Record<string, PersonnelType>> = {
  military: 'military',
  police: 'police',
  'military observer': 'military_observer',
  'international civilian': 'international_civilian',
  local: 'local_civilian',
  other: 'other',
};

export const fileIncidentTypes: Readonly<Record<string, IncidentType>> = {
  'malicious act': 'malicious_act',
  accident: 'accident',
  illness: 'illness',
  'self-inflicted': 'self_inflicted',
  'to be determined': 'to_be_determined',
  unknown: 'unknown',
};

/** The file's gender letter; an empty cell is "unknown" (151 rows of the 2025 file). */
export const fileGenders: Readonly<Record<string, Gender>> = {
  f: 'female',
  m: 'male',
  '': 'unknown',
};

/** The groups the public statistics count by (`?by=`), and the column each is written in. */
export const statisticsGroups = [
  'year',
  'mission',
  'nationality',
  'personnel',
  'incident_type',
] as const;
export type StatisticsGroup = (typeof statisticsGroups)[number];

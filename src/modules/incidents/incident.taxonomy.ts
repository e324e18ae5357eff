/**
 * The incident taxonomy (docs/incident-taxonomy.md explains each code). It covers attacks on UN
 * personnel and premises (¶108), violence against civilians and conflict-related sexual violence
 * (¶66), the six grave violations against children (Security Council resolution 1612 (2005)), and
 * the security events a joint operations centre logs every day.
 */
export const incidentCategories = [
  'attack_on_un_personnel',
  'attack_on_un_premises',
  'armed_clash',
  'violence_against_civilians',
  'conflict_related_sexual_violence',
  'children_killing_maiming',
  'children_recruitment_use',
  'children_sexual_violence',
  'children_abduction',
  'children_attacks_schools_hospitals',
  'children_denial_humanitarian_access',
  'explosive_device',
  'demonstration',
  'crime',
  'hazard',
  'other',
] as const;
export type IncidentCategory = (typeof incidentCategories)[number];

/** Categories whose victims are UN personnel by definition (rule I1). */
export const attacksOnUnPersonnel: ReadonlySet<IncidentCategory> = new Set([
  'attack_on_un_personnel',
  'attack_on_un_premises',
]);

/** Categories that are not crimes: UN casualties in them open no I1 follow-up (¶108). */
export const notCrimes: ReadonlySet<IncidentCategory> = new Set(['hazard', 'other']);

export const timePrecisions = ['exact', 'day', 'week', 'month', 'year'] as const;
export const locationPrecisions = ['exact', 'near', 'admin2', 'admin1', 'country'] as const;
export const reliabilityGrades = ['A', 'B', 'C', 'D', 'E', 'F'] as const;

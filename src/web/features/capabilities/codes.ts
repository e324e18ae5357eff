/** The capability catalogue and readiness levels, as the API names them (pledge.schema.ts). */
export const capabilityTypes = [
  'infantry_battalion',
  'formed_police_unit',
  'level_1_hospital',
  'level_2_hospital',
  'engineering_company',
  'helicopter_unit',
  'signals_company',
  'special_forces_company',
  'riverine_company',
  'transport_company',
  'military_police_company',
  'logistics_unit',
] as const;

export const evidenceKinds = ['assessment_visit', 'sur_alignment', 'rdl_verification'] as const;

/** What a national caveat restricts (caveat.rules.ts). */
export const caveatTasks = [
  'patrolling',
  'protection_of_civilians',
  'use_of_force',
  'night_operations',
  'crowd_control',
  'convoy_escort',
  'deployment_outside_sector',
  'air_operations',
  'other',
] as const;

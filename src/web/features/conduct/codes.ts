/** The conduct codes the forms offer (the server's taxonomy, docs/conduct.md). */
import type { Case } from '../../../modules/conduct/case.schema.js';

export const channels: Case['channel'][] = [
  'community_complaint',
  'hotline',
  'email',
  'complaint_box',
  'in_person',
  'oios',
  'other',
];
export const subtypesByCategory: Record<Case['category'], string[]> = {
  sexual_exploitation: [
    'transactional_sex',
    'soliciting_transactional_sex',
    'attempted_transactional_sex',
    'exploitative_relationship',
    'other',
  ],
  sexual_abuse: [
    'rape',
    'attempted_rape',
    'sexual_assault',
    'attempted_sexual_assault',
    'sexual_activity_with_minor',
    'other',
  ],
};
export const personnelCategories: Case['subjects'][number]['personnelCategory'][] = [
  'military_contingent',
  'formed_police_unit',
  'individual_police',
  'military_observer_or_staff_officer',
  'civilian_staff',
  'volunteer',
  'contractor',
  'other',
];
export const entities: NonNullable<Case['investigatingEntity']>[] = [
  'oios',
  'national',
  'joint',
  'mission',
];
export const ageGroups = ['adult', 'child', 'unknown'] as const;
export const sexes = ['female', 'male', 'unknown'] as const;

/** What the next step of a case can be (the server checks again: allowedTransitions). */
export const nextSteps: Record<Case['status'], Case['status'][]> = {
  received: ['under_investigation', 'closed'],
  under_investigation: ['investigation_concluded'],
  investigation_concluded: ['closed', 'under_investigation'],
  closed: ['under_investigation'],
};

/** Identity documents a subject or a candidate may be known by (C8). */
export const documentTypes = [
  'passport',
  'national_id',
  'un_index_number',
  'military_id',
  'other',
] as const;

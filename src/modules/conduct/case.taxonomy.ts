/**
 * The conduct vocabulary (¶119–127): channels, categories and subtypes of the UN's public table of
 * allegations, personnel categories, investigating entities, findings. Values are stable codes;
 * the web UI translates them.
 */
export const channels = [
  'community_complaint',
  'hotline',
  'email',
  'complaint_box',
  'in_person',
  'oios',
  'other',
  /** Imported from a source that does not say how the allegation came in. */
  'not_recorded',
] as const;
export type Channel = (typeof channels)[number];

export const categories = ['sexual_exploitation', 'sexual_abuse'] as const;
export type Category = (typeof categories)[number];

export const subtypes = {
  sexual_exploitation: [
    'transactional_sex',
    'soliciting_transactional_sex',
    'attempted_transactional_sex',
    'exploitative_relationship',
    'other',
    'unknown',
  ],
  sexual_abuse: [
    'rape',
    'attempted_rape',
    'sexual_assault',
    'attempted_sexual_assault',
    'sexual_activity_with_minor',
    'other',
    'unknown',
  ],
} as const satisfies Record<Category, readonly string[]>;
export const allSubtypes = [
  ...new Set<string>([...subtypes.sexual_exploitation, ...subtypes.sexual_abuse]),
] as [string, ...string[]];

export const personnelCategories = [
  'military_contingent',
  'formed_police_unit',
  'individual_police',
  'military_observer_or_staff_officer',
  'civilian_staff',
  'volunteer',
  'contractor',
  'other',
] as const;
export type PersonnelCategory = (typeof personnelCategories)[number];

/** Uniformed personnel: the public statistics break these down by nationality (C5, ¶122). */
export const uniformedCategories: ReadonlySet<PersonnelCategory> = new Set([
  'military_contingent',
  'formed_police_unit',
  'individual_police',
  'military_observer_or_staff_officer',
]);

/** Units that are paid as a whole: a credible allegation suspends the contributor's payments (C3). */
export const unitCategories: ReadonlySet<PersonnelCategory> = new Set([
  'military_contingent',
  'formed_police_unit',
]);

export const investigatingEntities = [
  'oios',
  /** The contributing country's national investigation officer (TCC or PCC). */
  'national',
  /** The contributor and OIOS together. */
  'joint',
  'mission',
  'un_review',
  'host_state',
  'non_un',
  'for_information',
] as const;
export type InvestigatingEntity = (typeof investigatingEntities)[number];

export const findings = [
  'substantiated',
  'unsubstantiated',
  'pending',
  'incomplete',
  'not_applicable',
] as const;
export type Finding = (typeof findings)[number];

export const ageGroups = ['adult', 'child', 'unknown'] as const;
export const sexes = ['female', 'male', 'unknown'] as const;
export const yesNoUnknown = ['yes', 'no', 'unknown'] as const;
export const paternityOutcomes = ['yes', 'no', 'pending'] as const;
export const referralStates = ['yes', 'no', 'pending', 'not_applicable'] as const;
export const nioStates = ['yes', 'no_response', 'declined', 'pending', 'not_applicable'] as const;

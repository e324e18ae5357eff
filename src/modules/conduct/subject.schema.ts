/** Who the subject of an allegation is (C8, ¶124): tier-1, encrypted at rest, seen only in the case's compartment. */
import { z } from '@hono/zod-openapi';

export const identityDocumentTypes = [
  'passport',
  'national_id',
  'un_index_number',
  'military_id',
  'other',
] as const;

/** YYYY-MM-DD (a real day) or YYYY when only the year is known. */
export const DateOfBirth = z
  .string()
  .regex(/^\d{4}(-\d{2}-\d{2})?$/, 'YYYY-MM-DD, or YYYY when only the year is known')
  .refine(
    (v) => v.length === 4 || new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v,
    'not a day of the calendar',
  );

export const IdentityDocument = z.strictObject({
  type: z.enum(identityDocumentTypes),
  number: z.string().trim().min(3).max(50),
  /** ISO 3166 alpha-3 of the issuing State. */
  issuer: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{3}$/, 'ISO 3166 alpha-3, e.g. SEN')
    .transform((v) => v.toUpperCase())
    .nullable()
    .default(null),
});
export type IdentityDocument = z.infer<typeof IdentityDocument>;

export const SubjectIdentity = z
  .strictObject({
    name: z.string().trim().min(2).max(300),
    /** Other names and spellings: aliases, names in another script, maiden names. */
    otherNames: z.array(z.string().trim().min(2).max(300)).max(10).default([]),
    dateOfBirth: DateOfBirth.nullable().default(null),
    document: IdentityDocument.nullable().default(null),
  })
  .openapi('SubjectIdentity');
export type SubjectIdentity = z.infer<typeof SubjectIdentity>;

export const IdentifySubjectInput = z
  .strictObject({ version: z.number().int().min(1), identity: SubjectIdentity.nullable() })
  .openapi('IdentifySubjectInput');
export type IdentifySubjectInput = z.infer<typeof IdentifySubjectInput>;

export const SubjectPositionParam = z.object({
  id: z.string().min(1).max(64),
  position: z.coerce.number().int().min(0).max(99),
});

/** A unit's uniformed people, their certifications, screenings and SEA training (K3, P6). */
import { z } from '@hono/zod-openapi';
import { missingKinds } from './certification.rules.js';

export const CertifyInput = z
  .strictObject({
    course: z.string().trim().min(2).max(200),
    certifiedOn: z.iso.date(),
    authority: z.string().trim().min(2).max(200),
  })
  .openapi('CertifyInput');
export type CertifyInput = z.infer<typeof CertifyInput>;

export const ScreenInput = z
  .strictObject({
    screenedOn: z.iso.date(),
    outcome: z.enum(['cleared', 'not_cleared']),
    screenedBy: z.string().trim().min(2).max(200),
  })
  .openapi('HumanRightsScreeningInput');
export type ScreenInput = z.infer<typeof ScreenInput>;

/** P6 (¶124): the mandatory e-learning on sexual exploitation and abuse, completed. */
export const SeaTrainingInput = z
  .strictObject({
    course: z.string().trim().min(2).max(200),
    completedOn: z.iso.date(),
  })
  .openapi('SeaTrainingInput');
export type SeaTrainingInput = z.infer<typeof SeaTrainingInput>;

export const AddPersonInput = z
  .strictObject({
    serviceNumber: z.string().trim().min(2).max(40),
    rank: z.string().trim().min(1).max(60),
    name: z.string().trim().min(2).max(200),
    /** Required, with a cleared screening, to join a unit that has deployed. */
    certification: CertifyInput.optional(),
    screening: ScreenInput.optional(),
    /** Required too, from June 2016, to join a unit that has deployed (P6). */
    seaTraining: SeaTrainingInput.optional(),
  })
  .openapi('AddPersonInput');
export type AddPersonInput = z.infer<typeof AddPersonInput>;

/** The nominal roll at once (a battalion is some 850 people; a larger roll goes in parts of 3,000). */
export const RosterInput = z
  .strictObject({ people: z.array(AddPersonInput).min(1).max(3_000) })
  .openapi('RosterInput');
export type RosterInput = z.infer<typeof RosterInput>;

export const Person = z
  .object({
    id: z.string(),
    serviceNumber: z.string(),
    rank: z.string(),
    name: z.string(),
    certifications: z.array(
      z.object({ course: z.string(), certifiedOn: z.string(), authority: z.string() }),
    ),
    screenings: z.array(
      z.object({
        screenedOn: z.string(),
        outcome: z.enum(['cleared', 'not_cleared']),
        screenedBy: z.string(),
      }),
    ),
    seaTrainings: z.array(z.object({ course: z.string(), completedOn: z.string() })),
    /** What the person lacks to deploy: certification, screening, cleared_screening, sea_training. */
    missing: z.array(z.enum(missingKinds)),
  })
  .openapi('UnitPerson');
export type Person = z.infer<typeof Person>;

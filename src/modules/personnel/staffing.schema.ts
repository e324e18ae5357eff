/** P5 and P6: national staffing against the plan; who has not done the SEA e-learning. */
import { z } from '@hono/zod-openapi';
import { staffingCategories } from './staffing.rules.js';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');
const count = z.number().int().min(0).max(100_000);
const missionId = z.string().min(1).max(64).optional();

export const StaffingCountInput = z
  .strictObject({
    missionId,
    month,
    category: z.enum(staffingCategories),
    women: count,
    men: count,
  })
  .openapi('StaffingCountInput');
export type StaffingCountInput = z.infer<typeof StaffingCountInput>;

export const StaffingPlanInput = z
  .strictObject({
    missionId,
    category: z.enum(staffingCategories),
    fromMonth: month,
    planned: count,
    plannedWomen: count,
  })
  .refine((p) => p.plannedWomen <= p.planned, {
    path: ['plannedWomen'],
    message: 'no more than planned',
  })
  .openapi('StaffingPlanInput');
export type StaffingPlanInput = z.infer<typeof StaffingPlanInput>;

export const MissionQuery = z.object({ missionId });

export const Staffing = z
  .object({
    missionId: z.string(),
    firstMonth: z.string(),
    months: z.array(
      z.object({
        month: z.string(),
        category: z.enum(staffingCategories),
        women: z.number().nullable(),
        men: z.number().nullable(),
        planned: z.number().nullable(),
        plannedWomen: z.number().nullable(),
        shortfall: z.number().nullable(),
        womenShare: z.number().nullable(),
      }),
    ),
    missing: z.array(z.object({ month: z.string(), category: z.enum(staffingCategories) })),
  })
  .openapi('NationalStaffing');
export type Staffing = z.infer<typeof Staffing>;

export const SeaTrainingGaps = z
  .object({
    civilians: z.object({
      onBoard: z.number(),
      untrained: z.number(),
      /** Each by reference and post; the name only with personnel:identify. */
      people: z.array(
        z.object({
          recruitmentId: z.string(),
          missionId: z.string(),
          reference: z.string(),
          post: z.string(),
          arrivedOn: z.string(),
          name: z.string().nullable(),
        }),
      ),
    }),
    uniformed: z.object({
      deployedUnits: z.number(),
      people: z.number(),
      untrained: z.number(),
      /** Each by unit and service number: what blocks the unit (K3 beside P6). */
      lacking: z.array(
        z.object({
          unitId: z.string(),
          contributor: z.string(),
          capability: z.string(),
          missionId: z.string(),
          serviceNumber: z.string(),
          rank: z.string(),
        }),
      ),
    }),
  })
  .openapi('SeaTrainingGaps');
export type SeaTrainingGaps = z.infer<typeof SeaTrainingGaps>;

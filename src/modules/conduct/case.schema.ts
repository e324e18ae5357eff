import type { SettingBounds } from '../../core/settings.js';
import { z } from '@hono/zod-openapi';
import { SubjectIdentity } from './subject.schema.js';
import {
  ageGroups,
  allSubtypes,
  categories,
  channels,
  findings,
  investigatingEntities,
  nioStates,
  paternityOutcomes,
  personnelCategories,
  referralStates,
  sexes,
  yesNoUnknown,
} from './case.taxonomy.js';

export const caseStatuses = [
  'received',
  'under_investigation',
  'investigation_concluded',
  'closed',
] as const;
export type CaseStatus = (typeof caseStatuses)[number];

/**
 * received → under_investigation (an entity named) → investigation_concluded (a finding) → closed;
 * an allegation found not to be SEA, or without enough to investigate, closes at intake with a
 * reason; a concluded or closed case reopens into investigation with a reason.
 */
export const allowedTransitions: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  received: ['under_investigation', 'closed'],
  under_investigation: ['investigation_concluded'],
  investigation_concluded: ['closed', 'under_investigation'],
  closed: ['under_investigation'],
};

export const Allegation = z.strictObject({
  category: z.enum(categories),
  subtype: z.enum(allSubtypes),
});

const count = z.number().int().min(1).max(10_000).nullable().default(null);

export const Subject = z.strictObject({
  personnelCategory: z.enum(personnelCategories),
  /** ISO 3166 alpha-3 for manual records; imported rows keep the source's country name. */
  nationality: z.string().trim().min(2).max(100).nullable().default(null),
  unit: z.string().trim().max(200).nullable().default(null),
  count,
  /** Name, date of birth, identity document: tier-1, for vetting (C8); null when not known. */
  identity: SubjectIdentity.nullable().default(null),
});
export type Subject = z.infer<typeof Subject>;

/** Who the victim is: tier-1, encrypted at rest, shown only inside the case's compartment (C9). */
export const VictimIdentity = z.strictObject({
  name: z.string().trim().max(300).default(''),
  contact: z.string().trim().max(500).default(''),
  details: z.string().trim().max(5_000).default(''),
});
export type VictimIdentity = z.infer<typeof VictimIdentity>;

export const VictimInput = z.strictObject({
  ageGroup: z.enum(ageGroups),
  sex: z.enum(sexes).default('unknown'),
  count,
  identity: VictimIdentity.nullable().default(null),
});
export type VictimInput = z.infer<typeof VictimInput>;

export const Victim = z
  .object({
    id: z.string(),
    ageGroup: z.enum(ageGroups),
    sex: z.enum(sexes),
    count: z.number().nullable(),
    minor: z.boolean(),
    identity: VictimIdentity.nullable(),
  })
  .openapi('ConductVictim');
export type Victim = z.infer<typeof Victim>;

export const ActionItem = z.strictObject({
  /** Who acted: the UN or the national government of the subject. */
  by: z.enum(['un', 'national']),
  action: z.string().trim().min(1).max(300),
  count: count,
});
export type ActionItem = z.infer<typeof ActionItem>;

export const FindingItem = z.strictObject({
  outcome: z.enum(findings),
  detail: z.string().max(500).default(''),
  count: count,
});

export const IncidentPeriod = z.strictObject({
  /** YYYY or YYYY-MM; null when unknown. */
  from: z
    .string()
    .regex(/^\d{4}(-\d{2})?$/)
    .nullable(),
  to: z
    .string()
    .regex(/^\d{4}(-\d{2})?$/)
    .nullable(),
  text: z.string().max(200).default(''),
});

export const ClockState = z.enum([
  'running',
  'due_soon',
  'overdue',
  'met',
  'missed',
  'not_applicable',
  'not_recorded',
]);
export type ClockState = z.infer<typeof ClockState>;

export const Clock = z
  .object({
    dueAt: z.string(),
    stoppedAt: z.string().nullable(),
    state: ClockState,
  })
  .openapi('ConductClock');
export type Clock = z.infer<typeof Clock>;

export const Origin = z.object({
  system: z.string(),
  sourceId: z.string().nullable(),
  attributes: z.record(z.string(), z.union([z.string(), z.number(), z.null()])).nullable(),
});

/** ¶120's non-response clock: the contributor's answer, due 10 working days after receipt. */
export const ContributorResponse = z
  .object({
    dueOn: z.string(),
    respondedOn: z.string().nullable(),
    response: z.enum(['nio_appointed', 'declined_to_investigate']).nullable(),
    state: z.enum(['awaited', 'answered', 'answered_late', 'overdue']),
  })
  .openapi('ConductContributorResponse');

export const Case = z
  .object({
    id: z.string(),
    missionId: z.string(),
    reference: z.string(),
    receivedAt: z.string(),
    receivedPrecision: z.enum(['exact', 'month']),
    channel: z.enum(channels),
    category: z.enum(categories),
    allegations: z.array(Allegation),
    incidentPeriod: IncidentPeriod.nullable(),
    status: z.enum(caseStatuses),
    statusReason: z.string(),
    investigatingEntity: z.enum(investigatingEntities).nullable(),
    finding: z.enum(findings).nullable(),
    findings: z.array(FindingItem),
    investigationDays: z.number().nullable(),
    paternityClaim: z.enum(yesNoUnknown),
    paternityEstablished: z.enum(paternityOutcomes).nullable(),
    nioAppointed: z.enum(nioStates).nullable(),
    /** Null when no contributor is asked: no contingent named, imported, closed at intake. */
    contributorResponse: ContributorResponse.nullable(),
    interimActions: z.array(ActionItem),
    finalActions: z.array(ActionItem),
    criminalReferral: z.enum(referralStates),
    subjects: z.array(Subject),
    victims: z.array(Victim),
    clocks: z.object({ evidence: Clock, investigation: Clock }),
    evidenceGatheredAt: z.string().nullable(),
    investigationConcludedAt: z.string().nullable(),
    compartmentIds: z.array(z.string()),
    origin: Origin,
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number(),
  })
  .openapi('ConductCase');
export type Case = z.infer<typeof Case>;

/** A case in a list: no victims' details, no narrative, nothing tier-1 (C9). */
export const CaseSummary = Case.omit({ victims: true, subjects: true, contributorResponse: true })
  .extend({ victimCount: z.number().nullable(), subjectCount: z.number().nullable() })
  .openapi('ConductCaseSummary');
export type CaseSummary = z.infer<typeof CaseSummary>;

export const ReceiveAllegationInput = z
  .strictObject({
    missionId: z.string().optional(),
    receivedAt: z.iso.datetime({ offset: true }),
    channel: z.enum(channels).refine((c) => c !== 'not_recorded', 'say how it came in'),
    allegations: z.array(Allegation).min(1).max(20),
    incidentPeriod: IncidentPeriod.nullable().default(null),
    subjects: z.array(Subject).min(1).max(100),
    victims: z.array(VictimInput).min(1).max(100),
    paternityClaim: z.enum(yesNoUnknown).default('unknown'),
  })
  .openapi('ReceiveAllegationInput');
export type ReceiveAllegationInput = z.infer<typeof ReceiveAllegationInput>;

export const RecordEvidenceInput = z
  .strictObject({ version: z.number().int().min(1), gatheredAt: z.iso.datetime({ offset: true }) })
  .openapi('RecordEvidenceInput');

export const ChangeCaseStatusInput = z
  .strictObject({
    version: z.number().int().min(1),
    status: z.enum(caseStatuses),
    reason: z.string().trim().max(2_000).default(''),
    investigatingEntity: z.enum(investigatingEntities).optional(),
    finding: z.enum(['substantiated', 'unsubstantiated', 'incomplete']).optional(),
    finalActions: z.array(ActionItem).max(50).optional(),
    criminalReferral: z.enum(referralStates).optional(),
  })
  .openapi('ChangeCaseStatusInput');
export type ChangeCaseStatusInput = z.infer<typeof ChangeCaseStatusInput>;

export const CaseQuery = z.object({
  status: z.enum(caseStatuses).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.string().optional(),
});
export type CaseQuery = z.infer<typeof CaseQuery>;

export const ClockSettings = z
  .strictObject({
    evidenceHours: z.number().int(),
    investigationMonths: z.number().int(),
  })
  .openapi('ConductClockSettings');
export type ClockSettings = z.infer<typeof ClockSettings>;

/** The report's defaults (¶119): evidence within 72 hours, investigation within 6 months. */
export const defaultClockSettings: ClockSettings = { evidenceHours: 72, investigationMonths: 6 };

/** A mission's clocks may only be shorter than the report's (issue 16; core/settings.ts). */
export const clockSettingBounds: SettingBounds<ClockSettings> = {
  evidenceHours: { stricter: 'at_most', loosest: 72, limit: 1 },
  investigationMonths: { stricter: 'at_most', loosest: 6, limit: 1 },
};

export const CasePage = z
  .object({ items: z.array(CaseSummary), nextCursor: z.string().nullable() })
  .openapi('ConductCasePage');
export const ClockSettingsQuery = z.object({ missionId: z.string().optional() });

const statisticDimensions = [
  'year',
  'quarter',
  'mission',
  'nationality',
  'category',
  'personnel',
] as const;
export const StatisticsQuery = z.object({
  by: z
    .string()
    .default('year')
    .transform((raw, ctx) => {
      const parts = raw.split(',').map((p) => p.trim());
      // F3: only the published tables, one dimension each (crossed ones could be subtracted).
      if (parts.length !== 1 || !(statisticDimensions as readonly string[]).includes(parts[0]!)) {
        ctx.addIssue({
          code: 'custom',
          message: `one of ${statisticDimensions.join(', ')} (got "${raw}")`,
        });
        return z.NEVER;
      }
      return parts as (typeof statisticDimensions)[number][];
    })
    .openapi({ type: 'string', example: 'mission' }),
});
const Shown = z.union([z.number(), z.literal('<3')]);
export const StatisticsAnswer = z
  .object({
    by: z.array(z.enum(statisticDimensions)),
    /** The last month counted (YYYY-MM): statistics cover the months that have ended. */
    asOf: z.string(),
    /** The number of allegations (cases) counted (null: withheld, as it would give a count away). */
    total: z.number().int().nullable(),
    /** A count: under 3 "<3"; "withheld" where it would let a small one be worked out. */
    rows: z.array(
      z.object({
        group: z.record(z.string(), z.string()),
        allegations: z.union([z.number(), z.literal('<3'), z.literal('withheld')]),
      }),
    ),
  })
  .openapi('ConductStatistics');
export const InvestigationsAnswer = z
  .object({
    sixMonthsDays: z.number(),
    rows: z.array(
      z.object({
        entity: z.string(),
        completed: Shown,
        withinSixMonths: Shown,
        shareWithinSixMonths: z.number().nullable(),
        pending: Shown,
      }),
    ),
  })
  .openapi('ConductInvestigationStatistics');

/** C2: per mission in view, open cases and those past a clock, counted exactly; never published. */
export const OverdueSummary = z
  .object({
    items: z.array(
      z.object({
        missionId: z.string(),
        acronym: z.string(),
        open: z.number().int(),
        evidenceOverdue: z.number().int(),
        investigationOverdue: z.number().int(),
      }),
    ),
  })
  .openapi('OverdueSummary');

/** C9: who is on the case (its compartment), and who in the mission could be added to it. */
export const CaseTeam = z
  .object({
    compartmentId: z.string().nullable(),
    members: z.array(z.object({ userId: z.string(), username: z.string() })),
    candidates: z.array(
      z.object({ userId: z.string(), username: z.string(), displayName: z.string() }),
    ),
  })
  .openapi('ConductCaseTeam');

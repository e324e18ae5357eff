import { z } from '@hono/zod-openapi';
import {
  incidentCategories,
  locationPrecisions,
  reliabilityGrades,
  timePrecisions,
} from './incident.taxonomy.js';

/** Where a record came from: typed in ('manual') or imported, with the source's own codes kept. */
export const Origin = z.object({
  system: z.string(),
  sourceId: z.string().nullable(),
  attributes: z.record(z.string(), z.union([z.string(), z.number(), z.null()])).nullable(),
});
export type Origin = z.infer<typeof Origin>;

export const incidentStatuses = ['reported', 'verified', 'closed', 'discarded'] as const;
export type IncidentStatus = (typeof incidentStatuses)[number];

/** reported → verified → closed, or discarded; a closed record can be reopened, a discarded one restored. */
export const allowedTransitions: Readonly<Record<IncidentStatus, readonly IncidentStatus[]>> = {
  reported: ['verified', 'discarded'],
  verified: ['closed', 'discarded'],
  closed: ['verified'],
  discarded: ['reported'],
};

const count = z.number().int().min(0).max(100_000).default(0);
const Toll = z.strictObject({ killed: count, injured: count, abducted: count });
export const Casualties = z
  .strictObject({
    unPersonnel: Toll.default({ killed: 0, injured: 0, abducted: 0 }),
    civilians: Toll.default({ killed: 0, injured: 0, abducted: 0 }),
    armedActors: Toll.default({ killed: 0, injured: 0, abducted: 0 }),
    /** Deaths whose group the source does not say (UCDP deaths_unknown). */
    unattributedKilled: count,
  })
  .openapi('Casualties');
export type Casualties = z.infer<typeof Casualties>;

export const Location = z
  .strictObject({
    latitude: z.number().min(-90).max(90),
    longitude: z.number().min(-180).max(180),
    precision: z.enum(locationPrecisions).default('exact'),
    adminArea: z.string().trim().max(200).nullable().default(null),
    placeName: z.string().trim().max(200).nullable().default(null),
  })
  .openapi('IncidentLocation');

export const Actor = z.strictObject({
  name: z.string().trim().min(1).max(200),
  role: z.enum(['perpetrator', 'target', 'other']),
});
/** Source grading: reliability of the source A–F, credibility of the information 1–6 (Admiralty scale). */
export const Source = z.strictObject({
  description: z.string().trim().min(1).max(500),
  reliability: z.enum(reliabilityGrades),
  credibility: z.number().int().min(1).max(6),
});

const fields = {
  occurredAt: z.iso.datetime({ offset: true }),
  timePrecision: z.enum(timePrecisions).default('exact'),
  location: Location,
  category: z.enum(incidentCategories),
  actors: z.array(Actor).max(50).default([]),
  casualties: Casualties.default({
    unPersonnel: { killed: 0, injured: 0, abducted: 0 },
    civilians: { killed: 0, injured: 0, abducted: 0 },
    armedActors: { killed: 0, injured: 0, abducted: 0 },
    unattributedKilled: 0,
  }),
  sources: z.array(Source).max(50).default([]),
  narrative: z.string().trim().max(20_000).default(''),
};

export const CreateIncidentInput = z
  .strictObject({
    missionId: z.string().optional(),
    compartmentIds: z.array(z.string()).max(10).default([]),
    ...fields,
  })
  .openapi('CreateIncidentInput');
export type CreateIncidentInput = z.infer<typeof CreateIncidentInput>;

export const UpdateIncidentInput = z
  .strictObject({
    version: z.number().int().min(1),
    occurredAt: fields.occurredAt.optional(),
    timePrecision: z.enum(timePrecisions).optional(),
    location: Location.optional(),
    category: z.enum(incidentCategories).optional(),
    actors: z.array(Actor).max(50).optional(),
    casualties: Casualties.optional(),
    sources: z.array(Source).max(50).optional(),
    narrative: z.string().trim().max(20_000).optional(),
  })
  .openapi('UpdateIncidentInput');
export type UpdateIncidentInput = z.infer<typeof UpdateIncidentInput>;

export const ChangeStatusInput = z
  .strictObject({
    version: z.number().int().min(1),
    status: z.enum(incidentStatuses),
    reason: z.string().trim().max(2000).default(''),
  })
  .openapi('ChangeIncidentStatusInput');
export type ChangeStatusInput = z.infer<typeof ChangeStatusInput>;

export const Incident = z
  .object({
    id: z.string(),
    missionId: z.string(),
    occurredAt: z.string(),
    timePrecision: z.enum(timePrecisions),
    location: Location,
    category: z.enum(incidentCategories),
    actors: z.array(Actor),
    casualties: Casualties,
    fatalities: z.number().int(),
    sources: z.array(Source),
    narrative: z.string(),
    status: z.enum(incidentStatuses),
    statusReason: z.string(),
    compartmentIds: z.array(z.string()),
    origin: Origin,
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .openapi('Incident');
export type Incident = z.infer<typeof Incident>;

/** "west,south,east,north" in degrees (WGS 84); west > east crosses the antimeridian. */
export const BboxParam = z.string().transform((value, ctx) => {
  const parts = value.split(',').map((p) => Number(p.trim()));
  const [w, s, e, n] = parts as [number, number, number, number];
  const ok =
    parts.length === 4 &&
    parts.every(Number.isFinite) &&
    Math.abs(w) <= 180 &&
    Math.abs(e) <= 180 &&
    s >= -90 &&
    n <= 90 &&
    s <= n;
  if (!ok) {
    ctx.addIssue({
      code: 'custom',
      message: 'expected west,south,east,north in degrees, south ≤ north',
    });
    return z.NEVER;
  }
  return [w, s, e, n] as const;
});

const filterFields = {
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  category: z.enum(incidentCategories).optional(),
  status: z.enum(incidentStatuses).optional(),
  bbox: BboxParam.optional(),
  adminArea: z.string().trim().min(1).max(200).optional(),
  /** Incidents with at least this many killed. */
  minFatalities: z.coerce.number().int().min(0).max(100_000).optional(),
  /** Part of an actor's name, any case. */
  actor: z.string().trim().min(1).max(200).optional(),
};

/** What the list, the map, the timeline and the exports filter on. */
export const IncidentFilters = z.strictObject(filterFields);
export type IncidentFilters = z.infer<typeof IncidentFilters>;

export const IncidentQuery = z.strictObject({
  cursor: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  ...filterFields,
});
export type IncidentQuery = z.infer<typeof IncidentQuery>;

export const IncidentPage = z
  .object({ items: z.array(Incident), nextCursor: z.string().nullable() })
  .openapi('IncidentPage');
export type IncidentPage = z.infer<typeof IncidentPage>;

export const MapQuery = z.strictObject({
  ...filterFields,
  /** The map's zoom level: it sets the size of the grid cells when there are too many points. */
  zoom: z.coerce.number().min(0).max(22).default(5),
});
export type MapQuery = z.infer<typeof MapQuery>;

/** Up to `pointLimit` incidents come as points (the browser clusters them); more come as grid cells. */
export const IncidentMap = z
  .object({
    total: z.number().int(),
    mode: z.enum(['points', 'cells']),
    /** [id, longitude, latitude, category, fatalities, occurredAt] */
    points: z.array(
      z.tuple([z.string(), z.number(), z.number(), z.string(), z.number(), z.string()]),
    ),
    /** [longitude, latitude, count, fatalities]: the cell's mean position */
    cells: z.array(z.tuple([z.number(), z.number(), z.number(), z.number()])),
    cellSize: z.number().nullable(),
  })
  .openapi('IncidentMap');
export type IncidentMap = z.infer<typeof IncidentMap>;

export const IncidentTimeline = z
  .object({
    months: z.array(
      z.object({ month: z.string(), count: z.number().int(), fatalities: z.number().int() }),
    ),
  })
  .openapi('IncidentTimeline');
export type IncidentTimeline = z.infer<typeof IncidentTimeline>;

const SummaryCounts = { incidents: z.number().int(), fatalities: z.number().int() };
export const IncidentSummary = z
  .object({
    ...SummaryCounts,
    byCategory: z.array(z.object({ category: z.string(), ...SummaryCounts })),
    /** Most incidents first; `area` null for incidents without an admin area. */
    byArea: z.array(z.object({ area: z.string().nullable(), ...SummaryCounts })),
    months: z.array(z.object({ month: z.string(), ...SummaryCounts })),
    cellDegrees: z.number(),
    /** Cells of `cellDegrees` with incidents; longitude and latitude of the cell's centre. */
    cells: z.array(z.object({ longitude: z.number(), latitude: z.number(), ...SummaryCounts })),
    /** Incidents in compartments the reader does not hold: a count only, "<3" when 1 or 2. */
    restricted: z.union([z.number().int(), z.literal('<3')]),
  })
  .openapi('IncidentSummary');
export type IncidentSummary = z.infer<typeof IncidentSummary>;

export const IncidentFacets = z
  .object({ adminAreas: z.array(z.string()) })
  .openapi('IncidentFacets');
export type IncidentFacets = z.infer<typeof IncidentFacets>;

export const IncidentHistory = z
  .object({
    items: z.array(
      z.object({ at: z.string(), actorLabel: z.string(), action: z.string(), outcome: z.string() }),
    ),
  })
  .openapi('IncidentHistory');
export type IncidentHistory = z.infer<typeof IncidentHistory>;

export const importFormats = ['ucdp', 'acled', 'hxl'] as const;
export type ImportFormat = (typeof importFormats)[number];

export const StartImportQuery = z.strictObject({
  format: z.enum(importFormats),
  /** The uploaded file's name: its extension tells CSV from GeoJSON and gzip from plain. */
  filename: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(/\.(csv|geojson|json)(\.gz)?$/i, 'a .csv, .geojson or .json file, optionally .gz'),
  keepGoodRows: z.enum(['true', 'false']).default('false'),
  /** The mission the events go into; required at headquarters, the mission in view otherwise. */
  missionId: z.string().optional(),
});

export const ImportJob = z
  .object({
    id: z.string(),
    format: z.enum(importFormats),
    filename: z.string(),
    missionId: z.string(),
    keepGoodRows: z.boolean(),
    status: z.enum(['running', 'done', 'rejected', 'failed']),
    bytesTotal: z.number().int(),
    bytesRead: z.number().int(),
    rows: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    rejectedCount: z.number().int(),
    /** The first 100 rejected rows; the CSV report has them all. */
    errors: z.array(z.object({ line: z.number().int(), column: z.string(), reason: z.string() })),
    message: z.string(),
  })
  .openapi('ImportJob');
export type ImportJob = z.infer<typeof ImportJob>;

/**
 * Incidents as an OGC API – Features collection (I3): the same records as the list, read as
 * GeoJSON by GIS tools. Like the other open exports, records in sensitive compartments are never
 * served here, even to members of those compartments; other compartments are honoured as usual.
 */
import { DomainError } from '../../core/errors.js';
import type { Actor } from '../../core/policy.js';
import { assertPermission } from '../../core/policy.js';
import { fromTimestamp } from '../../db/codecs.js';
import type { RequestContext } from '../../db/context.js';
import { reachableBy } from '../../db/scope.js';
import type { Bbox } from './spatial.repository.js';
import { sensitiveCompartmentIds } from '../compartments/compartment.service.js';
import { toFeature } from './incident-export.service.js';
import { recordType } from './incident.repository.js';
import {
  generationFor,
  keepFeature,
  keepPage,
  keepSensitive,
  keptFeature,
  keptPage,
  keptSensitive,
  reachKey,
} from './feature-page-cache.js';
import { getIncident, listIncidentFeatures } from './incident.service.js';

/**
 * The actor without its sensitive compartments: what it may see through an open interface. With
 * `generation` (read before), the sensitive set is the one kept under it, read once per generation.
 */
async function openActor(ctx: RequestContext, generation?: number): Promise<RequestContext> {
  const kept = generation === undefined ? null : keptSensitive(ctx.db, generation);
  const sensitive = kept ?? (await sensitiveCompartmentIds(ctx));
  if (!kept && generation !== undefined) keepSensitive(ctx.db, generation, sensitive);
  const actor: Actor = {
    ...ctx.actor,
    compartmentIds: new Set([...ctx.actor.compartmentIds].filter((id) => !sensitive.has(id))),
  };
  return { ...ctx, actor };
}

/** A datetime parameter: an instant or an interval with `..` for an open end (RFC 3339). */
export function parseDatetime(value: string): { from?: string; to?: string } {
  const instant = (text: string, end: boolean): string | undefined => {
    if (text === '..' || text === '') return undefined;
    const date = /^\d{4}-\d{2}-\d{2}$/.test(text)
      ? new Date(`${text}T${end ? '23:59:59.999' : '00:00:00.000'}Z`)
      : /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.test(text)
        ? new Date(text)
        : new Date(Number.NaN);
    if (Number.isNaN(date.getTime()))
      throw new DomainError(
        'validation_failed',
        `datetime: "${text}" is not an RFC 3339 date-time`,
        [
          {
            path: 'datetime',
            message: 'expected an RFC 3339 instant or interval (a/b, ../b, a/..)',
          },
        ],
      );
    return date.toISOString();
  };
  const parts = value.split('/');
  if (parts.length === 1) {
    const only = parts[0]!;
    if (/^\d{4}-\d{2}-\d{2}$/.test(only))
      return { from: instant(only, false), to: instant(only, true) };
    const at = instant(only, false);
    return { from: at, to: at };
  }
  if (parts.length !== 2)
    throw new DomainError('validation_failed', 'datetime: expected one instant or one interval', [
      { path: 'datetime', message: 'expected an instant or an interval' },
    ]);
  const range = { from: instant(parts[0]!, false), to: instant(parts[1]!, true) };
  if (range.from && range.to && range.from > range.to)
    throw new DomainError('validation_failed', 'datetime: the interval ends before it starts', [
      { path: 'datetime', message: 'end before start' },
    ]);
  return range;
}

type ItemsQuery = { bbox?: Bbox; datetime?: string; limit: number; cursor?: string };
/** A page's features, each its GeoJSON's UTF-8 bytes, in the page's order. */
export type ItemsPage = { features: Uint8Array<ArrayBuffer>[]; nextCursor: string | null };

const encoder = new TextEncoder();
/** A feature's JSON as bytes of its own (a Buffer this small would hold a shared 8 KB slab). */
const encoded = (feature: ReturnType<typeof toFeature>) =>
  encoder.encode(JSON.stringify(feature)) as Uint8Array<ArrayBuffer>;

/** The page's features: those kept under `generation` as they are, the others read and kept. */
async function itemsFor(
  open: RequestContext,
  { query, generation }: { query: ItemsQuery; generation: number },
): Promise<ItemsPage> {
  const range = query.datetime ? parseDatetime(query.datetime) : {};
  // What was kept when the page's ids were read: a feature filed meanwhile may push it out.
  const kept = new Map<string, Uint8Array<ArrayBuffer>>();
  const page = await listIncidentFeatures(
    open,
    {
      limit: query.limit,
      ...(query.cursor ? { cursor: query.cursor } : {}),
      ...(query.bbox ? { bbox: query.bbox } : {}),
      ...range,
    },
    (id) => {
      const bytes = keptFeature(open.db, generation, id);
      if (bytes) kept.set(id, bytes);
      return bytes !== null;
    },
  );
  for (const source of page.items) {
    const bytes = encoded(toFeature(source));
    kept.set(source.id, bytes);
    keepFeature(open.db, generation, { id: source.id, bytes });
  }
  return { features: page.ids.map((id) => kept.get(id)!), nextCursor: page.nextCursor };
}

/**
 * A page of items as the bytes sent, `render`ed from the page's features (each kept once built)
 * and then kept in memory (feature-page-cache.ts) under the reader's reach and the page's
 * `address` (its whole URL: the links in it name it) until an incident, a label or a
 * compartment's sensitivity changes.
 */
export async function ogcIncidentItemsBytes(
  ctx: RequestContext,
  { query, address }: { query: ItemsQuery; address: string },
  render: (page: ItemsPage) => Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer>> {
  assertPermission(ctx.actor, 'incidents:read');
  // Read before the page is built (feature-page-cache.ts says why).
  const generation = await generationFor(ctx);
  // Filed under every compartment the reader holds, sensitive ones included: a compartment made
  // sensitive or not moves the generation (0039), so the same set under the same generation
  // means the same open reach, without reading which are sensitive on every request.
  const slot = { generation, key: `${reachKey(ctx.actor)}\u0000${address}` };
  const kept = keptPage(ctx.db, slot);
  if (kept) return kept;
  const bytes = render(await itemsFor(await openActor(ctx, generation), { query, generation }));
  keepPage(ctx.db, slot, bytes);
  return bytes;
}

/** @throws not_found when absent, out of reach or in a sensitive compartment */
export async function ogcIncidentItem(ctx: RequestContext, id: string) {
  const incident = await getIncident(await openActor(ctx), id);
  return toFeature(incident);
}

/** The collection's extent: the box and time span of what this actor may read. */
export async function ogcIncidentExtent(ctx: RequestContext) {
  assertPermission(ctx.actor, 'incidents:read');
  const open = await openActor(ctx);
  const row = await ctx.db
    .selectFrom('incidents')
    .select((eb) => [
      eb.fn.min('longitude').as('west'),
      eb.fn.min('latitude').as('south'),
      eb.fn.max('longitude').as('east'),
      eb.fn.max('latitude').as('north'),
      eb.fn.min('occurred_at').as('first'),
      eb.fn.max('occurred_at').as('last'),
    ])
    .where(
      reachableBy(open.actor, {
        recordType,
        idColumn: 'incidents.id',
        missionColumn: 'incidents.mission_id',
      }),
    )
    .executeTakeFirstOrThrow();
  if (row.west === null || row.first === null) return null;
  return {
    bbox: [Number(row.west), Number(row.south), Number(row.east), Number(row.north)] as const,
    interval: [
      fromTimestamp(row.first as string).toISOString(),
      fromTimestamp(row.last as string).toISOString(),
    ] as const,
  };
}

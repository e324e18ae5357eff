/**
 * UCDP GED event → incident (I2). Pure. The mapping, documented in docs/incident-taxonomy.md:
 * type_of_violence 1 (state-based) and 2 (non-state) → armed_clash, 3 (one-sided) →
 * violence_against_civilians; deaths_a + deaths_b → armed actors killed, deaths_civilians →
 * civilians killed, deaths_unknown → unattributed; UCDP's own codes and best/low/high are kept as
 * the origin's attributes. Older releases without some columns map the same way.
 */
import type { ErrorDetail } from '../../core/errors.js';
import { canonicalJson, sha256Hex } from '../../core/hash.js';
import { CreateIncidentInput, type Origin } from './incident.schema.js';

export type UcdpRow = Record<string, unknown>;

export interface MappedRow {
  input: CreateIncidentInput;
  origin: Origin;
}

const datePrecision = { 1: 'day', 2: 'day', 3: 'week', 4: 'month', 5: 'year' } as const;
const wherePrecision = {
  1: 'exact',
  2: 'near',
  3: 'admin2',
  4: 'admin1',
  5: 'admin1',
  6: 'country',
  7: 'country',
} as const;
const keptAttributes = [
  'type_of_violence',
  'conflict_name',
  'dyad_name',
  'side_a',
  'side_b',
  'best',
  'low',
  'high',
  'deaths_a',
  'deaths_b',
  'deaths_civilians',
  'deaths_unknown',
  'where_prec',
  'date_prec',
  'event_clarity',
  'priogrid_gid',
  'date_end',
  'year',
  'side_a_new_id',
  'side_b_new_id',
] as const;

function integer(row: UcdpRow, column: string, problems: ErrorDetail[]): number {
  const raw = row[column];
  const value = typeof raw === 'number' ? raw : Number(String(raw ?? '').trim());
  if (!Number.isInteger(value) || value < 0)
    problems.push({
      path: column,
      message: `expected a whole number ≥ 0, got "${String(raw ?? '')}"`,
    });
  return Number.isInteger(value) && value >= 0 ? value : 0;
}

/** A count older layouts may lack: missing or empty reads as 0. */
function optionalInteger(row: UcdpRow, column: string, problems: ErrorDetail[]): number {
  const raw = row[column];
  return raw === undefined || raw === null || raw === '' ? 0 : integer(row, column, problems);
}

function text(row: UcdpRow, column: string): string {
  const raw = row[column];
  return raw === undefined || raw === null ? '' : String(raw).trim();
}

function occurredAt(row: UcdpRow, problems: ErrorDetail[]): string {
  if (row.date_start === undefined && row.year !== undefined) {
    const year = Number(text(row, 'year'));
    if (Number.isInteger(year) && year >= 1946 && year <= 2100)
      return `${year}-01-01T00:00:00.000Z`;
    problems.push({ path: 'year', message: `not a year: "${text(row, 'year')}"` });
    return '1970-01-01T00:00:00Z';
  }
  const raw = text(row, 'date_start');
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(raw);
  const date = match
    ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
    : null;
  if (
    !match ||
    !date ||
    date.getUTCDate() !== Number(match[3]) ||
    date.getUTCMonth() !== Number(match[2]) - 1
  ) {
    problems.push({ path: 'date_start', message: `not a real date: "${raw}"` });
    return '1970-01-01T00:00:00Z';
  }
  return date.toISOString();
}

/** UCDP actor ids → names (from the UCDP Actor dataset), for layouts that give only the ids. */
export type ActorNames = ReadonlyMap<string, string>;

function side(row: UcdpRow, which: 'a' | 'b', actorNames: ActorNames): string {
  const name = text(row, `side_${which}`);
  if (name) return name;
  const id = text(row, `side_${which}_new_id`) || text(row, `side_${which}_dset_id`);
  return (id && actorNames.get(id)) || '';
}

/**
 * Layouts without an event id (extracts such as the GED 20.1 six-column file) get a stable id
 * derived from the row's content and how many identical rows came before it in the file, so
 * importing the same file twice still changes nothing and two identical events stay two.
 */
export function derivedEventId(row: UcdpRow, earlierIdentical: number): string {
  const hash = sha256Hex(canonicalJson(row)).slice(0, 24);
  return earlierIdentical === 0 ? `derived-${hash}` : `derived-${hash}-${earlierIdentical + 1}`;
}

function eventId(row: UcdpRow, problems: ErrorDetail[], derivedId: string | undefined): string {
  if (row.id === undefined) return derivedId ?? derivedEventId(row, 0);
  const id = text(row, 'id');
  if (!/^\d+$/.test(id))
    problems.push({ path: 'id', message: `expected the UCDP event id, got "${id}"` });
  return id;
}

/**
 * Maps one event; `problems` names each bad column. `coordinates` come from the geometry or the
 * latitude/longitude columns. Columns older layouts lack: no `type_of_violence` → category
 * `other`; no `date_start` → 1 January of `year`, precision year; deaths the sides do not
 * account for (`best` minus the per-side deaths) → unattributed.
 */
export function mapUcdpEvent(
  row: UcdpRow,
  coordinates: { latitude: unknown; longitude: unknown },
  { actorNames = new Map(), derivedId }: { actorNames?: ActorNames; derivedId?: string } = {},
): MappedRow | ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const id = eventId(row, problems, derivedId);
  const typeKnown = row.type_of_violence !== undefined;
  const type = typeKnown ? integer(row, 'type_of_violence', problems) : 0;
  if (typeKnown && ![1, 2, 3].includes(type))
    problems.push({ path: 'type_of_violence', message: 'expected 1, 2 or 3' });
  const latitude = Number(coordinates.latitude);
  const longitude = Number(coordinates.longitude);
  if (
    String(coordinates.latitude ?? '').trim() === '' ||
    !Number.isFinite(latitude) ||
    latitude < -90 ||
    latitude > 90
  )
    problems.push({
      path: 'latitude',
      message: `out of range: "${String(coordinates.latitude ?? '')}"`,
    });
  if (
    String(coordinates.longitude ?? '').trim() === '' ||
    !Number.isFinite(longitude) ||
    longitude < -180 ||
    longitude > 180
  )
    problems.push({
      path: 'longitude',
      message: `out of range: "${String(coordinates.longitude ?? '')}"`,
    });
  const when = occurredAt(row, problems);
  const deaths = {
    a: optionalInteger(row, 'deaths_a', problems),
    b: optionalInteger(row, 'deaths_b', problems),
    civilians: optionalInteger(row, 'deaths_civilians', problems),
    unknown: optionalInteger(row, 'deaths_unknown', problems),
  };
  const best = optionalInteger(row, 'best', problems);
  const accounted = deaths.a + deaths.b + deaths.civilians + deaths.unknown;
  if (best < accounted && row.best !== undefined && row.best !== '')
    problems.push({
      path: 'best',
      message: `${best} is less than the deaths by side (${accounted})`,
    });
  const datePrec = optionalInteger(row, 'date_prec', problems) as keyof typeof datePrecision;
  const wherePrec = optionalInteger(row, 'where_prec', problems) as keyof typeof wherePrecision;
  if (problems.length > 0) return problems;

  const sideA = side(row, 'a', actorNames);
  const sideB = side(row, 'b', actorNames);
  const oneSided = type === 3;
  const attributes = Object.fromEntries(
    keptAttributes
      .filter((c) => row[c] !== undefined)
      .map((c) => [c, typeof row[c] === 'number' ? (row[c] as number) : text(row, c)]),
  );
  const article = text(row, 'source_article');
  const input = CreateIncidentInput.parse({
    occurredAt: when,
    timePrecision: row.date_start === undefined ? 'year' : (datePrecision[datePrec] ?? 'day'),
    location: {
      latitude,
      longitude,
      precision: wherePrecision[wherePrec] ?? 'admin1',
      adminArea: text(row, 'adm_1') || null,
      placeName: text(row, 'where_coordinates').slice(0, 200) || null,
    },
    category: !typeKnown ? 'other' : oneSided ? 'violence_against_civilians' : 'armed_clash',
    actors: [
      ...(sideA ? [{ name: sideA.slice(0, 200), role: oneSided ? 'perpetrator' : 'other' }] : []),
      ...(sideB ? [{ name: sideB.slice(0, 200), role: oneSided ? 'target' : 'other' }] : []),
    ],
    casualties: {
      civilians: { killed: deaths.civilians, injured: 0, abducted: 0 },
      armedActors: { killed: deaths.a + deaths.b, injured: 0, abducted: 0 },
      unattributedKilled: deaths.unknown + Math.max(0, best - accounted),
    },
    // UCDP codes events from published reports after review: a usually reliable source, information probably true
    // (possibly true when UCDP marks the event unclear).
    sources: [
      {
        description: (article || 'UCDP GED').slice(0, 500),
        reliability: 'B',
        credibility: text(row, 'event_clarity') === '2' ? 3 : 2,
      },
    ],
    narrative: [
      row.id === undefined
        ? 'UCDP GED event (no event id in this layout).'
        : `UCDP GED event ${id}.`,
      typeKnown ? '' : 'Type of violence not in this layout.',
      text(row, 'dyad_name') ||
        text(row, 'conflict_name') ||
        [sideA, sideB].filter(Boolean).join(' - '),
      text(row, 'where_description'),
    ]
      .filter(Boolean)
      .join(' '),
  });
  return { input, origin: { system: 'ucdp', sourceId: id, attributes } };
}

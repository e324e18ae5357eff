/**
 * HXL-tagged CSV → incident (I2). Pure. The row of hashtags, not the header text, says what each
 * column means (HXL 1.1: a pattern such as `#affected+killed` matches any column with that tag
 * and at least those attributes). The same hashtags our own CSV export writes, so a partner's
 * file and our export read back alike. Documented in docs/incident-taxonomy.md.
 */
import type { ErrorDetail } from '../../core/errors.js';
import { CreateIncidentInput } from './incident.schema.js';
import {
  incidentCategories,
  locationPrecisions,
  reliabilityGrades,
  timePrecisions,
} from './incident.taxonomy.js';
import { RowReader, type Cells } from '../../tabular/row-reader.js';
import type { MappedRow } from './ucdp.mapping.js';

interface Hashtag {
  tag: string;
  attributes: Set<string>;
}

/** `#Affected +Killed+civilians` → { tag: 'affected', attributes: { killed, civilians } }; null when the cell is not a hashtag. */
export function parseHashtag(cell: string): Hashtag | null {
  const m = /^#([a-z][a-z0-9_]*)((?:\s*\+\s*[a-z][a-z0-9_]*)*)\s*$/i.exec(cell.trim());
  if (!m) return null;
  const attributes = new Set(
    m[2]!
      .split('+')
      .map((a) => a.trim().toLowerCase())
      .filter(Boolean),
  );
  return { tag: m[1]!.toLowerCase(), attributes };
}

/** True when a row is the hashtag row: at least one cell, and every non-empty cell, a hashtag. */
export function isHashtagRow(cells: string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter(Boolean);
  return filled.length > 0 && filled.every((c) => parseHashtag(c) !== null);
}

type Field =
  | 'id'
  | 'date'
  | 'timePrecision'
  | 'latitude'
  | 'longitude'
  | 'locationPrecision'
  | 'adminArea'
  | 'placeName'
  | 'category'
  | 'civiliansKilled'
  | 'civiliansInjured'
  | 'civiliansAbducted'
  | 'unKilled'
  | 'unInjured'
  | 'unAbducted'
  | 'combatantsKilled'
  | 'combatantsInjured'
  | 'killed'
  | 'perpetrators'
  | 'targets'
  | 'actors'
  | 'narrative'
  | 'source'
  | 'sourceId'
  | 'reliability'
  | 'credibility';

/** Patterns per field, best first; `exact` patterns need exactly these attributes. */
const patterns: Record<Field, { pattern: string; exact?: boolean }[]> = {
  id: [{ pattern: '#event+id' }, { pattern: '#event+code' }, { pattern: '#meta+id' }],
  date: [
    { pattern: '#date+occurred' },
    { pattern: '#date+start' },
    { pattern: '#date', exact: true },
  ],
  timePrecision: [{ pattern: '#date+precision' }],
  latitude: [{ pattern: '#geo+lat' }],
  longitude: [{ pattern: '#geo+lon' }],
  locationPrecision: [{ pattern: '#geo+precision' }],
  adminArea: [{ pattern: '#adm1+name' }, { pattern: '#adm1', exact: true }],
  placeName: [{ pattern: '#loc+name' }, { pattern: '#loc', exact: true }],
  category: [{ pattern: '#event+type' }, { pattern: '#event+category' }],
  civiliansKilled: [{ pattern: '#affected+killed+civilians' }],
  civiliansInjured: [{ pattern: '#affected+injured+civilians' }],
  civiliansAbducted: [{ pattern: '#affected+abducted+civilians' }],
  unKilled: [{ pattern: '#affected+killed+un' }],
  unInjured: [{ pattern: '#affected+injured+un' }],
  unAbducted: [{ pattern: '#affected+abducted+un' }],
  combatantsKilled: [{ pattern: '#affected+killed+combatants' }],
  combatantsInjured: [{ pattern: '#affected+injured+combatants' }],
  killed: [{ pattern: '#affected+killed', exact: true }],
  perpetrators: [{ pattern: '#group+perpetrator' }],
  targets: [{ pattern: '#group+target' }, { pattern: '#group+victim' }],
  actors: [
    { pattern: '#group+name', exact: true },
    { pattern: '#group', exact: true },
  ],
  narrative: [{ pattern: '#description' }],
  source: [{ pattern: '#meta+source', exact: true }],
  sourceId: [{ pattern: '#meta+source_id' }],
  reliability: [{ pattern: '#meta+reliability' }],
  credibility: [{ pattern: '#meta+credibility' }],
};

export const hxlRequiredFields: readonly Field[] = [
  'id',
  'date',
  'latitude',
  'longitude',
  'category',
];

export type HxlColumns = Partial<Record<Field, string>>;

function matches(column: Hashtag, wanted: Hashtag, exact: boolean): boolean {
  if (column.tag !== wanted.tag) return false;
  for (const a of wanted.attributes) if (!column.attributes.has(a)) return false;
  // Attributes about the number's form (+num) do not change the meaning.
  if (exact) return [...column.attributes].every((a) => wanted.attributes.has(a) || a === 'num');
  return true;
}

/**
 * Which column (by its key, the hashtag cell as written) feeds which field. The leftmost column
 * matching the best pattern wins. @returns the mapping and the required fields with no column.
 */
export function mapHashtags(hashtags: string[]): { columns: HxlColumns; missing: Field[] } {
  const parsed = hashtags.map((cell) => ({ cell, tag: parseHashtag(cell) }));
  const columns: HxlColumns = {};
  for (const field of Object.keys(patterns) as Field[]) {
    for (const { pattern, exact } of patterns[field]) {
      const wanted = parseHashtag(pattern)!;
      const hit = parsed.find((p) => p.tag && matches(p.tag, wanted, exact === true));
      if (hit) {
        columns[field] = hit.cell;
        break;
      }
    }
  }
  return { columns, missing: hxlRequiredFields.filter((f) => !columns[f]) };
}

const names = (value: string) =>
  value
    .split(';')
    .map((n) => n.trim().slice(0, 200))
    .filter(Boolean);

/** Maps one row, whose cells are keyed by the hashtag cell of their column. */
export function mapHxlRow(cells: Cells, columns: HxlColumns): MappedRow | ErrorDetail[] {
  const r = new RowReader(cells);
  const col = (f: Field) => columns[f];
  const id = r.required(col('id')!);
  const when = r.date(col('date')!);
  const latitude = r.coordinate(col('latitude')!, 90);
  const longitude = r.coordinate(col('longitude')!, 180);
  const category = r.required(col('category')!)
    ? r.oneOf(col('category'), incidentCategories, 'other')
    : 'other';
  const timePrecision = r.oneOf(col('timePrecision'), timePrecisions, 'day');
  const precision = r.oneOf(col('locationPrecision'), locationPrecisions, 'exact');
  const reliability = r.oneOf(col('reliability'), reliabilityGrades, 'F');
  const credibility = Number(r.oneOf(col('credibility'), ['1', '2', '3', '4', '5', '6'], '6'));
  const toll = (killed: Field, injured: Field, abducted?: Field) => ({
    killed: r.count(col(killed)),
    injured: r.count(col(injured)),
    abducted: abducted ? r.count(col(abducted)) : 0,
  });
  const civilians = toll('civiliansKilled', 'civiliansInjured', 'civiliansAbducted');
  const unPersonnel = toll('unKilled', 'unInjured', 'unAbducted');
  const armedActors = toll('combatantsKilled', 'combatantsInjured');
  const killed = r.count(col('killed'));
  const byGroup = civilians.killed + unPersonnel.killed + armedActors.killed;
  if (col('killed') && killed < byGroup)
    r.problems.push({
      path: col('killed')!,
      message: `${killed} is less than the killed by group (${byGroup})`,
    });
  if (r.problems.length > 0) return r.problems;

  const sourceText = r.text(col('source'));
  const attributes: Record<string, string> = {};
  if (sourceText) attributes.source = sourceText;
  if (col('sourceId') && r.text(col('sourceId'))) attributes.sourceId = r.text(col('sourceId'));
  const input = CreateIncidentInput.parse({
    occurredAt: when,
    timePrecision,
    location: {
      latitude,
      longitude,
      precision,
      adminArea: r.text(col('adminArea'), 200) || null,
      placeName: r.text(col('placeName'), 200) || null,
    },
    category,
    actors: [
      ...names(r.text(col('perpetrators'), 5000)).map((name) => ({ name, role: 'perpetrator' })),
      ...names(r.text(col('targets'), 5000)).map((name) => ({ name, role: 'target' })),
      ...names(r.text(col('actors'), 5000)).map((name) => ({ name, role: 'other' })),
    ].slice(0, 50),
    casualties: {
      civilians,
      unPersonnel,
      armedActors,
      unattributedKilled: col('killed') ? killed - byGroup : 0,
    },
    // A partner's file says nothing about its own reliability unless it has the grade columns: F6, cannot be judged.
    sources: [
      {
        description: sourceText || 'HXL import',
        reliability,
        credibility,
      },
    ],
    narrative: r.text(col('narrative'), 20_000),
  });
  return { input, origin: { system: 'hxl', sourceId: id, attributes } };
}

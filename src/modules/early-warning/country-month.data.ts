/**
 * The UCDP country-month series in the ViEWS layout (`ged_cm_postpatch.csv[.gz]`): per ViEWS
 * country and month, fatalities (best estimate) and events by type of violence — state-based (sb),
 * non-state (ns), one-sided (os: against civilians). The event counts of ns and os are read when the
 * file has them (ViEWS' does). Rows whose values are all empty are the unused skeleton: the
 * country is not in the panel that month. Months are ViEWS month ids (1 = 1980-01). Pure reader;
 * bad input is refused naming the line and column.
 */
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { DomainError } from '../../core/errors.js';

export const columns = [
  'ged_best_sb',
  'ged_best_ns',
  'ged_best_os',
  'ged_count_sb',
  'month_id',
  'country_id',
] as const;

/** The three types of violence UCDP counts. */
export const kinds = ['sb', 'ns', 'os'] as const;
export type Kind = (typeof kinds)[number];

/** Columns read when present: the events of the other two kinds. */
const optionalColumns = ['ged_count_ns', 'ged_count_os'] as const;

export interface CountrySeries {
  /** Per month from the panel's first: fatalities and events; NaN where the country is absent. */
  sb: Float64Array;
  ns: Float64Array;
  os: Float64Array;
  sbEvents: Float64Array;
  /** NaN throughout when the file has no such column. */
  nsEvents: Float64Array;
  osEvents: Float64Array;
}

export interface Panel {
  /** The first and last month id with any value. */
  firstMonth: number;
  lastMonth: number;
  series: Map<number, CountrySeries>;
}

/** ViEWS month id of a YYYY-MM month (1 = 1980-01). */
export function monthId(month: string): number {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12)
    throw new DomainError('validation_failed', `origin: ${month} is not a month (YYYY-MM)`, [
      { path: 'origin', message: 'YYYY-MM' },
    ]);
  return (Number(m[1]) - 1980) * 12 + Number(m[2]);
}

export function monthOf(id: number): string {
  const year = 1980 + Math.floor((id - 1) / 12);
  return `${year}-${String(((id - 1) % 12) + 1).padStart(2, '0')}`;
}

/** The first instant of a month (ViEWS id), ISO 8601 in UTC. */
export const monthStart = (id: number): string => `${monthOf(id)}-01T00:00:00.000Z`;

/** The last millisecond of a month (ViEWS id), ISO 8601 in UTC. */
export const monthEnd = (id: number): string =>
  new Date(Date.parse(monthStart(id + 1)) - 1).toISOString();

/** The last month already over at an instant (ViEWS id): a month under way is never an origin. */
export const lastMonthOver = (at: Date): number => monthId(at.toISOString().slice(0, 7)) - 1;

const invalid = (line: number, column: string, message: string) =>
  new DomainError('validation_failed', `line ${line}, ${column}: ${message}`, [
    { path: `line ${line}.${column}`, message },
  ]);

function number(raw: string, at: { line: number; column: string }, integer: boolean): number {
  const { line, column } = at;
  const v = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(v) || v < 0 || (integer && !Number.isInteger(v)))
    throw invalid(
      line,
      column,
      `"${raw}" is not a ${integer ? 'positive whole' : 'non-negative'} number`,
    );
  return v;
}

/** Reads the file's text (gzipped or not) into a panel. @throws validation_failed naming line and column */
export function readPanel(content: Buffer): Panel {
  const text = (
    content[0] === 0x1f && content[1] === 0x8b ? gunzipSync(content) : content
  ).toString('utf8');
  const rows = parse(text, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  const header = Object.keys(rows[0] ?? {});
  for (const c of columns)
    if (!header.includes(c)) throw invalid(1, c, 'column missing (the ViEWS ged_cm layout)');
  const parsed: { c: number; m: number; v: number[] }[] = [];
  rows.forEach((r, i) => {
    const line = i + 2;
    const values = columns.slice(0, 4).map((c) => r[c]!);
    if (values.every((v) => v === '')) return;
    const v = values.map((raw, k) => number(raw, { line, column: columns[k]! }, false));
    for (const c of optionalColumns)
      v.push(r[c] === undefined || r[c] === '' ? NaN : number(r[c], { line, column: c }, false));
    parsed.push({
      m: number(r.month_id!, { line, column: 'month_id' }, true),
      c: number(r.country_id!, { line, column: 'country_id' }, true),
      v,
    });
  });
  if (parsed.length === 0) throw invalid(2, 'ged_best_sb', 'no country-month has a value');
  const firstMonth = Math.min(...parsed.map((p) => p.m));
  const lastMonth = Math.max(...parsed.map((p) => p.m));
  const length = lastMonth - firstMonth + 1;
  const series = new Map<number, CountrySeries>();
  for (const p of parsed) {
    let s = series.get(p.c);
    if (!s) {
      const empty = () => new Float64Array(length).fill(NaN);
      s = {
        sb: empty(),
        ns: empty(),
        os: empty(),
        sbEvents: empty(),
        nsEvents: empty(),
        osEvents: empty(),
      };
      series.set(p.c, s);
    }
    const t = p.m - firstMonth;
    [s.sb[t], s.ns[t], s.os[t], s.sbEvents[t], s.nsEvents[t], s.osEvents[t]] = p.v as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
  }
  return { firstMonth, lastMonth, series };
}

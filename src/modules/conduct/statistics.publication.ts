/**
 * C5 (¶122), issue 15's F3: the public tables of allegations, published together so that no hidden
 * count can be worked out from them. Pure.
 *
 * A count under 3 is hidden as "<3" (it is 1 or 2). Hiding it is not enough: the number of cases
 * minus the missions shown gives a hidden one away, and so do a year minus its quarters shown.
 * Tables crossing two dimensions (years by mission) are not published: their many small cells
 * would take most headline figures with them.
 * Issue 16: the monthly table is part of the same publication — for every month published, the
 * month's allegations by mission (those with fewer than 3 together), by category and in all — so
 * the attacker also holds every monthly table ever published and the sums between them. No running
 * total for the year to date is published: the difference of two would be a month's count, whatever
 * the month's table hides, and hiding it would take most running totals with it.
 * So `publish` runs the attacker below against what it would publish and, while the attacker can
 * work out any hidden count exactly, withholds one more count in a sum that gave it away — the
 * smallest shown one, else a "<3", else the total: "withheld" says nothing of its size. The
 * attacker knows every published number, every sum that holds between the tables, and the bounds
 * ("<3" is 1 or 2; a withheld count is at least 1).
 */
import type { CaseFacts, Dimension } from './statistics.service.js';

/** The published tables: one per dimension. */
export const publishedTables = [
  ['year'],
  ['quarter'],
  ['mission'],
  ['nationality'],
  ['category'],
  ['personnel'],
] as const satisfies readonly (readonly Dimension[])[];

export type PublishedValue = number | '<3' | 'withheld';

export interface PublishedRow {
  values: string[];
  n: number;
  shown: PublishedValue;
}

/** Every table by its id (`year`, `year,mission`, …), rows in order. */
export type Publication = Map<string, PublishedRow[]>;

const idOf = (by: readonly string[]) => by.join(',');
const cellId = (table: string, values: readonly string[]) => `${table}|${values.join('\u0000')}`;

function valuesOf(f: CaseFacts, dimension: Dimension): string[] {
  if (dimension === 'personnel') return f.personnel;
  if (dimension === 'nationality') return f.nationalities;
  return [f[dimension]];
}

/** The groups a case counts in on these dimensions (a case with two nationalities counts under each). */
function combinationsOf(f: CaseFacts, by: readonly Dimension[]): string[][] {
  return by.reduce<string[][]>(
    (acc, d) => acc.flatMap((prefix) => valuesOf(f, d).map((v) => [...prefix, v])),
    [[]],
  );
}

/** Cases per group on these dimensions, groups in order, counts under 3 hidden as "<3". */
export function countRows(facts: readonly CaseFacts[], by: readonly Dimension[]): PublishedRow[] {
  const counts = new Map<string, { values: string[]; n: number }>();
  for (const f of facts) {
    for (const values of combinationsOf(f, by)) {
      const key = JSON.stringify(values);
      const entry = counts.get(key) ?? { values, n: 0 };
      entry.n += 1;
      counts.set(key, entry);
    }
  }
  return [...counts.values()]
    .sort((a, b) => a.values.join('\u0000').localeCompare(b.values.join('\u0000')))
    .map(({ values, n }) => ({ values, n, shown: n < 3 ? '<3' : n }));
}

/** A sum that holds between published counts: the cells of `parts` add up to `total`. */
interface Equation {
  total: string;
  parts: string[];
}

/** The number of cases counted: published with every table (the attacker knows it). */
const totalTable = 'total';
const grandTotal = cellId(totalTable, []);

/**
 * The sums that hold. Year, quarter, mission and category give each case one value, so each of
 * those tables adds up to the number of cases, and a year's quarters to the year. A case with two
 * nationalities or personnel categories counts under each, so those tables add up to nothing.
 * The monthly tables (issue 16): a month's missions (with the others' row) and its categories add
 * up to its total; a quarter is its months; a category is the sum of its months.
 */
function equationsOf(pub: Publication): Equation[] {
  const rows = (table: string) => pub.get(table) ?? [];
  const cells = (table: string, keep: (values: string[]) => boolean = () => true) =>
    rows(table)
      .filter((r) => keep(r.values))
      .map((r) => cellId(table, r.values));
  const out: Equation[] = ['year', 'quarter', 'mission', 'category'].map((t) => ({
    total: grandTotal,
    parts: cells(t),
  }));
  for (const year of rows('year')) {
    const y = year.values[0]!;
    out.push({
      total: cellId('year', [y]),
      parts: cells('quarter', (v) => v[0]!.startsWith(`${y}-`)),
    });
  }
  const months = [...pub.keys()]
    .filter((id) => id.startsWith('month:') && id.endsWith(':total'))
    .map((id) => id.split(':')[1]!)
    .sort();
  const monthTotal = (month: string) => cellId(monthlyTableId(month, 'total'), []);
  for (const month of months)
    for (const by of ['mission', 'category'] as const)
      out.push({ total: monthTotal(month), parts: cells(monthlyTableId(month, by)) });
  for (const q of rows('quarter')) {
    const [y, n] = q.values[0]!.split('-Q');
    const inQuarter = months.filter(
      (m) => m.startsWith(`${y}-`) && Math.floor((Number(m.slice(5)) - 1) / 3) + 1 === Number(n),
    );
    out.push({ total: cellId('quarter', q.values), parts: inQuarter.map(monthTotal) });
  }
  // A category over all time is the sum of its months. (A mission's is not: in the months it had
  // fewer than 3, it is among the others.)
  for (const c of rows('category')) {
    const v = c.values[0]!;
    out.push({
      total: cellId('category', [v]),
      parts: months
        .filter((m) => rows(monthlyTableId(m, 'category')).some((r) => r.values[0] === v))
        .map((m) => cellId(monthlyTableId(m, 'category'), [v])),
    });
  }
  return out;
}

/**
 * What someone holding every published table can work out: each hidden count's bounds, narrowed by
 * every sum until nothing changes. Returns the hidden counts worked out exactly, with their value.
 */
export function differencingAttack(pub: Publication): Map<string, number> {
  return attack(pub).recovered;
}

/** The attack, with what it knows exactly at the end (published or worked out). */
function attack(pub: Publication): { recovered: Map<string, number>; exact: Set<string> } {
  const index = new Map<string, number>();
  const lo: number[] = [];
  const hi: number[] = [];
  const hidden: { id: string; at: number }[] = [];
  for (const [table, rows] of pub)
    for (const r of rows) {
      const id = cellId(table, r.values);
      const at = lo.length;
      index.set(id, at);
      if (typeof r.shown === 'number') {
        lo.push(r.shown);
        hi.push(r.shown);
      } else {
        hidden.push({ id, at });
        lo.push(1);
        hi.push(r.shown === '<3' ? 2 : Infinity);
      }
    }
  const equations = equationsOf(pub)
    .filter((e) => index.has(e.total) && e.parts.every((p) => index.has(p)))
    .map((e) => ({
      total: index.get(e.total)!,
      parts: e.parts.map((p) => index.get(p)!),
    }));
  // Narrowing stops when a pass changes nothing; a cap keeps a slow creep (bounds shrinking by one
  // a pass) from running on: the bounds left then are wider than the truth, never narrower.
  for (let pass = 0, changed = true; changed && pass < 200; pass++) {
    changed = false;
    for (const { total, parts } of equations) {
      let sumLo = 0;
      let sumHi = 0;
      for (const p of parts) {
        sumLo += lo[p]!;
        sumHi += hi[p]!;
      }
      const narrow = (at: number, low: number, high: number) => {
        if (low > lo[at]!) {
          lo[at] = low;
          changed = true;
        }
        if (high < hi[at]!) {
          hi[at] = high;
          changed = true;
        }
      };
      narrow(total, sumLo, sumHi);
      for (const p of parts)
        narrow(p, lo[total]! - (sumHi - hi[p]!), hi[total]! - (sumLo - lo[p]!));
    }
  }
  const recovered = new Map<string, number>();
  for (const { id, at } of hidden) if (lo[at] === hi[at]) recovered.set(id, lo[at]!);
  const exact = new Set([...index].filter(([, at]) => lo[at] === hi[at]).map(([id]) => id));
  return { recovered, exact };
}

/** The months from the first case's to `through` (the last month published), in order. */
function monthsOf(facts: readonly CaseFacts[], through: string): string[] {
  const first = facts.reduce((m, f) => (f.month < m ? f.month : m), through);
  const out: string[] = [];
  if (!/^\d{4}-\d{2}$/.test(first) || first === '0000-00') return out;
  for (
    let [y, m] = first.split('-').map(Number) as [number, number];
    ;
    m === 12 ? (y++, (m = 1)) : m++
  ) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > through) return out;
    out.push(month);
  }
}

/** A table of the monthly publication: `month:2023-12:mission`, `month:2023-12:total`, … */
export const monthlyTableId = (month: string, by: 'mission' | 'category' | 'total'): string =>
  `month:${month}:${by}`;

/** The row of a month's missions with fewer than 3 allegations each, counted together. */
export const otherMissions = '*';

/** A count of cases, shown exactly when 0 (nothing to hide) or 3 and more. */
const countRow = (values: string[], n: number): PublishedRow => ({
  values,
  n,
  shown: n === 0 || n >= 3 ? n : '<3',
});

/**
 * A month's missions: those with 3 or more allegations in the month by name, the others together
 * (`otherMissions`). Listing a mission with 1 in a month would say it had at least 1 that month:
 * over the months, enough to work out a mission's small total.
 */
function monthMissionRows(inMonth: readonly CaseFacts[]): PublishedRow[] {
  const rows = countRows(inMonth, ['mission']);
  const named = rows.filter((r) => r.n >= 3);
  const others = rows.filter((r) => r.n < 3).reduce((sum, r) => sum + r.n, 0);
  return others > 0 ? [...named, countRow([otherMissions], others)] : named;
}

/**
 * The tables of these cases with small counts hidden and nothing more (what the attacker meets
 * first): the public page's, and the monthly table's of every month to `through` — the month's
 * allegations by mission (`monthMissionRows`), by category, and in all.
 */
export function countTables(
  facts: readonly CaseFacts[],
  through = lastMonthOf(facts),
): Publication {
  const pub: Publication = new Map(publishedTables.map((by) => [idOf(by), countRows(facts, by)]));
  pub.set(totalTable, [{ values: [], n: facts.length, shown: facts.length }]);
  const byMonth = new Map<string, CaseFacts[]>();
  for (const f of facts) byMonth.set(f.month, [...(byMonth.get(f.month) ?? []), f]);
  for (const month of monthsOf(facts, through)) {
    const inMonth = byMonth.get(month) ?? [];
    pub.set(monthlyTableId(month, 'mission'), monthMissionRows(inMonth));
    pub.set(monthlyTableId(month, 'category'), countRows(inMonth, ['category']));
    pub.set(monthlyTableId(month, 'total'), [countRow([], inMonth.length)]);
  }
  return pub;
}

const lastMonthOf = (facts: readonly CaseFacts[]) =>
  facts.reduce((m, f) => (f.month > m ? f.month : m), '0000-00');

/**
 * The published tables of these cases: small counts hidden, and as many more withheld as it takes
 * for the attacker to work none of them out.
 */
export function publish(facts: readonly CaseFacts[], through = lastMonthOf(facts)): Publication {
  const pub = countTables(facts, through);
  const total = pub.get(totalTable)![0]!;
  const rowOf = new Map<string, PublishedRow>();
  const monthly = new Set<PublishedRow>();
  for (const [table, rows] of pub)
    for (const r of rows) {
      rowOf.set(cellId(table, r.values), r);
      if (table.includes(':')) monthly.add(r);
    }
  const equations = equationsOf(pub);
  const holdingOf = new Map<string, Equation[]>();
  for (const e of equations)
    for (const id of new Set([e.total, ...e.parts]))
      holdingOf.set(id, [...(holdingOf.get(id) ?? []), e]);
  for (;;) {
    const { recovered, exact } = attack(pub);
    if (recovered.size === 0) return pub;
    // For each count given away, withhold one more count of a sum that holds it: the smallest
    // shown — a monthly one before the public page's — else a "<3" (the given one included), else
    // the total. Each round withholds at least
    // one more, so the loop ends.
    // The public page's counts are the headline: a monthly count goes first.
    const rank = (r: PublishedRow) =>
      r === total ? 4 : (monthly.has(r) ? 0 : 2) + (typeof r.shown === 'number' ? 0 : 1);
    // One withholding per cause a round: a count given away by the same sums as one just dealt
    // with waits for the next round's attack (withholding for each would take too much).
    const withheldNow = new Set<string>();
    for (const given of recovered.keys()) {
      const pool = withholdable(given, exact);
      if ([...pool].some((id) => withheldNow.has(id))) continue;
      const [first] = [...pool]
        .filter((id) => rowOf.get(id)!.shown !== 'withheld')
        .sort((a, b) => {
          const [ra, rb] = [rowOf.get(a)!, rowOf.get(b)!];
          return rank(ra) - rank(rb) || ra.n - rb.n;
        });
      if (first === undefined) continue;
      rowOf.get(first)!.shown = 'withheld';
      withheldNow.add(first);
    }
    // Never reached on any data tried (property test); if it were, publishing nothing is the safe
    // answer, and looping for ever is not.
    if (withheldNow.size === 0)
      throw new Error('statistics publication: a count is given away and nothing left to withhold');
  }

  /**
   * The counts whose withholding could stop `given` being worked out: the members of the sums
   * that gave it away (every other member known) — and, where such a member is known without being
   * shown, the members of the sums that gave that one away, a few steps deep; else the members of
   * any sum that holds it.
   */
  function withholdable(given: string, exact: ReadonlySet<string>): Set<string> {
    const giving = (id: string) =>
      (holdingOf.get(id) ?? []).filter((e) =>
        [e.total, ...e.parts].every((m) => m === id || exact.has(m)),
      );
    const pool = new Set<string>();
    const seen = new Set([given]);
    let frontier = [given];
    for (let depth = 0; depth < 4 && frontier.length > 0; depth++) {
      const next: string[] = [];
      for (const id of frontier)
        for (const e of giving(id))
          for (const m of [e.total, ...e.parts]) {
            if (seen.has(m)) continue;
            seen.add(m);
            pool.add(m);
            if (typeof rowOf.get(m)!.shown !== 'number') next.push(m);
          }
      frontier = next;
    }
    if ([...pool].some((id) => rowOf.get(id)!.shown !== 'withheld')) return pool;
    pool.add(given);
    for (const e of holdingOf.get(given) ?? []) for (const m of [e.total, ...e.parts]) pool.add(m);
    return pool;
  }
}

/** The number of cases the tables count, unless it had to be withheld. */
export const publishedTotal = (pub: Publication): number | null => {
  const shown = pub.get(totalTable)?.[0]?.shown;
  return typeof shown === 'number' ? shown : null;
};

/** One published table, as the public API answers it. */
export function publishedTable(
  pub: Publication,
  by: readonly Dimension[],
): { group: Record<string, string>; allegations: PublishedValue }[] {
  return (pub.get(idOf(by)) ?? []).map((r) => ({
    group: Object.fromEntries(by.map((d, i) => [d, r.values[i]!])),
    allegations: r.shown,
  }));
}

/**
 * C5 (¶122), issue 15's F3: the public tables of allegations, published together so that no hidden
 * count can be worked out from them. Pure.
 *
 * A count under 3 is hidden as "<3" (it is 1 or 2). Hiding it is not enough: the number of cases
 * minus the missions shown gives a hidden one away, and so do a year minus its quarters shown.
 * Tables crossing two dimensions (years by mission) are not published: their many small cells
 * would take most headline figures with them.
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
 */
function equationsOf(pub: Publication): Equation[] {
  const rows = (table: string) => pub.get(table) ?? [];
  const cells = (table: string, keep: (values: string[]) => boolean) =>
    rows(table)
      .filter((r) => keep(r.values))
      .map((r) => cellId(table, r.values));
  const out: Equation[] = ['year', 'quarter', 'mission', 'category'].map((t) => ({
    total: grandTotal,
    parts: cells(t, () => true),
  }));
  for (const year of rows('year')) {
    const y = year.values[0]!;
    out.push({
      total: cellId('year', [y]),
      parts: cells('quarter', (v) => v[0]!.startsWith(`${y}-`)),
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
  const equations = equationsOf(pub).map((e) => ({
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

/** The tables of these cases with small counts hidden and nothing more (what the attacker meets first). */
export function countTables(facts: readonly CaseFacts[]): Publication {
  const pub: Publication = new Map(publishedTables.map((by) => [idOf(by), countRows(facts, by)]));
  pub.set(totalTable, [{ values: [], n: facts.length, shown: facts.length }]);
  return pub;
}

/**
 * The published tables of these cases: small counts hidden, and as many more withheld as it takes
 * for the attacker to work none of them out.
 */
export function publish(facts: readonly CaseFacts[]): Publication {
  const pub = countTables(facts);
  const total = pub.get(totalTable)![0]!;
  const rowOf = new Map<string, PublishedRow>();
  for (const [table, rows] of pub) for (const r of rows) rowOf.set(cellId(table, r.values), r);
  const equations = equationsOf(pub);
  for (;;) {
    const { recovered, exact } = attack(pub);
    if (recovered.size === 0) return pub;
    // For each count given away, withhold one more count of a sum that holds it: the smallest
    // shown, else a "<3" (the given one included), else the total. Each round withholds at least
    // one more, so the loop ends.
    const rank = (r: PublishedRow) => (r === total ? 2 : typeof r.shown !== 'number' ? 1 : 0);
    for (const given of recovered.keys()) {
      const holding = equations.filter((e) => e.total === given || e.parts.includes(given));
      // The sums that gave it away: every other member known; else any sum that holds it.
      const giving = holding.filter((e) =>
        [e.total, ...e.parts].every((id) => id === given || exact.has(id)),
      );
      const candidates = (giving.length > 0 ? giving : holding)
        .flatMap((e) => [e.total, ...e.parts])
        .map((id) => rowOf.get(id)!)
        .filter((r) => r.shown !== 'withheld')
        .sort((a, b) => rank(a) - rank(b) || a.n - b.n);
      if (candidates[0]) candidates[0].shown = 'withheld';
    }
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

/**
 * One row of IPI's gender layout of the UN's monthly contributions (contributor × mission ×
 * month; `full_gender_data.csv` of the IPI Peacekeeping Database) as a record, or why not. Pure.
 * The scraped source leaves a stray apostrophe after some names and codes ("MINUSMA'", "MLI'"):
 * it is removed and counted. "NA" is a figure not reported (null), never a zero.
 */
export const categories = [
  'police_individual',
  'police_units',
  'experts',
  'troops',
  'all',
] as const;
export type Category = (typeof categories)[number];
const parts = ['men', 'women', 'total'] as const;

/** The source's column for each of our figures. */
const sourceColumn: Record<Category, string> = {
  police_individual: 'Individual_Police',
  police_units: 'Formed_Police_Units',
  experts: 'Experts_on_Mission',
  troops: 'Troops',
  all: 'Total',
};
const sourcePart = { men: 'Male', women: 'Female', total: 'Total' } as const;

export const contributionColumns = [
  'Date',
  'Contributor',
  'Contributor_ISO-3',
  'Mission',
  ...categories.flatMap((c) => parts.map((p) => `${sourceColumn[c]}_${sourcePart[p]}`)),
];

export type Figures = Record<`${Category}_${(typeof parts)[number]}`, number | null>;

export interface ContributionRow {
  contributor: { iso3: string; name: string };
  /** Mission acronym, or 'all' on a subtotal row. */
  mission: string;
  /** YYYY-MM. */
  month: string;
  figures: Figures;
  /** A row of the source's subtotals (Contributor or Mission "all"): checked, not stored. */
  subtotal: boolean;
}

export interface Problem {
  column: string;
  message: string;
}

const stray = (value: string) => value.trim().replace(/'+$/, '');

export function mapContributionRow(cells: Record<string, string>): {
  row: ContributionRow | null;
  rejected: Problem[];
  /** How many cells lost a stray apostrophe. */
  cleaned: number;
} {
  const rejected: Problem[] = [];
  let cleaned = 0;
  const text = (column: string) => {
    const raw = (cells[column] ?? '').trim();
    const value = stray(raw);
    if (value !== raw) cleaned += 1;
    return value;
  };
  const date = text('Date');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)))
    rejected.push({ column: 'Date', message: `"${date}" is not a date (YYYY-MM-DD)` });
  const name = text('Contributor');
  const iso3 = text('Contributor_ISO-3').toUpperCase();
  const mission = text('Mission');
  const subtotal = name === 'all' || mission === 'all';
  if (!name) rejected.push({ column: 'Contributor', message: 'is empty' });
  if (name !== 'all' && !/^[A-Z]{3}$/.test(iso3))
    rejected.push({
      column: 'Contributor_ISO-3',
      message: `"${iso3}" is not an ISO 3166 alpha-3 code`,
    });
  if (mission !== 'all' && !/^[A-Z][A-Z0-9-]{1,15}$/.test(mission))
    rejected.push({ column: 'Mission', message: `"${mission}" is not a mission acronym` });
  const figures = {} as Figures;
  for (const category of categories)
    for (const part of parts) {
      const column = `${sourceColumn[category]}_${sourcePart[part]}`;
      const value = text(column);
      if (value === 'NA' || value === '') figures[`${category}_${part}`] = null;
      else if (/^\d+$/.test(value)) figures[`${category}_${part}`] = Number(value);
      else {
        rejected.push({ column, message: `"${value}" is not a whole number or NA` });
        figures[`${category}_${part}`] = null;
      }
    }
  if (rejected.length > 0) return { row: null, rejected, cleaned };
  return {
    row: {
      contributor: { iso3: name === 'all' ? 'all' : iso3, name },
      mission,
      month: date.slice(0, 7),
      figures,
      subtotal,
    },
    rejected,
    cleaned,
  };
}

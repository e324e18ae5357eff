/**
 * One row of the mission-month table of authorised and deployed uniformed strength
 * (`personnel_shortfall_mission_month.csv`: mission, year, month, authtroop, authpolice,
 * authmilobs, troop, police, milobs) as a record, or why not. Pure. An empty cell is a figure not
 * reported (null). The table interpolates authorised strength month by month during a drawdown
 * ("7789.2"): such a figure is rounded to the nearest whole person and counted. The table names host countries in its own words; `hostCountriesOf` reads them.
 */
export const strengthColumns = [
  'mission',
  'missioncountry',
  'year',
  'month',
  'authtroop',
  'authpolice',
  'authmilobs',
  'troop',
  'police',
  'milobs',
];

export interface StrengthRow {
  /** Acronym; a space becomes "-" ("UNOSOM II" → "UNOSOM-II"). */
  mission: string;
  country: string;
  /** YYYY-MM. */
  month: string;
  authorised: { troops: number | null; police: number | null; observers: number | null };
  deployed: { troops: number | null; police: number | null; observers: number | null };
}

export interface Problem {
  column: string;
  message: string;
}

/** The table's country names as ISO 3166 alpha-3 (Kosovo as Natural Earth's KOS). */
const countryNames: Record<string, string[]> = {
  Afghanistan: ['AFG'],
  Angola: ['AGO'],
  'Bosnia and Herzegovina': ['BIH'],
  Burundi: ['BDI'],
  Cambodia: ['KHM'],
  'Central African Republic': ['CAF'],
  Chad: ['TCD'],
  'Costa Rica': ['CRI'],
  Croatia: ['HRV'],
  Cyprus: ['CYP'],
  'Democratic Republic of the Congo': ['COD'],
  'East Timor': ['TLS'],
  'El Salvador': ['SLV'],
  'Ethiopia/Eritrea': ['ETH', 'ERI'],
  Georgia: ['GEO'],
  Guatemala: ['GTM'],
  Haiti: ['HTI'],
  'India/Pakistan': ['IND', 'PAK'],
  Iran: ['IRN'],
  Iraq: ['IRQ'],
  Italy: ['ITA'],
  'Ivory Coast': ['CIV'],
  Kosovo: ['KOS'],
  Lebanon: ['LBN'],
  Liberia: ['LBR'],
  Macedonia: ['MKD'],
  Mali: ['MLI'],
  'Middle East': ['ISR', 'EGY', 'JOR', 'LBN', 'SYR'],
  Morocco: ['ESH'],
  Mozambique: ['MOZ'],
  Nepal: ['NPL'],
  Rwanda: ['RWA'],
  'Sierra Leone': ['SLE'],
  Somalia: ['SOM'],
  'South Sudan': ['SSD'],
  Sudan: ['SDN'],
  Syria: ['SYR'],
  Tajikistan: ['TJK'],
  'Timor-Leste': ['TLS'],
  Yugoslavia: ['SRB', 'MNE'],
};

/** The host countries the table's name stands for; empty when it names none or one not listed. */
export function hostCountriesOf(name: string): string[] {
  return countryNames[name.trim()] ?? [];
}

export function mapStrengthRow(cells: Record<string, string>): {
  row: StrengthRow | null;
  rejected: Problem[];
  /** Figures with a fraction, rounded. */
  rounded: number;
} {
  const rejected: Problem[] = [];
  let rounded = 0;
  const mission = (cells.mission ?? '').trim().replace(/\s+/g, '-').toUpperCase();
  if (!/^[A-Z][A-Z0-9-]{1,19}$/.test(mission))
    rejected.push({ column: 'mission', message: `"${cells.mission}" is not a mission acronym` });
  const year = Number(cells.year);
  const month = Number(cells.month);
  if (!Number.isInteger(year) || year < 1945 || year > 2100)
    rejected.push({ column: 'year', message: `"${cells.year}" is not a year` });
  if (!Number.isInteger(month) || month < 1 || month > 12)
    rejected.push({ column: 'month', message: `"${cells.month}" is not a month (1–12)` });
  const figure = (column: string): number | null => {
    const value = (cells[column] ?? '').trim();
    if (value === '' || value === 'NA') return null;
    const n = Number(value);
    if (!Number.isFinite(n) || n < 0) {
      rejected.push({ column, message: `"${value}" is not a number of people` });
      return null;
    }
    if (!Number.isInteger(n)) rounded += 1;
    return Math.round(n);
  };
  const authorised = {
    troops: figure('authtroop'),
    police: figure('authpolice'),
    observers: figure('authmilobs'),
  };
  const deployed = {
    troops: figure('troop'),
    police: figure('police'),
    observers: figure('milobs'),
  };
  if (rejected.length > 0) return { row: null, rejected, rounded };
  return {
    row: {
      mission,
      country: (cells.missioncountry ?? '').trim(),
      month: `${year}-${String(month).padStart(2, '0')}`,
      authorised,
      deployed,
    },
    rejected,
    rounded,
  };
}

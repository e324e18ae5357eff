/**
 * The UN's public table of allegations (conduct.unmissions.org, "Table of allegations") mapped to
 * cases. Pure: one row of cells in, a case (or the reasons it cannot be one) out. Multi-valued
 * cells hold items separated by a blank line, each "Label (detail) (count)"; every cell that does
 * not parse is reported with its column and kept verbatim in the case's source attributes, and the
 * case is imported without it. Only the month reported, the mission and the allegation are
 * essential: without them a row is rejected. docs/conduct.md documents each column.
 */
import { createHash } from 'node:crypto';
import type { ErrorDetail } from '../../core/errors.js';
import { caseCategory } from './case.rules.js';
import type { ActionItem, Subject } from './case.schema.js';
import type { Category, Finding, InvestigatingEntity } from './case.taxonomy.js';
import { entities, months, outcomes, personnel, subtypeOf } from './sea-table.vocabulary.js';

export const seaColumns = [
  'Date',
  'Mission',
  'Date of incident',
  'Personnel Type',
  'Nationality',
  'Victim',
  'Allegation',
  'Paternity claim',
  'Paternity established',
  'NIO appointed',
  'Investigation (days)',
  'Result',
  'Interim Action',
  'Final Action',
  'Referral for criminal accountability',
] as const;
export type SeaColumn = (typeof seaColumns)[number];
export type SeaCells = Record<SeaColumn, string>;

/** The columns that say which allegation a row is: its key, with the month reported. */
const keyColumns: SeaColumn[] = [
  'Date',
  'Mission',
  'Date of incident',
  'Personnel Type',
  'Nationality',
  'Victim',
  'Allegation',
];

export interface SeaCase {
  mission: string;
  /** Stable across re-imports of later tables: the key columns, and the occurrence of that key. */
  sourceId: string;
  reference: string;
  receivedAt: string;
  category: Category;
  allegations: { category: Category; subtype: string }[];
  incidentPeriod: { from: string | null; to: string | null; text: string } | null;
  subjects: Subject[];
  victims: { ageGroup: 'adult' | 'child' | 'unknown'; count: number | null }[];
  paternityClaim: 'yes' | 'no' | 'unknown';
  paternityEstablished: 'yes' | 'no' | 'pending' | null;
  nioAppointed: 'yes' | 'no_response' | 'declined' | 'pending' | 'not_applicable' | null;
  investigatingEntity: InvestigatingEntity | null;
  investigationDays: number | null;
  finding: Finding;
  findings: { outcome: Finding; detail: string; count: number | null }[];
  interimActions: ActionItem[];
  finalActions: ActionItem[];
  criminalReferral: 'yes' | 'no' | 'pending' | 'not_applicable';
  status: 'under_investigation' | 'investigation_concluded' | 'closed';
  attributes: Record<string, string>;
}

export interface MappedSeaRow {
  mapped: SeaCase | null;
  /** Rejections (the row is not imported) and unparsed cells (it is, without them). */
  rejected: ErrorDetail[];
  unparsed: ErrorDetail[];
}

interface Item {
  label: string;
  detail: string;
  count: number | null;
}

/** "A (x) (2)\n\nB" → items; nested parentheses stay in the detail. */
export function items(cell: string): Item[] {
  return cell
    .split(/\n\s*\n/)
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter((part) => part !== '')
    .map((part) => {
      let rest = part;
      let count: number | null = null;
      const counted = /^(.*?)\s*(?:\((\d+)\)|,\s*(\d+))$/.exec(rest);
      if (counted) {
        rest = counted[1]!;
        count = Number(counted[2] ?? counted[3]);
      }
      const open = rest.indexOf('(');
      if (open < 0 || !rest.endsWith(')')) return { label: rest.trim(), detail: '', count };
      return {
        label: rest.slice(0, open).trim(),
        detail: rest.slice(open + 1, -1).trim(),
        count,
      };
    });
}

/** "March / 2016" → 2016-03, "Unspecified / 2014" → 2014; null if neither. */
function periodEnd(text: string): string | null | undefined {
  const m = /^(\w+)\s*\/\s*(\d{4})$/.exec(text.trim());
  if (!m) return undefined;
  const month = months.indexOf(m[1]!.toLowerCase());
  if (m[1]!.toLowerCase() === 'unspecified') return m[2]!;
  return month < 0 ? undefined : `${m[2]}-${String(month + 1).padStart(2, '0')}`;
}

/** One finding for the case: any substantiated, else any pending, else unsubstantiated, incomplete, n/a. */
const findingOrder: Finding[] = [
  'substantiated',
  'pending',
  'unsubstantiated',
  'incomplete',
  'not_applicable',
];

function choice<T extends string>(
  value: string,
  options: Record<string, T | null>,
): T | null | undefined {
  const key = value.trim().toLowerCase();
  return key in options ? options[key] : undefined;
}

function sourceKey(cells: SeaCells, occurrence: number): string {
  const key = keyColumns.map((c) => cells[c].trim()).join('\u001f');
  return createHash('sha256').update(`${key}\u001f${occurrence}`).digest('hex').slice(0, 32);
}

/**
 * One row of the table → a case. `occurrence` counts earlier rows with the same key columns in
 * the file (the table has identical rows for distinct allegations), so each keeps its own case.
 */
export function mapSeaRow(cells: SeaCells, occurrence: number): MappedSeaRow {
  const rejected: ErrorDetail[] = [];
  const unparsed: ErrorDetail[] = [];
  const bad = (column: SeaColumn, message: string) => unparsed.push({ path: column, message });

  const reported = /^(\d{1,2})\/(\d{4})$/.exec(cells.Date.trim());
  const month = reported ? Number(reported[1]) : 0;
  if (!reported || month < 1 || month > 12)
    rejected.push({ path: 'Date', message: `not a month reported as M/YYYY: "${cells.Date}"` });
  const mission = cells.Mission.trim().toUpperCase();
  if (!/^[A-Z][A-Z0-9-]{1,19}$/.test(mission))
    rejected.push({ path: 'Mission', message: `not a mission acronym: "${cells.Mission}"` });

  const allegations: SeaCase['allegations'] = [];
  for (const item of items(cells.Allegation)) {
    const kind = item.label.toUpperCase();
    const subtype = subtypeOf[kind]?.[item.detail.toLowerCase()];
    if (!subtype) bad('Allegation', `unknown allegation "${item.label} (${item.detail})"`);
    else
      allegations.push({
        category: kind === 'SA' ? 'sexual_abuse' : 'sexual_exploitation',
        subtype,
      });
  }
  if (allegations.length === 0)
    rejected.push({ path: 'Allegation', message: `no allegation named: "${cells.Allegation}"` });
  if (rejected.length > 0 || !reported) return { mapped: null, rejected, unparsed };

  // When the acts took place: "Unknown", "X / YYYY" or "X / YYYY - Y / YYYY".
  let incidentPeriod: SeaCase['incidentPeriod'] = null;
  const when = cells['Date of incident'].trim();
  if (when !== '' && when.toLowerCase() !== 'unknown') {
    const [first, second] = when.split(/\s+-\s+/);
    const from = periodEnd(first ?? '');
    // "May / 2020 - Unspecified": the end is not known.
    const to =
      second === undefined
        ? from
        : second.trim().toLowerCase() === 'unspecified'
          ? null
          : periodEnd(second);
    if (from === undefined || to === undefined)
      bad('Date of incident', `not "Month / YYYY" or a range of them: "${when}"`);
    else incidentPeriod = { from, to, text: when };
  }

  const nationalities = items(cells.Nationality)
    .map((i) => i.label)
    .filter((n) => n.toUpperCase() !== 'N/A');
  const subjects: Subject[] = [];
  const people = items(cells['Personnel Type']);
  people.forEach((item, index) => {
    const category = personnel[item.label.toLowerCase()]?.[item.detail.toLowerCase()];
    if (!category) bad('Personnel Type', `unknown personnel "${item.label} (${item.detail})"`);
    const nationality =
      nationalities.length === 1
        ? nationalities[0]!
        : nationalities.length === people.length
          ? nationalities[index]!
          : null;
    subjects.push({
      personnelCategory: category ?? 'other',
      nationality,
      unit: null,
      count: item.count,
      identity: null,
    });
  });
  if (nationalities.length > 1 && nationalities.length !== people.length)
    bad(
      'Nationality',
      `${nationalities.length} nationalities for ${people.length} personnel items`,
    );

  const victims: SeaCase['victims'] = [];
  for (const item of items(cells.Victim)) {
    const group = item.label.toLowerCase();
    if (group === 'adult' || group === 'child' || group === 'unknown')
      victims.push({ ageGroup: group, count: item.count });
    else bad('Victim', `unknown victim group "${item.label}"`);
  }

  const claim = choice(cells['Paternity claim'], { yes: 'yes', no: 'no' } as const);
  if (claim === undefined) bad('Paternity claim', `not Yes or No: "${cells['Paternity claim']}"`);
  const established = choice(cells['Paternity established'], {
    yes: 'yes',
    no: 'no',
    pending: 'pending',
    'n/a': null,
  } as const);
  if (established === undefined)
    bad(
      'Paternity established',
      `not Yes, No, Pending or N/A: "${cells['Paternity established']}"`,
    );
  const nio = choice(cells['NIO appointed'], {
    yes: 'yes',
    'no (no response)': 'no_response',
    'no (declined)': 'declined',
    pending: 'pending',
    'n/a': 'not_applicable',
  } as const);
  if (nio === undefined) bad('NIO appointed', `unknown value "${cells['NIO appointed']}"`);

  const investigation = items(cells['Investigation (days)'])[0];
  const entity = investigation ? choice(investigation.label, entities) : undefined;
  if (investigation && entity === undefined)
    bad('Investigation (days)', `unknown investigating entity "${investigation.label}"`);
  const days =
    investigation && /^\d+$/.test(investigation.detail)
      ? Number(investigation.detail)
      : (investigation?.count ?? null);
  // "(Pending)" and "(N/A)" say there is no figure yet; anything else that is not days is reported.
  if (investigation && days === null && !/^(pending|n\/a|)$/i.test(investigation.detail))
    bad('Investigation (days)', `"${investigation.detail}" is not a number of days`);

  const findings: SeaCase['findings'] = [];
  for (const item of items(cells.Result)) {
    const outcome = outcomes[item.label.toLowerCase()];
    if (!outcome) bad('Result', `unknown result "${item.label}"`);
    else findings.push({ outcome, detail: item.detail, count: item.count });
  }
  const finding = findingOrder.find((f) => findings.some((x) => x.outcome === f)) ?? 'pending';

  const actions = (column: 'Interim Action' | 'Final Action'): ActionItem[] =>
    items(cells[column]).flatMap((item): ActionItem[] => {
      const m = /^(UN|NG)\s+(.*)$/i.exec(
        item.detail ? `${item.label} (${item.detail})` : item.label,
      );
      const by = m ? (m[1]!.toUpperCase() === 'NG' ? 'national' : 'un') : 'un';
      const action = (
        m ? m[2]! : item.detail ? `${item.label} (${item.detail})` : item.label
      ).trim();
      if (action === '' || action === 'UN') {
        bad(column, `an action without a name: "${cells[column].trim()}"`);
        return [];
      }
      return [{ by, action, count: item.count }];
    });
  const interimActions = actions('Interim Action');
  const finalActions = actions('Final Action');

  const referral = choice(cells['Referral for criminal accountability'], {
    yes: 'yes',
    no: 'no',
    pending: 'pending',
    'n/a': 'not_applicable',
  } as const);
  if (referral === undefined)
    bad(
      'Referral for criminal accountability',
      `not Yes, No, Pending or N/A: "${cells['Referral for criminal accountability']}"`,
    );

  const concluded = finding !== 'pending';
  const actionPending = finalActions.some((a) => /pending/i.test(a.action));
  const sourceId = sourceKey(cells, occurrence);
  const year = reported[2]!;
  const mm = String(month).padStart(2, '0');
  return {
    mapped: {
      mission,
      sourceId,
      reference: `UN-${year}-${mm}-${sourceId.slice(0, 8)}`,
      receivedAt: `${year}-${mm}-01T00:00:00.000Z`,
      category: caseCategory(allegations),
      allegations,
      incidentPeriod,
      subjects,
      victims,
      paternityClaim: claim ?? 'unknown',
      paternityEstablished: established ?? null,
      nioAppointed: nio ?? null,
      investigatingEntity: entity ?? null,
      investigationDays: days,
      finding,
      findings,
      interimActions,
      finalActions,
      criminalReferral: referral ?? 'not_applicable',
      status: !concluded
        ? 'under_investigation'
        : actionPending || finalActions.length === 0
          ? 'investigation_concluded'
          : 'closed',
      attributes: Object.fromEntries(seaColumns.map((c) => [c, cells[c]])),
    },
    rejected,
    unparsed,
  };
}

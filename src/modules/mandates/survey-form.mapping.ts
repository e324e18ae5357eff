/**
 * D5: an XLSForm (KoboToolbox, ODK) read from its `survey` and `choices` sheets: the questions a
 * perception survey can be counted on (select_one, select_multiple), their choices, and their
 * labels in English, French and Arabic where the form has them (`label::English (en)`,
 * `label::Français (fr)`, `label::Arabic (ar)`, or a plain `label`). Every other question is named
 * with its type so the import can say why it is not counted.
 */
import readXlsxFile from 'read-excel-file/node';
import { DomainError } from '../../core/errors.js';

export interface Labels {
  default: string;
  en?: string;
  fr?: string;
  ar?: string;
}

export interface FormQuestion {
  name: string;
  /** The XLSForm type's first word: select_one, select_multiple, text, geopoint, date, … */
  type: string;
  list: string | null;
  label: Labels;
}

export interface SurveyForm {
  title: string | null;
  questions: FormQuestion[];
  choices: Map<string, { name: string; label: Labels }[]>;
}

const languageOfColumn = (column: string): keyof Labels | null => {
  const lower = column.toLowerCase().trim();
  if (lower === 'label') return 'default';
  if (!lower.startsWith('label::')) return null;
  const code = /\((\w{2})\)\s*$/.exec(lower)?.[1];
  if (code === 'en' || code === 'fr' || code === 'ar') return code;
  const name = lower.slice('label::'.length);
  if (/^english/.test(name)) return 'en';
  if (/^(french|français|francais)/.test(name)) return 'fr';
  if (/^(arabic|العربية)/.test(name)) return 'ar';
  return null;
};

function problem(message: string, path = 'form'): DomainError {
  return new DomainError('validation_failed', `${path}: ${message}`, [{ path, message }]);
}

/** The rows of a sheet as objects keyed by the header row (lower-cased, trimmed). */
function rowsOf(data: unknown[][]): Record<string, string>[] {
  const [header, ...rows] = data;
  if (!header) return [];
  const keys = header.map((h) => String(h ?? '').trim());
  return rows.map((row) =>
    Object.fromEntries(
      keys.map((k, i) => [k, row[i] === null || row[i] === undefined ? '' : String(row[i]).trim()]),
    ),
  );
}

function labelsOf(row: Record<string, string>): Labels {
  const labels: Labels = { default: '' };
  for (const [column, value] of Object.entries(row)) {
    const language = languageOfColumn(column);
    if (language && value) labels[language] = value;
  }
  labels.default ||= labels.en ?? labels.fr ?? labels.ar ?? '';
  return labels;
}

/** @throws validation_failed naming the form (not an XLSX file, no survey sheet, a list missing) */
export async function readSurveyForm(file: Buffer): Promise<SurveyForm> {
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    sheets = (await readXlsxFile(file)) as { sheet: string; data: unknown[][] }[];
  } catch {
    throw problem('not an XLSForm: an .xlsx file with a "survey" sheet was expected');
  }
  const sheet = (name: string) => sheets.find((s) => s.sheet.trim().toLowerCase() === name)?.data;
  const survey = sheet('survey');
  if (!survey) throw problem('the XLSForm has no "survey" sheet');
  const choices = new Map<string, { name: string; label: Labels }[]>();
  for (const row of rowsOf(sheet('choices') ?? [])) {
    const list = row.list_name ?? row['list name'] ?? '';
    if (!list || !row.name) continue;
    choices.set(list, [...(choices.get(list) ?? []), { name: row.name, label: labelsOf(row) }]);
  }
  const questions: FormQuestion[] = [];
  for (const row of rowsOf(survey)) {
    const [type = '', list = null] = (row.type ?? '').split(/\s+/);
    if (
      !type ||
      !row.name ||
      type === 'begin' ||
      type === 'end' ||
      type.startsWith('begin_') ||
      type.startsWith('end_')
    )
      continue;
    const select = type === 'select_one' || type === 'select_multiple';
    if (select && (!list || !choices.has(list)))
      throw problem(
        `question "${row.name}": its choices "${list ?? ''}" are not in the choices sheet`,
      );
    questions.push({ name: row.name, type, list: select ? list : null, label: labelsOf(row) });
  }
  const settings = rowsOf(sheet('settings') ?? [])[0];
  return { title: settings?.form_title || null, questions, choices };
}

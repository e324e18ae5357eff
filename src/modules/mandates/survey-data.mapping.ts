/**
 * D5: a survey export (KoboToolbox or ODK Central CSV, with its XLSForm; or KoboToolbox's labelled
 * CSV alone) counted into sums per question, area, month and answer (survey.rules.ts). Only choice
 * questions are counted; a respondent's identity (ids, device, phone, user name), place (GPS), free
 * text and exact times are read past and never kept — the import says which columns and why.
 * All or nothing: a row whose date or weight cannot be read is named with its line and column.
 */
import { parse } from 'csv-parse/sync';
import { DomainError } from '../../core/errors.js';
import type { Labels, SurveyForm } from './survey-form.mapping.js';
import { addSums, noSums, type Sums } from './survey.rules.js';

export interface SurveyOptions {
  /** The question (or, without a form, the column) whose answer is the respondent's area. */
  area?: string | undefined;
  /** The column holding the interview's date. */
  date?: string | undefined;
  /** The column holding each respondent's weight. */
  weight?: string | undefined;
}

export interface CountedQuestion {
  name: string;
  kind: 'select_one' | 'select_multiple';
  label: Labels;
  choices: { name: string; label: Labels }[];
}

export interface CountedGroup {
  question: string;
  area: string;
  month: string;
  answered: Sums;
  /** Per answer (a choice's name): respondents and weight. */
  answers: Map<string, { respondents: number; weight: number }>;
}

export interface CountedSurvey {
  questions: CountedQuestion[];
  groups: CountedGroup[];
  responses: number;
  weighted: boolean;
  areaColumn: string | null;
  dateColumn: string;
  notCounted: { column: string; reason: NotCountedReason; type?: string }[];
}

const identity =
  /^(start|end|deviceid|subscriberid|simserial|phonenumber|phone|username|email|audit|instanceid|instancename|key|submitterid|submittername|attachmentspresent|attachmentsexpected|status|reviewstate|deviceid|edits|formversion|name|respondent|respondent_name|household_head|contact|telephone)$/i;
const dateColumns = [
  'today',
  'date',
  'survey_date',
  'interview_date',
  'start',
  '_submission_time',
  'submissiondate',
  'end',
];
const areaPattern =
  /^(area|zone|region|prefecture|préfecture|province|district|county|commune|locality|admin1|admin_1|adm1)$/i;
const weightColumns = ['weight', 'wt', 'poids'];
const lastSegment = (header: string) => header.split('/').at(-1)!.trim();
const invalid = (message: string, details: { path: string; message: string }[]) =>
  new DomainError('validation_failed', message, details);

function delimiterOf(text: string): string {
  const first = text.slice(0, text.indexOf('\n') >>> 0 || text.length);
  const counts = [';', ',', '\t'].map((d) => [d, first.split(d).length] as const);
  return counts.sort((a, b) => b[1] - a[1])[0]![0];
}

/** The header of a form's question: its name alone, or at the end of a group path. */
function headerOf(headers: readonly string[], name: string): string | undefined {
  return (
    headers.find((h) => h === name) ??
    headers.find((h) => h.endsWith(`/${name}`) || h.endsWith(`-${name}`))
  );
}

function monthOf(raw: string): string | null {
  const m = /^(\d{4})-(\d{2})(-\d{2})?/.exec(raw.trim());
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return null;
  return `${m[1]}-${m[2]}`;
}

/** Why a column is read past: who answered, free text, a place, not a choice question, not in the form. */
export type NotCountedReason = 'identity' | 'free_text' | 'place' | 'not_choice' | 'not_in_form';

function reasonFor(
  header: string,
  type: string | null,
): { reason: NotCountedReason; type?: string } {
  const name = lastSegment(header).toLowerCase();
  if (type === 'text' || type === 'note') return { reason: 'free_text' };
  const place = /latitude|longitude|gps|geolocation/.test(name);
  if (type === 'geopoint' || type === 'geotrace' || type === 'geoshape' || place)
    return { reason: 'place' };
  if (name.startsWith('_') || header.startsWith('meta/') || identity.test(name))
    return { reason: 'identity' };
  if (type) return { reason: 'not_choice', type };
  return { reason: 'not_in_form' };
}

/** The questions to count: the form's choice questions, or without a form each column with few answers. */
function questionsOf(headers: string[], rows: Record<string, string>[], form: SurveyForm | null) {
  const found: { header: string; q: CountedQuestion }[] = [];
  if (form) {
    for (const q of form.questions) {
      const header = headerOf(headers, q.name);
      if (!header || (q.type !== 'select_one' && q.type !== 'select_multiple')) continue;
      found.push({
        header,
        q: { name: q.name, kind: q.type, label: q.label, choices: form.choices.get(q.list!)! },
      });
    }
    return found;
  }
  for (const header of headers) {
    const name = lastSegment(header).toLowerCase();
    if (
      name.startsWith('_') ||
      identity.test(name) ||
      dateColumns.includes(name) ||
      weightColumns.includes(name)
    )
      continue;
    const values = [...new Set(rows.map((r) => r[header]!.trim()).filter(Boolean))];
    const answersLikeChoices =
      values.length > 0 && values.length <= 20 && !values.every((v) => /^-?[\d.]+$/.test(v));
    // KoboToolbox's one-column-per-option of a multiple choice ("Question/Option": 0 or 1).
    const optionColumn = header.includes('/') && values.every((v) => v === '0' || v === '1');
    if (!answersLikeChoices || optionColumn) continue;
    const choices = values.map((v) => ({ name: v, label: { default: v } }));
    found.push({
      header,
      q: { name: header, kind: 'select_one', label: { default: header }, choices },
    });
  }
  return found;
}

/** The column asked for (refused, naming `what`, if the file has none), else the usual one. */
function pick(
  headers: string[],
  what: 'date' | 'weight',
  ask: { asked: string | undefined; usual: (h: string) => boolean },
) {
  const { asked, usual: candidates } = ask;
  if (asked !== undefined) {
    const header = headerOf(headers, asked);
    if (!header)
      throw invalid(`${what}: the file has no column "${asked}"`, [
        { path: what, message: `no column "${asked}"` },
      ]);
    return header;
  }
  return headers.find(candidates) ?? null;
}

/** @throws validation_failed naming the file, the column, or each bad row's line and column */
export function countSurvey(
  text: string,
  form: SurveyForm | null,
  options: SurveyOptions,
): CountedSurvey {
  const records = parse(text.replace(/^\uFEFF/, ''), {
    delimiter: delimiterOf(text),
    relax_column_count: true,
  }) as string[][];
  const [headerRow, ...data] = records;
  if (!headerRow || data.length === 0)
    throw invalid('data: the file has no header and rows', [{ path: 'data', message: 'empty' }]);
  const headers = headerRow.map((h) => h.trim());
  const rows = data.map((r) => Object.fromEntries(headers.map((h, i) => [h, r[i] ?? ''])));
  // The first of the usual date columns, in their order of preference (today before start).
  const usual = dateColumns
    .map((d) => headers.find((h) => lastSegment(h).toLowerCase() === d))
    .find((h) => h !== undefined);
  const dateColumn = pick(headers, 'date', { asked: options.date, usual: (h) => h === usual });
  if (!dateColumn)
    throw invalid(
      `date: no column holds the interview's date (one of ${dateColumns.join(', ')}); name it`,
      [{ path: 'date', message: 'no date column' }],
    );
  const weightColumn = pick(headers, 'weight', {
    asked: options.weight,
    usual: (h) => weightColumns.includes(lastSegment(h).toLowerCase()),
  });
  const questions = questionsOf(headers, rows, form);
  const formType = (header: string) =>
    form?.questions.find((q) => headerOf([header], q.name))?.type ?? null;
  const areaQuestion =
    options.area !== undefined
      ? questions.find((x) => x.q.name === options.area || x.header === options.area)
      : questions.find(
          (x) => areaPattern.test(lastSegment(x.header)) || areaPattern.test(x.q.label.default),
        );
  if (options.area !== undefined && !areaQuestion)
    throw invalid(`area: "${options.area}" is not a choice question of the survey`, [
      { path: 'area', message: 'not a choice question' },
    ]);
  const counted = questions.filter((x) => x !== areaQuestion);
  if (counted.length === 0)
    throw invalid(
      'data: no choice question to count (a form with select_one or select_multiple questions, or their columns)',
      [{ path: 'data', message: 'no choice question' }],
    );

  const problems: { path: string; message: string }[] = [];
  const groups = new Map<string, CountedGroup>();
  rows.forEach((row, i) => {
    const line = i + 2;
    const month = monthOf(row[dateColumn] ?? '');
    if (!month)
      problems.push({
        path: `line ${line}: ${dateColumn}`,
        message: `"${row[dateColumn]}" is not a date (YYYY-MM-DD)`,
      });
    const weight = weightColumn ? Number(row[weightColumn]) : 1;
    if (!(weight > 0) || !Number.isFinite(weight))
      problems.push({
        path: `line ${line}: ${weightColumn}`,
        message: `"${row[weightColumn!]}" is not a positive weight`,
      });
    if (!month || !(weight > 0)) return;
    const areaValue = areaQuestion ? row[areaQuestion.header]!.trim() : '';
    const area =
      areaQuestion?.q.choices.find((c) => c.name === areaValue)?.label.default ?? areaValue;
    for (const { header, q } of counted) {
      const raw = row[header]!.trim();
      if (!raw) continue;
      const chosen = q.kind === 'select_multiple' ? raw.split(/\s+/) : [raw];
      const unknown = chosen.filter((c) => !q.choices.some((x) => x.name === c));
      if (unknown.length > 0) {
        problems.push({
          path: `line ${line}: ${header}`,
          message: `"${unknown.join(' ')}" is not a choice of ${q.name}`,
        });
        continue;
      }
      const key = JSON.stringify([q.name, area, month]);
      const group = groups.get(key) ?? {
        question: q.name,
        area,
        month,
        answered: noSums(),
        answers: new Map(),
      };
      group.answered = addSums(group.answered, {
        respondents: 1,
        weight,
        weightSquared: weight * weight,
      });
      for (const c of new Set(chosen)) {
        const a = group.answers.get(c) ?? { respondents: 0, weight: 0 };
        group.answers.set(c, { respondents: a.respondents + 1, weight: a.weight + weight });
      }
      groups.set(key, group);
    }
  });
  if (problems.length > 0)
    throw invalid(
      `data: ${problems.length} answer${problems.length === 1 ? '' : 's'} could not be read; nothing was imported — ${problems
        .slice(0, 3)
        .map((p) => `${p.path}: ${p.message}`)
        .join('; ')}`,
      problems.slice(0, 50),
    );
  const used = new Set([
    dateColumn,
    weightColumn,
    areaQuestion?.header,
    ...counted.map((x) => x.header),
  ]);
  return {
    questions: counted.map((x) => x.q),
    groups: [...groups.values()],
    responses: rows.length,
    weighted: weightColumn !== null,
    areaColumn: areaQuestion?.header ?? null,
    dateColumn,
    notCounted: headers
      .filter((h) => !used.has(h))
      .map((h) => ({ column: h, ...reasonFor(h, formType(h)) })),
  };
}

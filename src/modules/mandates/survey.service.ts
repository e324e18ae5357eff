/**
 * D5 (¶64): public perception surveys imported from KoboToolbox or ODK by the mission's planners
 * (mandates:write) and read as shares with their margins by those who read the mandate
 * (mandates:read). Only counts are kept (survey.rules.ts); the import is audited, all or nothing.
 */
import { DomainError, notFound } from '../../core/errors.js';
import {
  assertPermission,
  missionForWrite,
  missionInView,
  missionsToRead,
} from '../../core/policy.js';
import { fromBool, fromJson, fromTimestamp, toBool, toJson, toTimestamp } from '../../db/codecs.js';
import { inTransaction, type RequestContext } from '../../db/context.js';
import { audit } from '../audit/audit.service.js';
import { assertMissionExists } from '../missions/mission.service.js';
import { countSurvey, type SurveyOptions } from './survey-data.mapping.js';
import { readSurveyForm, type Labels } from './survey-form.mapping.js';
import {
  areasOf,
  countRows,
  findSurvey,
  insertSurvey,
  questionRows,
  surveyRows,
} from './survey.repository.js';
import {
  addSums,
  groupResult,
  minimumRespondents,
  noSums,
  periodOf,
  type Sums,
} from './survey.rules.js';
import type { Survey, SurveyResults } from './survey.schema.js';

const recordType = 'perception_survey';

export interface SurveyUpload extends SurveyOptions {
  missionId?: string | undefined;
  title: string;
  conductedBy: string;
  data: Buffer;
  form: Buffer | null;
}

async function answers(
  ctx: RequestContext,
  rows: Awaited<ReturnType<typeof surveyRows>>,
): Promise<Survey[]> {
  const ids = rows.map((r) => r.id);
  const [questions, areas] = await Promise.all([questionRows(ctx.db, ids), areasOf(ctx.db, ids)]);
  return rows.map((r) => ({
    id: r.id,
    missionId: r.mission_id,
    title: r.title,
    conductedBy: r.conducted_by,
    source: r.source as Survey['source'],
    responses: r.responses,
    weighted: fromBool(r.weighted),
    areaColumn: r.area_column,
    dateColumn: r.date_column,
    notCounted: fromJson(r.not_counted),
    firstMonth: r.first_month,
    lastMonth: r.last_month,
    areas: areas.filter((a) => a.survey_id === r.id && a.area !== '').map((a) => a.area),
    questions: questions
      .filter((q) => q.survey_id === r.id)
      .map((q) => ({
        name: q.name,
        kind: q.kind as 'select_one' | 'select_multiple',
        label: fromJson(q.label),
        choices: fromJson(q.choices),
      })),
    illustrative: fromBool(r.illustrative),
    importedBy: r.imported_by,
    importedAt: fromTimestamp(r.imported_at).toISOString(),
  }));
}

/**
 * Imports a survey export (with its XLSForm, or labelled) as counts. Interviews dated after this
 * month are refused like any unreadable row.
 * @throws forbidden, not_found (mission), validation_failed (the form, the file, each bad row)
 */
export async function importSurvey(
  ctx: RequestContext,
  upload: SurveyUpload,
  options: { illustrative?: boolean } = {},
): Promise<Survey> {
  assertPermission(ctx.actor, 'mandates:write');
  const missionId = missionForWrite(ctx.actor, upload.missionId);
  await assertMissionExists(ctx, missionId);
  const form = upload.form ? await readSurveyForm(upload.form) : null;
  const counted = countSurvey(upload.data.toString('utf8'), form, upload);
  const current = ctx.clock.now().toISOString().slice(0, 7);
  const months = [...new Set(counted.groups.map((g) => g.month))].sort();
  const future = months.filter((m) => m > current);
  if (future.length > 0)
    throw new DomainError(
      'validation_failed',
      `${counted.dateColumn}: interviews dated ${future[0]} have not happened yet; nothing was imported`,
      [{ path: counted.dateColumn, message: `after ${current}` }],
    );
  const id = ctx.ids.newId();
  const questionIds = new Map(counted.questions.map((q) => [q.name, ctx.ids.newId()]));
  const counts = counted.groups.flatMap((g) => {
    const base = {
      question_id: questionIds.get(g.question)!,
      survey_id: id,
      area: g.area,
      month: g.month,
    };
    return [
      {
        ...base,
        answer: '',
        respondents: g.answered.respondents,
        weight: g.answered.weight,
        weight_squared: g.answered.weightSquared,
      },
      ...[...g.answers].map(([answer, a]) => ({
        ...base,
        answer,
        respondents: a.respondents,
        weight: a.weight,
        weight_squared: 0,
      })),
    ];
  });
  await inTransaction(ctx, async (tx) => {
    await insertSurvey(
      tx.db,
      {
        id,
        mission_id: missionId,
        title: upload.title,
        conducted_by: upload.conductedBy,
        source: form ? 'xlsform' : 'labelled',
        responses: counted.responses,
        weighted: toBool(counted.weighted),
        area_column: counted.areaColumn,
        date_column: counted.dateColumn,
        not_counted: toJson(counted.notCounted),
        first_month: months[0]!,
        last_month: months.at(-1)!,
        illustrative: toBool(options.illustrative === true),
        imported_by: tx.actor.username,
        imported_at: toTimestamp(tx.clock.now()),
      },
      {
        questions: counted.questions.map((q, position) => ({
          id: questionIds.get(q.name)!,
          survey_id: id,
          position,
          name: q.name,
          kind: q.kind,
          label: toJson(q.label),
          choices: toJson(q.choices),
        })),
        counts,
      },
    );
    await audit(tx, {
      action: 'mandates.survey.import',
      recordType,
      recordId: id,
      missionId,
      change: {
        title: upload.title,
        responses: counted.responses,
        questions: counted.questions.length,
      },
    });
  });
  return (await answers(ctx, [(await findSurvey(ctx.db, id))!]))[0]!;
}

/** @throws forbidden */
export async function listSurveys(
  ctx: RequestContext,
  query: { missionId?: string },
): Promise<Survey[]> {
  assertPermission(ctx.actor, 'mandates:read');
  return answers(ctx, await surveyRows(ctx.db, missionsToRead(ctx.actor, query.missionId)));
}

/** The sums of a question's counts per group key. */
function grouped(
  rows: Awaited<ReturnType<typeof countRows>>,
  keyOf: (r: { area: string; month: string }) => string,
) {
  const groups = new Map<string, { answered: Sums; answers: Map<string, number> }>();
  for (const r of rows) {
    const key = keyOf(r);
    const g = groups.get(key) ?? { answered: noSums(), answers: new Map<string, number>() };
    if (r.answer === '')
      g.answered = addSums(g.answered, {
        respondents: r.respondents,
        weight: r.weight,
        weightSquared: r.weight_squared,
      });
    else g.answers.set(r.answer, (g.answers.get(r.answer) ?? 0) + r.weight);
    groups.set(key, g);
  }
  return groups;
}

/**
 * A question's shares per period, all areas together then each area, with respondents, margins,
 * and groups of fewer than `minimumRespondents` withheld.
 * @throws forbidden, not_found (survey out of view, or no such question)
 */
export async function surveyResults(
  ctx: RequestContext,
  id: string,
  query: { question: string; by: 'month' | 'quarter' | 'year' },
): Promise<SurveyResults> {
  assertPermission(ctx.actor, 'mandates:read');
  const survey = await findSurvey(ctx.db, id);
  if (!survey || !missionInView(ctx.actor, survey.mission_id)) throw notFound('Survey');
  const question = (await questionRows(ctx.db, [id])).find((q) => q.name === query.question);
  if (!question)
    throw new DomainError(
      'validation_failed',
      `question: the survey has no question "${query.question}"`,
      [{ path: 'question', message: 'not a question of the survey' }],
    );
  const rows = await countRows(ctx.db, question.id);
  const all = grouped(rows, (r) => JSON.stringify([null, periodOf(r.month, query.by)]));
  const perArea = grouped(rows, (r) => JSON.stringify([r.area, periodOf(r.month, query.by)]));
  const out: SurveyResults['rows'] = [];
  const periods = [
    ...new Set([...all.keys()].map((k) => (JSON.parse(k) as [null, string])[1])),
  ].sort();
  const areas = [...new Set(rows.map((r) => r.area))].filter((a) => a !== '').sort();
  for (const period of periods)
    for (const area of [null, ...areas]) {
      const g = (area === null ? all : perArea).get(JSON.stringify([area, period]));
      if (!g) continue;
      const result = groupResult(g.answered, g.answers);
      out.push({
        area,
        period,
        respondents: result.respondents,
        withheld: result.withheld,
        effective: result.withheld ? null : result.effective,
        shares: result.withheld ? [] : result.shares,
      });
    }
  return { question: question.name, by: query.by, minimumRespondents, rows: out };
}

/**
 * For the periodic report: each question of the mission's surveys with interviews in the period,
 * all areas and the period's months together. Whoever asks: the caller has authorized the report.
 */
export async function perceptionInPeriod(
  ctx: RequestContext,
  missionId: string,
  period: { from: string; to: string },
) {
  const [first, last] = [period.from.slice(0, 7), period.to.slice(0, 7)];
  const surveys = (await surveyRows(ctx.db, [missionId])).filter(
    (s) => s.first_month <= last && s.last_month >= first,
  );
  const questions = await questionRows(
    ctx.db,
    surveys.map((s) => s.id),
  );
  const out = [];
  for (const q of questions) {
    const rows = (await countRows(ctx.db, q.id)).filter((r) => r.month >= first && r.month <= last);
    const g = grouped(rows, () => 'all').get('all');
    if (!g) continue;
    const result = groupResult(g.answered, g.answers);
    const choices = fromJson<{ name: string; label: Labels }[]>(q.choices);
    out.push({
      survey: surveys.find((s) => s.id === q.survey_id)!.title,
      question: fromJson<Labels>(q.label),
      respondents: result.respondents,
      withheld: result.withheld,
      shares: result.withheld
        ? []
        : result.shares.map((s) => ({
            answer: choices.find((c) => c.name === s.answer)?.label ?? { default: s.answer },
            share: s.share,
            margin: s.margin,
          })),
    });
  }
  return out;
}

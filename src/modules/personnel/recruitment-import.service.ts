/**
 * P1, P2, P6 from a CSV file: each row a recruitment of the mission by its reference — created, or
 * its later steps added — checked by the same rules as the API (steps in their turn and dated in
 * order, none in the future, fast-track only under the start-up measures, a step recorded already
 * never rewritten). All or nothing unless `keepGoodRows`; every problem named by line and column.
 * A mission's recruitments are hundreds to thousands: the file is read whole, then written in one
 * transaction, audited once.
 */
import type { Insertable } from 'kysely';
import { DomainError } from '../../core/errors.js';
import type { PersonnelRecruitmentsTable } from '../../db/schema-personnel.js';
import { latestDay } from '../../core/happened.js';
import { toBool, toTimestamp } from '../../db/codecs.js';
import { inTransaction, type RequestContext } from '../../db/context.js';
import { reject, rejectLine, RowsRejected } from '../../tabular/rows-rejected.js';
import { audit } from '../audit/audit.service.js';
import { startupMeasuresPeriods } from '../mandates/startup.service.js';
import {
  insertRecruitments,
  recruitmentRows,
  updateRecruitment,
  type RecruitmentRow,
} from './personnel.repository.js';
import {
  assertFastTrack,
  assertStep,
  recruitmentCategories,
  recruitmentSources,
  recruitmentSteps,
  type MeasuresPeriod,
  type RecruitmentCategory,
} from './recruitment.rules.js';
import { datesOf } from './recruitment.service.js';
import {
  dayProblem,
  emptyReport,
  openImport,
  type PersonnelImportInput,
  type PersonnelImportReport,
} from './personnel-import.js';

export const recruitmentRequired = [
  'reference',
  'post',
  'grade',
  'category',
  'source',
  'opened_on',
];
export const recruitmentColumns = [
  ...recruitmentRequired,
  'fast_track',
  ...recruitmentSteps.map((s) => `${s}_on`),
  'withdrawn_on',
  'withdrawn_reason',
  'sea_training_on',
  'candidate',
];

export type { PersonnelImportReport } from './personnel-import.js';

/** A personnel import refused, with its report (all or nothing). */
export class PersonnelImportRejected extends RowsRejected<PersonnelImportReport> {}

type Change = Partial<
  Omit<Insertable<PersonnelRecruitmentsTable>, 'id' | 'mission_id' | 'version' | 'created_at'>
>;
class CellProblem extends Error {
  constructor(
    readonly column: string,
    message: string,
  ) {
    super(message);
  }
}

function day(v: Record<string, string>, column: string, latest: string): string | null {
  const raw = (v[column] ?? '').trim();
  if (raw === '') return null;
  const problem = dayProblem(raw, latest);
  if (problem) throw new CellProblem(column, problem);
  return raw;
}
function oneOf<T extends string>(
  v: Record<string, string>,
  column: string,
  allowed: readonly T[],
): T {
  const raw = (v[column] ?? '').trim();
  if (!(allowed as readonly string[]).includes(raw))
    throw new CellProblem(column, `"${raw}" is not one of ${allowed.join(', ')}`);
  return raw as T;
}
function text(v: Record<string, string>, column: string, max: number): string {
  const raw = (v[column] ?? '').trim();
  if (raw === '') throw new CellProblem(column, 'is empty');
  if (raw.length > max) throw new CellProblem(column, `is longer than ${max} characters`);
  return raw;
}

/** The row as a new recruitment or a change to the stored one; throws CellProblem. */
function readRow(
  v: Record<string, string>,
  stored: RecruitmentRow | undefined,
  know: { latest: string; periods: readonly MeasuresPeriod[] },
): { row: Change & { opened_on: string }; changed: boolean } {
  const category = oneOf(v, 'category', recruitmentCategories) as RecruitmentCategory;
  const openedOn = day(v, 'opened_on', know.latest);
  if (!openedOn) throw new CellProblem('opened_on', 'is empty');
  if (stored && stored.opened_on !== openedOn)
    throw new CellProblem(
      'opened_on',
      `recorded as ${stored.opened_on}; a recruitment’s opening is not rewritten`,
    );
  if (stored && stored.category !== category)
    throw new CellProblem('category', `recorded as ${stored.category}`);
  const fast = ['yes', 'true', '1'].includes((v.fast_track ?? '').trim().toLowerCase());
  if (!stored && fast) {
    try {
      assertFastTrack(openedOn, know.periods);
    } catch (e) {
      throw new CellProblem('fast_track', (e as Error).message.replace(/^fastTrack: /, ''));
    }
  }
  const row: Change & { opened_on: string } = stored
    ? { opened_on: openedOn }
    : {
        opened_on: openedOn,
        reference: text(v, 'reference', 60),
        post: text(v, 'post', 200),
        grade: text(v, 'grade', 20),
        category,
        source: oneOf(v, 'source', recruitmentSources),
        fast_track: toBool(fast),
      };
  const dates = stored ? datesOf(stored) : { category, openedOn, steps: {}, withdrawnOn: null };
  let changed = !stored;
  for (const step of recruitmentSteps) {
    const column = `${step}_on`;
    const on = day(v, column, know.latest);
    if (on === null) continue;
    const had = dates.steps[step];
    if (had) {
      if (had !== on)
        throw new CellProblem(column, `recorded as ${had}; a step recorded is not rewritten`);
      continue;
    }
    try {
      assertStep(dates, step, on);
    } catch (e) {
      if (e instanceof DomainError) throw new CellProblem(column, e.message.replace(/^on: /, ''));
      throw e;
    }
    dates.steps = { ...dates.steps, [step]: on };
    row[column as `${typeof step}_on`] = on;
    changed = true;
  }
  const withdrawn = day(v, 'withdrawn_on', know.latest);
  if (withdrawn && !stored?.withdrawn_on) {
    if (dates.steps.arrival) throw new CellProblem('withdrawn_on', 'the recruit has arrived');
    if (withdrawn < openedOn) throw new CellProblem('withdrawn_on', 'before the opening');
    row.withdrawn_on = withdrawn;
    row.withdrawn_reason = text(v, 'withdrawn_reason', 500);
    changed = true;
  }
  const sea = day(v, 'sea_training_on', know.latest);
  if (sea && sea !== stored?.sea_training_on) {
    row.sea_training_on = sea;
    changed = true;
  }
  return { row, changed };
}

/**
 * @throws forbidden, not_found (mission), validation_failed (the file: its header, its encoding),
 *   PersonnelImportRejected (a row rejected, without keepGoodRows)
 */
export async function importRecruitments(
  ctx: RequestContext,
  input: PersonnelImportInput,
): Promise<PersonnelImportReport> {
  const { missionId, records } = await openImport(ctx, input, recruitmentRequired);
  const stored = new Map((await recruitmentRows(ctx.db, [missionId])).map((r) => [r.reference, r]));
  const know = {
    latest: latestDay(ctx.clock.now()),
    periods: await startupMeasuresPeriods(ctx, missionId),
  };
  const report = emptyReport();
  const writes: { id: string | null; version: number; row: Change; candidate: string }[] = [];
  const seen = new Set<string>();
  for await (const record of records) {
    report.total += 1;
    if (record.problem) {
      rejectLine(report, record.line, [record.problem]);
      continue;
    }
    const reference = (record.values.reference ?? '').trim();
    if (seen.has(reference)) {
      reject(report, {
        line: record.line,
        column: 'reference',
        reason: `${reference} is on an earlier line`,
      });
      continue;
    }
    seen.add(reference);
    const had = stored.get(reference);
    try {
      const { row, changed } = readRow(record.values, had, know);
      if (!changed) report.unchanged += 1;
      else {
        writes.push({
          id: had?.id ?? null,
          version: had?.version ?? 0,
          row,
          candidate: (record.values.candidate ?? '').trim(),
        });
        if (had) report.updated += 1;
        else report.created += 1;
      }
    } catch (e) {
      if (!(e instanceof CellProblem)) throw e;
      reject(report, { line: record.line, column: e.column, reason: e.message });
    }
  }
  if (report.rejectedCount > 0 && !input.keepGoodRows) {
    const refused = { ...report, created: 0, updated: 0, unchanged: 0 };
    throw new PersonnelImportRejected(refused);
  }
  await inTransaction(ctx, async (tx) => {
    const stamp = toTimestamp(tx.clock.now());
    for (const w of writes) {
      const id = w.id ?? tx.ids.newId();
      const candidate = w.candidate
        ? {
            candidate: tx.cipher.encrypt(w.candidate, {
              table: 'personnel_recruitments',
              id,
              field: 'candidate',
            }),
          }
        : {};
      if (w.id === null)
        await insertRecruitments(tx.db, [
          {
            ...(w.row as Insertable<PersonnelRecruitmentsTable>),
            ...candidate,
            id,
            mission_id: missionId,
            illustrative: toBool(false),
            created_at: stamp,
            updated_at: stamp,
            version: 1,
          },
        ]);
      else if (
        !(await updateRecruitment(tx.db, {
          id,
          version: w.version,
          change: { ...w.row, ...candidate, updated_at: stamp },
        }))
      )
        throw new DomainError('conflict', `a recruitment changed during the import; run it again`);
    }
    await audit(tx, {
      action: 'personnel.recruitments.import',
      recordType: 'mission',
      recordId: missionId,
      missionId,
      change: { created: report.created, updated: report.updated, rejected: report.rejectedCount },
    });
  });
  return { ...report, committed: true };
}

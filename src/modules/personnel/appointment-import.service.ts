/**
 * P3 from a CSV file: leadership appointments of a mission, each checked as the API checks it — no
 * appointment from 2 September 2015 without the human-rights assessment made before it — and one
 * already stored (the same post, appointee and day) left unchanged, or its end added. All or
 * nothing unless `keepGoodRows`; problems by line and column; one transaction, audited once (names
 * never in the audit).
 */
import { DomainError } from '../../core/errors.js';
import { latestDay } from '../../core/happened.js';
import { toBool, toTimestamp } from '../../db/codecs.js';
import { inTransaction, type RequestContext } from '../../db/context.js';
import { reject, rejectLine } from '../../tabular/rows-rejected.js';
import { audit } from '../audit/audit.service.js';
import { appointmentRows, insertAppointment, updateAppointment } from './personnel.repository.js';
import {
  assertAppointment,
  assessmentOutcomes,
  genders,
  leadershipPosts,
} from './leadership.rules.js';
import { PersonnelImportRejected } from './recruitment-import.service.js';
import {
  dayProblem,
  emptyReport,
  openImport,
  type PersonnelImportInput,
  type PersonnelImportReport,
} from './personnel-import.js';

export const appointmentRequired = [
  'post',
  'appointee',
  'gender',
  'nationality',
  'appointed_on',
  'source',
];

const address = (id: string) => ({ table: 'personnel_appointments', id, field: 'appointee' });

interface Read {
  post: string;
  appointee: string;
  gender: string;
  nationality: string;
  appointedOn: string;
  endedOn: string | null;
  hr: {
    assessedOn: string;
    assessedBy: string;
    outcome: (typeof assessmentOutcomes)[number];
  } | null;
  source: string;
}

/** The row read, or the problems by column. */
function readRow(
  v: Record<string, string>,
  latest: string,
): Read | { column: string; message: string }[] {
  const problems: { column: string; message: string }[] = [];
  const cell = (c: string) => (v[c] ?? '').trim();
  const need = (c: string, max = 500) => {
    const raw = cell(c);
    if (raw === '') problems.push({ column: c, message: 'is empty' });
    else if (raw.length > max)
      problems.push({ column: c, message: `is longer than ${max} characters` });
    return raw;
  };
  const date = (c: string) => {
    const raw = cell(c);
    if (raw === '') return null;
    const problem = dayProblem(raw, latest);
    if (problem) problems.push({ column: c, message: problem });
    return raw;
  };
  const among = <T extends string>(c: string, allowed: readonly T[]) => {
    const raw = cell(c);
    if (!(allowed as readonly string[]).includes(raw))
      problems.push({ column: c, message: `"${raw}" is not one of ${allowed.join(', ')}` });
    return raw as T;
  };
  const post = among('post', leadershipPosts);
  const appointee = need('appointee', 200);
  const gender = among('gender', genders);
  const nationality = cell('nationality').toUpperCase();
  if (!/^[A-Z]{3}$/.test(nationality))
    problems.push({
      column: 'nationality',
      message: 'expected an ISO 3166-1 alpha-3 code, e.g. SEN',
    });
  const appointedOn = date('appointed_on');
  if (appointedOn === null) problems.push({ column: 'appointed_on', message: 'is empty' });
  const endedOn = date('ended_on');
  const assessedOn = date('hr_assessed_on');
  const hr = assessedOn
    ? {
        assessedOn,
        assessedBy: need('hr_assessed_by', 200),
        outcome: among('hr_outcome', assessmentOutcomes),
      }
    : null;
  const source = need('source');
  if (problems.length > 0) return problems;
  try {
    assertAppointment({ appointedOn: appointedOn!, endedOn, humanRightsAssessment: hr });
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    const column = e.details[0]?.path.startsWith('humanRightsAssessment')
      ? 'hr_assessed_on'
      : 'ended_on';
    return [{ column, message: e.message.replace(/^[\w.]+: /, '') }];
  }
  return { post, appointee, gender, nationality, appointedOn: appointedOn!, endedOn, hr, source };
}

/**
 * @throws forbidden, not_found (mission), validation_failed (the file), PersonnelImportRejected
 */
export async function importAppointments(
  ctx: RequestContext,
  input: PersonnelImportInput,
): Promise<PersonnelImportReport> {
  const { missionId, records } = await openImport(ctx, input, appointmentRequired);
  const stored = new Map(
    (await appointmentRows(ctx.db, [missionId])).map((r) => [
      `${r.post}|${r.appointed_on}|${ctx.cipher.decrypt(r.appointee, address(r.id))}`,
      r,
    ]),
  );
  const latest = latestDay(ctx.clock.now());
  const report = emptyReport();
  const toCreate: Read[] = [];
  const toEnd: { id: string; version: number; endedOn: string }[] = [];
  for await (const record of records) {
    report.total += 1;
    if (record.problem) {
      rejectLine(report, record.line, [record.problem]);
      continue;
    }
    const read = readRow(record.values, latest);
    if (Array.isArray(read)) {
      rejectLine(report, record.line, read);
      continue;
    }
    const had = stored.get(`${read.post}|${read.appointedOn}|${read.appointee}`);
    if (!had) {
      toCreate.push(read);
      report.created += 1;
    } else if (read.endedOn && read.endedOn !== had.ended_on) {
      if (had.ended_on)
        reject(report, {
          line: record.line,
          column: 'ended_on',
          reason: `recorded as ${had.ended_on}`,
        });
      else {
        toEnd.push({ id: had.id, version: had.version, endedOn: read.endedOn });
        report.updated += 1;
      }
    } else report.unchanged += 1;
  }
  if (report.rejectedCount > 0 && !input.keepGoodRows)
    throw new PersonnelImportRejected({ ...report, created: 0, updated: 0, unchanged: 0 });
  await inTransaction(ctx, async (tx) => {
    const stamp = toTimestamp(tx.clock.now());
    for (const a of toCreate) {
      const id = tx.ids.newId();
      await insertAppointment(tx.db, {
        id,
        mission_id: missionId,
        post: a.post,
        appointee: tx.cipher.encrypt(a.appointee, address(id)),
        gender: a.gender,
        nationality: a.nationality,
        appointed_on: a.appointedOn,
        ended_on: a.endedOn,
        hr_assessed_on: a.hr?.assessedOn ?? null,
        hr_assessed_by: a.hr?.assessedBy ?? null,
        hr_outcome: a.hr?.outcome ?? null,
        source: a.source,
        illustrative: toBool(false),
        created_at: stamp,
        updated_at: stamp,
        version: 1,
      });
    }
    for (const e of toEnd)
      if (
        !(await updateAppointment(tx.db, {
          id: e.id,
          version: e.version,
          change: { ended_on: e.endedOn, updated_at: stamp },
        }))
      )
        throw new DomainError('conflict', 'an appointment changed during the import; run it again');
    await audit(tx, {
      action: 'personnel.appointments.import',
      recordType: 'mission',
      recordId: missionId,
      missionId,
      change: { created: report.created, updated: report.updated, rejected: report.rejectedCount },
    });
  });
  return { ...report, committed: true };
}

/**
 * The periodic report's drafts, comments and signature (¶59, ¶122). Planners and the head of
 * mission open a draft for a mission and a period (reports:draft) and write the observations;
 * whoever reads reports comments; only the head of mission signs (reports:sign). Signing freezes
 * the content read from the record at that moment, records its SHA-256 in the audit log, and
 * ends every change: a later change is a new edition of the same period. Every write audited,
 * every change against the version read.
 */
import { canonicalJson, sha256Hex } from '../../core/hash.js';
import { DomainError, notFound, staleVersion } from '../../core/errors.js';
import { latestDay } from '../../core/happened.js';
import {
  assertPermission,
  missionForWrite,
  missionInView,
  missionsToRead,
} from '../../core/policy.js';
import { fromJson, fromTimestamp, toTimestamp } from '../../db/codecs.js';
import { inTransaction, type RequestContext } from '../../db/context.js';
import { conflictOnUnique } from '../../db/unique-retry.js';
import { audit } from '../audit/audit.service.js';
import { assertMissionExists } from '../missions/mission.service.js';
import { periodicReport } from './periodic.service.js';
import {
  commentRows,
  editionsOf,
  findReport,
  insertComment,
  insertReport,
  reportRows,
  updateReport,
  type CommentRow,
  type ReportRow,
} from './report.repository.js';
import type { PeriodicReport, Report } from './report.schema.js';

const recordType = 'report';
const invalid = (path: string, message: string) =>
  new DomainError('validation_failed', `${path}: ${message}`, [{ path, message }]);
const frozen = () =>
  new DomainError(
    'invalid_state',
    'This report is signed and frozen: a change needs a new edition of the period',
  );

function toReport(row: ReportRow, comments: CommentRow[]): Report {
  const at = (v: unknown) =>
    v === null || v === undefined ? null : fromTimestamp(v as string).toISOString();
  return {
    id: row.id,
    missionId: row.mission_id,
    from: row.period_from,
    to: row.period_to,
    edition: row.edition,
    previousId: row.previous_id,
    status: row.status as Report['status'],
    observations: row.observations,
    createdBy: row.created_by,
    createdAt: at(row.created_at)!,
    signedBy: row.signed_by,
    signedAt: at(row.signed_at),
    contentHash: row.content_hash,
    comments: comments
      .filter((c) => c.report_id === row.id)
      .map((c) => ({ id: c.id, author: c.author, at: at(c.created_at)!, text: c.text })),
    version: row.version,
  };
}

/** The report if the caller may read it (its mission in view). @throws forbidden, not_found */
async function readable(
  ctx: RequestContext,
  id: string,
  permission: 'reports:read' | 'reports:draft' | 'reports:sign',
) {
  assertPermission(ctx.actor, permission);
  const row = await findReport(ctx.db, id);
  if (!row || !missionInView(ctx.actor, row.mission_id)) throw notFound('Report');
  return row;
}

async function answer(ctx: RequestContext, id: string): Promise<Report> {
  const row = (await findReport(ctx.db, id))!;
  return toReport(row, await commentRows(ctx.db, [id]));
}

/** @throws forbidden, not_found */
export async function getReport(ctx: RequestContext, id: string): Promise<Report> {
  await readable(ctx, id, 'reports:read');
  return answer(ctx, id);
}

/** The reports of the missions in view, the latest period first. @throws forbidden */
export async function listReports(
  ctx: RequestContext,
  query: { missionId?: string },
): Promise<Report[]> {
  assertPermission(ctx.actor, 'reports:read');
  const rows = await reportRows(ctx.db, missionsToRead(ctx.actor, query.missionId));
  const comments = await commentRows(
    ctx.db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toReport(r, comments));
}

/**
 * A draft for a mission and a period that has begun and not yet to come: its first edition.
 * @throws forbidden, not_found (mission), validation_failed, conflict (the period has a report)
 */
export async function createReport(
  ctx: RequestContext,
  input: { missionId: string; from: string; to: string },
): Promise<Report> {
  assertPermission(ctx.actor, 'reports:draft');
  const missionId = missionForWrite(ctx.actor, input.missionId);
  await assertMissionExists(ctx, missionId);
  if (input.to < input.from) throw invalid('to', 'must not be before from');
  const today = latestDay(ctx.clock.now());
  if (input.to > today)
    throw invalid('to', `${input.to} has not come yet: a report covers days that have happened`);
  const existing = await editionsOf(ctx.db, { missionId, from: input.from, to: input.to });
  if (existing.length > 0)
    throw new DomainError(
      'conflict',
      `This period has a report already (edition ${existing[0]!.edition}, ${existing[0]!.status}): open it, or a new edition of it`,
      [{ path: 'from', message: 'period already reported' }],
    );
  return openEdition(ctx, {
    missionId,
    from: input.from,
    to: input.to,
    edition: 1,
    previous: null,
  });
}

async function openEdition(
  ctx: RequestContext,
  e: { missionId: string; from: string; to: string; edition: number; previous: ReportRow | null },
): Promise<Report> {
  const id = ctx.ids.newId();
  const stamp = toTimestamp(ctx.clock.now());
  await conflictOnUnique(
    () =>
      inTransaction(ctx, async (tx) => {
        await insertReport(tx.db, {
          id,
          mission_id: e.missionId,
          period_from: e.from,
          period_to: e.to,
          edition: e.edition,
          previous_id: e.previous?.id ?? null,
          status: 'draft',
          observations: e.previous?.observations ?? '',
          created_by: tx.actor.username,
          created_at: stamp,
          signed_by: null,
          signed_at: null,
          content: null,
          content_hash: null,
          updated_at: stamp,
          version: 1,
        });
        await audit(tx, {
          action: 'reports.report.open',
          recordType,
          recordId: id,
          missionId: e.missionId,
          change: {
            from: e.from,
            to: e.to,
            edition: e.edition,
            previousId: e.previous?.id ?? null,
          },
        });
      }),
    `edition: edition ${e.edition} of this period was opened by someone else just now`,
    [{ path: 'edition', message: 'opened at the same time' }],
  );
  return answer(ctx, id);
}

/**
 * A new edition of a signed report, its observations carried over; only from the latest edition.
 * @throws forbidden, not_found, invalid_state (not signed, or not the latest), conflict
 */
export async function newEdition(ctx: RequestContext, id: string): Promise<Report> {
  const row = await readable(ctx, id, 'reports:draft');
  if (row.status !== 'signed')
    throw new DomainError(
      'invalid_state',
      'This report is a draft: change it, no new edition is needed',
    );
  const latest = (
    await editionsOf(ctx.db, {
      missionId: row.mission_id,
      from: row.period_from,
      to: row.period_to,
    })
  )[0]!;
  if (latest.id !== row.id)
    throw new DomainError(
      'invalid_state',
      `Edition ${latest.edition} of this period exists: a new edition follows the latest`,
    );
  return openEdition(ctx, {
    missionId: row.mission_id,
    from: row.period_from,
    to: row.period_to,
    edition: row.edition + 1,
    previous: row,
  });
}

/** The head of mission's observations on a draft. @throws forbidden, not_found, invalid_state, conflict */
export async function setObservations(
  ctx: RequestContext,
  id: string,
  input: { observations: string; version: number },
): Promise<Report> {
  const row = await readable(ctx, id, 'reports:draft');
  if (row.status === 'signed') throw frozen();
  await inTransaction(ctx, async (tx) => {
    const stamp = toTimestamp(tx.clock.now());
    const set = { observations: input.observations, updated_at: stamp };
    if (!(await updateReport(tx.db, { id, version: input.version }, set)))
      throw staleVersion('Report', input.version);
    await audit(tx, {
      action: 'reports.report.observations',
      recordType,
      recordId: id,
      missionId: row.mission_id,
      change: { characters: input.observations.length },
    });
  });
  return answer(ctx, id);
}

/** A comment on a draft, by whoever reads reports. @throws forbidden, not_found, invalid_state */
export async function addComment(
  ctx: RequestContext,
  id: string,
  input: { text: string },
): Promise<Report> {
  const row = await readable(ctx, id, 'reports:read');
  if (row.status === 'signed') throw frozen();
  await inTransaction(ctx, async (tx) => {
    const commentId = tx.ids.newId();
    await insertComment(tx.db, {
      id: commentId,
      report_id: id,
      author: tx.actor.username,
      text: input.text,
      created_at: toTimestamp(tx.clock.now()),
    });
    await audit(tx, {
      action: 'reports.report.comment',
      recordType,
      recordId: id,
      missionId: row.mission_id,
      change: { commentId },
    });
  });
  return answer(ctx, id);
}

/**
 * The head of mission signs the draft read at `version`: the content is read from the record now,
 * frozen with its observations, and its SHA-256 recorded in the audit log in the same transaction.
 * @throws forbidden, not_found, invalid_state (signed, or no observations), conflict (stale)
 */
export async function signReport(
  ctx: RequestContext,
  id: string,
  input: { version: number },
): Promise<Report> {
  const row = await readable(ctx, id, 'reports:sign');
  if (row.status === 'signed') throw frozen();
  if (row.version !== input.version) throw staleVersion('Report', input.version);
  if (row.observations.trim() === '')
    throw invalid('observations', 'the head of mission writes the observations before signing');
  const content = await periodicReport(ctx, {
    missionId: row.mission_id,
    from: row.period_from,
    to: row.period_to,
    observations: row.observations,
  });
  const frozenJson = canonicalJson(content);
  const hash = sha256Hex(frozenJson);
  await inTransaction(ctx, async (tx) => {
    const stamp = toTimestamp(tx.clock.now());
    const set = {
      status: 'signed',
      signed_by: tx.actor.username,
      signed_at: stamp,
      content: frozenJson,
      content_hash: hash,
      updated_at: stamp,
    };
    if (!(await updateReport(tx.db, { id, version: input.version }, set)))
      throw staleVersion('Report', input.version);
    await audit(tx, {
      action: 'reports.report.sign',
      recordType,
      recordId: id,
      missionId: row.mission_id,
      // The entry's digest is the SHA-256 of the canonical content: the hash, chained in the log.
      change: content,
    });
  });
  return answer(ctx, id);
}

/**
 * What a report says: a signed one its frozen content, a draft the record as it is now with
 * the draft's observations. @throws forbidden, not_found
 */
export async function reportContent(
  ctx: RequestContext,
  id: string,
): Promise<{ report: Report; content: PeriodicReport }> {
  const row = await readable(ctx, id, 'reports:read');
  const report = await answer(ctx, id);
  if (row.status === 'signed' && row.content !== null)
    return { report, content: fromJson<PeriodicReport>(row.content) };
  const asked = { missionId: row.mission_id, from: row.period_from, to: row.period_to };
  return {
    report,
    content: await periodicReport(ctx, { ...asked, observations: row.observations }),
  };
}

/** Whether the frozen content of a signed report still has the hash recorded at signing. */
export function contentMatches(content: PeriodicReport, hash: string): boolean {
  return sha256Hex(canonicalJson(content)) === hash;
}

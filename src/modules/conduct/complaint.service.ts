/**
 * Community complaints (C6, ¶123). Anyone files one without an account and gets a receipt code:
 * 100 bits from the CSPRNG, shown once, stored only as its SHA-256. With the code the complainant
 * reads the status and the messages and answers questions — nothing else. Every failed lookup,
 * whatever the reason (malformed, unknown), gets the same answer after the same work (one indexed
 * select by hash); the routes throttle per address, and the address is never stored (S4). The
 * account of what happened, the contact and the messages are tier-1 ciphertext; times are rounded
 * down to the hour. A conduct officer of the mission reads complaints, asks questions, closes them
 * or opens a case from one (its own compartment, channel: community complaint). Once a case is
 * opened the complainant is not cut off (issue 16, C6): the code shows the case's stage (received,
 * under investigation, concluded, closed — nothing of its content), the complainant can still
 * write, and the case's team (those who reach the case) can still ask them questions.
 */
import { createHash, randomInt } from 'node:crypto';
import { DomainError, staleVersion } from '../../core/errors.js';
import { assertCan, assertPermission } from '../../core/policy.js';
import { toTimestamp } from '../../db/codecs.js';
import { inTransaction, type AppContext, type RequestContext } from '../../db/context.js';
import { audit } from '../audit/audit.service.js';
import {
  complaintRowByHash,
  complaintRow,
  insertComplaint,
  insertMessage,
  messageCounts,
  messagesOf,
  selectComplaintRows,
  updateComplaintRow,
  type ComplaintRow,
} from './complaint.repository.js';
import type {
  Complaint,
  ComplaintStatusView,
  ComplaintSummary,
  FileComplaintInput,
  Message,
  OpenCaseInput,
} from './complaint.schema.js';
import { missionExists } from '../missions/mission.service.js';
import { findCaseRow } from './case.repository.js';
import { loadCaseForWrite, receiveAllegation } from './case.service.js';
import type { Case, CaseStatus } from './case.schema.js';

/** Crockford's base32: no I, L, O or U to misread. 20 characters = 100 bits. */
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const codeLength = 20;

export function newReceiptCode(): string {
  let code = '';
  for (let i = 0; i < codeLength; i += 1) code += alphabet[randomInt(alphabet.length)];
  return code.match(/.{4}/g)!.join('-');
}

/** The hash a code is stored as; a code typed with spaces, dashes, lower case, O for 0 or I/L for 1 still matches. */
export function receiptHash(typed: string): string {
  const code = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return createHash('sha256').update(`peaceops-receipt:${code}`).digest('hex');
}

const hourOf = (at: Date) => {
  const rounded = new Date(at.getTime());
  rounded.setUTCMinutes(0, 0, 0);
  return toTimestamp(rounded);
};

const address = (table: string, id: string, field: string) => ({ table, id, field });

function decryptMessages(ctx: AppContext, rows: Awaited<ReturnType<typeof messagesOf>>): Message[] {
  return rows.map((m) => ({
    author: m.author as Message['author'],
    body: ctx.cipher.decrypt(m.body, address('conduct_complaint_messages', m.id, 'body')),
    at: new Date(m.at as string).toISOString(),
  }));
}

/** The one answer for any code that finds nothing. */
const noSuchReceipt = () => new DomainError('not_found', 'No complaint matches this receipt code');

/** Files a complaint (public). @throws validation_failed (unknown mission) */
export async function fileComplaint(
  app: AppContext,
  input: FileComplaintInput,
): Promise<{ receiptCode: string }> {
  if (!(await missionExists(app, input.missionId)))
    throw new DomainError('validation_failed', 'missionId: choose a mission from the list', [
      { path: 'missionId', message: 'unknown mission' },
    ]);
  const receiptCode = newReceiptCode();
  const id = app.ids.newId();
  const at = hourOf(app.clock.now());
  await inTransaction(app, async (tx) => {
    await insertComplaint(tx.db, {
      id,
      mission_id: input.missionId,
      receipt_hash: receiptHash(receiptCode),
      status: 'received',
      account: tx.cipher.encrypt(input.account, address('conduct_complaints', id, 'account')),
      contact: input.contact
        ? tx.cipher.encrypt(input.contact, address('conduct_complaints', id, 'contact'))
        : null,
      language: input.language,
      case_id: null,
      received_at: at,
      updated_at: at,
      version: 1,
    });
    await audit(
      { ...tx, actor: anonymous, requestId: 'public' },
      {
        action: 'conduct.complaint.file',
        recordType: 'conduct_complaint',
        recordId: id,
        missionId: input.missionId,
      },
    );
  });
  return { receiptCode };
}

/** The public is no user: audit entries name it so. */
const anonymous: RequestContext['actor'] = {
  userId: 'public',
  username: 'public',
  via: 'system',
  missionId: null,
  missionIds: [],
  roles: [],
  permissions: new Set(),
  compartmentIds: new Set(),
};

async function byReceipt(app: AppContext, code: string): Promise<ComplaintRow> {
  const row = await complaintRowByHash(app.db, receiptHash(code));
  if (!row) throw noSuchReceipt();
  return row;
}

const stageOf: Record<CaseStatus, ComplaintStatusView['caseStage']> = {
  received: 'opened',
  under_investigation: 'under_investigation',
  investigation_concluded: 'concluded',
  closed: 'closed',
};

/** What the code shows: status, the case's stage and messages. @throws not_found (the same for every failure) */
export async function readByReceipt(app: AppContext, code: string): Promise<ComplaintStatusView> {
  const row = await byReceipt(app, code);
  const opened = row.case_id ? await findCaseRow(app.db, row.case_id) : undefined;
  return {
    status: row.status as ComplaintStatusView['status'],
    caseStage: opened ? stageOf[opened.status as CaseStatus] : null,
    messages: decryptMessages(app, await messagesOf(app.db, row.id)),
  };
}

async function addMessage(
  tx: AppContext,
  row: ComplaintRow,
  message: { author: Message['author']; body: string },
): Promise<void> {
  const id = tx.ids.newId();
  const count = (await messageCounts(tx.db, [row.id])).get(row.id) ?? 0;
  await insertMessage(tx.db, {
    id,
    complaint_id: row.id,
    mission_id: row.mission_id,
    author: message.author,
    body: tx.cipher.encrypt(message.body, address('conduct_complaint_messages', id, 'body')),
    at: hourOf(tx.clock.now()),
    position: count,
  });
}

/** The complainant answers (public). @throws not_found, invalid_state (closed) */
export async function answerByReceipt(
  app: AppContext,
  code: string,
  body: string,
): Promise<ComplaintStatusView> {
  const row = await byReceipt(app, code);
  if (row.status === 'closed')
    throw new DomainError('invalid_state', 'This complaint is closed; file a new one if needed');
  await inTransaction(app, async (tx) => {
    await addMessage(tx, row, { author: 'complainant', body });
    await audit(
      { ...tx, actor: anonymous, requestId: 'public' },
      {
        action: 'conduct.complaint.answer',
        recordType: 'conduct_complaint',
        recordId: row.id,
        missionId: row.mission_id,
      },
    );
  });
  return readByReceipt(app, code);
}

// --- staff ---

const scoped = (row: ComplaintRow | undefined) =>
  row ? { id: row.id, missionId: row.mission_id, compartmentIds: [] as string[] } : undefined;

function toSummary(row: ComplaintRow, messageCount: number): ComplaintSummary {
  return {
    id: row.id,
    missionId: row.mission_id,
    status: row.status as Complaint['status'],
    receivedAt: new Date(row.received_at as string).toISOString(),
    language: row.language,
    caseId: row.case_id,
    version: row.version,
    messageCount,
  };
}

/** Complaints of the missions in view, newest first; no account text in a list. @throws forbidden */
export async function listComplaints(ctx: RequestContext): Promise<ComplaintSummary[]> {
  assertPermission(ctx.actor, 'conduct:write');
  const rows = await selectComplaintRows(ctx.db, ctx.actor);
  const counts = await messageCounts(
    ctx.db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toSummary(r, counts.get(r.id) ?? 0));
}

/** One complaint with its account and messages (a tier-1 read, audited). @throws forbidden, not_found */
export async function getComplaint(ctx: RequestContext, id: string): Promise<Complaint> {
  const row = await complaintRow(ctx.db, id);
  assertCan(ctx.actor, 'conduct:write', { kind: 'Complaint', record: scoped(row) });
  const complaint = row!;
  await audit(ctx, {
    action: 'conduct_complaint.read',
    recordType: 'conduct_complaint',
    recordId: id,
    missionId: complaint.mission_id,
  });
  const messages = decryptMessages(ctx, await messagesOf(ctx.db, id));
  return {
    ...toSummary(complaint, messages.length),
    account: ctx.cipher.decrypt(complaint.account, address('conduct_complaints', id, 'account')),
    contact: complaint.contact
      ? ctx.cipher.decrypt(complaint.contact, address('conduct_complaints', id, 'contact'))
      : '',
    messages,
  };
}

async function writable(
  tx: RequestContext,
  id: string,
  opts: { version?: number; caseOpenedToo?: boolean } = {},
) {
  const row = await complaintRow(tx.db, id);
  assertCan(tx.actor, 'conduct:write', { kind: 'Complaint', record: scoped(row) });
  if (opts.version !== undefined && row!.version !== opts.version)
    throw staleVersion('Complaint', opts.version);
  if (row!.status === 'closed' || (row!.status === 'case_opened' && !opts.caseOpenedToo))
    throw new DomainError('invalid_state', `This complaint is ${row!.status.replace('_', ' ')}`);
  // Once its case is open, the complaint is the case's: only those who reach the case write to it.
  if (row!.status === 'case_opened' && row!.case_id) await loadCaseForWrite(tx, row!.case_id);
  return row!;
}

async function moveTo(
  tx: RequestContext,
  row: ComplaintRow,
  change: { status: Complaint['status']; caseId?: string },
) {
  const moved = await updateComplaintRow(tx.db, row.id, {
    status: change.status,
    case_id: change.caseId ?? row.case_id,
    updated_at: hourOf(tx.clock.now()),
    expectedVersion: row.version,
  });
  if (!moved) throw staleVersion('Complaint', row.version);
}

/**
 * A question or a word to the complainant, read with their code; after a case is opened, by its team.
 * @throws forbidden, not_found, invalid_state (closed)
 */
export async function postMessage(
  ctx: RequestContext,
  id: string,
  body: string,
): Promise<Complaint> {
  await inTransaction(ctx, async (tx) => {
    const row = await writable(tx, id, { caseOpenedToo: true });
    await addMessage(tx, row, { author: 'officer', body });
    if (row.status === 'received') await moveTo(tx, row, { status: 'under_review' });
    await audit(tx, {
      action: 'conduct.complaint.message',
      recordType: 'conduct_complaint',
      recordId: id,
      missionId: row.mission_id,
    });
  });
  return getComplaint(ctx, id);
}

/** Closed without a case: the reason goes to the complainant as a message. @throws forbidden, not_found, conflict, invalid_state */
export async function closeComplaint(
  ctx: RequestContext,
  id: string,
  input: { version: number; reason: string },
): Promise<Complaint> {
  await inTransaction(ctx, async (tx) => {
    const row = await writable(tx, id, { version: input.version });
    await addMessage(tx, row, { author: 'officer', body: input.reason });
    await moveTo(tx, row, { status: 'closed' });
    await audit(tx, {
      action: 'conduct.complaint.close',
      recordType: 'conduct_complaint',
      recordId: id,
      missionId: row.mission_id,
    });
  });
  return getComplaint(ctx, id);
}

/** The complaint becomes a case (channel: community complaint) in its own compartment. @throws forbidden, not_found, conflict, invalid_state, validation_failed */
export async function openCaseFromComplaint(
  ctx: RequestContext,
  id: string,
  input: OpenCaseInput,
): Promise<Case> {
  return inTransaction(ctx, async (tx) => {
    const row = await writable(tx, id, { version: input.version });
    const { version: _v, ...fields } = input;
    const opened = await receiveAllegation(tx, {
      ...fields,
      missionId: row.mission_id,
      channel: 'community_complaint',
    });
    await moveTo(tx, row, { status: 'case_opened', caseId: opened.id });
    await audit(tx, {
      action: 'conduct.complaint.case',
      recordType: 'conduct_complaint',
      recordId: id,
      missionId: row.mission_id,
      change: { caseId: opened.id },
    });
    return opened;
  });
}

/**
 * F12 (ASVS 16.4.2 — logs protected from modification): the chain anchored outside the database.
 * What the chain alone cannot see — its last entries deleted with the head moved back, the whole
 * chain recomputed — the signed checkpoints do; a forged or edited checkpoint line is found too;
 * a backup carries the checkpoints it is verified against.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { beforeEach, expect, it } from 'vitest';
import { eachDialect } from '../../../test/support/each-dialect.js';
import { missionInput, operator } from '../../../test/support/fixtures.js';
import { backupTo, checkpointsOf, verifyDatabaseFile } from '../../runtime/backup.js';
import { createMission } from '../missions/mission.service.js';
import { entryHash, genesisHash } from './audit.chain.js';
import { writeCheckpoint } from './audit-checkpoint.service.js';
import { readAllEntries } from './audit.repository.js';
import { verifyAuditLog } from './audit.service.js';

eachDialect('audit checkpoints outside the database (F12)', (t) => {
  let counter = 0;
  const write = async (n: number) => {
    for (let i = 0; i < n; i++) await createMission(operator(t()), missionInput(`CP${++counter}`));
  };
  beforeEach(() => {
    fs.rmSync(t().ctx.config.auditCheckpointFile, { force: true });
  });

  it('a checkpoint is written when the head moved, verified, and printed as the latest', async () => {
    await write(3);
    const first = await writeCheckpoint(t().ctx);
    expect(first).toMatchObject({
      seq: expect.any(Number),
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(await writeCheckpoint(t().ctx)).toBeNull(); // nothing new
    await write(2);
    const second = (await writeCheckpoint(t().ctx))!;
    expect(second.seq).toBe(first!.seq + 2);
    const verdict = await verifyAuditLog(t().ctx);
    expect(verdict).toMatchObject({
      ok: true,
      checkpoints: { verified: 2, latest: { seq: second.seq, hash: second.hash } },
    });
    expect(fs.statSync(t().ctx.config.auditCheckpointFile).mode & 0o777).toBe(0o600);
  });

  it('the last entries deleted and the head moved back: the chain alone passes, the checkpoint does not', async () => {
    await write(4);
    const anchored = (await writeCheckpoint(t().ctx))!;
    const keep = anchored.seq - 2;
    const kept = await t()
      .ctx.db.selectFrom('audit_entries')
      .select('hash')
      .where('seq', '=', keep)
      .executeTakeFirstOrThrow();
    await sql`delete from audit_entries where seq > ${keep}`.execute(t().ctx.db);
    await sql`update audit_head set seq = ${keep}, hash = ${kept.hash}`.execute(t().ctx.db);
    expect(await verifyAuditLog(t().ctx, { checkpointFile: null })).toMatchObject({ ok: true });
    expect(await verifyAuditLog(t().ctx)).toMatchObject({
      ok: false,
      firstBreak: {
        kind: 'truncated',
        seq: keep + 1,
        message: expect.stringMatching(/entries were removed/),
      },
    });
  });

  it('the whole chain recomputed around an edited entry: the chain alone passes, the checkpoint does not', async () => {
    await write(3);
    const anchored = (await writeCheckpoint(t().ctx))!;
    const entries = [];
    for await (const entry of readAllEntries(t().ctx.db)) entries.push(entry);
    let prev = genesisHash;
    for (const entry of entries) {
      const edited = entry.seq === 2 ? { ...entry, action: 'missions.mission.read' } : entry;
      const hash = entryHash(prev, edited);
      await t()
        .ctx.db.updateTable('audit_entries')
        .set({ action: edited.action, prev_hash: prev, hash })
        .where('seq', '=', entry.seq)
        .execute();
      prev = hash;
    }
    await t().ctx.db.updateTable('audit_head').set({ hash: prev }).execute();
    expect(await verifyAuditLog(t().ctx, { checkpointFile: null })).toMatchObject({ ok: true });
    expect(await verifyAuditLog(t().ctx)).toMatchObject({
      ok: false,
      firstBreak: { kind: 'rewritten', seq: anchored.seq },
    });
  });

  it('an edited or forged checkpoint line is found', async () => {
    await write(2);
    await writeCheckpoint(t().ctx);
    const file = t().ctx.config.auditCheckpointFile;
    const line = JSON.parse(fs.readFileSync(file, 'utf8').trim()) as { seq: number };
    fs.writeFileSync(file, `${JSON.stringify({ ...line, seq: line.seq - 1 })}\n`);
    expect(await verifyAuditLog(t().ctx)).toMatchObject({
      ok: false,
      firstBreak: { kind: 'checkpoint', message: expect.stringMatching(/line 1 was altered/) },
    });
  });

  it('a SQLite backup carries the checkpoints it is verified against', async () => {
    if (t().dialect !== 'sqlite') return;
    await write(2);
    const file = path.join(t().dataDir, 'backups', `with-checkpoints-${++counter}.sqlite`);
    const report = await backupTo(t().ctx, t().connection, file);
    expect(fs.existsSync(checkpointsOf(file))).toBe(true);
    expect(report.audit).toMatchObject({ ok: true, checkpoints: { verified: 1 } });
    const again = await verifyDatabaseFile(file, t().ctx);
    expect(again.audit.checkpoints?.latest?.seq).toBe(report.audit.count);
  });
});

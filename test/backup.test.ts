/** R3: an online backup taken while writes go on restores to a database that verifies. */
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { backupTo, restoreFrom, verifyDatabaseFile } from '../src/runtime/backup.js';
import { createMission } from '../src/modules/missions/mission.service.js';
import { missionInput, operator } from './support/fixtures.js';
import { openTestApp } from './support/test-app.js';

it('backup during continuous writes is consistent, verified, and restores', async () => {
  const t = await openTestApp('sqlite');
  try {
    let writing = true;
    let written = 0;
    const writer = (async () => {
      while (writing) {
        await createMission(operator(t), missionInput(`W${written}`));
        written += 1;
        await new Promise((r) => setImmediate(r)); // let timers and the backup's steps run, as requests would
      }
    })();
    while (written < 20) await new Promise((r) => setTimeout(r, 5));
    const file = path.join(t.dataDir, 'backups', 'during-writes.sqlite');
    const report = await backupTo(t.ctx, t.connection, file);
    const atBackup = written;
    while (written < atBackup + 20) await new Promise((r) => setTimeout(r, 5));
    writing = false;
    await writer;

    expect(report.integrity).toBe('ok');
    expect(report.audit.ok).toBe(true);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    // One self-contained file (no -wal or -shm left by the verification's reads), with the audit
    // checkpoints it was verified against (F12).
    expect(
      fs
        .readdirSync(path.dirname(file))
        .filter((f) => f.startsWith(path.basename(file)))
        .sort(),
    ).toEqual([path.basename(file), `${path.basename(file)}.checkpoints`]);
    expect(report.audit.checkpoints?.verified).toBeGreaterThanOrEqual(1);
    await expect(backupTo(t.ctx, t.connection, file)).rejects.toMatchObject({ code: 'conflict' });

    await t.connection.close();
    const restored = await restoreFrom(t.ctx, file);
    expect(restored.audit.ok).toBe(true);
    const check = await verifyDatabaseFile(t.ctx.config.sqliteFile, t.ctx);
    expect(check.audit.count).toBe(report.audit.count);
    // The restored database came back with its checkpoints; the live ones were kept aside.
    expect(fs.readFileSync(t.ctx.config.auditCheckpointFile, 'utf8')).toBe(
      fs.readFileSync(`${file}.checkpoints`, 'utf8'),
    );
    expect(
      fs.readdirSync(t.dataDir).filter((f) => f.startsWith('audit-checkpoints.before-restore-')),
    ).toHaveLength(1);
    expect(check.audit.count).toBeGreaterThanOrEqual(20);
  } finally {
    await t.close().catch(() => undefined);
  }
});

it('a damaged backup is refused and the live database is left alone', async () => {
  const t = await openTestApp('sqlite');
  try {
    await createMission(operator(t), missionInput('KEEP'));
    const bogus = path.join(t.dataDir, 'not-a-backup.sqlite');
    fs.writeFileSync(bogus, 'this is not SQLite');
    await expect(restoreFrom(t.ctx, bogus)).rejects.toMatchObject({ code: 'integrity_failed' });
    const kept = await t.ctx.db.selectFrom('missions').select('acronym').execute();
    expect(kept).toEqual([{ acronym: 'KEEP' }]);
  } finally {
    await t.close();
  }
});

it('on PostgreSQL, backup says to use pg_dump', async () => {
  const t = await openTestApp('postgres');
  try {
    await expect(
      backupTo(t.ctx, t.connection, path.join(t.dataDir, 'x.sqlite')),
    ).rejects.toMatchObject({ code: 'invalid_state', message: expect.stringMatching(/pg_dump/) });
  } finally {
    await t.close();
  }
});

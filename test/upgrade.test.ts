/**
 * Upgrades keep every record (issue 14, docs/upgrading.md). A copy of the database the release of
 * 2026-12-05 wrote (../shared/fixtures: the demo with the real data and three encrypted public
 * complaints), with its key file, is opened by the current code as `peaceops serve` opens it: it
 * migrates, its audit chain verifies, and every kind of record reads back through the API — the
 * complaints' encrypted account and contact decrypted — in the numbers the release wrote.
 * Each later release adds its database beside this one and a suite like it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import Sqlite from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { manualClock } from '../src/core/clock.js';
import { loadConfig } from '../src/core/config.js';
import { createLogger } from '../src/core/log.js';
import { migrations } from '../src/db/migrations/index.js';
import { verifyAuditLog } from '../src/modules/audit/audit.service.js';
import { createUser } from '../src/modules/accounts/user.service.js';
import { openApp, type OpenedApp } from '../src/runtime/context.js';
import { systemActor } from '../src/core/system-actor.js';
import { createApp } from '../src/server/app.js';
import { Agent, signIn, type Answer } from './support/http.js';
import { describeRealData, realDataPath } from './support/real-data.js';
import type { TestApp } from './support/test-app.js';

const release = path.dirname(realDataPath('release20261205'));

/** What the release's README says the database holds. */
const held = {
  incidents: 1848,
  cases: 753,
  subjects: 762,
  victims: 796,
  complaints: 3,
  missions: 78,
  pledges: 5,
  unitPeople: 12,
  certifications: 11,
  screenings: 11,
  forecastRows: 2522,
  bases: 28,
  alertRules: 3,
  alerts: 5,
  auditEntries: 140,
  migrations: 21,
};
/** The migrations a SQLite file records as applied (Kysely's own table). */
function migrationsIn(file: string): string[] {
  const db = new Sqlite(file, { readonly: true });
  try {
    const rows = db.prepare('select name from kysely_migration order by name').all();
    return (rows as { name: string }[]).map((r) => r.name);
  } finally {
    db.close();
  }
}

const receipts = [
  'STW0-H1F7-9C7N-1HHH-X7Q5',
  '1C9C-6JTS-08TG-RBS7-4WM5',
  'BSG2-KGZH-V32J-8WSH-XYA3',
];

describeRealData(
  'the release of 2026-12-05 opens, migrates and reads back whole',
  ['release20261205'],
  () => {
    let dataDir: string;
    let opened: OpenedApp;
    let t: TestApp;
    let admin: Agent;
    let migratedFrom: string[];

    beforeAll(async () => {
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'peaceops-upgrade-'));
      fs.writeFileSync(
        path.join(dataDir, 'peaceops.sqlite'),
        gunzipSync(fs.readFileSync(path.join(release, 'peaceops.sqlite.gz'))),
      );
      fs.copyFileSync(path.join(release, 'field-keys'), path.join(dataDir, 'field-keys'));
      fs.chmodSync(path.join(dataDir, 'field-keys'), 0o600);
      const config = loadConfig({ PEACEOPS_DATA_DIR: dataDir }, {});
      // The release's migrations, read before the current code opens (and migrates) the file.
      migratedFrom = migrationsIn(path.join(dataDir, 'peaceops.sqlite'));
      const clock = manualClock(new Date());
      opened = await openApp(config, { clock, log: createLogger(() => {}) });
      t = {
        dialect: 'sqlite',
        ctx: opened.ctx,
        app: createApp(opened.ctx),
        clock,
        connection: opened.connection,
        dataDir,
        logLines: [],
        close: () => opened.close(),
      };
      admin = await signIn(t, 'admin', 'P9FXx7GtmTpS14qf');
    }, 60_000);

    afterAll(async () => {
      await opened?.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    });

    it('migrates from the release’s 21 migrations to the current ones; the audit chain verifies', async () => {
      expect(migratedFrom).toHaveLength(held.migrations);
      const now = migrationsIn(path.join(dataDir, 'peaceops.sqlite'));
      expect(now).toEqual(Object.keys(migrations).sort());
      for (const name of migratedFrom) expect(Object.keys(migrations)).toContain(name);
      const verdict = await verifyAuditLog(t.ctx);
      expect(verdict).toMatchObject({ ok: true, firstBreak: null });
      // The release's 140 entries, and the sign-in above.
      expect(verdict.count).toBeGreaterThan(held.auditEntries);
      const first = await t.ctx.db
        .selectFrom('audit_entries')
        .select('hash')
        .where('seq', '=', held.auditEntries)
        .executeTakeFirstOrThrow();
      expect(first.hash).toMatch(/^83197ed0.*7e05$/);
    });

    it('the administrator signs in with the release’s password and reads every mission, user, incident and figure', async () => {
      const missions = await admin.get('/api/missions');
      expect(missions.body.items).toHaveLength(held.missions);
      const users = await admin.get('/api/users');
      expect(users.body.items).toHaveLength(1);
      expect(users.body.items[0].memberships).toHaveLength(5);
      const map = await admin.get('/api/incidents/map?zoom=3');
      expect(map.status, JSON.stringify(map.body)).toBe(200);
      expect(map.body.total).toBe(held.incidents);
      const contributions = await admin.get('/api/capabilities/contributions?contributor=RWA');
      expect(contributions.body.items[0]).toMatchObject({ month: '2009-11', troops: 3483 });
      const strength = await admin.get('/api/capabilities/mission-strength?mission=UNMISS');
      expect(strength.body.items[0]).toMatchObject({ month: '2011-08', gap: 2016 });
    });

    it('pledges with their people, certifications and screenings; forecasts, bases, alert rules and alerts', async () => {
      const pledges = (await admin.get('/api/capabilities/pledges')).body.items as { id: string }[];
      expect(pledges).toHaveLength(held.pledges);
      let people = 0;
      let certifications = 0;
      let screenings = 0;
      for (const pledge of pledges) {
        const answer = await admin.get(`/api/capabilities/pledges/${pledge.id}/personnel`);
        expect(answer.status, JSON.stringify(answer.body)).toBe(200);
        for (const person of answer.body.items) {
          people++;
          certifications += person.certifications.length;
          screenings += person.screenings.length;
        }
      }
      expect({ people, certifications, screenings }).toEqual({
        people: held.unitPeople,
        certifications: held.certifications,
        screenings: held.screenings,
      });
      let forecastRows = 0;
      for (let horizon = 1; horizon <= 13; horizon++) {
        const forecasts = await admin.get(`/api/early-warning/forecasts?horizon=${horizon}`);
        expect(forecasts.body.run).toMatchObject({ origin: '2020-05', countries: 194 });
        forecastRows += forecasts.body.items.length;
      }
      expect(forecastRows).toBe(held.forecastRows);
      expect((await admin.get('/api/bases')).body.items).toHaveLength(held.bases);
      expect((await admin.get('/api/early-warning/alert-rules')).body.items).toHaveLength(
        held.alertRules,
      );
      expect((await admin.get('/api/early-warning/alerts')).body.items).toHaveLength(held.alerts);
    });

    it('a conduct officer reads every case with its subjects and victims, and the complaints decrypted', async () => {
      await createUser(
        { ...t.ctx, actor: systemActor('upgrade-check', 'cli'), requestId: 'upgrade' },
        {
          username: 'conduct-hq',
          displayName: 'Conduct officer, headquarters',
          password: 'correct horse battery staple',
          locale: 'en',
          memberships: [{ missionId: null, role: 'conduct_officer' }],
        },
      );
      const officer = await signIn(t, 'conduct-hq', 'correct horse battery staple');
      const ids: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Answer = await officer.get(
          `/api/conduct/cases?limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        );
        expect(page.status, JSON.stringify(page.body)).toBe(200);
        ids.push(...page.body.items.map((c: { id: string }) => c.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(ids).toHaveLength(held.cases);
      let subjects = 0;
      let victims = 0;
      for (const id of ids) {
        const one = await officer.get(`/api/conduct/cases/${id}`);
        subjects += one.body.subjects.length;
        victims += one.body.victims.length;
      }
      expect({ subjects, victims }).toEqual({ subjects: held.subjects, victims: held.victims });

      const complaints = (await officer.get('/api/conduct/complaints')).body.items as {
        id: string;
      }[];
      expect(complaints).toHaveLength(held.complaints);
      const read = await Promise.all(
        complaints.map(async (c) => (await officer.get(`/api/conduct/complaints/${c.id}`)).body),
      );
      const text = JSON.stringify(read);
      for (const n of [1, 2, 3]) {
        expect(text).toContain(
          `Release fixture complaint ${n}: a peacekeeper near the market asked for sex in exchange for food.`,
        );
        expect(text).toContain(`fixture-contact-${n}`);
      }
    });

    it('each complainant still follows their complaint by receipt code, without an account', async () => {
      for (const receiptCode of receipts) {
        const status = await new Agent(t).post('/api/public/complaints/status', { receiptCode });
        expect(status.status, JSON.stringify(status.body)).toBe(200);
      }
    });
  },
);

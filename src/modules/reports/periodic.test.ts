/**
 * The periodic report to the Council (¶59, ¶122) on both dialects: every figure is the figure the
 * modules' APIs give to the same question; compartmented incidents appear only as a count with the
 * public statistics' suppression, whoever asks; the PDF in English, French and Arabic carries the
 * figures on the right rows (read back with poppler's pdftotext); the HTML page too.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { eachDialect } from '../../../test/support/each-dialect.js';
import { password, seedWorld, type World } from '../../../test/support/fixtures.js';
import { signIn, type Agent } from '../../../test/support/http.js';
import { incidentCategoryLabels } from '../incidents/incident-labels.taxonomy.js';
import type { IncidentCategory } from '../incidents/incident.taxonomy.js';
import { formatFigure } from './periodic.layout.js';
import type { PeriodicReport } from './report.schema.js';

const shots = path.resolve('test-artifacts');
const day = 86_400_000;

function pdfText(pdf: Buffer, name: string): string {
  fs.mkdirSync(shots, { recursive: true });
  const file = path.join(shots, name);
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

/** The line of the text that names `label`, with the figures after (or, in Arabic, before) it. */
function lineOf(text: string, label: string): string {
  const line = text.split('\n').find((l) => l.includes(label));
  if (!line) throw new Error(`no line with "${label}" in:\n${text}`);
  return line;
}

/** The figures of a line, left to right, without the direction marks pdftotext keeps. */
const figuresOf = (line: string) =>
  line.replace(/[\u202a-\u202e\u200e\u200f]/g, '').match(/<3|\d+(?:[.,\u202f\u00a0]\d{3})*/g) ?? [];

eachDialect('the periodic report to the Council', (t) => {
  let world: World;
  let analyst: Agent;
  let head: Agent;
  let from: string;
  let to: string;
  const at = (offset: number) => new Date(t().clock.now().getTime() + offset * day).toISOString();

  beforeAll(async () => {
    world = await seedWorld(t());
    analyst = await signIn(t(), world.users.analyst.username, password);
    head = await signIn(t(), world.users.head_of_mission.username, password);
    from = at(-60).slice(0, 10);
    to = at(0).slice(0, 10);
    const incident = (offset: number, category: string, killed: number, area: string) =>
      analyst.post('/api/incidents', {
        occurredAt: at(offset),
        location: { latitude: 6.2 + offset / 100, longitude: 20.1 - offset / 100, adminArea: area },
        category,
        casualties: { civilians: { killed, injured: 0, abducted: 0 } },
      });
    const recorded = await Promise.all([
      incident(-50, 'violence_against_civilians', 4, 'Ouaka'),
      incident(-40, 'violence_against_civilians', 2, 'Ouaka'),
      incident(-30, 'armed_clash', 7, 'Haute-Kotto'),
      incident(-20, 'attack_on_un_personnel', 1, 'Haute-Kotto'),
      incident(-10, 'violence_against_civilians', 0, 'Nana-Mambéré'),
      incident(-90, 'armed_clash', 9, 'Ouaka'), // before the period
    ]);
    expect(recorded.map((r) => r.status)).toEqual([201, 201, 201, 201, 201, 201]);
    // A report found false is left out of the report.
    const discarded = await analyst.post('/api/incidents', {
      occurredAt: at(-5),
      location: { latitude: 6.5, longitude: 20.5 },
      category: 'armed_clash',
    });
    const d = await analyst.post(`/api/incidents/${discarded.body.id}/status`, {
      version: discarded.body.version,
      status: 'discarded',
      reason: 'Duplicate of an earlier report',
    });
    expect(d.status).toBe(200);
    // One incident in a sensitive compartment the analyst holds.
    const officer = await signIn(t(), world.users.conduct_officer.username, password);
    const witnesses = await officer.post('/api/compartments', {
      name: 'Protected witnesses',
      sensitive: true,
    });
    await t()
      .ctx.db.updateTable('users')
      .set({ totp_enabled: 1 })
      .where('id', '=', world.users.analyst.id)
      .execute();
    await officer.post(`/api/compartments/${witnesses.body.id}/members`, {
      userId: world.users.analyst.id,
    });
    const secret = await analyst.post('/api/incidents', {
      occurredAt: at(-15),
      location: { latitude: 6.3, longitude: 20.3, adminArea: 'Secret valley' },
      category: 'conflict_related_sexual_violence',
      narrative: 'Witness account',
      compartmentIds: [witnesses.body.id],
    });
    expect(secret.status).toBe(201);
  });

  it('every incident figure is the incidents API’s answer for the period; the compartmented one is only counted, "<3", even for a reader who holds it', async () => {
    const period = `from=${from}&to=${to}`;
    const report = await analyst.get<PeriodicReport>(
      `/api/reports/missions/${world.missionA.id}/periodic.json?${period}`,
    );
    expect(report.status).toBe(200);
    const security = report.body.security;
    // The head of mission holds no compartment: the API's answer to them is the report's.
    const summary = await head.get(
      `/api/incidents/summary?from=${from}T00:00:00Z&to=${to}T23:59:59.999Z`,
    );
    expect(summary.status).toBe(200);
    expect(security).toEqual(summary.body);
    expect(security).toMatchObject({ incidents: 5, fatalities: 14, restricted: '<3' });
    expect(security.byCategory).toEqual([
      { category: 'violence_against_civilians', incidents: 3, fatalities: 6 },
      { category: 'armed_clash', incidents: 1, fatalities: 7 },
      { category: 'attack_on_un_personnel', incidents: 1, fatalities: 1 },
    ]);
    expect(security.byArea.map((a) => a.area)).not.toContain('Secret valley');
    // On the map: the 0.5° cell of each incident, by its centre: the first two (5.7° N 20.6° E and
    // 5.8° N 20.5° E) share the cell of 5.5–6° N, 20.5–21° E.
    expect(security.cells).toContainEqual({
      longitude: 20.75,
      latitude: 5.75,
      incidents: 2,
      fatalities: 6,
    });
    expect(security.cells.reduce((n, c) => n + c.incidents, 0)).toBe(5);
    // The analyst's own view holds the compartment: the API shows it them, the report never does.
    const own = await analyst.get(
      `/api/incidents/summary?from=${from}T00:00:00Z&to=${to}T23:59:59.999Z`,
    );
    expect(own.body).toMatchObject({ incidents: 6, restricted: 0 });
    const months = (
      await head.get(`/api/incidents/timeline?from=${from}T00:00:00Z&to=${to}T23:59:59.999Z`)
    ).body.months as { month: string; count: number }[];
    // The timeline counts every status; the report leaves out the one discarded report.
    const discardedMonth = at(-5).slice(0, 7);
    expect(
      security.months.map((m) => [m.month, m.incidents + (m.month === discardedMonth ? 1 : 0)]),
    ).toEqual(months.map((m) => [m.month, m.count]));
  });

  it('the other sections are the other modules’ API answers: host follow-ups (I1), alerts, situations, mandates, environment', async () => {
    const period = `from=${from}&to=${to}`;
    const report = (
      await head.get<PeriodicReport>(
        `/api/reports/missions/${world.missionA.id}/periodic.json?${period}`,
      )
    ).body;
    // The attack on UN personnel opened a follow-up with the host Government (I1).
    const followUps = (await head.get('/api/follow-ups')).body.items as { overdue: boolean }[];
    expect(followUps).toHaveLength(1);
    expect(report.safety).toMatchObject({
      followUpsOpen: followUps.length,
      followUpsOverdue: followUps.filter((f) => f.overdue).length,
    });
    const alerts = (await head.get('/api/early-warning/alerts?limit=500')).body as {
      sentAt: string;
      msgType: string;
    }[];
    const inPeriod = (
      Array.isArray(alerts) ? alerts : (alerts as { items: typeof alerts }).items
    ).filter((a) => a.sentAt.slice(0, 10) >= from && a.sentAt.slice(0, 10) <= to);
    expect(report.protection.alertsIssued).toBe(
      inPeriod.filter((a) => a.msgType === 'Alert').length,
    );
    const situations = (await head.get('/api/early-warning/situations')).body;
    const list = (Array.isArray(situations) ? situations : situations.items) as {
      status: string;
    }[];
    expect(report.protection.situationsOpen).toBe(list.filter((x) => x.status === 'open').length);
    expect(report.mandate).toBeNull();
    expect((await head.get('/api/mandates')).body.items).toEqual([]);
    expect(report.environment).toEqual([]);
    expect(report.perception).toEqual([]);
  });

  it('the PDF carries each figure on its row in English, French and Arabic; the HTML page too', async () => {
    const period = `from=${from}&to=${to}`;
    const json = (
      await head.get<PeriodicReport>(
        `/api/reports/missions/${world.missionA.id}/periodic.json?${period}`,
      )
    ).body;
    for (const lang of ['en', 'fr', 'ar'] as const) {
      const pdf = await head.bytes(
        `/api/reports/missions/${world.missionA.id}/periodic.pdf?${period}&lang=${lang}`,
      );
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      const text = pdfText(pdf.body, `periodic-${t().dialect}-${lang}.pdf`);
      const lines = text.split('\n');
      for (const row of json.security.byCategory) {
        const wanted = [formatFigure(lang, row.incidents), formatFigure(lang, row.fatalities)];
        if (lang === 'ar') {
          // pdftotext reads shaped Arabic letters back without their dots: the row is found by its
          // figures, drawn right to left (killed at the left, incidents to its right).
          expect(lines.map(figuresOf)).toContainEqual([...wanted].reverse());
          continue;
        }
        const label = incidentCategoryLabels[lang][row.category as IncidentCategory];
        expect(figuresOf(lineOf(text, label))).toEqual(wanted);
      }
      for (const area of json.security.byArea.filter(() => lang !== 'ar')) {
        const wanted = [formatFigure(lang, area.incidents), formatFigure(lang, area.fatalities)];
        expect(figuresOf(lineOf(text, area.area!))).toEqual(wanted);
      }
      expect(text).not.toContain('Secret valley');
      expect(text).not.toContain('Witness account');
    }
    const html = await head.get(
      `/api/reports/missions/${world.missionA.id}/periodic.html?${period}&lang=ar`,
    );
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(html.body).toContain('<html lang="ar" dir="rtl">');
    expect(html.body).toContain(incidentCategoryLabels.ar.violence_against_civilians);
    expect(html.body).toMatch(/<svg class="figure"[^>]*>.*<circle/);
    expect(html.body).not.toContain('Secret valley');
  });

  it('needs reports:read and the mission in view: a viewer 403, another mission’s analyst 404', async () => {
    const period = `from=${from}&to=${to}`;
    const viewer = await signIn(t(), world.users.viewer.username, password);
    expect(
      (await viewer.get(`/api/reports/missions/${world.missionA.id}/periodic.json?${period}`))
        .status,
    ).toBe(403);
    const outsider = await signIn(t(), world.outsider.username, password);
    expect(
      (await outsider.get(`/api/reports/missions/${world.missionA.id}/periodic.json?${period}`))
        .status,
    ).toBe(404);
    const backwards = await head.get(
      `/api/reports/missions/${world.missionA.id}/periodic.json?from=${to}&to=${from}`,
    );
    expect(backwards.status).toBe(400);
    expect(JSON.stringify(backwards.body)).toMatch(/to/);
  });
});

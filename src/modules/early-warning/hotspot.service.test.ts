/**
 * Hotspots (E1, ¶17–20) through the API on both dialects: the mission's incidents in view, as of
 * the latest one by default; a cell rising above its own history is flagged with its counts; an
 * incident in a compartment the reader lacks is not counted for that reader; discarded reports
 * are not counted.
 */
import { beforeAll, expect, it } from 'vitest';
import { addDays } from '../../core/days.js';
import { eachDialect } from '../../../test/support/each-dialect.js';
import { password, seedWorld, type World } from '../../../test/support/fixtures.js';
import { signIn, type Agent } from '../../../test/support/http.js';

const latest = '2026-02-20';

eachDialect('hotspots (E1)', (t) => {
  let world: World;
  let analyst: Agent;
  const report = async (at: [number, number], day: string, extra: object = {}) => {
    const r = await analyst.post('/api/incidents', {
      occurredAt: `${day}T10:00:00Z`,
      location: { latitude: at[0], longitude: at[1] },
      category: 'violence_against_civilians',
      ...extra,
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body as { id: string; version: number };
  };

  beforeAll(async () => {
    world = await seedWorld(t());
    analyst = await signIn(t(), world.users.analyst.username, password);
    const officer = await signIn(t(), world.users.conduct_officer.username, password);
    const patrols = await officer.post('/api/compartments', { name: 'Patrols', sensitive: false });
    await officer.post(`/api/compartments/${patrols.body.id}/members`, {
      userId: world.users.analyst.id,
    });
    // Cell 5.25,20.25: eight reports over the two years before the last 90 days, eight in them.
    for (let i = 0; i < 8; i++) await report([5.1, 20.1], addDays(latest, -100 - i * 80));
    for (let i = 0; i < 8; i++) await report([5.1, 20.1], addDays(latest, -i * 10));
    // Cell 7.25,22.25: four recent reports in a compartment.
    for (let i = 0; i < 4; i++)
      await report([7.1, 22.1], addDays(latest, -i * 5), { compartmentIds: [patrols.body.id] });
    // Cell 8.25,23.25: four recent reports, discarded.
    for (let i = 0; i < 4; i++) {
      const r = await report([8.1, 23.1], addDays(latest, -i * 5 - 1));
      const d = await analyst.post(`/api/incidents/${r.id}/status`, {
        version: r.version,
        status: 'discarded',
        reason: 'Duplicate of another report',
      });
      expect(d.status, JSON.stringify(d.body)).toBe(200);
    }
  });

  it('E1: as of the latest incident, a cell rising above its own history is flagged with its counts', async () => {
    const scan = (await analyst.get('/api/early-warning/hotspots')).body;
    expect(scan).toMatchObject({ asOf: latest, recentDays: 90, baselineDays: 730 });
    const a = scan.cells.find((c: { latitude: number }) => c.latitude === 5.25);
    expect(a).toMatchObject({
      key: `hotspot ${latest} 5.25,20.25`,
      recentEvents: 8,
      baselineEvents: 8,
      flagged: true,
    });
    expect(a.expected).toBeCloseTo((8.5 / 730) * 90, 5);
    expect(scan.cells.find((c: { latitude: number }) => c.latitude === 8.25)).toBeUndefined();
  });

  it('E1: incidents in a compartment the reader lacks are not counted for that reader', async () => {
    const member = (await analyst.get('/api/early-warning/hotspots')).body;
    expect(member.cells.find((c: { latitude: number }) => c.latitude === 7.25)).toMatchObject({
      recentEvents: 4,
      flagged: true,
    });
    const viewer = await signIn(t(), world.users.viewer.username, password);
    const outside = (await viewer.get('/api/early-warning/hotspots')).body;
    expect(outside.cells.find((c: { latitude: number }) => c.latitude === 7.25)).toBeUndefined();
    expect(outside.cells.find((c: { latitude: number }) => c.latitude === 5.25).flagged).toBe(true);
  });

  it('a window that is not a whole number of days is refused naming the field', async () => {
    const bad = await analyst.get('/api/early-warning/hotspots?recentDays=ten');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('recentDays');
  });
});

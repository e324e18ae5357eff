/**
 * F3 (issue 15) with C5 (¶122): what the public sees of allegations is fixed and lags behind the
 * filing: only the published tables are answered (one dimension each — no crossed table to
 * difference), and they count the months that have ended,
 * so a case filed today shows with the rest of its month, never at once in a total. The monthly
 * table is published once its month has ended.
 */
import { beforeAll, expect, it } from 'vitest';
import { allegation } from '../../../test/access-matrix.conduct.js';
import { eachDialect } from '../../../test/support/each-dialect.js';
import { password, seedWorld, type World } from '../../../test/support/fixtures.js';
import { Agent, signIn } from '../../../test/support/http.js';
import { rolePermissions } from '../../core/permissions.js';
import { isIllustrative } from './case.rules.js';
import { ReceiveAllegationInput } from './case.schema.js';
import { illustrativeCasesLoaded, receiveAllegation } from './case.service.js';

eachDialect('public statistics: fixed tables over ended months (F3)', (t) => {
  let world: World;
  let officer: Agent;
  const anonymous = () => new Agent(t());
  const byYear = async () => (await anonymous().get('/api/public/conduct/statistics?by=year')).body;

  beforeAll(async () => {
    world = await seedWorld(t());
  });

  it('a case filed today is not counted until its month has ended; then with the rest of its month', async () => {
    t().clock.set('2026-03-10T09:00:00Z');
    officer = await signIn(t(), world.users.conduct_officer.username, password);
    for (const day of ['2026-02-03', '2026-02-11', '2026-02-20'])
      expect(
        (await officer.post('/api/conduct/cases', allegation(`${day}T10:00:00Z`))).status,
      ).toBe(201);
    expect(
      (await officer.post('/api/conduct/cases', allegation('2026-03-10T08:00:00Z'))).status,
    ).toBe(201);
    expect(await byYear()).toEqual({
      by: ['year'],
      asOf: '2026-02',
      total: 3,
      rows: [{ group: { year: '2026' }, allegations: 3 }],
    });
    t().clock.set('2026-04-01T00:00:00Z');
    expect(await byYear()).toMatchObject({ asOf: '2026-03', rows: [{ allegations: 4 }] });
  });

  it('issue 16 (C5): an allegation closed at intake counts, but names no nationality', async () => {
    const before = (await anonymous().get('/api/public/conduct/statistics?by=nationality')).body;
    t().clock.set('2026-04-02T09:00:00Z');
    officer = await signIn(t(), world.users.conduct_officer.username, password);
    const filed = await officer.post('/api/conduct/cases', allegation('2026-04-01T10:00:00Z'));
    expect(filed.status).toBe(201);
    const closed = await officer.post(`/api/conduct/cases/${filed.body.id}/status`, {
      version: filed.body.version,
      status: 'closed',
      reason: 'Not sexual exploitation or abuse: a labour dispute',
    });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    t().clock.set('2026-05-01T00:00:00Z');
    expect((await byYear()).total).toBe(5);
    const after = (await anonymous().get('/api/public/conduct/statistics?by=nationality')).body;
    expect(after.rows).toEqual(before.rows);
  });

  it('issue 18: the demo’s illustrative cases are shown as such and never enter a statistic', async () => {
    t().clock.set('2026-05-02T09:00:00Z');
    const before = await byYear();
    const officerActor = {
      userId: world.users.conduct_officer.id,
      username: world.users.conduct_officer.username,
      via: 'system' as const,
      missionId: world.missionA.id,
      missionIds: [world.missionA.id],
      roles: ['conduct_officer' as const],
      permissions: new Set(rolePermissions.conduct_officer),
      compartmentIds: new Set<string>(),
    };
    const made = await receiveAllegation(
      { ...t().ctx, actor: officerActor, requestId: 'demo' },
      ReceiveAllegationInput.parse(allegation('2026-05-01T10:00:00Z')),
      { illustrative: true },
    );
    expect(isIllustrative(made.origin)).toBe(true);
    expect(await illustrativeCasesLoaded(t().ctx, world.missionA.id)).toBe(true);
    t().clock.set('2026-06-01T00:00:00Z');
    // May has ended: the made-up May case is not in its figures.
    expect(await byYear()).toMatchObject({ asOf: '2026-05', total: before.total });
  });

  it('only the published tables are answered; any other combination is refused naming them', async () => {
    for (const by of ['year', 'quarter', 'mission', 'nationality', 'category', 'personnel'])
      expect((await anonymous().get(`/api/public/conduct/statistics?by=${by}`)).status, by).toBe(
        200,
      );
    for (const by of [
      'year,mission',
      'mission,category',
      'year,nationality',
      'year,year',
      'victim',
    ]) {
      const refused = await anonymous().get(`/api/public/conduct/statistics.csv?by=${by}`);
      expect(refused.status, by).toBe(400);
      expect(refused.body.error.details[0]).toMatchObject({
        path: 'by',
        message: expect.stringMatching(
          /^one of year, quarter, mission, nationality, category, personnel/,
        ),
      });
    }
  });

  it('the monthly table is published once its month has ended', async () => {
    t().clock.set('2026-04-15T12:00:00Z');
    const current = await anonymous().get('/api/public/conduct/monthly.pdf?month=2026-04');
    expect(current.status).toBe(400);
    expect(current.body.error.details[0]).toEqual({
      path: 'month',
      message: 'a month that has ended, up to 2026-03',
    });
    const ended = await t().app.request('/api/public/conduct/monthly.pdf?month=2026-03');
    expect(ended.status).toBe(200);
  });
});

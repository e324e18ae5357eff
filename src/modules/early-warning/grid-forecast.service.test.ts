/**
 * A mission's grid forecasts (issue 23; E1, ¶17–20) through the API on both dialects: learned from
 * the mission's incidents, per PRIO-GRID cell 1–6 months ahead with why; a cell violent every month
 * is the likeliest; incidents in a compartment or discarded never feed them (the same forecasts
 * with or without them; an open incident does change them); another mission sees none; an origin
 * not yet over and too little history are refused naming the field; the evaluation against the
 * per-cell baselines is stored when asked. Dates are relative to the app's clock.
 */
import { beforeAll, expect, it } from 'vitest';
import { eachDialect } from '../../../test/support/each-dialect.js';
import { operator, password, seedWorld, type World } from '../../../test/support/fixtures.js';
import { signIn, type Agent } from '../../../test/support/http.js';
import { createUser } from '../accounts/user.service.js';
import { gidOf } from './grid.panel.js';
import { sweepGridForecasts } from './grid-forecast-sweep.service.js';

/** YYYY-MM `n` months before the month of `now`. */
const monthBefore = (now: Date, n: number) => {
  const index = now.getUTCFullYear() * 12 + now.getUTCMonth() - n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
};
const gid = (latitude: number, longitude: number) =>
  gidOf(Math.floor((latitude + 90) * 2), Math.floor((longitude + 180) * 2));

interface Cell {
  gid: number;
  pEvent: number;
  pKilled5: number;
  why: { event: { feature: string; effect: number }[] };
}

eachDialect('grid forecasts (issue 23)', (t) => {
  let world: World;
  let analyst: Agent;
  let now: Date;
  let compartment: string;
  const report = async (at: [number, number], month: string, extra: object = {}) => {
    const r = await analyst.post('/api/incidents', {
      occurredAt: `${month}-10T10:00:00Z`,
      location: { latitude: at[0], longitude: at[1] },
      category: 'armed_clash',
      ...extra,
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body as { id: string; version: number };
  };
  /** Publishes a minute after the last (the latest run is the last published). */
  const publish = async (agent: Agent, body: object) => {
    t().clock.advance(60_000);
    return agent.post('/api/early-warning/grid-forecasts', body);
  };
  const cells = async (agent: Agent): Promise<Cell[]> => {
    const map = await agent.get('/api/early-warning/grid-forecasts?horizon=1');
    expect(map.status).toBe(200);
    return map.body.cells;
  };

  beforeAll(async () => {
    world = await seedWorld(t());
    now = t().ctx.clock.now();
    analyst = await signIn(t(), world.users.analyst.username, password);
    const officer = await signIn(t(), world.users.conduct_officer.username, password);
    const patrols = await officer.post('/api/compartments', { name: 'Patrols', sensitive: false });
    compartment = patrols.body.id;
    await officer.post(`/api/compartments/${compartment}/members`, {
      userId: world.users.analyst.id,
    });
    // Cell A: an incident every month of the last three years, 6 killed every other month;
    // cell B, its northern neighbour: every third month.
    for (let n = 1; n <= 36; n++) {
      await report([5.1, 20.1], monthBefore(now, n), {
        casualties: { armedActors: { killed: n % 2 ? 6 : 0, injured: 0, abducted: 0 } },
      });
      if (n % 3 === 0) await report([5.6, 20.1], monthBefore(now, n));
    }
    // Far away: twelve months of incidents in a compartment, and three discarded reports.
    for (let n = 1; n <= 12; n++)
      await report([9.1, 18.1], monthBefore(now, n), { compartmentIds: [compartment] });
    for (let n = 1; n <= 3; n++) {
      const r = await report([3.1, 16.1], monthBefore(now, n));
      const d = await analyst.post(`/api/incidents/${r.id}/status`, {
        version: r.version,
        status: 'discarded',
        reason: 'Duplicate of another report',
      });
      expect(d.status, JSON.stringify(d.body)).toBe(200);
    }
  }, 120_000);

  it('issue 23: a mission analyst forecasts the grid from the incidents every reader sees; the violent cell is likeliest, with why', async () => {
    const run = await publish(analyst, {});
    expect(run.status, JSON.stringify(run.body)).toBe(201);
    expect(run.body).toMatchObject({
      missionId: world.missionA.id,
      origin: monthBefore(now, 1),
      incidents: 36 + 12,
      // The 3 × 3 blocks around cells A and B: twelve cells.
      cells: 12,
      evaluated: false,
    });
    const forecast = await cells(analyst);
    expect(forecast).toHaveLength(12);
    const a = forecast.find((c) => c.gid === gid(5.1, 20.1))!;
    expect(a.pEvent).toBeGreaterThan(0.8);
    expect(a.pKilled5).toBeLessThanOrEqual(a.pEvent);
    expect(a.why.event).toHaveLength(3);
    // Listed likeliest first; a corner cell next to nothing but B is far less likely.
    expect(forecast[0]!.gid).toBe(a.gid);
    const corner = forecast.find((c) => c.gid === gid(6.1, 19.6))!;
    expect(corner.pEvent).toBeLessThan(a.pEvent / 4);
    // Neither the compartment's cell nor the discarded reports' is forecast.
    expect(forecast.map((c) => c.gid)).not.toContain(gid(9.1, 18.1));
    expect(forecast.map((c) => c.gid)).not.toContain(gid(3.1, 16.1));
    const viewer = await signIn(t(), world.users.viewer.username, password);
    expect(await cells(viewer)).toEqual(forecast);
    const other = await signIn(t(), world.outsider.username, password);
    expect((await other.get('/api/early-warning/grid-forecasts')).body).toEqual({
      runs: [],
      cells: [],
    });
  });

  it('issue 23: compartmented incidents never feed them — more of them change nothing; one open incident changes them', async () => {
    const before = await cells(analyst);
    for (let n = 1; n <= 6; n++)
      await report([5.6, 20.1], monthBefore(now, n), { compartmentIds: [compartment] });
    expect((await publish(analyst, {})).status).toBe(201);
    expect(await cells(analyst)).toEqual(before);
    await report([5.6, 20.1], monthBefore(now, 1));
    expect((await publish(analyst, {})).status).toBe(201);
    const after = await cells(analyst);
    const b = (list: Cell[]) => list.find((c) => c.gid === gid(5.6, 20.1))!.pEvent;
    expect(b(after)).not.toBeCloseTo(b(before), 3);
  });

  it('issue 23: the evaluation against persistence, the cell’s and the neighbourhood’s frequency, when asked', async () => {
    const run = await publish(analyst, { evaluate: true });
    expect(run.status, JSON.stringify(run.body)).toBe(201);
    expect(run.body.evaluated).toBe(true);
    const answer = (await analyst.get('/api/early-warning/grid-forecasts/evaluation')).body;
    expect(answer.evaluation.to).toBe(monthBefore(now, 2));
    expect(answer.evaluation.event.map((r: { horizon: number }) => r.horizon)).toEqual([
      1, 2, 3, 4, 5, 6,
    ]);
    expect(Object.keys(answer.evaluation.killed5[0].scores).sort()).toEqual([
      'frequency12',
      'frequency36',
      'model',
      'neighbourhood12',
      'persistence',
    ]);
    expect(answer.evaluation.event[0].scores.model.forecasts).toBeGreaterThan(0);
  });

  it('refuses an origin not yet over, too little history, no mission at headquarters, a reader without write', async () => {
    const current = monthBefore(now, 0);
    const future = await publish(analyst, { origin: current });
    expect(future.status).toBe(400);
    expect(future.body.error.message).toMatch(new RegExp(`^origin: ${current} is not over yet`));
    const early = await publish(analyst, {
      origin: monthBefore(now, 20),
    });
    expect(early.status).toBe(400);
    expect(early.body.error.message).toMatch(
      /^origin: .* need 24 months of them before the origin/,
    );
    await createUser(operator(t()), {
      username: 'analyst-hq',
      displayName: 'Analyst, HQ',
      password,
      locale: 'en',
      memberships: [{ missionId: null, role: 'analyst' }],
    });
    const hq = await signIn(t(), 'analyst-hq', password);
    const none = await publish(hq, {});
    expect(none.status).toBe(400);
    expect(none.body.error.message).toMatch(/^missionId:/);
    // Headquarters names the mission: its forecast is the same as the mission's own analyst's.
    const named = await publish(hq, {
      missionId: world.missionA.id,
    });
    expect(named.status, JSON.stringify(named.body)).toBe(201);
    const missing = await publish(hq, { missionId: 'nope' });
    expect(missing.status).toBe(404);
    const viewer = await signIn(t(), world.users.viewer.username, password);
    expect((await viewer.post('/api/early-warning/grid-forecasts', {})).status).toBe(403);
    const other = await signIn(t(), world.outsider.username, password);
    const elsewhere = await other.post('/api/early-warning/grid-forecasts', {
      missionId: world.missionA.id,
    });
    expect(elsewhere.status).toBe(403);
  });

  it('issue 23: the sweep publishes a mission’s forecasts anew once its incidents reach a later month, and only then', async () => {
    const old = await publish(analyst, {
      origin: monthBefore(now, 3),
    });
    expect(old.status, JSON.stringify(old.body)).toBe(201);
    const origin = async () =>
      (await analyst.get('/api/early-warning/grid-forecasts')).body.runs[0].origin;
    // Another run published later with an earlier origin is not the latest: the latest origin is.
    expect(await origin()).toBe(monthBefore(now, 1));
    // A mission whose latest run is behind its incidents gets a new one; one up to date does not.
    await t()
      .ctx.db.deleteFrom('grid_forecasts')
      .where('run_id', 'in', (eb) =>
        eb.selectFrom('grid_forecast_runs').select('id').where('origin', '>', monthBefore(now, 3)),
      )
      .execute();
    await t()
      .ctx.db.deleteFrom('grid_forecast_runs')
      .where('origin', '>', monthBefore(now, 3))
      .execute();
    expect(await origin()).toBe(monthBefore(now, 3));
    expect(await sweepGridForecasts(t().ctx)).toBe(1);
    const answer = (await analyst.get('/api/early-warning/grid-forecasts/evaluation')).body;
    expect(answer.run).toMatchObject({
      origin: monthBefore(now, 1),
      evaluated: true,
      publishedBy: 'grid-forecast-sweep',
    });
    expect(await sweepGridForecasts(t().ctx)).toBe(0);
    // The other mission never published: left alone.
    const other = await signIn(t(), world.outsider.username, password);
    expect((await other.get('/api/early-warning/grid-forecasts')).body.runs).toEqual([]);
  });
});

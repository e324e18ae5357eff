/**
 * D7 on both dialects: a planned camp refused opening until its environmental impact assessment is
 * recorded, a backdated opening before the assessment refused; its water benchmark with readings
 * judged against the way to the target; who may do what.
 */
import { beforeAll, expect, it } from 'vitest';
import { eachDialect } from '../../../test/support/each-dialect.js';
import { password, seedWorld, type World } from '../../../test/support/fixtures.js';
import { signIn, type Agent } from '../../../test/support/http.js';
import type { Site } from './environment.schema.js';

const day = 86_400_000;

eachDialect('D7 environment', (t) => {
  let world: World;
  let planner: Agent;
  let head: Agent;
  const dayOf = (offset: number) =>
    new Date(t().clock.now().getTime() + offset * day).toISOString().slice(0, 10);

  beforeAll(async () => {
    world = await seedWorld(t());
    planner = await signIn(t(), world.users.planner.username, password);
    head = await signIn(t(), world.users.head_of_mission.username, password);
  });

  it('D7: a site opens only after its environmental impact assessment; its water benchmark is judged month by month', async () => {
    const added = await planner.post('/api/environment/sites', {
      name: 'Camp Bria',
      latitude: 6.54,
      longitude: 21.99,
    });
    expect(added.status).toBe(201);
    let site: Site = added.body;
    expect(
      (
        await planner.post('/api/environment/sites', {
          name: 'Camp Bria',
          latitude: 6,
          longitude: 21,
        })
      ).status,
    ).toBe(409);
    const early = await planner.post(`/api/environment/sites/${site.id}/status`, {
      version: 1,
      to: 'open',
    });
    expect(early.status).toBe(422);
    expect(early.body.error.message).toMatch(/environmental impact assessment/);
    site = (
      await planner.post(`/api/environment/sites/${site.id}/assessments`, {
        conductedOn: dayOf(-10),
        conductedBy: 'Mission environmental unit with UNEP',
        findings: 'Wells shared with the town; waste pit too near the river.',
      })
    ).body;
    const backdated = await planner.post(`/api/environment/sites/${site.id}/status`, {
      version: 1,
      to: 'open',
      on: dayOf(-20),
    });
    expect(backdated.status).toBe(422);
    const opened = await planner.post(`/api/environment/sites/${site.id}/status`, {
      version: 1,
      to: 'open',
      on: dayOf(-5),
    });
    expect(opened.body).toMatchObject({
      status: 'open',
      openedOn: dayOf(-5),
      reassessment: { overdue: false },
    });

    const month = (offset: number) => dayOf(offset * 31).slice(0, 7);
    const withBenchmark = await planner.post(`/api/environment/sites/${site.id}/benchmarks`, {
      measure: 'water',
      baseline: 120,
      baselinePeriod: month(-3),
      target: 80,
      targetPeriod: month(9),
    });
    expect(withBenchmark.body.benchmarks[0]).toMatchObject({
      unit: 'litres per person per day',
      state: 'no_data',
    });
    const up = await planner.post(`/api/environment/sites/${site.id}/benchmarks`, {
      measure: 'fuel',
      baseline: 100,
      baselinePeriod: month(-3),
      target: 150,
      targetPeriod: month(9),
    });
    expect(up.body.error.details[0].path).toBe('target');
    const water = withBenchmark.body.benchmarks[0] as { id: string };
    const read = (period: string, value: number, who = planner) =>
      who.put(`/api/environment/benchmarks/${water.id}/readings/${period}`, { value });
    expect((await read(month(-2), 118)).status).toBe(204);
    expect((await read(month(2), 90)).body.error.details[0].path).toBe('period');
    expect((await read(month(-1), 112, head)).status).toBe(403);
    await read(month(-1), 125);
    await read(month(0), 127);
    const sites = (await head.get('/api/environment/sites')).body.items as Site[];
    expect(sites[0]!.benchmarks[0]!.state).toBe('off_track');
    await read(month(0), 100);
    expect(
      ((await head.get('/api/environment/sites')).body.items as Site[])[0]!.benchmarks[0]!.state,
    ).toBe('on_track');
  });

  it('D7: who may do what — planners record, heads of mission read, others see nothing', async () => {
    const analyst = await signIn(t(), world.users.analyst.username, password);
    expect((await analyst.get('/api/environment/sites')).status).toBe(403);
    expect(
      (await head.post('/api/environment/sites', { name: 'x', latitude: 1, longitude: 1 })).status,
    ).toBe(403);
  });
});

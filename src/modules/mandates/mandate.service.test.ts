/**
 * D1 and D2 on every path and both dialects: a sequenced mandate planned through the API, a
 * phase-2 task refused until its report back is delivered and its benchmark reached, the start
 * dated on a day the conditions did not hold refused; indicators entered by their owner or counted
 * from the incidents; who may do what.
 */
import { beforeAll, expect, it } from 'vitest';
import { eachDialect } from '../../../test/support/each-dialect.js';
import { password, seedWorld, type World } from '../../../test/support/fixtures.js';
import { signIn, type Agent } from '../../../test/support/http.js';
import type { Mandate } from './mandate.schema.js';

const day = 86_400_000;

eachDialect('D1 and D2 mandates', (t) => {
  let world: World;
  let planner: Agent;
  let head: Agent;
  let analyst: Agent;
  let staff: Agent;
  const dayOf = (offset: number) =>
    new Date(t().clock.now().getTime() + offset * day).toISOString().slice(0, 10);
  const monthOf = (offset: number) => dayOf(offset * 31).slice(0, 7);
  let mandate: { id: string; version: number };

  beforeAll(async () => {
    world = await seedWorld(t());
    planner = await signIn(t(), world.users.planner.username, password);
    head = await signIn(t(), world.users.head_of_mission.username, password);
    analyst = await signIn(t(), world.users.analyst.username, password);
    staff = await signIn(t(), world.users.staff_officer.username, password);
    const created = await planner.post('/api/mandates', {
      resolution: '2149 (2014)',
      title: 'MINUSCA: protection of civilians first',
      adoptedOn: dayOf(-120),
      expiresOn: dayOf(245),
    });
    expect(created.status).toBe(201);
    mandate = created.body;
  });

  const task = (m: Mandate, code: string) => m.tasks.find((x) => x.code === code)!;

  it('D1: a sequenced mandate’s first phase is political, security or protection; a phase-2 task waits on its report back and its benchmark, refused naming each until it holds', async () => {
    const early = await planner.post(`/api/mandates/${mandate.id}/tasks`, {
      code: '4(d)',
      title: 'Support the extension of State authority',
      area: 'other',
      phase: 1,
    });
    expect(early.status).toBe(400);
    expect(early.body.error.details[0].path).toBe('phase');
    await planner.post(`/api/mandates/${mandate.id}/tasks`, {
      code: '4(a)',
      title: 'Protect civilians under threat of physical violence',
      area: 'protection',
      phase: 1,
    });
    const added = await planner.post(`/api/mandates/${mandate.id}/tasks`, {
      code: '4(d)',
      title: 'Support the extension of State authority',
      area: 'other',
      phase: 2,
    });
    expect(added.status).toBe(201);
    const protect = task(added.body, '4(a)');
    const extend = task(added.body, '4(d)');
    expect(
      (
        await planner.post(`/api/mandates/${mandate.id}/tasks`, {
          code: '4(a)',
          title: 'x',
          area: 'security',
          phase: 1,
        })
      ).status,
    ).toBe(409);

    // Phase 1 starts at once; phase 2 has no condition yet, and is refused for that.
    const started = await planner.post(`/api/mandates/tasks/${protect.id}/status`, {
      version: protect.version,
      to: 'started',
      on: dayOf(-100),
    });
    expect(task(started.body, '4(a)').status).toBe('started');
    const none = await planner.post(`/api/mandates/tasks/${extend.id}/status`, {
      version: 1,
      to: 'started',
    });
    expect(none.status).toBe(422);
    expect(none.body.error.message).toMatch(/none is stated/);

    const withBenchmark = await planner.post(`/api/mandates/tasks/${protect.id}/benchmarks`, {
      title: 'Violence against civilians in Ouaka halved',
    });
    const benchmarkId = task(withBenchmark.body, '4(a)').benchmarks[0]!.id;
    const withIndicator = await planner.post(`/api/mandates/benchmarks/${benchmarkId}/indicators`, {
      name: 'Civilians killed per month in Ouaka',
      unit: 'people',
      baseline: 40,
      baselinePeriod: monthOf(-4),
      target: 20,
      targetPeriod: monthOf(6),
      direction: 'decrease',
      owner: world.users.analyst.username,
    });
    expect(withIndicator.status).toBe(201);
    const indicatorId = task(withIndicator.body, '4(a)').benchmarks[0]!.indicators[0]!.id;
    await planner.post(`/api/mandates/tasks/${extend.id}/conditions`, {
      kind: 'report_back',
      description: 'The Secretary-General reports back on protection',
      dueOn: dayOf(-10),
    });
    const conditioned = await planner.post(`/api/mandates/tasks/${extend.id}/conditions`, {
      kind: 'benchmark_reached',
      benchmarkId,
      description: 'Violence against civilians in Ouaka halved',
    });
    const waiting = task(conditioned.body, '4(d)');
    expect(waiting.conditions.map((c) => [c.holds, c.overdue])).toEqual([
      [false, true],
      [false, false],
    ]);
    expect(waiting.waitingOn).toMatch(/reports back on protection/);
    const refused = await planner.post(`/api/mandates/tasks/${extend.id}/status`, {
      version: 1,
      to: 'started',
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).toMatch(/The Secretary-General reports back on protection/);

    const report = waiting.conditions[0]!;
    expect(
      (
        await planner.post(`/api/mandates/conditions/${report.id}/delivered`, {
          version: 1,
          deliveredOn: dayOf(2),
        })
      ).body.error.details[0].path,
    ).toBe('deliveredOn');
    await planner.post(`/api/mandates/conditions/${report.id}/delivered`, {
      version: report.version,
      deliveredOn: dayOf(-5),
    });
    const stillWaiting = await planner.post(`/api/mandates/tasks/${extend.id}/status`, {
      version: 1,
      to: 'started',
    });
    expect(stillWaiting.body.error.message).toMatch(/Violence against civilians in Ouaka halved/);

    // D2: the analyst owns the indicator and enters it; the month's value meets the target.
    const put = (period: string, value: number, who = analyst) =>
      who.put(`/api/mandates/indicators/${indicatorId}/values/${period}`, { value });
    expect((await put(monthOf(-2), 35)).status).toBe(204);
    expect((await put(monthOf(2), 10)).body.error.details[0].path).toBe('period');
    expect((await put(monthOf(-1), 30, staff)).status).toBe(403);
    expect((await put(monthOf(0), 18)).status).toBe(204);
    const now = (await head.get(`/api/mandates/${mandate.id}`)).body;
    expect(task(now, '4(a)').benchmarks[0]!.reached).toBe(true);
    expect(task(now, '4(a)').benchmarks[0]!.indicators[0]!.state).toBe('on_track');
    expect(task(now, '4(d)').waitingOn).toBeNull();

    // Dated before the report was delivered, the start is refused; today it holds.
    const backdated = await planner.post(`/api/mandates/tasks/${extend.id}/status`, {
      version: 1,
      to: 'started',
      on: dayOf(-7),
    });
    expect(backdated.status).toBe(422);
    const go = await planner.post(`/api/mandates/tasks/${extend.id}/status`, {
      version: 1,
      to: 'started',
    });
    expect(go.status).toBe(200);
    expect(task(go.body, '4(d)').status).toBe('started');
    expect(
      (
        await planner.post(`/api/mandates/tasks/${extend.id}/status`, {
          version: 1,
          to: 'completed',
        })
      ).status,
    ).toBe(409);
  });

  it('D2: an indicator counted from the record: incidents of violence against civilians per month, reports found false left out; a computed indicator takes no value', async () => {
    const body = (await planner.get(`/api/mandates/${mandate.id}`)).body;
    const protect = task(body, '4(a)');
    const recorded = [];
    for (const offset of [-40, -38, -9, -38])
      recorded.push(
        await analyst.post('/api/incidents', {
          occurredAt: new Date(t().clock.now().getTime() + offset * day).toISOString(),
          location: {
            latitude: 5.76,
            longitude: 20.67,
            precision: 'near',
            adminArea: 'Ouaka',
            placeName: 'Bambari',
          },
          category: 'violence_against_civilians',
        }),
      );
    // The fourth was a false report: discarded, it counts nowhere.
    const falseReport = recorded[3]!.body;
    expect(
      (
        await analyst.post(`/api/incidents/${falseReport.id}/status`, {
          version: falseReport.version,
          status: 'discarded',
          reason: 'Duplicate',
        })
      ).status,
    ).toBe(200);
    const added = await planner.post(
      `/api/mandates/benchmarks/${protect.benchmarks[0]!.id}/indicators`,
      {
        name: 'Attacks on civilians recorded in Ouaka',
        unit: 'incidents',
        baseline: 5,
        baselinePeriod: monthOf(-3),
        target: 1,
        targetPeriod: monthOf(6),
        direction: 'decrease',
        source: 'incidents_per_month',
        category: 'violence_against_civilians',
        adminArea: 'Ouaka',
      },
    );
    const counted = task(added.body, '4(a)').benchmarks[0]!.indicators[1]!;
    expect(counted.source).toBe('incidents_per_month: violence_against_civilians, Ouaka');
    const byMonth = Object.fromEntries(counted.values.map((v) => [v.period, v.value]));
    const month = (offset: number) =>
      new Date(t().clock.now().getTime() + offset * day).toISOString().slice(0, 7);
    expect(byMonth[month(-40)]).toBeGreaterThanOrEqual(1);
    expect(counted.values.reduce((sum, v) => sum + v.value, 0)).toBe(
      month(-9) === month(0) ? 2 : 3,
    );
    const refused = await planner.put(
      `/api/mandates/indicators/${counted.id}/values/${month(-1)}`,
      { value: 3 },
    );
    expect(refused.status).toBe(422);
  });

  it('D1, D2: who may do what — planners plan, heads of mission read, others see nothing', async () => {
    expect((await head.get('/api/mandates')).body.items).toHaveLength(1);
    expect(
      (
        await head.post('/api/mandates', {
          resolution: '2301 (2016)',
          title: 'x',
          adoptedOn: dayOf(-1),
          expiresOn: dayOf(300),
        })
      ).status,
    ).toBe(403);
    expect((await analyst.get('/api/mandates')).status).toBe(403);
    const future = await planner.post('/api/mandates', {
      resolution: '2301 (2016)',
      title: 'Next mandate',
      adoptedOn: dayOf(3),
      expiresOn: dayOf(300),
    });
    expect(future.body.error.details[0].path).toBe('adoptedOn');
    const badResolution = await planner.post('/api/mandates', {
      resolution: 'S/RES/2301',
      title: 'x',
      adoptedOn: dayOf(-1),
      expiresOn: dayOf(300),
    });
    expect(badResolution.body.error.details[0].path).toBe('resolution');
  });

  it('the periodic report reads the mandate in force in its period: the latest adopted by its end, not expired before its start', async () => {
    const renewal = await planner.post('/api/mandates', {
      resolution: '2659 (2022)',
      title: 'Renewal',
      adoptedOn: dayOf(-10),
      expiresOn: dayOf(355),
    });
    expect(renewal.status).toBe(201);
    const resolutionIn = async (from: string, to: string) =>
      (
        await head.get(
          `/api/reports/missions/${world.missionA.id}/periodic.json?from=${from}&to=${to}`,
        )
      ).body.mandate?.resolution ?? null;
    expect(await resolutionIn(dayOf(-30), dayOf(-20))).toBe('2149 (2014)');
    expect(await resolutionIn(dayOf(-30), dayOf(-5))).toBe('2659 (2022)');
    expect(await resolutionIn(dayOf(-200), dayOf(-150))).toBeNull();
  });
});

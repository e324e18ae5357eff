/**
 * D3 and D4 on both dialects: an impact assessment with its recommendations, followed to a
 * decision through the API; the next one due at the mandate's rhythm; a task handed over to its
 * national partner only once the benchmark it waits on is reached.
 */
import { beforeAll, expect, it } from 'vitest';
import { eachDialect } from '../../../test/support/each-dialect.js';
import { password, seedWorld, type World } from '../../../test/support/fixtures.js';
import { signIn, type Agent } from '../../../test/support/http.js';
import type { Mandate } from './mandate.schema.js';

const day = 86_400_000;

eachDialect('D3 and D4 assessments and hand-overs', (t) => {
  let world: World;
  let planner: Agent;
  let head: Agent;
  let mandate: Mandate;
  const dayOf = (offset: number) =>
    new Date(t().clock.now().getTime() + offset * day).toISOString().slice(0, 10);

  beforeAll(async () => {
    world = await seedWorld(t());
    planner = await signIn(t(), world.users.planner.username, password);
    head = await signIn(t(), world.users.head_of_mission.username, password);
    mandate = (
      await planner.post('/api/mandates', {
        resolution: '2149 (2014)',
        title: 'MINUSCA',
        adoptedOn: dayOf(-200),
        expiresOn: dayOf(165),
        assessmentEveryMonths: 4,
      })
    ).body;
  });

  it('D3: an impact assessment with its recommendations; each followed to accepted, implemented or rejected with the reason; the next due at the mandate’s rhythm', async () => {
    expect(mandate.nextAssessment).toMatchObject({ everyMonths: 4, overdue: true });
    const future = await planner.post(`/api/mandates/${mandate.id}/assessments`, {
      kind: 'impact_assessment',
      title: 'x',
      conductedBy: 'x',
      conductedOn: dayOf(3),
    });
    expect(future.body.error.details[0].path).toBe('conductedOn');
    const added = await planner.post(`/api/mandates/${mandate.id}/assessments`, {
      kind: 'impact_assessment',
      title: 'Protection of civilians, first semester',
      conductedBy: 'Mission planning unit',
      conductedOn: dayOf(-20),
      findings: 'Fewer attacks near bases; none of the displaced returned.',
      recommendations: [
        'Open two temporary operating bases in Ouaka',
        'Hire 40 community liaison assistants',
      ],
    });
    expect(added.status).toBe(201);
    const m: Mandate = added.body;
    expect(m.nextAssessment.overdue).toBe(false);
    const [bases, liaison] = m.assessments[0]!.recommendations;
    const step = (id: string, body: Record<string, unknown>) =>
      planner.post(`/api/mandates/recommendations/${id}/status`, body);
    expect((await step(bases!.id, { version: 1, to: 'implemented' })).status).toBe(422);
    const noReason = await step(liaison!.id, { version: 1, to: 'rejected' });
    expect(noReason.body.error.details[0].path).toBe('reason');
    await step(liaison!.id, { version: 1, to: 'rejected', reason: 'No budget line this year' });
    await step(bases!.id, { version: 1, to: 'accepted', on: dayOf(-10) });
    const early = await step(bases!.id, { version: 2, to: 'implemented', on: dayOf(-12) });
    expect(early.body.error.details[0].path).toBe('on');
    const done = await step(bases!.id, { version: 2, to: 'implemented' });
    expect(
      done.body.assessments[0].recommendations.map((r: { status: string; reason: string }) => [
        r.status,
        r.reason,
      ]),
    ).toEqual([
      ['implemented', ''],
      ['rejected', 'No budget line this year'],
    ]);
    expect((await head.get(`/api/mandates/${mandate.id}`)).body.assessments).toHaveLength(1);
    expect(
      (
        await head.post(`/api/mandates/${mandate.id}/assessments`, {
          kind: 'independent_evaluation',
          title: 'x',
          conductedBy: 'x',
          conductedOn: dayOf(-1),
        })
      ).status,
    ).toBe(403);
  });

  it('D4: a task handed over to its national partner only once the benchmark it waits on is reached', async () => {
    let m: Mandate = (
      await planner.post(`/api/mandates/${mandate.id}/tasks`, {
        code: '32(a)(i)',
        title: 'Protect civilians in Bangui',
        area: 'protection',
        phase: 1,
      })
    ).body;
    const taskId = m.tasks[0]!.id;
    m = (
      await planner.post(`/api/mandates/tasks/${taskId}/benchmarks`, {
        title: 'Internal security forces deployed in every arrondissement',
      })
    ).body;
    const benchmarkId = m.tasks[0]!.benchmarks[0]!.id;
    m = (
      await planner.post(`/api/mandates/benchmarks/${benchmarkId}/indicators`, {
        name: 'Arrondissements with police presence',
        unit: 'arrondissements',
        baseline: 2,
        baselinePeriod: dayOf(-200).slice(0, 7),
        target: 8,
        targetPeriod: dayOf(100).slice(0, 7),
        direction: 'increase',
      })
    ).body;
    const indicatorId = m.tasks[0]!.benchmarks[0]!.indicators[0]!.id;
    const added = await planner.post(`/api/mandates/tasks/${taskId}/transition`, {
      partner: 'Central African internal security forces',
      benchmarkId,
    });
    expect(added.status).toBe(201);
    expect(
      (await planner.post(`/api/mandates/tasks/${taskId}/transition`, { partner: 'Another' }))
        .status,
    ).toBe(409);
    const handover = (added.body as Mandate).tasks[0]!.transition!;
    const step = (body: Record<string, unknown>) =>
      planner.post(`/api/mandates/transitions/${handover.id}/status`, body);
    expect((await step({ version: 1, to: 'handed_over' })).status).toBe(422);
    await step({ version: 1, to: 'in_progress', note: 'Joint patrols begun' });
    const waiting = await step({ version: 2, to: 'handed_over' });
    expect(waiting.status).toBe(422);
    expect(waiting.body.error.message).toMatch(
      /Internal security forces deployed in every arrondissement/,
    );
    await planner.put(`/api/mandates/indicators/${indicatorId}/values/${dayOf(0).slice(0, 7)}`, {
      value: 8,
    });
    const handed = await step({ version: 2, to: 'handed_over' });
    expect(handed.status).toBe(200);
    expect((handed.body as Mandate).tasks[0]!.transition).toMatchObject({
      status: 'handed_over',
      handedOverOn: dayOf(0),
      partner: 'Central African internal security forces',
    });
  });
});

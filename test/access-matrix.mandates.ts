/**
 * The access matrix's entries for the mandates module (D1, D2): read with mandates:read (planners,
 * heads of mission), written with mandates:write (planners), in the mission's view; an indicator's
 * value by its owner or a planner. By-id targets are made for each call, in mission A ('in') or
 * mission B ('out-of-mission').
 */
import { systemActor } from '../src/core/system-actor.js';
import { addAssessment, addTransition } from '../src/modules/mandates/assessment.service.js';
import {
  addSite,
  addSiteAssessment,
  addSiteBenchmark,
} from '../src/modules/mandates/environment.service.js';
import { addBenchmark, addIndicator } from '../src/modules/mandates/indicator.service.js';
import { addCondition, addTask, createMandate } from '../src/modules/mandates/mandate.service.js';
import fs from 'node:fs';
import { importSurvey } from '../src/modules/mandates/survey.service.js';
import { next, type Caller, type Env, type Spec, type Target } from './access-matrix.support.js';

const readers: Caller[] = ['planner', 'head_of_mission'];
const planners: Caller[] = ['planner'];
const byId: Target[] = ['in', 'out-of-mission'];
const maker = (e: Env) => ({
  ...e.t.ctx,
  requestId: 'matrix',
  actor: {
    ...systemActor('matrix', 'cli', ['mandates:read', 'mandates:write', 'incidents:read']),
    username: e.w.hqAdmin.username,
  },
});
const day = (e: Env, offset: number) =>
  new Date(e.t.clock.now().getTime() + offset * 86_400_000).toISOString().slice(0, 10);

/** The labelled survey export of the tests (illustrative). */
const surveyCsv = () => fs.readFileSync('test/fixtures/surveys/kobo-labelled-illustrative.csv');

/** A mandate in the target's mission with a phase-1 task (its benchmark and indicator) and a phase-2 task waiting on a report. */
async function mandate(e: Env, t: Target) {
  const m = await createMandate(maker(e), {
    missionId: t === 'in' ? e.w.missionA.id : e.w.missionB.id,
    resolution: `${1000 + next(e)} (2026)`,
    title: 'Matrix mandate',
    adoptedOn: day(e, -30),
    expiresOn: day(e, 300),
    sequenced: true,
    assessmentEveryMonths: 6,
  });
  let answer = await addTask(maker(e), m.id, {
    code: '1',
    title: 'Protect',
    area: 'protection',
    phase: 1,
  });
  answer = await addTask(maker(e), m.id, { code: '2', title: 'Extend', area: 'other', phase: 2 });
  const [first, second] = answer.tasks;
  answer = await addBenchmark(maker(e), first!.id, { title: 'Fewer attacks' });
  answer = await addIndicator(maker(e), answer.tasks[0]!.benchmarks[0]!.id, {
    name: 'Attacks',
    unit: 'incidents',
    baseline: 10,
    baselinePeriod: day(e, -60).slice(0, 7),
    target: 2,
    targetPeriod: day(e, 200).slice(0, 7),
    direction: 'decrease',
    source: 'manual',
  });
  answer = await addCondition(maker(e), second!.id, {
    kind: 'report_back',
    benchmarkId: null,
    description: 'Report back',
    dueOn: day(e, 30),
  });
  answer = await addAssessment(maker(e), m.id, {
    kind: 'impact_assessment',
    title: 'First semester',
    conductedBy: 'Planning unit',
    conductedOn: day(e, -1),
    findings: '',
    recommendations: ['Open a base'],
  });
  answer = await addTransition(maker(e), first!.id, {
    partner: 'National police',
    benchmarkId: null,
  });
  return answer;
}

/** A planned site in the target's mission, assessed, with a water benchmark. */
async function site(e: Env, t: Target) {
  const s = await addSite(maker(e), {
    missionId: t === 'in' ? e.w.missionA.id : e.w.missionB.id,
    name: `Camp ${next(e)}`,
    latitude: 6.5,
    longitude: 22,
  });
  await addSiteAssessment(maker(e), s.id, {
    conductedOn: day(e, -2),
    conductedBy: 'Environmental unit',
    findings: '',
  });
  return addSiteBenchmark(maker(e), s.id, {
    measure: 'water',
    baseline: 120,
    baselinePeriod: day(e, -60).slice(0, 7),
    target: 80,
    targetPeriod: day(e, 300).slice(0, 7),
  });
}

export const mandateMatrix: Record<string, Spec> = {
  'GET /api/environment/sites': {
    allowed: readers,
    success: 200,
    call: (e) => e.agent.get('/api/environment/sites'),
  },
  'POST /api/environment/sites': {
    allowed: planners,
    success: 201,
    call: (e) =>
      e.agent.post('/api/environment/sites', {
        name: `Site ${next(e)}`,
        latitude: 4,
        longitude: 18,
      }),
  },
  'POST /api/environment/sites/{id}/assessments': {
    targets: byId,
    allowed: planners,
    success: 201,
    call: async (e, t) =>
      e.agent.post(`/api/environment/sites/${(await site(e, t)).id}/assessments`, {
        conductedOn: day(e, 0),
        conductedBy: 'UNEP',
      }),
  },
  'POST /api/environment/sites/{id}/status': {
    targets: byId,
    allowed: planners,
    success: 200,
    call: async (e, t) => {
      const s = await site(e, t);
      return e.agent.post(`/api/environment/sites/${s.id}/status`, {
        version: s.version,
        to: 'open',
      });
    },
  },
  'POST /api/environment/sites/{id}/benchmarks': {
    targets: byId,
    allowed: planners,
    success: 201,
    call: async (e, t) =>
      e.agent.post(`/api/environment/sites/${(await site(e, t)).id}/benchmarks`, {
        measure: 'fuel',
        baseline: 900,
        baselinePeriod: day(e, -30).slice(0, 7),
        target: 700,
        targetPeriod: day(e, 300).slice(0, 7),
      }),
  },
  'PUT /api/environment/benchmarks/{id}/readings/{period}': {
    targets: byId,
    allowed: planners,
    success: 204,
    call: async (e, t) =>
      e.agent.put(
        `/api/environment/benchmarks/${(await site(e, t)).benchmarks[0]!.id}/readings/${day(e, 0).slice(0, 7)}`,
        { value: 110 },
      ),
  },
  'POST /api/mandates/surveys': {
    allowed: planners,
    success: 201,
    call: (e) => {
      const form = new FormData();
      form.append('title', `Survey ${next(e)}`);
      form.append('conductedBy', 'Matrix');
      form.append('data', new File([new Uint8Array(surveyCsv())], 'survey.csv'));
      return e.agent.post('/api/mandates/surveys', form);
    },
  },
  'GET /api/mandates/surveys': {
    allowed: readers,
    success: 200,
    call: (e) => e.agent.get('/api/mandates/surveys'),
  },
  'GET /api/mandates/surveys/{id}/results': {
    targets: byId,
    allowed: readers,
    success: 200,
    call: async (e, t) => {
      const survey = await importSurvey(maker(e), {
        missionId: t === 'in' ? e.w.missionA.id : e.w.missionB.id,
        title: `Survey ${next(e)}`,
        conductedBy: 'Matrix',
        data: surveyCsv(),
        form: null,
      });
      return e.agent.get(
        `/api/mandates/surveys/${survey.id}/results?question=${encodeURIComponent(survey.questions[0]!.name)}`,
      );
    },
  },
  'GET /api/mandates': {
    allowed: readers,
    success: 200,
    call: (e) => e.agent.get('/api/mandates'),
  },
  'POST /api/mandates': {
    allowed: planners,
    success: 201,
    call: (e) =>
      e.agent.post('/api/mandates', {
        resolution: `${2000 + next(e)} (2026)`,
        title: 'A mandate',
        adoptedOn: day(e, -1),
        expiresOn: day(e, 360),
      }),
  },
  'GET /api/mandates/{id}': {
    targets: byId,
    allowed: readers,
    success: 200,
    call: async (e, t) => e.agent.get(`/api/mandates/${(await mandate(e, t)).id}`),
  },
  'POST /api/mandates/{id}/tasks': {
    targets: byId,
    allowed: planners,
    success: 201,
    call: async (e, t) =>
      e.agent.post(`/api/mandates/${(await mandate(e, t)).id}/tasks`, {
        code: '3',
        title: 'Support elections',
        area: 'political',
        phase: 1,
      }),
  },
  'POST /api/mandates/tasks/{id}/conditions': {
    targets: byId,
    allowed: planners,
    success: 201,
    call: async (e, t) =>
      e.agent.post(`/api/mandates/tasks/${(await mandate(e, t)).tasks[1]!.id}/conditions`, {
        kind: 'report_back',
        description: 'A second report',
        dueOn: day(e, 60),
      }),
  },
  'POST /api/mandates/conditions/{id}/delivered': {
    targets: byId,
    allowed: planners,
    success: 200,
    call: async (e, t) => {
      const c = (await mandate(e, t)).tasks[1]!.conditions[0]!;
      return e.agent.post(`/api/mandates/conditions/${c.id}/delivered`, {
        version: c.version,
        deliveredOn: day(e, 0),
      });
    },
  },
  'POST /api/mandates/tasks/{id}/benchmarks': {
    targets: byId,
    allowed: planners,
    success: 201,
    call: async (e, t) =>
      e.agent.post(`/api/mandates/tasks/${(await mandate(e, t)).tasks[0]!.id}/benchmarks`, {
        title: 'Another benchmark',
      }),
  },
  'POST /api/mandates/benchmarks/{id}/indicators': {
    targets: byId,
    allowed: planners,
    success: 201,
    call: async (e, t) =>
      e.agent.post(
        `/api/mandates/benchmarks/${(await mandate(e, t)).tasks[0]!.benchmarks[0]!.id}/indicators`,
        {
          name: 'Women in deployed units',
          unit: '%',
          baseline: 4,
          baselinePeriod: day(e, -30).slice(0, 7),
          target: 15,
          targetPeriod: day(e, 300).slice(0, 7),
          direction: 'increase',
        },
      ),
  },
  'POST /api/mandates/tasks/{id}/status': {
    targets: byId,
    allowed: planners,
    success: 200,
    call: async (e, t) => {
      const task = (await mandate(e, t)).tasks[0]!;
      return e.agent.post(`/api/mandates/tasks/${task.id}/status`, {
        version: task.version,
        to: 'started',
      });
    },
  },
  'POST /api/mandates/{id}/milestones': {
    targets: byId,
    allowed: planners,
    success: 201,
    call: async (e, t) =>
      e.agent.post(`/api/mandates/${(await mandate(e, t)).id}/milestones`, {
        name: 'Advance team deployed',
      }),
  },
  'POST /api/mandates/milestones/{id}/done': {
    targets: byId,
    allowed: planners,
    success: 200,
    call: async (e, t) => {
      const m = (await mandate(e, t)).startup.milestones[0]!;
      return e.agent.post(`/api/mandates/milestones/${m.id}/done`, {
        version: m.version,
        doneOn: day(e, 0),
      });
    },
  },
  'POST /api/mandates/{id}/measures': {
    targets: byId,
    // Headquarters' planners only (D6): the matrix has none; startup.service.test.ts has one.
    allowed: [],
    success: 200,
    call: async (e, t) => {
      const m = await mandate(e, t);
      return e.agent.post(`/api/mandates/${m.id}/measures`, {
        version: m.version,
        action: 'renew',
      });
    },
  },
  'POST /api/mandates/{id}/assessments': {
    targets: byId,
    allowed: planners,
    success: 201,
    call: async (e, t) =>
      e.agent.post(`/api/mandates/${(await mandate(e, t)).id}/assessments`, {
        kind: 'independent_evaluation',
        title: 'Independent evaluation',
        conductedBy: 'OIOS',
        conductedOn: day(e, 0),
      }),
  },
  'POST /api/mandates/recommendations/{id}/status': {
    targets: byId,
    allowed: planners,
    success: 200,
    call: async (e, t) => {
      const r = (await mandate(e, t)).assessments[0]!.recommendations[0]!;
      return e.agent.post(`/api/mandates/recommendations/${r.id}/status`, {
        version: r.version,
        to: 'accepted',
      });
    },
  },
  'POST /api/mandates/tasks/{id}/transition': {
    targets: byId,
    allowed: planners,
    success: 201,
    call: async (e, t) =>
      e.agent.post(`/api/mandates/tasks/${(await mandate(e, t)).tasks[1]!.id}/transition`, {
        partner: 'Ministry of Justice',
      }),
  },
  'POST /api/mandates/transitions/{id}/status': {
    targets: byId,
    allowed: planners,
    success: 200,
    call: async (e, t) => {
      const h = (await mandate(e, t)).tasks[0]!.transition!;
      return e.agent.post(`/api/mandates/transitions/${h.id}/status`, {
        version: h.version,
        to: 'in_progress',
      });
    },
  },
  'PUT /api/mandates/indicators/{id}/values/{period}': {
    targets: byId,
    allowed: planners,
    // The indicator's owner enters it too: the matrix makes hq-admin (an HQ account, every
    // mission in view) its owner.
    expect: (caller) => (caller === 'hq-admin' ? 204 : undefined),
    success: 204,
    call: async (e, t) => {
      const indicator = (await mandate(e, t)).tasks[0]!.benchmarks[0]!.indicators[0]!;
      return e.agent.put(
        `/api/mandates/indicators/${indicator.id}/values/${day(e, 0).slice(0, 7)}`,
        { value: 7 },
      );
    },
  },
};

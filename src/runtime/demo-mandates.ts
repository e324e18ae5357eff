/**
 * The demo's mandate (issue 20): MINUSCA's resolution 2149 (2014) with illustrative phases,
 * conditions and benchmarks — marked illustrative — and one indicator counted from the demo's real
 * UCDP events (one-sided violence against civilians per month, while the mandate ran). Its
 * headquarters functional on 15 September 2014, the day MINUSCA took over from MISCA; one
 * illustrative impact assessment. Once: nothing if the mission has a mandate already.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { systemActor } from '../core/system-actor.js';
import { importSurvey } from '../modules/mandates/survey.service.js';
import {
  addSite,
  addSiteAssessment,
  addSiteBenchmark,
  setReading,
  setSiteStatus,
} from '../modules/mandates/environment.service.js';
import { userIdByUsername } from '../modules/accounts/user.service.js';
import type { RequestContext } from '../db/context.js';
import { addAssessment, addTransition } from '../modules/mandates/assessment.service.js';
import {
  addBenchmark,
  addIndicator,
  setIndicatorValue,
} from '../modules/mandates/indicator.service.js';
import {
  addCondition,
  addTask,
  createMandate,
  listMandates,
  reportDelivered,
  setTaskStatus,
} from '../modules/mandates/mandate.service.js';
import type { Mandate } from '../modules/mandates/mandate.schema.js';
import { incidentSummary } from '../modules/incidents/incident-summary.service.js';
import { milestoneDone } from '../modules/mandates/startup.service.js';

const task = (m: Mandate, code: string) => m.tasks.find((t) => t.code === code)!;

/** @returns whether the mandate was loaded now */
export async function loadDemoMandate(loader: RequestContext, missionId: string): Promise<boolean> {
  const ctx: RequestContext = {
    ...loader,
    // Headquarters' view of the mission: the demo loader plans as headquarters would.
    actor: {
      ...systemActor('demo-loader', 'system', [
        'mandates:read',
        'mandates:write',
        'incidents:read',
      ]),
      username: 'admin',
    },
  };
  // The indicators' owner is the demo administrator: without the demo's accounts, no mandate.
  if ((await userIdByUsername(ctx, 'admin').catch(() => null)) === null) return false;
  if ((await listMandates(ctx, { missionId })).length > 0) return false;
  let m = await createMandate(
    ctx,
    {
      missionId,
      resolution: '2149 (2014)',
      title:
        'MINUSCA established: protection of civilians first (phases and benchmarks illustrative)',
      adoptedOn: '2014-04-10',
      expiresOn: '2015-04-30',
      sequenced: true,
      assessmentEveryMonths: 6,
    },
    { illustrative: true },
  );
  for (const [code, title, area, phase] of [
    ['30(a)', 'Protection of civilians', 'protection', 1],
    ['30(b)', 'Support for the implementation of the transition process', 'political', 1],
    ['30(c)', 'Facilitate the delivery of humanitarian assistance', 'protection', 1],
    [
      '31(a)',
      'Support for disarmament, demobilization, reintegration and repatriation',
      'security',
      2,
    ],
    ['31(b)', 'Support for the extension of State authority', 'other', 2],
  ] as const)
    m = await addTask(ctx, m.id, { code, title, area, phase });
  for (const code of ['30(a)', '30(b)', '30(c)'])
    m = await setTaskStatus(ctx, task(m, code).id, {
      version: task(m, code).version,
      to: 'started',
      on: '2014-09-15',
    });
  m = await addBenchmark(ctx, task(m, '30(a)').id, {
    title: 'Violence against civilians falls below 5 events a month',
  });
  const benchmark = task(m, '30(a)').benchmarks[0]!;
  m = await addIndicator(ctx, benchmark.id, {
    name: 'One-sided violence against civilians recorded (UCDP)',
    unit: 'events',
    baseline: 20,
    baselinePeriod: '2014-04',
    target: 5,
    targetPeriod: '2015-04',
    direction: 'decrease',
    source: 'incidents_per_month',
    category: 'violence_against_civilians',
  });
  m = await addBenchmark(ctx, task(m, '31(b)').id, { title: 'Prefects back in their prefectures' });
  m = await addIndicator(ctx, task(m, '31(b)').benchmarks[0]!.id, {
    name: 'Prefectures with their prefect at post',
    unit: 'prefectures',
    baseline: 3,
    baselinePeriod: '2014-04',
    target: 16,
    targetPeriod: '2015-04',
    direction: 'increase',
    source: 'manual',
  });
  const prefects = task(m, '31(b)').benchmarks[0]!.indicators[0]!;
  for (const [period, value] of [
    ['2014-07', 4],
    ['2014-10', 6],
    ['2015-01', 9],
  ] as const)
    await setIndicatorValue(ctx, { indicatorId: prefects.id, period }, value);
  m = await addCondition(ctx, task(m, '31(a)').id, {
    kind: 'report_back',
    benchmarkId: null,
    description: 'The Secretary-General reports back on the transfer of authority from MISCA',
    dueOn: '2014-08-01',
  });
  m = await addCondition(ctx, task(m, '31(a)').id, {
    kind: 'benchmark_reached',
    benchmarkId: benchmark.id,
    description: 'Violence against civilians falls below 5 events a month',
    dueOn: null,
  });
  const report = task(m, '31(a)').conditions[0]!;
  m = await reportDelivered(ctx, report.id, { version: report.version, deliveredOn: '2014-08-01' });
  m = await addTransition(ctx, task(m, '30(b)').id, {
    partner: 'National Transitional Council and the transitional Government',
    benchmarkId: null,
  });
  const hq = m.startup.milestones.find((x) => x.hqFunctional)!;
  m = await milestoneDone(ctx, hq.id, { version: hq.version, doneOn: '2014-09-15' });
  await addAssessment(ctx, m.id, {
    kind: 'impact_assessment',
    title: 'Protection of civilians after the transfer of authority (illustrative)',
    conductedBy: 'Mission planning unit',
    conductedOn: '2014-12-15',
    findings: 'Attacks on civilians persist outside Bangui; few displaced have returned.',
    recommendations: [
      'Open temporary operating bases along the Bambari–Bria axis',
      'Recruit community liaison assistants in every prefecture',
    ],
  });
  await loadRenewal(ctx, missionId);
  await loadSurvey(ctx, missionId);
  await loadSite(ctx, missionId);
  return true;
}

/**
 * D7: one illustrative camp (Bria) with its environmental impact assessment before opening, and
 * water and fuel benchmarks read month by month through 2022 — figures made up for the demo.
 */
async function loadSite(ctx: RequestContext, missionId: string): Promise<void> {
  let site = await addSite(ctx, {
    missionId,
    name: 'Camp Bria (illustrative)',
    latitude: 6.54,
    longitude: 21.99,
  });
  site = await addSiteAssessment(ctx, site.id, {
    conductedOn: '2021-05-10',
    conductedBy: 'Mission environmental unit (illustrative)',
    findings: 'Wells shared with the town; the waste pit too near the river: moved before opening.',
  });
  site = await setSiteStatus(ctx, site.id, { version: site.version, to: 'open', on: '2021-06-01' });
  const series = {
    water: { baseline: 120, target: 85, start: 118, step: -3 },
    fuel: { baseline: 9000, target: 7000, start: 9100, step: -110 },
  } as const;
  for (const [measure, b] of Object.entries(series) as [
    keyof typeof series,
    (typeof series)['water'],
  ][]) {
    site = await addSiteBenchmark(ctx, site.id, {
      measure,
      baseline: b.baseline,
      baselinePeriod: '2021-12',
      target: b.target,
      targetPeriod: '2022-12',
    });
    const benchmarkId = site.benchmarks.find((x) => x.measure === measure)!.id;
    for (let m = 1; m <= 12; m++)
      await setReading(
        ctx,
        { benchmarkId, period: `2022-${String(m).padStart(2, '0')}` },
        b.start + b.step * m + (m % 3 === 0 ? Math.abs(b.step) * 2 : 0),
      );
  }
}

const surveyFile = (name: string) =>
  fileURLToPath(new URL(`../../demo/surveys/${name}`, import.meta.url));

/**
 * D5: an illustrative perception survey of 2022 in two waves (March, September), as KoboToolbox
 * exports it (CSV with XML names, semicolons) with its XLSForm in English, French and Arabic —
 * made up for the demo and labelled so; its respondents' names, devices and places are read past.
 */
async function loadSurvey(ctx: RequestContext, missionId: string): Promise<void> {
  const data = surveyFile('perception-2022-illustrative.csv');
  const form = surveyFile('perception-2022-illustrative.xlsx');
  if (!fs.existsSync(data) || !fs.existsSync(form)) return;
  await importSurvey(
    ctx,
    {
      missionId,
      title: 'Perception of security and of the mission, 2022 (illustrative)',
      conductedBy: 'Illustrative: made up for the demo',
      data: fs.readFileSync(data),
      form: fs.readFileSync(form),
    },
    { illustrative: true },
  );
}

/**
 * The renewal in force through 2022 — resolution 2605 (2021), adopted on 12 November 2021, MINUSCA
 * until 15 November 2022 — for the demo's periodic report of 2022; its tasks and benchmarks are
 * illustrative, its protection indicator counted from the UCDP events, its baseline the count of
 * October 2021 in the record.
 */
async function loadRenewal(ctx: RequestContext, missionId: string): Promise<void> {
  let m = await createMandate(
    ctx,
    {
      missionId,
      resolution: '2605 (2021)',
      title:
        'MINUSCA renewed: protection of civilians, the peace process, State authority (tasks and benchmarks illustrative)',
      adoptedOn: '2021-11-12',
      expiresOn: '2022-11-15',
      sequenced: false,
      assessmentEveryMonths: 6,
    },
    { illustrative: true },
  );
  for (const [code, title, area] of [
    ['35(a)', 'Protection of civilians', 'protection'],
    ['35(b)', 'Good offices and support to the peace process', 'political'],
    ['35(c)', 'Support for the extension of State authority', 'other'],
  ] as const) {
    m = await addTask(ctx, m.id, { code, title, area, phase: 1 });
    m = await setTaskStatus(ctx, task(m, code).id, {
      version: task(m, code).version,
      to: 'started',
      on: '2021-11-12',
    });
  }
  const october = await incidentSummary(ctx, {
    category: 'violence_against_civilians',
    from: '2021-10-01T00:00:00Z',
    to: '2021-10-31T23:59:59.999Z',
  });
  m = await addBenchmark(ctx, task(m, '35(a)').id, {
    title: 'Violence against civilians falls by half',
  });
  const baseline = october.incidents;
  m = await addIndicator(ctx, task(m, '35(a)').benchmarks[0]!.id, {
    name: 'One-sided violence against civilians recorded (UCDP)',
    unit: 'events',
    baseline,
    baselinePeriod: '2021-10',
    target: Math.floor(baseline / 2),
    targetPeriod: '2022-11',
    direction: 'decrease',
    source: 'incidents_per_month',
    category: 'violence_against_civilians',
  });
  m = await addTransition(ctx, task(m, '35(c)').id, {
    partner: 'Government of the Central African Republic',
    benchmarkId: null,
  });
  // A renewal: the headquarters has long been functional.
  const hq = m.startup.milestones.find((x) => x.hqFunctional)!;
  await milestoneDone(ctx, hq.id, { version: hq.version, doneOn: '2021-11-12' });
}

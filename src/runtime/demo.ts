/**
 * The demo mission a newcomer sees at first start: MINUSCA (Central African Republic) and one
 * administrator whose password is printed once, with the real UCDP GED events of the Central
 * African Republic (CC BY 4.0, demo/README.md). Idempotent: loads nothing twice.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AppContext, RequestContext } from '../db/context.js';
import { importSeaTable, seaTableLoaded } from '../modules/conduct/sea-table-import.service.js';
import { fatalitiesLoaded } from '../modules/medical/fatality-import.service.js';
import { importFile, missionHasIncidents } from '../modules/incidents/incident-import.service.js';
import { anyUser, createUser } from '../modules/accounts/user.service.js';
import { createMission, missionOfAcronym } from '../modules/missions/mission.service.js';
import { demoPersonnelFiles, loadDemoPersonnel, type DemoPersonnel } from './demo-capabilities.js';
import { loadDemoConduct, type DemoConduct } from './demo-conduct.js';
import { loadDemoForce } from './demo-force.js';
import { loadDemoMedical, type DemoMedical } from './demo-medical.js';
import { loadDemoMandate } from './demo-mandates.js';
import { loadDemoReport } from './demo-reports.js';
import { loadDemoPeople } from './demo-personnel.js';
import {
  demoBasesFile,
  demoForecastFiles,
  loadDemoEarlyWarning,
  type DemoEarlyWarning,
} from './demo-early-warning.js';
import { systemActor } from '../core/system-actor.js';

/** One line of the start-up report: what the demo loaded now, or skipped and how to load it. */
export interface DemoStep {
  state: 'loaded' | 'skipped';
  what: string;
  /** Skipped: why, and the command or variable that loads it. */
  reason?: string;
  fill?: string;
}

/** A demo account created at first start; its password is printed once. */
export interface DemoAccount {
  username: string;
  password: string;
  role: string;
  note: string;
}

export interface DemoResult {
  missionId: string;
  admin: { username: string; password: string } | null;
  /** Every demo account created this time (the administrator first). */
  accounts: DemoAccount[];
  /** What was loaded this time and what was skipped (with the reason and the way to load it). */
  steps: DemoStep[];
  /** UCDP events loaded this time (0 when they were already there). */
  events: number;
  /** Allegations of the UN's public table loaded this time, and from where. */
  allegations: { count: number; file: string } | null;
  /** Months of uniformed contributions and mission strength loaded this time. */
  personnel: DemoPersonnel | null;
  /** The origin of the forecasts published this time (null when none were). */
  forecastsFrom: string | null;
}

/** Where the demo looks for the UN's table of allegations when no path is configured. */
export const sharedSeaTable = fileURLToPath(
  new URL(
    '../../../shared/data/un-peacekeeping/sea-allegations/table_of_allegations_as_of_july_2024.csv',
    import.meta.url,
  ),
);

/**
 * The UN's public table of allegations, when one is at hand (configured, or the shared data beside
 * the checkout), into cases of every mission it names; once.
 */
function demoSeaTableFile(ctx: RequestContext): string | null {
  const file = ctx.config.demoSeaTable ?? sharedSeaTable;
  return fs.existsSync(file) ? file : null;
}

async function loadDemoAllegations(ctx: RequestContext): Promise<DemoResult['allegations']> {
  const file = demoSeaTableFile(ctx);
  if (!file) return null;
  if (await seaTableLoaded(ctx)) return null;
  const report = await importSeaTable(ctx, { file, mission: null, keepGoodRows: true });
  return { count: report.created, file };
}

export const demoEventsFile = fileURLToPath(
  new URL('../../demo/ucdp-ged-23.1-central-african-republic.geojson', import.meta.url),
);

/** Loads the bundled UCDP events into the demo mission once (the import is idempotent anyway). */
async function loadDemoEvents(ctx: RequestContext, missionId: string): Promise<number> {
  if ((await missionHasIncidents(ctx, missionId)) || !fs.existsSync(demoEventsFile)) return 0;
  const report = await importFile(ctx, {
    format: 'ucdp',
    file: demoEventsFile,
    missionId,
    keepGoodRows: false,
  });
  return report.created;
}

/** Where the skipped parts come from, and the command that loads each (the start-up report). */
const fills = {
  allegations:
    'peaceops import sea-table table_of_allegations.csv --all-missions (conduct.unmissions.org), or PEACEOPS_DEMO_SEA_TABLE=FILE',
  personnel:
    'peaceops import contributions FILE and peaceops import mission-strength FILE, or PEACEOPS_DEMO_DATA_DIR=DIR (un-peacekeeping data)',
  forecasts:
    'peaceops forecast publish --data ged_cm.csv.gz --countries country.csv --origin YYYY-MM',
  bases: 'peaceops missions bases --mission MINUSCA --geopko FrontMap_v.2.3.csv',
  fatalities:
    'peaceops import fatalities DPPADPOSS-FATALITIES.csv (the UN Peace and Security Data Hub)',
};

/** What this start loaded and what it could not, in the words of the start-up output. */
async function reportSteps(
  ctx: RequestContext,
  loaded: {
    events: number;
    allegations: DemoResult['allegations'];
    personnel: DemoPersonnel | null;
    forecastsFrom: string | null;
    bases: number;
    grid: DemoEarlyWarning['grid'];
    conduct: DemoConduct;
    medical: DemoMedical;
    mandate: boolean;
    report: boolean;
    people: boolean;
  },
): Promise<DemoStep[]> {
  const steps: DemoStep[] = [];
  const skip = (what: string, reason: string, fill: string) =>
    steps.push({ state: 'skipped', what, reason, fill });
  if (loaded.events > 0)
    steps.push({
      state: 'loaded',
      what: `${loaded.events.toLocaleString('en')} UCDP GED 23.1 events of the Central African Republic into MINUSCA (CC BY 4.0, Uppsala Conflict Data Program): /incidents`,
    });
  if (loaded.conduct.cases > 0)
    steps.push({
      state: 'loaded',
      what: `${loaded.conduct.cases} illustrative conduct cases and ${loaded.conduct.complaints} complaints in MINUSCA, marked "Illustrative", for the conduct officer, their clocks in every state: /conduct`,
    });
  if (loaded.medical.facilities > 0)
    steps.push({
      state: 'loaded',
      what: `${loaded.medical.facilities} illustrative medical facilities, ${loaded.medical.evacuations} evacuation requests in every state, ${loaded.medical.casualties} casualties and ${loaded.medical.fatalities} death with its next-of-kin steps in MINUSCA, marked "Illustrative": /medical`,
    });
  if (loaded.mandate)
    steps.push({
      state: 'loaded',
      what: "MINUSCA's mandates, resolutions 2149 (2014) and 2605 (2021), with illustrative phases, conditions and benchmarks, indicators counted from the UCDP events: /mandates",
    });
  if (loaded.report)
    steps.push({
      state: 'loaded',
      what: "the draft of MINUSCA's periodic report for 2022, written from the record, for the head of mission to write observations and sign: /reports",
    });
  if (loaded.people)
    steps.push({
      state: 'loaded',
      what: "MINUSCA's heads of mission since 2014 (UN announcements) and illustrative civilian recruitments in every step: /personnel",
    });
  if (loaded.allegations)
    steps.push({
      state: 'loaded',
      what: `${loaded.allegations.count.toLocaleString('en')} allegations of the UN's public table (${loaded.allegations.file}): /public/conduct`,
    });
  else if (!demoSeaTableFile(ctx))
    skip(
      "the UN's public table of allegations (public conduct statistics)",
      ctx.config.demoSeaTable
        ? `PEACEOPS_DEMO_SEA_TABLE names ${ctx.config.demoSeaTable}, which is not there`
        : 'not shipped: its licence is not stated',
      fills.allegations,
    );
  if (loaded.personnel)
    steps.push({
      state: 'loaded',
      what: `${loaded.personnel.contributionMonths.toLocaleString('en')} contributor-mission-months of uniformed personnel and ${loaded.personnel.strengthMonths.toLocaleString('en')} mission-months of strength (${loaded.personnel.from}): /capabilities`,
    });
  else if (!demoPersonnelFiles(ctx))
    skip(
      "uniformed personnel by contributor and month, and missions' strength (/capabilities)",
      'not shipped: IPI data is GPL-2, the strength table has no stated licence',
      fills.personnel,
    );
  if (loaded.forecastsFrom)
    steps.push({
      state: 'loaded',
      what: `the model's country forecasts from ${loaded.forecastsFrom} (UCDP country-month series via ViEWS, CC BY-NC 4.0): /forecasts`,
    });
  else if (!demoForecastFiles(ctx))
    skip(
      'country forecasts (/forecasts)',
      'not shipped: the country-month series is CC BY-NC',
      fills.forecasts,
    );
  if (loaded.grid)
    steps.push({
      state: 'loaded',
      what: `MINUSCA's grid forecasts from ${loaded.grid.origin}: ${loaded.grid.cells} cells of 0.5°, 1–6 months ahead, learned from the UCDP events and scored against the per-cell baselines: /alerts`,
    });
  if (loaded.bases > 0)
    steps.push({ state: 'loaded', what: `${loaded.bases} MINUSCA bases of Geo-PKO 2.3: /alerts` });
  else if (!demoBasesFile(ctx))
    skip(
      "MINUSCA's bases (the alert rules near a base wait for them)",
      'not shipped: Geo-PKO 2.3 is for research use',
      fills.bases,
    );
  if (!(await fatalitiesLoaded(ctx)))
    skip(
      'fatalities in peace operations since 1948 (/fatalities)',
      "not shipped: the UN's file states no licence",
      fills.fatalities,
    );
  return steps;
}

/** The demo's accounts, created once (when no account exists yet). */
async function createDemoAccounts(ctx: RequestContext, missionId: string): Promise<DemoAccount[]> {
  const admin = randomBytes(12).toString('base64url');
  await createUser(ctx, {
    username: 'admin',
    displayName: 'Demo administrator',
    password: admin,
    locale: 'en',
    memberships: [
      { missionId: null, role: 'administrator' },
      { missionId, role: 'analyst' },
      // Reads the country forecasts and high-risk situations of every mission at headquarters.
      { missionId: null, role: 'analyst' },
      // Sees the uniformed personnel charts; no two-factor needed (no sensitive compartment).
      { missionId: null, role: 'force_generation_officer' },
      // Assesses units and reports refusals in MINUSCA (performance:write); requests evacuations.
      { missionId, role: 'staff_officer' },
      // Tasks and tracks MINUSCA's evacuations (M2); sees no patient data.
      { missionId, role: 'aviation_officer' },
      // Plans MINUSCA's mandate: tasks, benchmarks, indicators (D1–D4, D6).
      { missionId, role: 'planner' },
      // Writes, comments and signs MINUSCA's periodic report to the Council.
      { missionId, role: 'head_of_mission' },
      // Records MINUSCA's recruitments and appointments and sees their names (P1–P6).
      { missionId, role: 'human_resources_officer' },
    ],
  });
  // Conduct cases are need-to-know (C9): their officer is a separate account, with two-factor
  // sign-in set up at the first sign-in, as in production.
  const conduct = randomBytes(12).toString('base64url');
  await createUser(ctx, {
    username: 'conduct',
    displayName: 'Demo conduct officer',
    password: conduct,
    locale: 'en',
    memberships: [{ missionId, role: 'conduct_officer' }],
  });
  return [
    { username: 'admin', password: admin, role: 'administrator', note: 'every page but conduct' },
    {
      username: 'conduct',
      password: conduct,
      role: 'conduct officer, MINUSCA',
      note: 'sets up two-factor sign-in (an authenticator app) at the first sign-in',
    },
  ];
}

export async function loadDemo(app: AppContext): Promise<DemoResult> {
  // The demo loader may write incidents (to load the UCDP events); it still holds no compartment.
  const ctx: RequestContext = {
    ...app,
    actor: systemActor('demo-loader', 'system', [
      'incidents:write',
      'conduct:write',
      'capabilities:read',
      'capabilities:write',
      'early-warning:read',
      'early-warning:write',
    ]),
    requestId: 'demo',
  };
  const existing = await missionOfAcronym(app, 'MINUSCA');
  const mission =
    existing ??
    (await createMission(ctx, {
      acronym: 'MINUSCA',
      name: 'United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic',
      hostCountries: ['CAF'],
      mandateStart: '2014-04-10',
      mandateEnd: null,
      headquarters: { name: 'Bangui', latitude: 4.3947, longitude: 18.5582 },
    }));
  const events = await loadDemoEvents(ctx, mission.id);
  const allegations = await loadDemoAllegations(ctx);
  const personnel = await loadDemoPersonnel(ctx);
  await loadDemoForce(ctx, mission.id);
  const { forecastsFrom, bases, grid } = await loadDemoEarlyWarning(ctx, mission.id);
  // The accounts first: the illustrative conduct cases are received by the demo conduct officer.
  const accounts = (await anyUser(app)) ? [] : await createDemoAccounts(ctx, mission.id);
  const conduct = await loadDemoConduct(ctx, mission.id);
  const medical = await loadDemoMedical(ctx, mission.id);
  const mandate = await loadDemoMandate(ctx, mission.id);
  const report = await loadDemoReport(ctx, mission.id);
  const people = await loadDemoPeople(ctx, mission.id);
  const steps = await reportSteps(ctx, {
    events,
    allegations,
    personnel,
    forecastsFrom,
    bases,
    grid,
    conduct,
    medical,
    mandate,
    report,
    people,
  });
  const admin = accounts.find((a) => a.username === 'admin');
  return {
    missionId: mission.id,
    admin: admin ? { username: admin.username, password: admin.password } : null,
    accounts,
    steps,
    events,
    allegations,
    personnel,
    forecastsFrom,
  };
}

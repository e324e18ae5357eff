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
import { importFile, missionHasIncidents } from '../modules/incidents/incident-import.service.js';
import { anyUser, createUser } from '../modules/accounts/user.service.js';
import { createMission, missionOfAcronym } from '../modules/missions/mission.service.js';
import { loadDemoPersonnel, type DemoPersonnel } from './demo-capabilities.js';
import { loadDemoForce } from './demo-force.js';
import { loadDemoEarlyWarning } from './demo-early-warning.js';
import { systemActor } from '../core/system-actor.js';

export interface DemoResult {
  missionId: string;
  admin: { username: string; password: string } | null;
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
async function loadDemoAllegations(ctx: RequestContext): Promise<DemoResult['allegations']> {
  const file = ctx.config.demoSeaTable ?? (fs.existsSync(sharedSeaTable) ? sharedSeaTable : null);
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
  const { forecastsFrom } = await loadDemoEarlyWarning(ctx, mission.id);
  if (await anyUser(app))
    return { missionId: mission.id, admin: null, events, allegations, personnel, forecastsFrom };
  const password = randomBytes(12).toString('base64url');
  await createUser(ctx, {
    username: 'admin',
    displayName: 'Demo administrator',
    password,
    locale: 'en',
    memberships: [
      { missionId: null, role: 'administrator' },
      { missionId: mission.id, role: 'analyst' },
      // Reads the country forecasts and high-risk situations of every mission at headquarters.
      { missionId: null, role: 'analyst' },
      // Sees the uniformed personnel charts; no two-factor needed (no sensitive compartment).
      { missionId: null, role: 'force_generation_officer' },
      // Assesses units and reports refusals in MINUSCA (performance:write).
      { missionId: mission.id, role: 'staff_officer' },
    ],
  });
  return {
    missionId: mission.id,
    admin: { username: 'admin', password },
    events,
    allegations,
    personnel,
    forecastsFrom,
  };
}

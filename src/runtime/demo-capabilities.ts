/**
 * The demo's uniformed personnel figures: the monthly contributions (IPI, GPL-2) and missions'
 * authorised and deployed strength (licence unstated) are not shipped; when the shared data sits
 * beside the checkout (or PEACEOPS_DEMO_DATA_DIR names a copy of it), they are loaded once.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RequestContext } from '../db/context.js';
import {
  contributionsLoaded,
  importContributions,
} from '../modules/capabilities/contribution-import.service.js';
import { importMissionStrength } from '../modules/capabilities/mission-strength-import.service.js';

export const sharedPeacekeepingData = fileURLToPath(
  new URL('../../../shared/data/un-peacekeeping', import.meta.url),
);

export interface DemoPersonnel {
  contributionMonths: number;
  strengthMonths: number;
  from: string;
}

/** The two files the demo's personnel figures come from, when both are at hand. */
export function demoPersonnelFiles(
  ctx: RequestContext,
): { dir: string; contributions: string; strength: string } | null {
  const dir = ctx.config.demoDataDir ?? sharedPeacekeepingData;
  const contributions = path.join(
    dir,
    'contributions-ipi/full_gender_data_2009-11_to_2014-08.csv.gz',
  );
  const strength = path.join(dir, 'mission-strength/personnel_shortfall_mission_month.csv');
  return fs.existsSync(contributions) && fs.existsSync(strength)
    ? { dir, contributions, strength }
    : null;
}

export async function loadDemoPersonnel(ctx: RequestContext): Promise<DemoPersonnel | null> {
  const files = demoPersonnelFiles(ctx);
  if (!files) return null;
  const { dir, contributions, strength } = files;
  if (await contributionsLoaded(ctx)) return null;
  const c = await importContributions(ctx, { file: contributions, keepGoodRows: true });
  const s = await importMissionStrength(ctx, {
    file: strength,
    keepGoodRows: true,
    createMissions: true,
  });
  return { contributionMonths: c.created, strengthMonths: s.created, from: dir };
}

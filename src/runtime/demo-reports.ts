/**
 * The demo's periodic report (issue 20): the draft of MINUSCA's report for 2022, written from the
 * demo's record (the real UCDP events of 2022, the renewal in force then), opened by the demo
 * administrator as head of mission, its observations left for them to write and sign. Once.
 */
import { systemActor } from '../core/system-actor.js';
import type { RequestContext } from '../db/context.js';
import { userIdByUsername } from '../modules/accounts/user.service.js';
import { createReport, listReports } from '../modules/reports/report.service.js';

export const demoReportPeriod = { from: '2022-01-01', to: '2022-12-31' };

/** @returns whether the draft was opened now */
export async function loadDemoReport(loader: RequestContext, missionId: string): Promise<boolean> {
  const ctx: RequestContext = {
    ...loader,
    actor: {
      ...systemActor('demo-loader', 'system', ['reports:read', 'reports:draft']),
      username: 'admin',
    },
  };
  if ((await userIdByUsername(ctx, 'admin').catch(() => null)) === null) return false;
  if ((await listReports(ctx, { missionId })).length > 0) return false;
  await createReport(ctx, { missionId, ...demoReportPeriod });
  return true;
}

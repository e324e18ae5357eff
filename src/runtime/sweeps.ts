/**
 * Periodic work of a running server: imports a dead process left half applied are finished
 * (F6, db/staged-import.ts), a signed checkpoint of the audit chain's head (F12), the
 * conduct clocks' notifications (C1, C2), ¶120's non-response decisions, K4's flags on deployed
 * units (a new year moves the rule's window; issue 16) and the reminders
 * of overdue high-risk reviews (E3), overdue next-of-kin steps (M5) and the start-up clocks (D6), and
 * missions' grid forecasts once a new month of incidents is in (issue 23), at start and every 15 minutes, the alert rules (E2) at start and every minute. A failed sweep is logged and retried
 * at the next tick; `peaceops conduct sweep` does the conduct clocks' part from cron when the
 * server is not the one to run it.
 */
import type { AppContext } from '../db/context.js';
import { writeCheckpoint } from '../modules/audit/audit-checkpoint.service.js';
import { sweepUnitFlags } from '../modules/capabilities/unit-flags.service.js';
import { sweepConductClocks } from '../modules/conduct/clock-sweep.service.js';
import { sweepNonResponse } from '../modules/conduct/non-response.service.js';
import { sweepAlertRules } from '../modules/early-warning/alert.service.js';
import { sweepGridForecasts } from '../modules/early-warning/grid-forecast-sweep.service.js';
import { sweepOverdueReviews } from '../modules/early-warning/high-risk-sweep.service.js';
import { sweepStartupClocks } from '../modules/mandates/startup-sweep.service.js';
import { sweepNextOfKin } from '../modules/medical/next-of-kin-sweep.service.js';
import { resumeStagedImports } from '../db/staged-import.js';
import { stagedImporters } from './staged-importers.js';

export const sweepEveryMs = 15 * 60_000;
/** Alert rules run every minute: an attack near a base should not wait a quarter of an hour. */
export const alertSweepEveryMs = 60_000;

export function startSweeps(app: AppContext): () => void {
  const failed = (what: string) => (error: unknown) =>
    app.log.error(`${what} failed`, {
      error: error instanceof Error ? error.message : String(error),
    });
  const clocks = () => {
    void resumeStagedImports(app, stagedImporters).catch(failed('unfinished import'));
    void writeCheckpoint(app).catch(failed('audit checkpoint'));
    void sweepConductClocks(app).catch(failed('conduct clock sweep'));
    void sweepNonResponse(app).catch(failed('non-response sweep'));
    void sweepUnitFlags(app).catch(failed('K4 unit flag sweep'));
    void sweepOverdueReviews(app).catch(failed('high-risk review sweep'));
    void sweepNextOfKin(app).catch(failed('next-of-kin sweep'));
    void sweepStartupClocks(app).catch(failed('start-up clock sweep'));
    void sweepGridForecasts(app).catch(failed('grid forecast sweep'));
  };
  const alerts = () => void sweepAlertRules(app).catch(failed('alert rule sweep'));
  clocks();
  alerts();
  const timers = [setInterval(clocks, sweepEveryMs), setInterval(alerts, alertSweepEveryMs)];
  for (const timer of timers) timer.unref();
  return () => timers.forEach(clearInterval);
}

/**
 * Periodic work of a running server: the conduct clocks' notifications (C1, C2), at start and every
 * 15 minutes. A failed sweep is logged and retried at the next tick; `peaceops conduct sweep` does
 * the same from cron when the server is not the one to run it.
 */
import type { AppContext } from '../db/context.js';
import { sweepConductClocks } from '../modules/conduct/clock-sweep.service.js';

export const sweepEveryMs = 15 * 60_000;

export function startSweeps(app: AppContext): () => void {
  const run = () =>
    sweepConductClocks(app).catch((error: unknown) =>
      app.log.error('conduct clock sweep failed', {
        error: error instanceof Error ? error.message : String(error),
      }),
    );
  void run();
  const timer = setInterval(() => void run(), sweepEveryMs);
  timer.unref();
  return () => clearInterval(timer);
}

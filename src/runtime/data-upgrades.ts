/**
 * Changes to stored values that need the field keys, which SQL migrations do not hold: run each
 * time the database is opened, after the migrations, each idempotent and cheap when there is
 * nothing left to do (docs/upgrading.md). Each says how many records it changed.
 */
import type { AppContext } from '../db/context.js';
import { encryptClearProviders } from '../modules/conduct/assistance.service.js';

export interface DataUpgrade {
  name: string;
  run(app: AppContext): Promise<number>;
}

export const dataUpgrades: readonly DataUpgrade[] = [
  // Issue 15: the provider of a victim's assistance can say where the victim is (tier-1).
  { name: 'conduct_assistance.provider encrypted', run: encryptClearProviders },
];

export async function runDataUpgrades(app: AppContext): Promise<Record<string, number>> {
  const done: Record<string, number> = {};
  for (const upgrade of dataUpgrades) {
    const changed = await upgrade.run(app);
    if (changed > 0) done[upgrade.name] = changed;
  }
  return done;
}

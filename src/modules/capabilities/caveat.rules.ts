/**
 * K2 (¶98): national caveats are declared during negotiation, each in a structured form; once the
 * unit is deployed no caveat can be added, changed or withdrawn — the attempt is refused and kept as
 * an incident of the unit. Pure.
 */
import { DomainError } from '../../core/errors.js';

/** What a caveat restricts (¶98: the use of military or police contingents). */
export const caveatTasks = [
  'patrolling',
  'protection_of_civilians',
  'use_of_force',
  'night_operations',
  'crowd_control',
  'convoy_escort',
  'deployment_outside_sector',
  'air_operations',
  'other',
] as const;
export type CaveatTask = (typeof caveatTasks)[number];

export interface Caveat {
  task: CaveatTask;
  /** Where it applies, e.g. "outside sector West"; empty when everywhere. */
  geography: string;
  /** When it applies, e.g. "at night", "during elections"; empty when always. */
  time: string;
  /** Under what conditions, e.g. "without national approval". */
  conditions: string;
  text: string;
}

/** @throws invalid_state when the unit is deployed: its caveats are frozen (¶98) */
export function assertCaveatsOpen(unit: { deployedOn: string | null }): void {
  if (unit.deployedOn !== null)
    throw new DomainError(
      'invalid_state',
      `caveats are frozen since the unit deployed on ${unit.deployedOn}: no caveat beyond those agreed can be accepted after deployment (¶98); the attempt is recorded as an incident of the unit`,
    );
}

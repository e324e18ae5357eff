/** Pure rules of the incident record: the status workflow and rule I1. No I/O. */
import { DomainError } from '../../core/errors.js';
import { allowedTransitions, type Casualties, type IncidentStatus } from './incident.schema.js';
import { attacksOnUnPersonnel, notCrimes, type IncidentCategory } from './incident.taxonomy.js';

export { allowedTransitions };

export function assertTransition(from: IncidentStatus, to: IncidentStatus, reason: string): void {
  if (!allowedTransitions[from].includes(to)) {
    throw new DomainError('invalid_state', `An incident cannot go from ${from} to ${to}`, [
      {
        path: 'status',
        message: `allowed from ${from}: ${allowedTransitions[from].join(', ') || 'none'}`,
      },
    ]);
  }
  if (to === 'discarded' && reason.trim() === '') {
    throw new DomainError('validation_failed', 'reason: say why the report is discarded', [
      { path: 'reason', message: 'required to discard' },
    ]);
  }
}

/** Only open records (reported or verified) are edited; closed ones are reopened first. */
export function assertEditable(status: IncidentStatus): void {
  if (status === 'closed' || status === 'discarded') {
    throw new DomainError(
      'invalid_state',
      `A ${status} incident cannot be edited; reopen it first`,
      [{ path: 'status', message: status }],
    );
  }
}

export function totalKilled(casualties: Casualties): number {
  return (
    casualties.unPersonnel.killed +
    casualties.civilians.killed +
    casualties.armedActors.killed +
    casualties.unattributedKilled
  );
}

/**
 * I1 (¶108: "crimes against United Nations personnel"): an attack on UN personnel or premises, or
 * an act that is a crime and killed, injured or abducted UN personnel, opens a follow-up with the
 * host Government, which stays open until the investigation or prosecution outcome is recorded.
 * A hazard (an accident, a flood, a fire) or an act of unknown kind ('other') hurts people but has
 * no one to prosecute: no follow-up (issue 16). Recategorised as a crime, it opens one.
 */
export function needsHostFollowUp(category: IncidentCategory, casualties: Casualties): boolean {
  const un = casualties.unPersonnel;
  if (attacksOnUnPersonnel.has(category)) return true;
  return !notCrimes.has(category) && un.killed + un.injured + un.abducted > 0;
}

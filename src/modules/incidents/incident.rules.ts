/** Pure rules of the incident record: the status workflow and rule I1. No I/O. */
import { DomainError } from '../../core/errors.js';
import { allowedTransitions, type Casualties, type IncidentStatus } from './incident.schema.js';
import { attacksOnUnPersonnel, type IncidentCategory } from './incident.taxonomy.js';

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
 * I1 (¶108): an incident whose victims include UN personnel opens a follow-up with the host
 * Government, which stays open until the investigation or prosecution outcome is recorded.
 */
export function needsHostFollowUp(category: IncidentCategory, casualties: Casualties): boolean {
  const un = casualties.unPersonnel;
  return attacksOnUnPersonnel.has(category) || un.killed + un.injured + un.abducted > 0;
}

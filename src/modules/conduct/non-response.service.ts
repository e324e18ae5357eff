/**
 * ¶120's non-response (issue 16): "I will repatriate contingents where there is ... non-response
 * to allegations of misconduct". A typed-in case naming a contingent or formed police unit starts
 * the contributor's clock at receipt: 10 working days to appoint a national investigation officer
 * or say it will not investigate (measure.rules.ts). With no answer by then, a repatriation
 * decision is raised for headquarters, once per case and contingent — by the sweep, whatever
 * anyone does or fails to do, and at once if the answer is recorded late. The answer is the
 * conduct officer's to record, dated, never ahead of today. Imported history is outside the rule
 * by design: it has no clock (its contributors were asked under other systems).
 */
import { addDays, dayOf } from '../../core/days.js';
import { DomainError, staleVersion } from '../../core/errors.js';
import { assertHappened } from '../../core/happened.js';
import { toTimestamp } from '../../db/codecs.js';
import { inTransaction, type AppContext, type RequestContext } from '../../db/context.js';
import { systemActor } from '../../core/system-actor.js';
import { audit } from '../audit/audit.service.js';
import { recordType, toCaseFields } from './case.repository.js';
import type { Case } from './case.schema.js';
import { loadCase, loadCaseForWrite } from './case.service.js';
import {
  contingentSubjectsOf,
  nonResponseRaised,
  setContributorResponse,
  unansweredContingentCaseRows,
} from './measure.repository.js';
import {
  contingentsOf,
  contributorResponseOf,
  contributorResponseWorkingDays,
} from './measure.rules.js';
import type { ContributorResponseInput } from './measure.schema.js';
import { raiseDecision } from './measure.service.js';

type Answerable = Parameters<typeof contributorResponseOf>[0] & {
  id: string;
  missionId: string;
  respondedOn: string | null;
};

/** Raises the non-response decisions a case calls for today; @returns how many. */
export async function raiseNonResponse(tx: RequestContext, c: Answerable): Promise<number> {
  const state = contributorResponseOf(c, c.respondedOn, dayOf(tx.clock.now()));
  if (!state || (state.state !== 'overdue' && state.state !== 'answered_late')) return 0;
  const raised = await nonResponseRaised(tx.db, c.id);
  let n = 0;
  for (const k of contingentsOf(c.subjects)) {
    if (raised.has(JSON.stringify([k.contributor, k.unit]))) continue;
    await raiseDecision(tx, {
      missionId: c.missionId,
      kind: 'repatriation',
      trigger: 'non_response',
      contributor: k.contributor,
      unit: k.unit,
      sourceCaseId: c.id,
      basis: { dueOn: state.dueOn, workingDays: contributorResponseWorkingDays },
    });
    n += 1;
  }
  return n;
}

/**
 * The contributor's answer on a case. A late answer is recorded and still raises the decision
 * (the decision-taker sees both). @throws forbidden, not_found, conflict, invalid_state, validation_failed
 */
export async function recordContributorResponse(
  ctx: RequestContext,
  id: string,
  input: ContributorResponseInput,
): Promise<Case> {
  assertHappened(ctx.clock.now(), { respondedOn: input.respondedOn });
  return inTransaction(ctx, async (tx) => {
    const c = await loadCaseForWrite(tx, id);
    if (!c.contributorResponse)
      throw new DomainError(
        'invalid_state',
        'No contributor is asked to answer on this case (no contingent named, imported, or closed at intake)',
      );
    if (c.contributorResponse.response !== null)
      throw new DomainError(
        'invalid_state',
        `The contributor's answer was recorded already (${c.contributorResponse.respondedOn})`,
      );
    if (input.respondedOn < c.receivedAt.slice(0, 10))
      throw new DomainError(
        'validation_failed',
        'respondedOn: before the allegation was received',
        [{ path: 'respondedOn', message: `before ${c.receivedAt.slice(0, 10)}` }],
      );
    if (c.version !== input.version) throw staleVersion('Case', input.version);
    const moved = await setContributorResponse(tx.db, {
      caseId: id,
      nio: input.response === 'nio_appointed' ? 'yes' : 'declined',
      respondedOn: input.respondedOn,
      updatedAt: toTimestamp(tx.clock.now()),
      expectedVersion: input.version,
    });
    if (!moved) throw staleVersion('Case', input.version);
    await audit(tx, {
      action: 'conduct.case.contributor-response',
      recordType,
      recordId: id,
      missionId: c.missionId,
      change: input,
    });
    const changed = await loadCase(tx, id);
    await raiseNonResponse(tx, { ...changed, respondedOn: input.respondedOn });
    return changed;
  });
}

/**
 * The sweep's part: every typed-in case whose contributor's time ran out raises its decision.
 * Runs as the system, which reads no victim (subjects' contributor and unit only).
 * @returns decisions raised
 */
export async function sweepNonResponse(app: AppContext): Promise<number> {
  const today = dayOf(app.clock.now());
  // Ten working days span at least 13 calendar days: only older receipts can be overdue.
  const before = `${addDays(today, -12)}T00:00:00.000Z`;
  const ctx: RequestContext = {
    ...app,
    actor: systemActor('peaceops-sweep', 'system', ['conduct:read', 'conduct:write']),
    requestId: 'sweep',
  };
  let raised = 0;
  // The system holds no compartment: it reads the case's fields and its subjects' contributor and
  // unit straight from storage, nothing tier-1.
  for (const row of await unansweredContingentCaseRows(app.db, before))
    raised += await inTransaction(ctx, async (tx) =>
      raiseNonResponse(tx, {
        ...toCaseFields(row),
        subjects: await contingentSubjectsOf(tx.db, row.id),
        respondedOn: row.contributor_responded_on ?? null,
      }),
    );
  return raised;
}

/**
 * K8 (¶98): a refusal to follow the orders of the force commander or police commissioner → the
 * contributor informed immediately → the periodic summary to the Council → a remedial action due →
 * a repatriation decision if none.
 */
import { describe, expect, it } from 'vitest';
import {
  assertMayDecide,
  assertMayInform,
  assertMayRecordRemedy,
  assertMaySetDue,
  inCouncilSummary,
  promptness,
  refusalStatus,
  type RefusalState,
} from './refusal.rules.js';

const reported: RefusalState = {
  occurredOn: '2026-03-01',
  reportedAt: '2026-03-02T08:00:00.000Z',
  informedAt: null,
  remedialDue: null,
  remedialOn: null,
  decision: null,
  decidedOn: null,
};
const informed = { ...reported, informedAt: '2026-03-02T10:00:00.000Z' };
const due = { ...informed, remedialDue: '2026-04-01' };

describe('K8 (¶98) the path of a refusal', () => {
  it('reported: the contributor must be informed first', () => {
    expect(refusalStatus(reported, '2026-03-02').status).toBe('contributor_not_informed');
    expect(() => assertMaySetDue(reported, '2026-04-01')).toThrow(/inform the contributor first/);
  });

  it('informed within 24 hours counts as immediately; later is said, with the hours', () => {
    expect(promptness(reported.reportedAt, informed.informedAt!)).toEqual({
      hours: 2,
      immediate: true,
    });
    expect(promptness(reported.reportedAt, '2026-03-04T08:00:00.000Z')).toEqual({
      hours: 48,
      immediate: false,
    });
  });

  it('informing is once, and not before the report', () => {
    expect(() => assertMayInform(informed, '2026-03-03T00:00:00.000Z')).toThrow(/already informed/);
    expect(() => assertMayInform(reported, '2026-03-01T00:00:00.000Z')).toThrow(
      /informedAt: before the report/,
    );
  });

  it('a remedial action is due; until then the status says so', () => {
    expect(refusalStatus(informed, '2026-03-02').status).toBe('awaiting_remedial_due');
    expect(refusalStatus(due, '2026-04-01').status).toBe('remedial_due');
    expect(() => assertMaySetDue(informed, '2026-03-01')).toThrow(/remedialDue: after the refusal/);
  });

  it('no remedial action by the due date: a repatriation decision is required', () => {
    expect(refusalStatus(due, '2026-04-02')).toEqual({
      status: 'decision_required',
      next: 'no remedial action by 2026-04-01: decide whether the unit is repatriated (¶98)',
    });
    expect(() => assertMayDecide(due, '2026-04-02')).not.toThrow();
  });

  it('no decision while the remedial action is still due or once it is taken', () => {
    expect(() => assertMayDecide(due, '2026-04-01')).toThrow(
      /remedial action is due until 2026-04-01/,
    );
    const remedied = { ...due, remedialOn: '2026-03-20' };
    expect(refusalStatus(remedied, '2026-05-01').status).toBe('remedied');
    expect(() => assertMayDecide(remedied, '2026-05-01')).toThrow(/remedial action was taken/);
    expect(() => assertMayRecordRemedy(remedied, '2026-03-21')).toThrow(/already recorded/);
  });

  it('decided: repatriated or retained, and nothing more can be recorded', () => {
    const decided = { ...due, decision: 'repatriate' as const, decidedOn: '2026-04-05' };
    expect(refusalStatus(decided, '2026-05-01').status).toBe('repatriated');
    expect(() => assertMayRecordRemedy(decided, '2026-04-06')).toThrow(/decided/);
  });
});

describe('K8 the periodic summary to the Council', () => {
  const q2 = { from: '2026-04-01', to: '2026-06-30' };
  it('holds refusals reported in the period', () => {
    expect(inCouncilSummary({ ...due, reportedAt: '2026-05-01T00:00:00.000Z' }, q2)).toBe(true);
    expect(inCouncilSummary({ ...due, reportedAt: '2026-07-01T00:00:00.000Z' }, q2)).toBe(false);
  });
  it('and earlier ones not settled before the period began', () => {
    expect(inCouncilSummary(due, q2)).toBe(true);
    expect(inCouncilSummary({ ...due, remedialOn: '2026-03-20' }, q2)).toBe(false);
    expect(inCouncilSummary({ ...due, remedialOn: '2026-04-20' }, q2)).toBe(true);
  });
});

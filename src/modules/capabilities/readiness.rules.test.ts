/**
 * K1 (¶86–87): a readiness level is reached only with its evidence, one step at a time, and lost
 * with its reason — an assessment and advisory visit failed or run out, a deployability
 * verification failed.
 */
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../core/errors.js';
import { applyEvidence, effectiveLevel, type ReadinessState } from './readiness.rules.js';

const today = '2026-11-28';
const pledged: ReadinessState = { level: '1', visitValidUntil: null };
const visit = (passed = true, visitedOn = '2026-03-10') =>
  ({ kind: 'assessment_visit', visitedOn, reportReference: 'AAV-2026-014', passed }) as const;
const aligned = { kind: 'sur_alignment', requirementId: 'sur-1', alignedOn: '2026-06-01' } as const;
const verified = (daysToDeploy: number, passed = true) =>
  ({ kind: 'rdl_verification', verifiedOn: '2026-09-01', daysToDeploy, passed }) as const;
const invalid = (run: () => unknown, message: RegExp) => {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).code).toBe('invalid_state');
    expect((e as DomainError).message).toMatch(message);
    return;
  }
  throw new Error('expected invalid_state');
};

describe('K1: levels reached with their evidence, one step at a time (¶86–87)', () => {
  it('1 → 2 with a passed visit (valid three years) → 3 aligned with a SUR → rapid deployment within 60 days', () => {
    const two = applyEvidence(pledged, visit(), { today });
    expect(two).toMatchObject({
      state: { level: '2', visitValidUntil: '2029-03-10' },
      change: 'reached',
      reason: expect.stringContaining('AAV-2026-014'),
    });
    const three = applyEvidence(two.state, aligned, { today });
    expect(three.state.level).toBe('3');
    const rdl = applyEvidence(three.state, verified(45), { today });
    expect(rdl).toMatchObject({ state: { level: 'rdl' }, change: 'reached' });
  });

  it('no level is skipped: alignment needs level 2, the rapid deployment level needs level 3', () => {
    invalid(() => applyEvidence(pledged, aligned, { today }), /level 3 needs level 2 first/);
    invalid(() => applyEvidence(pledged, verified(30), { today }), /needs level 3 first/);
    const two = applyEvidence(pledged, visit(), { today }).state;
    invalid(() => applyEvidence(two, verified(30), { today }), /needs level 3 first/);
  });

  it('more than 60 days to deploy is not the rapid deployment level', () => {
    const three: ReadinessState = { level: '3', visitValidUntil: '2029-03-10' };
    expect(applyEvidence(three, verified(61), { today })).toMatchObject({
      state: { level: '3' },
      change: 'kept',
      reason: expect.stringMatching(/61 days to deploy, more than 60/),
    });
  });
});

describe('K1: levels are lost, with the reason', () => {
  it('a failed deployability verification brings the rapid deployment level back to 3', () => {
    const rdl: ReadinessState = { level: 'rdl', visitValidUntil: '2029-03-10' };
    expect(applyEvidence(rdl, verified(20, false), { today })).toMatchObject({
      state: { level: '3' },
      change: 'lost',
    });
  });

  it('a failed visit brings any level back to 1', () => {
    const three: ReadinessState = { level: '3', visitValidUntil: '2029-03-10' };
    expect(applyEvidence(three, visit(false, '2026-10-01'), { today })).toMatchObject({
      state: { level: '1', visitValidUntil: null },
      change: 'lost',
    });
  });

  it('a visit that has run out counts as level 1, and a new passed visit renews the level', () => {
    const lapsed: ReadinessState = { level: '3', visitValidUntil: '2026-03-09' };
    expect(effectiveLevel(lapsed, today)).toEqual({ level: '1', expiredOn: '2026-03-09' });
    invalid(
      () => applyEvidence({ level: '2', visitValidUntil: '2026-03-09' }, aligned, { today }),
      /level 2 first/,
    );
    const renewed = applyEvidence(
      { level: '3', visitValidUntil: '2027-01-01' },
      visit(true, '2026-11-01'),
      {
        today,
        visitValidityYears: 2,
      },
    );
    expect(renewed).toMatchObject({
      state: { level: '3', visitValidUntil: '2028-11-01' },
      change: 'renewed',
    });
  });
});

/**
 * K3 (¶100, ¶126): a unit deploys only with every person recorded (at least its strength),
 * certified and screened on or before the day; the refusal says exactly who misses what. Issue 16:
 * no date walks around it — not a deployment dated before 2016 (history is not recorded here), not
 * one in the future, not certificates dated after the deployment they are to cover.
 */
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../core/errors.js';
import {
  assertUnitMayDeploy,
  deploymentDateProblem,
  missingOf,
  readinessOn,
  type PersonRecord,
} from './certification.rules.js';

const today = '2026-06-01';
const person = (serviceNumber: string, certifiedOn: string | null, screenedOn: string | null) => ({
  serviceNumber,
  certifications: certifiedOn ? [{ certifiedOn }] : [],
  screenings: screenedOn ? [{ screenedOn, outcome: 'cleared' as const }] : [],
  seaTrainings: [{ completedOn: '2026-01-11' }],
});
const ready = person('RW-001', '2026-01-10', '2026-01-12');
const refusal = (fn: () => void): DomainError => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    return e as DomainError;
  }
  throw new Error('expected a refusal');
};

describe('K3: certified and screened before deploying (¶100, ¶126)', () => {
  it('what each person lacks', () => {
    const r = {
      serviceNumber: 'RW-001',
      certified: true,
      screening: 'cleared' as const,
      seaTrained: true,
    };
    expect(missingOf(r)).toEqual([]);
    expect(missingOf({ ...r, certified: false, screening: null })).toEqual([
      'certification',
      'screening',
    ]);
    expect(missingOf({ ...r, screening: 'not_cleared' })).toEqual(['cleared_screening']);
  });

  it('anyone missing either stops the unit, named with what they lack', () => {
    const e = refusal(() =>
      assertUnitMayDeploy(
        { strength: 2, people: [ready, person('RW-002', null, '2026-01-12')] },
        '2026-02-01',
        today,
      ),
    );
    expect(e.code).toBe('invalid_state');
    expect(e.message).toBe('1 of 2 people are not ready to deploy (¶100, ¶126)');
    expect(e.details).toEqual([
      { path: 'personnel.RW-002', message: 'no predeployment training certification' },
    ]);
    expect(() =>
      assertUnitMayDeploy({ strength: 1, people: [ready] }, '2026-02-01', today),
    ).not.toThrow();
    expect(() => assertUnitMayDeploy({ strength: 1, people: [] }, '2026-02-01', today)).toThrow(
      /no personnel recorded/,
    );
  });

  it('issue 16: a unit of 850 does not deploy with one person recorded', () => {
    const e = refusal(() =>
      assertUnitMayDeploy({ strength: 850, people: [ready] }, '2026-02-01', today),
    );
    expect(e.code).toBe('invalid_state');
    expect(e.message).toMatch(/strength is 850 and 1 of its people are recorded/);
    expect(e.details).toEqual([{ path: 'personnel', message: '1 recorded, 850 needed' }]);
  });

  it('issue 16: no deployment is dated before 2016 to escape the rule, nor in the future', () => {
    for (const deployedOn of ['2015-12-31', '1999-01-01']) {
      const e = refusal(() =>
        assertUnitMayDeploy({ strength: 1, people: [person('X', null, null)] }, deployedOn, today),
      );
      expect(e.code).toBe('validation_failed');
      expect(e.details[0]).toMatchObject({ path: 'deployedOn' });
      expect(e.message).toMatch(/before 1 January 2016, when K3 began/);
    }
    expect(deploymentDateProblem('2016-01-01', today)).toBeNull();
    expect(deploymentDateProblem(today, today)).toBeNull();
    expect(deploymentDateProblem('2026-06-02', today)).toMatch(/in the future/);
  });

  it('issue 16: what counts is what the person held on the day of deployment', () => {
    const late: PersonRecord = person('RW-003', '2026-03-01', '2026-03-02');
    // Deployed in February: certificates of March do not cover it.
    const e = refusal(() =>
      assertUnitMayDeploy({ strength: 1, people: [late] }, '2026-02-01', today),
    );
    expect(e.details).toEqual([
      {
        path: 'personnel.RW-003',
        message: 'no predeployment training certification; no human-rights screening',
      },
    ]);
    expect(() =>
      assertUnitMayDeploy({ strength: 1, people: [late] }, '2026-03-02', today),
    ).not.toThrow();
    // The latest screening on or before the day counts, whatever the order it was recorded in.
    const rescreened: PersonRecord = {
      serviceNumber: 'RW-004',
      certifications: [{ certifiedOn: '2026-01-01' }],
      screenings: [
        { screenedOn: '2026-04-01', outcome: 'not_cleared' },
        { screenedOn: '2026-01-05', outcome: 'cleared' },
      ],
      seaTrainings: [],
    };
    expect(readinessOn(rescreened, '2026-02-01').screening).toBe('cleared');
    expect(readinessOn(rescreened, '2026-05-01').screening).toBe('not_cleared');
  });
});

/**
 * K3 (¶100, ¶126): a unit deploys from 1 January 2016 only with every person certified and screened;
 * the refusal says exactly who misses what.
 */
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../core/errors.js';
import { assertUnitMayDeploy, missingOf } from './certification.rules.js';

const ready = { serviceNumber: 'RW-001', certified: true, screening: 'cleared' as const };

describe('K3: certified and screened before deploying (¶100, ¶126)', () => {
  it('what each person lacks', () => {
    expect(missingOf(ready)).toEqual([]);
    expect(missingOf({ ...ready, certified: false, screening: null })).toEqual([
      'certification',
      'screening',
    ]);
    expect(missingOf({ ...ready, screening: 'not_cleared' })).toEqual(['cleared_screening']);
  });

  it('from 1 January 2016 anyone missing either stops the unit, named with what they lack', () => {
    const people = [
      ready,
      { serviceNumber: 'RW-002', certified: false, screening: 'cleared' as const },
    ];
    try {
      assertUnitMayDeploy(people, '2016-01-01');
      throw new Error('expected a refusal');
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).code).toBe('invalid_state');
      expect((e as DomainError).message).toBe('1 of 2 people are not ready to deploy (¶100, ¶126)');
      expect((e as DomainError).details).toEqual([
        { path: 'personnel.RW-002', message: 'no predeployment training certification' },
      ]);
    }
    expect(() => assertUnitMayDeploy([ready], '2016-01-01')).not.toThrow();
    expect(() => assertUnitMayDeploy([], '2026-02-01')).toThrow(/no personnel recorded/);
  });

  it('a deployment dated before 2016 is not held to it', () => {
    expect(() =>
      assertUnitMayDeploy([{ ...ready, certified: false, screening: null }], '2015-12-31'),
    ).not.toThrow();
  });
});

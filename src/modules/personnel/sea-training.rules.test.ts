/** P6 (¶124), pure: the SEA e-learning owed from June 2016, held on the day; with K3, a person without it blocks the unit. */
import { describe, expect, it } from 'vitest';
import { assertUnitMayDeploy, readinessOn } from '../capabilities/certification.rules.js';
import { seaTrainedOn, seaTrainingOwed } from './sea-training.rules.js';

const person = (serviceNumber: string, completedOn: string | null) => ({
  serviceNumber,
  certifications: [{ certifiedOn: '2026-01-10' }],
  screenings: [{ screenedOn: '2026-01-12', outcome: 'cleared' as const }],
  seaTrainings: completedOn ? [{ completedOn }] : [],
});

describe('P6 mandatory SEA training (¶124)', () => {
  it('P6: owed from 1 June 2016, held only when completed on or before the day', () => {
    expect(seaTrainingOwed('2016-05-31')).toBe(false);
    expect(seaTrainingOwed('2016-06-01')).toBe(true);
    expect(seaTrainedOn([{ completedOn: '2026-02-01' }], '2026-01-31')).toBe(false);
    expect(seaTrainedOn([{ completedOn: '2026-02-01' }], '2026-02-01')).toBe(true);
    expect(readinessOn(person('X', null), '2016-05-01').seaTrained).toBeNull();
  });

  it('P6: a uniformed person without it blocks the unit’s deployment, named, beside K3', () => {
    let refusal: { message: string; details: unknown } | undefined;
    try {
      assertUnitMayDeploy(
        { strength: 2, people: [person('RW-1', '2026-01-11'), person('RW-2', null)] },
        '2026-02-01',
        '2026-03-01',
      );
    } catch (e) {
      refusal = e as typeof refusal;
    }
    expect(refusal?.details).toEqual([
      {
        path: 'personnel.RW-2',
        message: 'no completed e-learning on sexual exploitation and abuse (¶124)',
      },
    ]);
    // Completed after the day does not cover it; on the day it does.
    expect(() =>
      assertUnitMayDeploy(
        { strength: 1, people: [person('RW-3', '2026-02-02')] },
        '2026-02-01',
        '2026-03-01',
      ),
    ).toThrow(/not ready to deploy/);
    expect(() =>
      assertUnitMayDeploy(
        { strength: 1, people: [person('RW-3', '2026-02-01')] },
        '2026-02-01',
        '2026-03-01',
      ),
    ).not.toThrow();
  });
});

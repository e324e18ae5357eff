/** K9 (¶76): the steps from selection to arrival, each owned by a division, and where the days go. */
import { describe, expect, it } from 'vitest';
import {
  assertStepDates,
  deploymentSteps,
  median,
  ownerOf,
  whereTheDaysGo,
} from './deployment-steps.rules.js';

describe('K9 (¶76) the steps', () => {
  it('at least 20 steps from selection to arrival, each owned by a division, keys unique', () => {
    expect(deploymentSteps.length).toBeGreaterThanOrEqual(20);
    expect(new Set(deploymentSteps.map((s) => s.key)).size).toBe(deploymentSteps.length);
    expect(deploymentSteps[0]!.key).toBe('selection');
    expect(deploymentSteps.at(-1)!.key).toBe('operational_readiness');
    for (const s of deploymentSteps) expect(s.owner).toBeTruthy();
  });

  it('force generation steps of a formed police unit belong to the Police Division', () => {
    expect(ownerOf('invitation', 'infantry_battalion')).toBe('force_generation');
    expect(ownerOf('invitation', 'formed_police_unit')).toBe('police_division');
    expect(ownerOf('mou_signed', 'formed_police_unit')).toBe('ucsd');
  });

  it('dates: not before the selection, not in the future, completed not before started', () => {
    const when = { selectedOn: '2026-03-01', today: '2026-04-01' };
    expect(() =>
      assertStepDates({ startedOn: '2026-03-02', completedOn: '2026-03-10' }, when),
    ).not.toThrow();
    expect(() => assertStepDates({ startedOn: '2026-02-27', completedOn: null }, when)).toThrow(
      /startedOn: not before the selection \(2026-03-01\)/,
    );
    expect(() =>
      assertStepDates({ startedOn: '2026-03-05', completedOn: '2026-03-04' }, when),
    ).toThrow(/completedOn: not before it started/);
    expect(() =>
      assertStepDates({ startedOn: '2026-03-05', completedOn: '2026-04-02' }, when),
    ).toThrow(/completedOn: in the future/);
  });
});

describe('K9 where the days go, across deployments', () => {
  it('the median days of each step over the deployments that completed it, and per division', () => {
    const d = (mou: number, ship: number) => ({
      capability: 'infantry_battalion',
      steps: [
        {
          step: 'mou_negotiation',
          startedOn: '2026-01-01',
          completedOn: `2026-01-${String(1 + mou).padStart(2, '0')}`,
        },
        { step: 'mou_signed', startedOn: '2026-02-01', completedOn: '2026-02-03' },
        {
          step: 'sea_voyage',
          startedOn: '2026-03-01',
          completedOn: `2026-03-${String(1 + ship).padStart(2, '0')}`,
        },
      ],
    });
    const open = {
      capability: 'infantry_battalion',
      steps: [{ step: 'sea_voyage', startedOn: '2026-03-01', completedOn: null }],
    };
    const r = whereTheDaysGo([d(10, 20), d(20, 25), d(12, 28), open]);
    expect(r.steps.find((s) => s.step === 'mou_negotiation')).toMatchObject({
      owner: 'ucsd',
      deployments: 3,
      medianDays: 12,
    });
    expect(r.steps.find((s) => s.step === 'sea_voyage')).toMatchObject({
      deployments: 3,
      medianDays: 25,
    });
    expect(r.steps.find((s) => s.step === 'customs')).toMatchObject({
      deployments: 0,
      medianDays: null,
    });
    // UCSD: 12, 22, 14 days per deployment → median 14.
    expect(r.divisions.find((x) => x.owner === 'ucsd')).toMatchObject({
      deployments: 3,
      medianDays: 14,
    });
  });

  it('median of an even count is the mean of the middle two', () => {
    expect(median([1, 2, 3, 10])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

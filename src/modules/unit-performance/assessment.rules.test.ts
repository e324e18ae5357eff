/** K7 (¶97): unit performance against task-based standards; a deficiency opens a remedial plan. */
import { describe, expect, it } from 'vitest';
import { contributorTrend, judge, planStatus } from './assessment.rules.js';

describe('K7 (¶97) judging an assessment', () => {
  it('meets every standard: satisfactory, no remedial plan', () => {
    const j = judge(
      [
        { standard: 'Protection of civilians', rating: 'meets' },
        { standard: 'Patrolling', rating: 'exceeds' },
      ],
      { assessedOn: '2026-03-01', remedialDue: null },
    );
    expect(j).toEqual({ score: 3.5, result: 'satisfactory', deficiencies: [], remedialDue: null });
  });

  it('a standard partially met is a deficiency: a remedial plan due in 90 days by default', () => {
    const j = judge(
      [
        { standard: 'Protection of civilians', rating: 'partially_meets' },
        { standard: 'Patrolling', rating: 'meets' },
      ],
      { assessedOn: '2026-03-01', remedialDue: null },
    );
    expect(j.result).toBe('needs_improvement');
    expect(j.deficiencies).toEqual(['Protection of civilians']);
    expect(j.remedialDue).toBe('2026-05-30');
    expect(j.score).toBe(2.5);
  });

  it('a standard not met makes the unit unsatisfactory: remedial plan due in 30 days by default', () => {
    const j = judge([{ standard: 'Force protection', rating: 'does_not_meet' }], {
      assessedOn: '2026-03-01',
      remedialDue: null,
    });
    expect(j.result).toBe('unsatisfactory');
    expect(j.remedialDue).toBe('2026-03-31');
  });

  it('the assessor may set the due date, but not on or before the assessment', () => {
    const standards = [{ standard: 'Force protection', rating: 'does_not_meet' as const }];
    expect(
      judge(standards, { assessedOn: '2026-03-01', remedialDue: '2026-04-15' }).remedialDue,
    ).toBe('2026-04-15');
    expect(() => judge(standards, { assessedOn: '2026-03-01', remedialDue: '2026-03-01' })).toThrow(
      /remedialDue: must be after the assessment/,
    );
  });

  it('a due date without a deficiency is refused: there is nothing to remedy', () => {
    expect(() =>
      judge([{ standard: 'Patrolling', rating: 'meets' }], {
        assessedOn: '2026-03-01',
        remedialDue: '2026-04-01',
      }),
    ).toThrow(/remedialDue: no standard is deficient/);
  });

  it('the same standard twice is refused, naming it', () => {
    expect(() =>
      judge(
        [
          { standard: 'Patrolling', rating: 'meets' },
          { standard: ' patrolling', rating: 'exceeds' },
        ],
        { assessedOn: '2026-03-01', remedialDue: null },
      ),
    ).toThrow(/standards\[1\]: "patrolling" is assessed twice/);
  });
});

describe('K7 remedial plans', () => {
  const plan = { dueOn: '2026-04-01', closedOn: null, outcome: null };
  it('open until its due date, then overdue', () => {
    expect(planStatus(plan, '2026-04-01')).toBe('open');
    expect(planStatus(plan, '2026-04-02')).toBe('overdue');
  });
  it('closed with its outcome', () => {
    expect(planStatus({ ...plan, closedOn: '2026-03-20', outcome: 'remedied' }, '2026-05-01')).toBe(
      'remedied',
    );
    expect(
      planStatus({ ...plan, closedOn: '2026-04-03', outcome: 'not_remedied' }, '2026-05-01'),
    ).toBe('not_remedied');
  });
});

describe('K7 trends per contributor', () => {
  it('per quarter, the mean of each unit’s latest score in that quarter', () => {
    const trend = contributorTrend([
      { unitId: 'a', assessedOn: '2026-01-10', score: 2 },
      { unitId: 'a', assessedOn: '2026-03-10', score: 3 },
      { unitId: 'b', assessedOn: '2026-02-01', score: 4 },
      { unitId: 'b', assessedOn: '2026-04-01', score: 3.5 },
    ]);
    expect(trend).toEqual([
      { quarter: '2026-Q1', units: 2, score: 3.5 },
      { quarter: '2026-Q2', units: 1, score: 3.5 },
    ]);
  });
});

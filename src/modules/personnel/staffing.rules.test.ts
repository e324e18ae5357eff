/** P5 (¶64), pure: national staff and community liaison officers from the first month, against the plan. */
import { describe, expect, it } from 'vitest';
import { monthsFrom, staffingMonths } from './staffing.rules.js';

describe('P5 national staff and community liaison officers (¶64)', () => {
  it('P5: each month from the first against the plan in force; a month without a return is missing, not zero', () => {
    expect(monthsFrom('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    const { months, missing } = staffingMonths(
      [
        { month: '2026-01', category: 'community_liaison', women: 3, men: 9 },
        { month: '2026-02', category: 'community_liaison', women: 6, men: 8 },
      ],
      [
        { category: 'community_liaison', fromMonth: '2026-01', planned: 20, plannedWomen: 10 },
        { category: 'community_liaison', fromMonth: '2026-02', planned: 16, plannedWomen: 8 },
      ],
      { firstMonth: '2026-01', thisMonth: '2026-03' },
    );
    const clo = months.filter((m) => m.category === 'community_liaison');
    expect(clo.map((m) => [m.month, m.women, m.planned, m.shortfall, m.womenShare])).toEqual([
      ['2026-01', 3, 20, 8, 25],
      ['2026-02', 6, 16, 2, 42.9],
      ['2026-03', null, 16, null, null],
    ]);
    expect(missing).toContainEqual({ month: '2026-03', category: 'community_liaison' });
    expect(missing.filter((m) => m.category === 'national_professional')).toHaveLength(3);
  });
});

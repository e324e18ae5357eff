/** D7 (¶128–129), pure: a site opens after its environmental impact assessment and is reassessed every 12 months. */
import { describe, expect, it } from 'vitest';
import { assertSiteStep, reassessment } from './environment.rules.js';

describe('D7 environment', () => {
  it('D7: a site opens only with an impact assessment on or before its opening day; it closes only once open, not before it opened', () => {
    const open = (assessedOn: string[], day = '2026-03-01') =>
      assertSiteStep({ status: 'planned', to: 'open', day, openedOn: null, assessedOn });
    expect(() => open([])).toThrow(
      /environmental impact assessment.*none is recorded on or before 2026-03-01/,
    );
    expect(() => open(['2026-03-02'])).toThrow(/none is recorded/);
    expect(() => open(['2026-02-20'])).not.toThrow();
    expect(() =>
      assertSiteStep({
        status: 'open',
        to: 'open',
        day: '2026-03-01',
        openedOn: '2026-02-01',
        assessedOn: ['2026-01-01'],
      }),
    ).toThrow(/only a planned site opens/);
    expect(() =>
      assertSiteStep({
        status: 'planned',
        to: 'closed',
        day: '2026-03-01',
        openedOn: null,
        assessedOn: [],
      }),
    ).toThrow(/only an open site closes/);
    expect(() =>
      assertSiteStep({
        status: 'open',
        to: 'closed',
        day: '2026-01-01',
        openedOn: '2026-02-01',
        assessedOn: [],
      }),
    ).toThrow(/opened on 2026-02-01/);
  });

  it('D7: an open site is reassessed every 12 months, overdue past that', () => {
    expect(reassessment({ status: 'open', lastAssessedOn: '2025-03-01' }, '2026-03-01')).toEqual({
      dueOn: '2026-03-01',
      overdue: false,
    });
    expect(
      reassessment({ status: 'open', lastAssessedOn: '2025-03-01' }, '2026-03-02').overdue,
    ).toBe(true);
    expect(reassessment({ status: 'closed', lastAssessedOn: '2020-01-01' }, '2026-03-02')).toEqual({
      dueOn: null,
      overdue: false,
    });
  });
});

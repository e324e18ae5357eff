/** P3 (¶113–114) and P4 (¶118), pure: the human-rights assessment before appointment; the share of women; compacts. */
import { describe, expect, it } from 'vitest';
import {
  assertAppointment,
  assertCompactAssessment,
  assertCompactYear,
  shareOfWomen,
} from './leadership.rules.js';

describe('P3 leadership appointments (¶113, ¶114)', () => {
  it('P3: no appointment without a human-rights assessment made before it and raising no concern', () => {
    expect(() => assertAppointment({ appointedOn: '2026-01-10' })).toThrow(
      /assessed for their human-rights commitment before appointment \(¶113\)/,
    );
    // From the report's day on; an appointment before it is history, recorded as it was.
    expect(() => assertAppointment({ appointedOn: '2015-09-02' })).toThrow(/¶113/);
    expect(() => assertAppointment({ appointedOn: '2015-09-01' })).not.toThrow();
    expect(() =>
      assertAppointment({
        appointedOn: '2026-01-10',
        humanRightsAssessment: { assessedOn: '2026-01-11', outcome: 'no_concerns' },
      }),
    ).toThrow(/2026-01-11 is after the appointment/);
    expect(() =>
      assertAppointment({
        appointedOn: '2026-01-10',
        humanRightsAssessment: { assessedOn: '2025-12-01', outcome: 'concerns' },
      }),
    ).toThrow(/raised concerns/);
    expect(() =>
      assertAppointment({
        appointedOn: '2026-01-10',
        humanRightsAssessment: { assessedOn: '2026-01-10', outcome: 'no_concerns' },
      }),
    ).not.toThrow();
  });

  it('P3: the share of women per post on each year’s last day (today in this year)', () => {
    const rows = shareOfWomen(
      [
        {
          post: 'head_of_mission',
          gender: 'male',
          appointedOn: '2014-04-10',
          endedOn: '2015-06-30',
        },
        { post: 'head_of_mission', gender: 'female', appointedOn: '2015-07-01', endedOn: null },
        {
          post: 'deputy_head_of_mission',
          gender: 'male',
          appointedOn: '2014-05-01',
          endedOn: null,
        },
        {
          post: 'deputy_head_of_mission',
          gender: 'female',
          appointedOn: '2016-02-01',
          endedOn: null,
        },
      ],
      '2016-06-30',
    );
    const of = (year: number, post: string) =>
      rows.find((r) => r.year === year && r.post === post)!;
    expect(of(2014, 'head_of_mission')).toMatchObject({ inOffice: 1, women: 0, share: 0 });
    expect(of(2015, 'head_of_mission')).toMatchObject({ inOffice: 1, women: 1, share: 100 });
    expect(of(2016, 'deputy_head_of_mission')).toMatchObject({
      on: '2016-06-30',
      inOffice: 2,
      women: 1,
      share: 50,
    });
    expect(of(2016, 'force_commander')).toMatchObject({ inOffice: 0, share: null });
  });
});

describe('P4 senior manager compacts (¶118)', () => {
  it('P4: a compact is a head of mission’s, for a year of the term, assessed at the year’s end', () => {
    const term = { post: 'head_of_mission' as const, appointedOn: '2024-03-01', endedOn: null };
    expect(() => assertCompactYear(term, 2024)).not.toThrow();
    expect(() => assertCompactYear(term, 2023)).toThrow(/2023 is outside the term/);
    expect(() => assertCompactYear({ ...term, post: 'force_commander' }, 2024)).toThrow(
      /the head of mission’s \(¶118\)/,
    );
    expect(() => assertCompactAssessment(2025, '2025-11-30')).toThrow(/before December 2025/);
    expect(() => assertCompactAssessment(2025, '2025-12-01')).not.toThrow();
  });
});

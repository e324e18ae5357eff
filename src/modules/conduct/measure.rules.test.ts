/**
 * C3 (¶120), the non-response clock, pure: 10 working days from receipt for the contributor of a
 * contingent named in a typed-in case; imported history and cases closed at intake are outside it
 * by design, not by accident.
 */
import { describe, expect, it } from 'vitest';
import { addWorkingDays, contingentsOf, contributorResponseOf } from './measure.rules.js';

const contingent = {
  personnelCategory: 'military_contingent' as const,
  nationality: 'BGD',
  unit: 'BANBAT-1',
};
const base = {
  receivedAt: '2026-03-04T10:00:00.000Z', // a Wednesday
  status: 'under_investigation' as const,
  investigationConcludedAt: null,
  nioAppointed: null,
  origin: { system: 'manual' },
  subjects: [contingent],
};

describe('¶120 non-response (C3)', () => {
  it('ten working days skip weekends', () => {
    expect(addWorkingDays('2026-03-04', 10)).toBe('2026-03-18'); // Wednesday → Wednesday
    expect(addWorkingDays('2026-03-06', 1)).toBe('2026-03-09'); // Friday → Monday
    expect(addWorkingDays('2026-03-07', 10)).toBe('2026-03-20'); // Saturday → Friday after next
  });

  it('awaited until the due day, overdue the day after; an answer in time settles it, a late one is said', () => {
    expect(contributorResponseOf(base, null, '2026-03-18')).toMatchObject({
      dueOn: '2026-03-18',
      state: 'awaited',
    });
    expect(contributorResponseOf(base, null, '2026-03-19')?.state).toBe('overdue');
    const answered = { ...base, nioAppointed: 'yes' as const };
    expect(contributorResponseOf(answered, '2026-03-10', '2026-04-01')).toMatchObject({
      state: 'answered',
      response: 'nio_appointed',
    });
    expect(
      contributorResponseOf({ ...base, nioAppointed: 'declined' }, '2026-03-20', '2026-04-01'),
    ).toMatchObject({ state: 'answered_late', response: 'declined_to_investigate' });
    // A "pending" or "no response" mark is not an answer.
    for (const nio of ['pending', 'no_response'] as const)
      expect(contributorResponseOf({ ...base, nioAppointed: nio }, null, '2026-04-01')?.state).toBe(
        'overdue',
      );
  });

  it('no clock without a contingent, for imported history, or for a case closed at intake', () => {
    const staff = { personnelCategory: 'civilian_staff' as const, nationality: null, unit: null };
    expect(contributorResponseOf({ ...base, subjects: [staff] }, null, '2026-04-01')).toBeNull();
    const noUnit = { ...contingent, unit: null };
    expect(contributorResponseOf({ ...base, subjects: [noUnit] }, null, '2026-04-01')).toBeNull();
    expect(
      contributorResponseOf({ ...base, origin: { system: 'un-sea-table' } }, null, '2026-04-01'),
    ).toBeNull();
    expect(contributorResponseOf({ ...base, status: 'closed' }, null, '2026-04-01')).toBeNull();
    // Closed after an investigation: the clock was owed and is still said.
    expect(
      contributorResponseOf(
        { ...base, status: 'closed', investigationConcludedAt: '2026-05-01T00:00:00Z' },
        null,
        '2026-06-01',
      )?.state,
    ).toBe('overdue');
  });

  it('contingents are counted once per contributor and unit', () => {
    expect(contingentsOf([contingent, contingent, { ...contingent, unit: 'BANBAT-2' }])).toEqual([
      { contributor: 'BGD', unit: 'BANBAT-1' },
      { contributor: 'BGD', unit: 'BANBAT-2' },
    ]);
  });
});

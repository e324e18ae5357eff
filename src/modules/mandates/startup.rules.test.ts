/** D6 (¶81–82), pure: the headquarters functional within 8–12 weeks; start-up measures for six months, renewable. */
import { describe, expect, it } from 'vitest';
import { addMonths, hqClock, measuresClock, renewedUntil } from './startup.rules.js';

describe('D6 clocks of start-up', () => {
  const adopted = '2026-01-10';

  it('D6: the headquarters clock runs for 8 weeks, is due from the 8th to the 12th, overdue after; recorded, it is met or late', () => {
    expect(hqClock(adopted, null, '2026-02-01')).toEqual({
      state: 'running',
      from: '2026-03-07',
      by: '2026-04-04',
    });
    expect(hqClock(adopted, null, '2026-03-07').state).toBe('due');
    expect(hqClock(adopted, null, '2026-04-04').state).toBe('due');
    expect(hqClock(adopted, null, '2026-04-05').state).toBe('overdue');
    expect(hqClock(adopted, '2026-04-04', '2026-06-01').state).toBe('met');
    expect(hqClock(adopted, '2026-04-05', '2026-06-01').state).toBe('late');
  });

  it('D6: the measures are in force six months, their renewal due in the last 30 days, expired after; let lapse, lapsed', () => {
    const until = addMonths(adopted, 6);
    expect(until).toBe('2026-07-10');
    expect(measuresClock({ until, lapsedOn: null }, '2026-06-10').state).toBe('in_force');
    expect(measuresClock({ until, lapsedOn: null }, '2026-06-11').state).toBe('renewal_due');
    expect(measuresClock({ until, lapsedOn: null }, '2026-07-10').state).toBe('renewal_due');
    expect(measuresClock({ until, lapsedOn: null }, '2026-07-11').state).toBe('expired');
    expect(measuresClock({ until, lapsedOn: '2026-05-01' }, '2026-05-02').state).toBe('lapsed');
  });

  it('D6: a renewal adds six months to their last day while they are in force, never once expired or lapsed', () => {
    expect(renewedUntil({ until: '2026-07-10', lapsedOn: null }, '2026-06-20')).toBe('2027-01-10');
    expect(() => renewedUntil({ until: '2026-07-10', lapsedOn: null }, '2026-07-11')).toThrow(
      /expired on 2026-07-10/,
    );
    expect(() =>
      renewedUntil({ until: '2026-07-10', lapsedOn: '2026-06-01' }, '2026-06-20'),
    ).toThrow(/lapsed/);
    // The end of a month is kept in a shorter one.
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
  });
});

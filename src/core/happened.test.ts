/**
 * Issue 16: the stated skew of "not in the future" — a day may be today wherever the day is
 * furthest ahead (UTC+14), an instant up to 15 minutes ahead of the server's clock — and the
 * settings of the report's rules may only be made stricter.
 */
import { describe, expect, it } from 'vitest';
import { assertHappened, futureDates, latestDay } from './happened.js';
import { assertStricter, noLooser, type SettingBounds } from './settings.js';

describe('dates of things that happened', () => {
  it('a day: up to today in UTC+14', () => {
    expect(latestDay(new Date('2026-03-01T09:59:59Z'))).toBe('2026-03-01');
    expect(latestDay(new Date('2026-03-01T10:00:00Z'))).toBe('2026-03-02');
    const now = new Date('2026-03-01T08:00:00Z');
    expect(futureDates(now, { a: '2026-03-01', b: '2025-12-31', c: null, d: undefined })).toEqual(
      [],
    );
    expect(futureDates(now, { on: '2026-03-02' })).toEqual([
      expect.objectContaining({ path: 'on', code: 'in_future' }),
    ]);
  });

  it('an instant: up to 15 minutes ahead', () => {
    const now = new Date('2026-03-01T08:00:00Z');
    expect(() => assertHappened(now, { at: '2026-03-01T08:15:00Z' })).not.toThrow();
    expect(() => assertHappened(now, { at: '2026-03-01T08:15:01Z' })).toThrow(/at: in the future/);
    // An offset is read as the instant it names.
    expect(() => assertHappened(now, { at: '2026-03-01T12:00:00+04:00' })).not.toThrow();
  });
});

describe('settings only stricter', () => {
  const bounds: SettingBounds<{ hours: number; years: number }> = {
    hours: { stricter: 'at_most', loosest: 72, limit: 1 },
    years: { stricter: 'at_least', loosest: 3, limit: 20 },
  };
  it('the loosest allowed and anything stricter pass; looser or beyond the limit is named', () => {
    expect(() => assertStricter({ hours: 72, years: 3 }, bounds, 'the rule')).not.toThrow();
    expect(() => assertStricter({ hours: 1, years: 20 }, bounds, 'the rule')).not.toThrow();
    try {
      assertStricter({ hours: 73, years: 2 }, bounds, 'the rule');
      throw new Error('expected a refusal');
    } catch (e) {
      expect((e as { details: { path: string; message: string }[] }).details).toEqual([
        expect.objectContaining({
          path: 'hours',
          message: '1 to 72: the rule may only be made stricter (at most 72)',
        }),
        expect.objectContaining({
          path: 'years',
          message: '3 to 20: the rule may only be made stricter (at least 3)',
        }),
      ]);
    }
    expect(() => assertStricter({ hours: 0, years: 21 }, bounds, 'the rule')).toThrow();
  });
  it('a looser stored value reads as the loosest allowed', () => {
    expect(noLooser({ hours: 720, years: 1 }, bounds)).toEqual({ hours: 72, years: 3 });
    expect(noLooser({ hours: 24, years: 5 }, bounds)).toEqual({ hours: 24, years: 5 });
  });
});

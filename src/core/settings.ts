/**
 * Settings of the report's rules (issue 16): a setting may only make its rule stricter than the
 * report's reading, never looser, and only headquarters sets it — a mission does not set the
 * rules that oversee it. Each bounded setting states, per field, which way is stricter and the
 * loosest value allowed (the report's, or the product's reading of it where the report gives no
 * number); a stored value looser than that (from an older release) reads as the loosest allowed.
 */
import { DomainError, type ErrorDetail } from './errors.js';
import type { Actor } from './policy.js';

/** 'at_most': smaller is stricter (a deadline); 'at_least': larger is stricter (a look-back). */
export type Stricter = 'at_most' | 'at_least';

export interface SettingBound {
  stricter: Stricter;
  /** The loosest value allowed. */
  loosest: number;
  /** The strictest value that still makes sense. */
  limit: number;
}

export type SettingBounds<T> = { [K in keyof T]: SettingBound };

/** @throws forbidden unless the actor works at headquarters (every mission in view) */
export function assertHeadquarters(actor: Actor, what: string): void {
  if (actor.missionIds !== 'all')
    throw new DomainError('forbidden', `Only headquarters sets ${what}`);
}

/** What is looser than allowed or out of range, by field; [] when the setting may be saved. */
export function settingProblems<T extends { [K in keyof T]: number }>(
  value: T,
  bounds: SettingBounds<T>,
  rule: string,
): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  for (const [field, b] of Object.entries(bounds) as [string, SettingBound][]) {
    const v = (value as Record<string, unknown>)[field];
    if (typeof v !== 'number' || !Number.isInteger(v)) {
      problems.push({ path: field, message: 'a whole number' });
      continue;
    }
    const [low, high] = b.stricter === 'at_most' ? [b.limit, b.loosest] : [b.loosest, b.limit];
    if (v < low || v > high)
      problems.push({
        path: field,
        message: `${low} to ${high}: ${rule} may only be made stricter (${b.stricter === 'at_most' ? 'at most' : 'at least'} ${b.loosest})`,
        code: v < low ? 'too_small' : 'too_big',
        params: v < low ? { minimum: low } : { maximum: high },
      });
  }
  return problems;
}

/** @throws validation_failed naming each field looser than allowed */
export function assertStricter<T extends { [K in keyof T]: number }>(
  value: T,
  bounds: SettingBounds<T>,
  rule: string,
): void {
  const problems = settingProblems(value, bounds, rule);
  if (problems.length > 0)
    throw new DomainError(
      'validation_failed',
      problems.map((p) => `${p.path}: ${p.message}`).join('; '),
      problems,
    );
}

/** A stored setting as it may apply: each field no looser than allowed. */
export function noLooser<T extends { [K in keyof T]: number }>(
  value: T,
  bounds: SettingBounds<T>,
): T {
  const out = { ...value };
  for (const [field, b] of Object.entries(bounds) as [keyof T & string, SettingBound][]) {
    const v = (value as Record<string, number>)[field]!;
    (out as Record<string, number>)[field] =
      b.stricter === 'at_most' ? Math.min(v, b.loosest) : Math.max(v, b.loosest);
  }
  return out;
}

/**
 * The shape of one rule in the rules register (issue 16): each module states its own rules — the
 * report's ¶, what the software enforces, the settings the rule takes and how far they may go, and
 * the tests that guard it — and `modules/rules` lists them all at `GET /api/rules`.
 */
import type { SettingBounds } from './settings.js';

export type RuleStatus = 'enforced' | 'planned';

export interface RuleSetting {
  /** e.g. 'evidenceHours' */
  name: string;
  /** What it is, in words. */
  about: string;
  /** The loosest value allowed (the report's, or the product's reading of it). */
  loosest: number;
  /** The strictest value allowed. */
  strictest: number;
  /** Which way is stricter. */
  stricter: 'at_most' | 'at_least';
  /** Who may set it. */
  setBy: 'headquarters';
}

export interface RuleEntry {
  /** I1, C2, K3, M1 … */
  id: string;
  module: string;
  /** The report's paragraphs, e.g. ['¶119']. */
  paragraphs: string[];
  title: string;
  /** What the software enforces, on every path. */
  text: string;
  status: RuleStatus;
  settings: RuleSetting[];
  /** Repository paths of the tests that guard the rule (each names the rule). */
  guardedBy: string[];
}

/** A rule's settings, read from the very bounds its service enforces (so they cannot drift). */
export function settingsOf<T>(
  bounds: SettingBounds<T>,
  about: { [K in keyof T]: string },
): RuleSetting[] {
  return (Object.keys(bounds) as (keyof T & string)[]).map((name) => ({
    name,
    about: about[name],
    loosest: bounds[name].loosest,
    strictest: bounds[name].limit,
    stricter: bounds[name].stricter,
    setBy: 'headquarters',
  }));
}

/**
 * The features of a country at a month, from that month and earlier only: recent and longer-run
 * levels of state-based fatalities (log scale), how often thresholds were crossed, how long since
 * they last were (decaying), and the other types of violence. Pure; causal by construction — a
 * feature at month t reads indices ≤ t and nothing else.
 */
import type { CountrySeries } from './country-month.data.js';

export const featureNames = [
  'sb_t0',
  'sb_t1',
  'sb_t2',
  'sb_mean3',
  'sb_mean6',
  'sb_mean12',
  'sb_mean36',
  'sb1_share12',
  'sb1_share36',
  'sb25_share12',
  'sb25_share36',
  'since_sb1_decay6',
  'since_sb1_decay24',
  'since_sb25_decay6',
  'since_sb25_decay24',
  'ns_mean12',
  'os_mean12',
  'events_mean3',
  'sb1_logit12',
  'sb1_logit36',
  'sb25_logit12',
  'sb25_logit36',
  'sb1_logit_all',
] as const;
export const featureCount = featureNames.length;

const log1p = (v: number) => Math.log1p(Number.isNaN(v) ? 0 : v);

function meanLog(values: Float64Array, t: number, window: number): number {
  let sum = 0;
  let n = 0;
  for (let k = t; k > t - window && k >= 0; k--) {
    if (Number.isNaN(values[k]!)) continue;
    sum += Math.log1p(values[k]!);
    n++;
  }
  return n ? sum / n : 0;
}

/** Months t − window + 1 … t, counting those at or over a threshold. */
export interface Window {
  t: number;
  window: number;
  threshold: number;
}

function counts(values: Float64Array, { t, window, threshold }: Window) {
  let hit = 0;
  let n = 0;
  for (let k = t; k > t - window && k >= 0; k--) {
    if (Number.isNaN(values[k]!)) continue;
    if (values[k]! >= threshold) hit++;
    n++;
  }
  return { hit, n };
}

export function shareAtLeast(values: Float64Array, w: Window): number {
  const { hit, n } = counts(values, w);
  return n ? hit / n : 0;
}

/**
 * The log-odds of the share of months at or over the threshold, smoothed (hits + ½) / (months + 1):
 * the frequency baselines' forecast on the scale a logistic model adds up.
 */
function logitShare(values: Float64Array, w: Window): number {
  const { hit, n } = counts(values, w);
  const p = (hit + 0.5) / (n + 1);
  return Math.log(p / (1 - p));
}

/** Months since the value last reached the threshold, up to t; Infinity if never. */
function monthsSince(values: Float64Array, t: number, threshold: number): number {
  for (let k = t; k >= 0; k--) if (values[k]! >= threshold) return t - k;
  return Infinity;
}

/** Writes the features of the series at index t into `out` from `offset`. */
export function writeFeatures(
  s: CountrySeries,
  t: number,
  into: { out: Float64Array; offset: number },
): void {
  const { out, offset } = into;
  const since1 = monthsSince(s.sb, t, 1);
  const since25 = monthsSince(s.sb, t, 25);
  const values = [
    log1p(s.sb[t]!),
    t >= 1 ? log1p(s.sb[t - 1]!) : 0,
    t >= 2 ? log1p(s.sb[t - 2]!) : 0,
    meanLog(s.sb, t, 3),
    meanLog(s.sb, t, 6),
    meanLog(s.sb, t, 12),
    meanLog(s.sb, t, 36),
    shareAtLeast(s.sb, { t, window: 12, threshold: 1 }),
    shareAtLeast(s.sb, { t, window: 36, threshold: 1 }),
    shareAtLeast(s.sb, { t, window: 12, threshold: 25 }),
    shareAtLeast(s.sb, { t, window: 36, threshold: 25 }),
    Math.exp(-since1 / 6),
    Math.exp(-since1 / 24),
    Math.exp(-since25 / 6),
    Math.exp(-since25 / 24),
    meanLog(s.ns, t, 12),
    meanLog(s.os, t, 12),
    meanLog(s.sbEvents, t, 3),
    logitShare(s.sb, { t, window: 12, threshold: 1 }),
    logitShare(s.sb, { t, window: 36, threshold: 1 }),
    logitShare(s.sb, { t, window: 12, threshold: 25 }),
    logitShare(s.sb, { t, window: 36, threshold: 25 }),
    logitShare(s.sb, { t, window: t + 1, threshold: 1 }),
  ];
  for (let j = 0; j < values.length; j++) out[offset + j] = values[j]!;
}

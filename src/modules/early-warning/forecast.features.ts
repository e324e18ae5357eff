/**
 * The features of a country at a month for one kind of violence (the target), from that month and
 * earlier only: recent and longer-run levels of the target's fatalities (log scale), how often
 * thresholds were crossed, how long since they last were (decaying), the other two kinds of
 * violence and the target's events. Pure; causal by construction — a feature at month t reads
 * indices ≤ t and nothing else.
 */
import { kinds, type CountrySeries, type Kind } from './country-month.data.js';

/** Named for the target kind "y"; "other1" and "other2" are the other kinds in sb, ns, os order. */
export const featureNames = [
  'y_t0',
  'y_t1',
  'y_t2',
  'y_mean3',
  'y_mean6',
  'y_mean12',
  'y_mean36',
  'y1_share12',
  'y1_share36',
  'y25_share12',
  'y25_share36',
  'since_y1_decay6',
  'since_y1_decay24',
  'since_y25_decay6',
  'since_y25_decay24',
  'other1_mean12',
  'other2_mean12',
  'events_mean3',
  'y1_logit12',
  'y1_logit36',
  'y25_logit12',
  'y25_logit36',
  'y1_logit_all',
] as const;
export const featureCount = featureNames.length;

const log1p = (v: number) => Math.log1p(Number.isNaN(v) ? 0 : v);

/** The mean of log(1 + x) over months t − window + 1 … t where the country is in the panel. */
export function meanLog(values: Float64Array, t: number, window: number): number {
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

const eventsOf = (s: CountrySeries, kind: Kind) =>
  kind === 'sb' ? s.sbEvents : kind === 'ns' ? s.nsEvents : s.osEvents;

/** Writes the features of the series at index t for the kind into `out` from `offset`. */
export function writeFeatures(
  s: CountrySeries,
  at: { t: number; kind: Kind },
  into: { out: Float64Array; offset: number },
): void {
  const { t, kind } = at;
  const { out, offset } = into;
  const y = s[kind];
  const [other1, other2] = kinds.filter((k) => k !== kind).map((k) => s[k]);
  const since1 = monthsSince(y, t, 1);
  const since25 = monthsSince(y, t, 25);
  const values = [
    log1p(y[t]!),
    t >= 1 ? log1p(y[t - 1]!) : 0,
    t >= 2 ? log1p(y[t - 2]!) : 0,
    meanLog(y, t, 3),
    meanLog(y, t, 6),
    meanLog(y, t, 12),
    meanLog(y, t, 36),
    shareAtLeast(y, { t, window: 12, threshold: 1 }),
    shareAtLeast(y, { t, window: 36, threshold: 1 }),
    shareAtLeast(y, { t, window: 12, threshold: 25 }),
    shareAtLeast(y, { t, window: 36, threshold: 25 }),
    Math.exp(-since1 / 6),
    Math.exp(-since1 / 24),
    Math.exp(-since25 / 6),
    Math.exp(-since25 / 24),
    meanLog(other1!, t, 12),
    meanLog(other2!, t, 12),
    meanLog(eventsOf(s, kind), t, 3),
    logitShare(y, { t, window: 12, threshold: 1 }),
    logitShare(y, { t, window: 36, threshold: 1 }),
    logitShare(y, { t, window: 12, threshold: 25 }),
    logitShare(y, { t, window: 36, threshold: 25 }),
    logitShare(y, { t, window: t + 1, threshold: 1 }),
  ];
  for (let j = 0; j < values.length; j++) out[offset + j] = values[j]!;
}

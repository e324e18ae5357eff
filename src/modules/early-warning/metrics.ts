/**
 * Scores of probabilistic forecasts of a binary outcome: Brier score, ROC AUC, PR AUC (average
 * precision) and a calibration table. Pure.
 */

/** Mean squared difference between the probability and the outcome (0 best). */
export function brier(p: ArrayLike<number>, y: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < p.length; i++) sum += (p[i]! - y[i]!) ** 2;
  return sum / p.length;
}

/** Indices sorted by probability, highest first (stable on ties by index). */
function byScoreDesc(p: ArrayLike<number>): number[] {
  return Array.from({ length: p.length }, (_, i) => i).sort((a, b) => p[b]! - p[a]! || a - b);
}

/**
 * The area under the ROC curve: the chance a random positive scores above a random negative, ties
 * counting half (Mann–Whitney). NaN when only one class is present.
 */
export function rocAuc(p: ArrayLike<number>, y: ArrayLike<number>): number {
  const order = Array.from({ length: p.length }, (_, i) => i).sort((a, b) => p[a]! - p[b]!);
  let rankSumPositives = 0;
  let positives = 0;
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && p[order[j + 1]!] === p[order[i]!]) j++;
    const meanRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++)
      if (y[order[k]!] === 1) {
        rankSumPositives += meanRank;
        positives++;
      }
    i = j + 1;
  }
  const negatives = p.length - positives;
  if (positives === 0 || negatives === 0) return NaN;
  return (rankSumPositives - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/**
 * The area under the precision–recall curve as average precision: the mean of the precision at
 * each threshold where recall rises, tied scores taken together. NaN without positives.
 */
export function prAuc(p: ArrayLike<number>, y: ArrayLike<number>): number {
  const order = byScoreDesc(p);
  let positives = 0;
  for (let i = 0; i < y.length; i++) positives += y[i]!;
  if (positives === 0) return NaN;
  let tp = 0;
  let seen = 0;
  let ap = 0;
  for (let i = 0; i < order.length;) {
    let j = i;
    let gained = 0;
    while (j < order.length && p[order[j]!] === p[order[i]!]) {
      gained += y[order[j]!]!;
      j++;
    }
    seen += j - i;
    tp += gained;
    if (gained > 0) ap += (gained / positives) * (tp / seen);
    i = j;
  }
  return ap;
}

export interface CalibrationBin {
  /** The bin's lower and upper probability, e.g. 0.1 – 0.2. */
  from: number;
  to: number;
  count: number;
  /** Mean forecast probability in the bin (null when empty). */
  meanForecast: number | null;
  /** Share of outcomes that happened (null when empty). */
  observed: number | null;
}

/** Forecasts in equal-width bins, with their mean probability and the observed frequency. */
export function calibration(
  p: ArrayLike<number>,
  y: ArrayLike<number>,
  bins = 10,
): CalibrationBin[] {
  const sums = Array.from({ length: bins }, () => ({ n: 0, p: 0, y: 0 }));
  for (let i = 0; i < p.length; i++) {
    const b = Math.min(bins - 1, Math.floor(p[i]! * bins));
    sums[b]!.n++;
    sums[b]!.p += p[i]!;
    sums[b]!.y += y[i]!;
  }
  return sums.map((s, b) => ({
    from: b / bins,
    to: (b + 1) / bins,
    count: s.n,
    meanForecast: s.n ? s.p / s.n : null,
    observed: s.n ? s.y / s.n : null,
  }));
}

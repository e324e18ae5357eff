/**
 * D5 (¶64): public perception surveys, as counts only. A survey is kept as sums per question, area,
 * month and answer — how many respondents, the sum of their weights and of their squared weights —
 * never as a respondent's row: nothing that was one person's answers is stored. From those sums, a
 * share of respondents per answer with its 95 % margin of error (Kish's effective sample size for
 * weighted surveys), and no share at all where fewer than `minimumRespondents` answered. Pure.
 */

/** Fewer respondents than this in a group: the group's shares are not shown (they could name someone). */
export const minimumRespondents = 5;

/** The sums of a group of respondents (one question, one area, one month). */
export interface Sums {
  respondents: number;
  weight: number;
  weightSquared: number;
}

export const noSums = (): Sums => ({ respondents: 0, weight: 0, weightSquared: 0 });

export function addSums(a: Sums, b: Sums): Sums {
  return {
    respondents: a.respondents + b.respondents,
    weight: a.weight + b.weight,
    weightSquared: a.weightSquared + b.weightSquared,
  };
}

/** Kish's effective sample size, (Σw)² / Σw²: the respondents' count when every weight is 1. */
export function effectiveSize(s: Sums): number {
  return s.weightSquared > 0 ? (s.weight * s.weight) / s.weightSquared : 0;
}

/** Half the width of the 95 % interval of a share, by the normal approximation: 1.96 √(p(1−p)/n). */
export function margin95(share: number, effective: number): number {
  if (effective <= 0) return 0;
  return 1.96 * Math.sqrt((share * (1 - share)) / effective);
}

export interface ShareRow {
  answer: string;
  /** The weighted share of the group's respondents giving this answer, 0–1. */
  share: number;
  /** ± this, at 95 %. */
  margin: number;
}

export type GroupResult =
  | { respondents: number; effective: number; shares: ShareRow[]; withheld: false }
  | { respondents: number; withheld: true };

/**
 * The shares of a group: `answered` is the group's sums (everyone who answered the question),
 * `byAnswer` the weight given each answer (a multiple choice counts a respondent under each answer
 * chosen, so its shares may add up to more than 1).
 */
export function groupResult(answered: Sums, byAnswer: ReadonlyMap<string, number>): GroupResult {
  if (answered.respondents < minimumRespondents)
    return { respondents: answered.respondents, withheld: true };
  const effective = effectiveSize(answered);
  const shares = [...byAnswer].map(([answer, weight]) => {
    const share = answered.weight > 0 ? weight / answered.weight : 0;
    return { answer, share, margin: margin95(share, effective) };
  });
  return { respondents: answered.respondents, effective, shares, withheld: false };
}

/** The period a month falls in: itself, its quarter ("2024-Q3") or its year. */
export function periodOf(month: string, by: 'month' | 'quarter' | 'year'): string {
  if (by === 'month') return month;
  if (by === 'year') return month.slice(0, 4);
  return `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`;
}

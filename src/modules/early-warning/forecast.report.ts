/**
 * E1's evaluation as Markdown tables: per kind of violence, threshold and horizon, each method's
 * scores. Pure.
 */
import type { HorizonScores } from './forecast.evaluation.js';
import { methods, type Outcome } from './forecast.model.js';

const f = (v: number) => (Number.isNaN(v) ? '—' : v.toFixed(4));

const labels: Record<Outcome, string> = {
  sb1: 'at least 1 state-based fatality',
  sb25: '25 or more state-based fatalities',
  ns1: 'at least 1 fatality in non-state violence',
  ns25: '25 or more fatalities in non-state violence',
  os1: 'at least 1 civilian killed in one-sided violence',
  os25: '25 or more civilians killed in one-sided violence',
};

/** The tables of every outcome the report has (older reports: state-based only). */
export function evaluationMarkdown(
  report: Partial<Record<Outcome, HorizonScores>> & { from: string; to: string },
): string {
  const parts: string[] = [];
  for (const [key, label] of Object.entries(labels) as [Outcome, string][]) {
    if (!report[key]) continue;
    parts.push(`### ${label} (origins ${report.from} to ${report.to})`, '');
    parts.push(
      `| horizon | forecasts | events | ${methods.map((m) => `${m} Brier`).join(' | ')} | ${methods.map((m) => `${m} ROC AUC`).join(' | ')} | model PR AUC | best baseline PR AUC |`,
    );
    parts.push(`|${'---|'.repeat(3 + methods.length * 2 + 2)}`);
    for (const row of report[key]) {
      const s = row.scores;
      const bestPr = Math.max(...methods.filter((m) => m !== 'model').map((m) => s[m].prAuc));
      parts.push(
        `| ${row.horizon} | ${s.model.forecasts} | ${s.model.events} | ${methods.map((m) => f(s[m].brier)).join(' | ')} | ${methods.map((m) => f(s[m].rocAuc)).join(' | ')} | ${f(s.model.prAuc)} | ${f(bestPr)} |`,
      );
    }
    parts.push('');
  }
  return parts.join('\n');
}

/** Issue 23's bar: Brier skill over the best baseline ≥ 10 % at horizons 1–3, ≥ 5 % at every one. */
export const skillGoal = (horizon: number) => (horizon <= 3 ? 0.1 : 0.05);

/**
 * Per outcome and horizon: the model's Brier skill against the best baseline there
 * (1 − model / best; positive is better) and whether its ROC AUC is above every baseline's; a cell
 * short of the goal is marked. Pure.
 */
export function marginMarkdown(report: Partial<Record<Outcome, HorizonScores>>): string {
  const present = (Object.keys(labels) as Outcome[]).filter((k) => report[k]);
  const horizons = [...new Set(present.flatMap((k) => report[k]!.map((r) => r.horizon)))];
  const cell = (k: Outcome, h: number) => {
    const row = report[k]!.find((r) => r.horizon === h);
    if (!row) return '';
    const s = row.scores;
    const baselines = methods.filter((m) => m !== 'model');
    const best = Math.min(...baselines.map((m) => s[m].brier));
    const skill = 1 - s.model.brier / best;
    const aucAbove = baselines.every((m) => s.model.rocAuc > s[m].rocAuc);
    const mark = skill >= skillGoal(h) && aucAbove ? '' : ' ✗';
    return `${(skill * 100).toFixed(1)} %${aucAbove ? '' : ' (AUC not above)'}${mark}`;
  };
  return [
    `| horizon | goal | ${present.join(' | ')} |`,
    `|${'---|'.repeat(2 + present.length)}`,
    ...horizons.map(
      (h) => `| ${h} | ${skillGoal(h) * 100} % | ${present.map((k) => cell(k, h)).join(' | ')} |`,
    ),
    '',
  ].join('\n');
}

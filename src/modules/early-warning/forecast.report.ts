/** E1's evaluation as Markdown tables: per threshold and horizon, each method's scores. Pure. */
import type { Evaluation } from './forecast.evaluation.js';
import { methods } from './forecast.model.js';

const f = (v: number) => (Number.isNaN(v) ? '—' : v.toFixed(4));

export function evaluationMarkdown(report: Evaluation & { from: string; to: string }): string {
  const parts: string[] = [];
  for (const [key, label] of [
    ['sb1', 'at least 1 state-based fatality'],
    ['sb25', '25 or more state-based fatalities'],
  ] as const) {
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

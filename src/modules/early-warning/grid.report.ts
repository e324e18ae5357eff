/** The grid forecasts' evaluation as Markdown: per threshold and horizon, each method's scores. Pure. */
import type { GridEvaluation } from './grid-forecast.schema.js';
import { gridMethods, type GridThreshold } from './grid.model.js';

const f = (v: number | null) => (v === null || Number.isNaN(v) ? '—' : v.toFixed(4));

const labels: Record<GridThreshold, string> = {
  event: 'at least 1 incident in the cell',
  killed5: '5 or more killed in the cell',
};

export function gridEvaluationMarkdown(e: GridEvaluation): string {
  const parts: string[] = [];
  for (const threshold of ['event', 'killed5'] as const) {
    parts.push(`### ${labels[threshold]} (origins ${e.from} to ${e.to})`, '');
    parts.push(
      `| horizon | forecasts | events | ${gridMethods.map((m) => `${m} Brier`).join(' | ')} | ${gridMethods.map((m) => `${m} ROC AUC`).join(' | ')} | skill over the best baseline |`,
    );
    parts.push(`|${'---|'.repeat(4 + gridMethods.length * 2)}`);
    for (const row of e[threshold]) {
      const s = row.scores;
      const best = Math.min(...gridMethods.filter((m) => m !== 'model').map((m) => s[m]!.brier));
      parts.push(
        `| ${row.horizon} | ${s.model!.forecasts} | ${s.model!.events} | ${gridMethods.map((m) => f(s[m]!.brier)).join(' | ')} | ${gridMethods.map((m) => f(s[m]!.rocAuc)).join(' | ')} | ${((1 - s.model!.brier / best) * 100).toFixed(1)} % |`,
      );
    }
    parts.push('');
  }
  return parts.join('\n');
}

/**
 * The evaluation a run is published with: a file written by `peaceops forecast evaluate --out`, or
 * the one bundled with the product (`assets/forecast-evaluation.json`, written by
 * `npm run bench:early-warning`: this model's scores on origins 2012-01 … 2019-12).
 */
import fs from 'node:fs';
import { DomainError } from '../../core/errors.js';
import { ForecastEvaluation } from './forecast.schema.js';

const bundled = new URL('../../../assets/forecast-evaluation.json', import.meta.url);

/** @throws validation_failed naming the file and the first wrong field */
export function readEvaluation(file: string | URL): ForecastEvaluation {
  const name = String(file);
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new DomainError('validation_failed', `evaluation: ${name}: ${(error as Error).message}`, [
      { path: 'evaluation', message: 'not readable JSON' },
    ]);
  }
  const parsed = ForecastEvaluation.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const at = issue.path.join('.');
    throw new DomainError(
      'validation_failed',
      `evaluation: ${name}: ${at || 'the file'}: ${issue.message}`,
      [{ path: `evaluation.${at}`, message: issue.message }],
    );
  }
  return parsed.data;
}

export function bundledEvaluation(): ForecastEvaluation | null {
  return fs.existsSync(bundled) ? readEvaluation(bundled) : null;
}

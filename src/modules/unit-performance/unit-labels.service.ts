/**
 * Unit performance's records name a unit by id; capabilities owns the units. Records are labelled
 * with their unit's contributor and capability through capabilities' service, after the query.
 */
import type { AppContext } from '../../db/context.js';
import { unitLabels } from '../capabilities/pledge.service.js';

export type Labelled<R> = R & { contributor: string; capability: string };

export async function labelled<R extends { pledge_id: string }>(
  app: AppContext,
  rows: readonly R[],
): Promise<Labelled<R>[]> {
  const units = await unitLabels(app, { ids: rows.map((r) => r.pledge_id) });
  return rows.map((r) => {
    const unit = units.get(r.pledge_id);
    return { ...r, contributor: unit?.contributor ?? '', capability: unit?.capability ?? '' };
  });
}

export async function labelledOne<R extends { pledge_id: string }>(
  app: AppContext,
  row: R | undefined,
): Promise<Labelled<R> | undefined> {
  return row ? (await labelled(app, [row]))[0] : undefined;
}

/**
 * Incidents: the mission's record of what happened, where and to whom (¶66, 94, 103–108).
 * Invariants: every incident belongs to one mission and carries the compartments it was labelled
 * with; status moves only along allowedTransitions; updates carry the version they read; an
 * incident whose victims include UN personnel has a follow-up with the host Government (I1);
 * every write is audited in its transaction.
 */
import { assertHappened } from '../../core/happened.js';
import { DomainError, staleVersion } from '../../core/errors.js';
import { assertCan, assertPermission, hasPermission, missionForWrite } from '../../core/policy.js';
import { fromTimestamp, toTimestamp } from '../../db/codecs.js';
import { featureRowsByIds, toFeatureSource, type FeatureSource } from './incident-features.js';
import { spatialIndexOf } from './spatial.repository.js';
import { incidentOf, readableIncident } from './incident-kept.service.js';
import { inTransaction, type RequestContext } from '../../db/context.js';
import { audit } from '../audit/audit.service.js';
import { labelRecord, labelsOf } from '../compartments/compartment.service.js';
import { ensureFollowUp } from './follow-up.service.js';
import { assertEditable, assertTransition, totalKilled } from './incident.rules.js';
import {
  findIncidentRow,
  insertIncident,
  reachableIncidentIds,
  recordType,
  incidentRowsByIds,
  selectIncidentPage,
  toIncident,
  updateIncidentRow,
} from './incident.repository.js';
import type {
  ChangeStatusInput,
  CreateIncidentInput,
  Incident,
  IncidentQuery,
  UpdateIncidentInput,
} from './incident.schema.js';
import { assertMissionExists } from '../missions/mission.service.js';

async function load(ctx: RequestContext, id: string): Promise<Incident | undefined> {
  const row = await findIncidentRow(ctx.db, id);
  if (!row) return undefined;
  return toIncident(row, (await labelsOf(ctx, recordType, [id])).get(id) ?? []);
}

/** @throws forbidden, validation_failed (mission, compartments, occurredAt in the future) */
export async function recordIncident(
  ctx: RequestContext,
  input: CreateIncidentInput,
  origin: Incident['origin'] = { system: 'manual', sourceId: null, attributes: null },
): Promise<Incident> {
  assertPermission(ctx.actor, 'incidents:write');
  assertHappened(ctx.clock.now(), { occurredAt: input.occurredAt });
  const missionId = missionForWrite(ctx.actor, input.missionId);
  await assertMissionExists(ctx, missionId);
  return inTransaction(ctx, async (tx) => {
    const now = toTimestamp(tx.clock.now());
    const { missionId: _m, compartmentIds, ...fields } = input;
    const incident: Incident = {
      id: tx.ids.newId(),
      missionId,
      ...fields,
      occurredAt: new Date(input.occurredAt).toISOString(),
      fatalities: totalKilled(input.casualties),
      status: 'reported',
      statusReason: '',
      compartmentIds,
      origin,
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    await insertIncident(tx.db, incident, tx.actor.userId);
    await labelRecord(tx, { recordType, recordId: incident.id, missionId, compartmentIds });
    await ensureFollowUp(tx, incident);
    await audit(tx, {
      action: 'incidents.incident.create',
      recordType,
      recordId: incident.id,
      missionId,
      change: { category: incident.category, casualties: incident.casualties, compartmentIds },
    });
    return incident;
  });
}

/** Which of these incidents the caller reaches; none without incidents:read. Reads no content. */
export async function reachableIncidents(
  ctx: RequestContext,
  ids: readonly string[],
): Promise<Set<string>> {
  if (!hasPermission(ctx.actor, 'incidents:read')) return new Set();
  return reachableIncidentIds(ctx.db, ctx.actor, ids);
}

/** @throws forbidden, not_found (absent or out of reach) */
export async function getIncident(ctx: RequestContext, id: string): Promise<Incident> {
  return incidentOf(await readableIncident(ctx, id));
}

function decodeCursor(cursor: string | undefined): { occurredAt: string; id: string } | null {
  if (cursor === undefined) return null;
  const [occurredAt, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!occurredAt || !id || Number.isNaN(Date.parse(occurredAt))) {
    throw new DomainError('validation_failed', 'cursor: not a cursor from this list', [
      { path: 'cursor', message: 'invalid' },
    ]);
  }
  return { occurredAt, id };
}

/** The ids of the list's page (reach and filters in SQL), newest first, and the cursor after it. */
async function listPage(
  ctx: RequestContext,
  query: IncidentQuery,
): Promise<{ ids: string[]; nextCursor: string | null }> {
  assertPermission(ctx.actor, 'incidents:read');
  const rows = await selectIncidentPage(ctx.db, ctx.actor, {
    ...query,
    limit: query.limit + 1,
    after: decodeCursor(query.cursor),
    spatialIndex: await spatialIndexOf(ctx.db, ctx.dialect, ctx.config),
    now: ctx.clock.now(),
  });
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  const nextCursor =
    rows.length > query.limit && last
      ? Buffer.from(`${fromTimestamp(last.occurred_at).toISOString()}|${last.id}`).toString(
          'base64url',
        )
      : null;
  return { ids: page.map((r) => r.id), nextCursor };
}

/** Newest first, in the missions and compartments the caller may see. @throws forbidden */
export async function listIncidents(
  ctx: RequestContext,
  query: IncidentQuery,
): Promise<{ items: Incident[]; nextCursor: string | null }> {
  const { ids, nextCursor } = await listPage(ctx, query);
  const rows = await incidentRowsByIds(ctx.db, ids);
  const labels = await labelsOf(ctx, recordType, ids);
  return { items: rows.map((row) => toIncident(row, labels.get(row.id) ?? [])), nextCursor };
}

/**
 * The same page as the list, read as map features (OGC items): the feature's columns only — no
 * sources, no source attributes, no labels (a feature names no compartment). `ids` is the page;
 * `items` holds the features of those ids the caller does not say it `has` already.
 * @throws forbidden
 */
export async function listIncidentFeatures(
  ctx: RequestContext,
  query: IncidentQuery,
  has: (id: string) => boolean = () => false,
): Promise<{ ids: string[]; items: FeatureSource[]; nextCursor: string | null }> {
  const { ids, nextCursor } = await listPage(ctx, query);
  const missing = ids.filter((id) => !has(id));
  const items = (await featureRowsByIds(ctx.db, missing)).map(toFeatureSource);
  return { ids, items, nextCursor };
}

/** @throws forbidden, not_found, conflict (stale version), invalid_state (closed or discarded) */
export async function reviseIncident(
  ctx: RequestContext,
  id: string,
  input: UpdateIncidentInput,
): Promise<Incident> {
  return inTransaction(ctx, async (tx) => {
    const current = assertCan(tx.actor, 'incidents:write', {
      kind: 'Incident',
      labelType: recordType,
      record: await load(tx, id),
    });
    if (current.version !== input.version) throw staleVersion('Incident', input.version);
    assertEditable(current.status);
    assertHappened(tx.clock.now(), { occurredAt: input.occurredAt });
    const { version: _v, ...changes } = input;
    const defined = Object.fromEntries(
      Object.entries(changes).filter(([, v]) => v !== undefined),
    ) as Partial<Incident>;
    const next: Incident = {
      ...current,
      ...defined,
      updatedAt: toTimestamp(tx.clock.now()),
      version: current.version + 1,
    };
    next.occurredAt = new Date(next.occurredAt).toISOString();
    next.fatalities = totalKilled(next.casualties);
    if (!(await updateIncidentRow(tx.db, next, input.version)))
      throw staleVersion('Incident', input.version);
    await ensureFollowUp(tx, next);
    await audit(tx, {
      action: 'incidents.incident.update',
      recordType,
      recordId: id,
      missionId: next.missionId,
      change: changes,
    });
    return next;
  });
}

/** verify, close, discard (with a reason), reopen or restore. @throws forbidden, not_found, conflict, invalid_state */
export async function changeIncidentStatus(
  ctx: RequestContext,
  id: string,
  input: ChangeStatusInput,
): Promise<Incident> {
  return inTransaction(ctx, async (tx) => {
    const current = assertCan(tx.actor, 'incidents:verify', {
      kind: 'Incident',
      labelType: recordType,
      record: await load(tx, id),
    });
    if (current.version !== input.version) throw staleVersion('Incident', input.version);
    assertTransition(current.status, input.status, input.reason);
    const next: Incident = {
      ...current,
      status: input.status,
      statusReason: input.reason,
      updatedAt: toTimestamp(tx.clock.now()),
      version: current.version + 1,
    };
    if (!(await updateIncidentRow(tx.db, next, input.version)))
      throw staleVersion('Incident', input.version);
    await audit(tx, {
      action: `incidents.incident.${input.status}`,
      recordType,
      recordId: id,
      missionId: next.missionId,
      change: { from: current.status, to: input.status, reason: input.reason },
    });
    return next;
  });
}

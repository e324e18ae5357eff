/**
 * D7 (¶128–129): a mission's sites and their environmental footprint — impact assessments before a
 * site opens and every 12 months while it is open, baselines and monitoring benchmarks for water,
 * waste, energy and fuel, monthly readings judged against them. Recorded by the mission's planners
 * (mandates:write), read with mandates:read, in the mission's view. Every write audited.
 */
import { DomainError, staleVersion } from '../../core/errors.js';
import { latestDay } from '../../core/happened.js';
import { assertPermission, missionForWrite, missionsToRead } from '../../core/policy.js';
import { toTimestamp } from '../../db/codecs.js';
import { inTransaction, type RequestContext } from '../../db/context.js';
import { conflictOnUnique } from '../../db/unique-retry.js';
import { audit } from '../audit/audit.service.js';
import { assertMissionExists } from '../missions/mission.service.js';
import {
  findSite,
  findSiteBenchmark,
  insertSite,
  insertSiteAssessment,
  insertSiteBenchmark,
  siteRows,
  updateSite,
  upsertReading,
} from './environment.repository.js';
import {
  assertSiteStep,
  defaultUnits,
  reassessment,
  type EnvironmentMeasure,
  type SiteStatus,
} from './environment.rules.js';
import type {
  AddSiteAssessmentInput,
  AddSiteBenchmarkInput,
  AddSiteInput,
  Site,
  SiteStatusInput,
} from './environment.schema.js';
import { reach, todayOf } from './mandate.reads.js';
import { indicatorStatus } from './mandate.rules.js';

const recordType = 'environment_site';
const invalid = (path: string, message: string) =>
  new DomainError('validation_failed', `${path}: ${message}`, [{ path, message }]);

async function sitesOf(
  ctx: RequestContext,
  missionIds: 'all' | readonly string[],
): Promise<Site[]> {
  const rows = await siteRows(ctx.db, missionIds);
  const today = todayOf(ctx);
  return rows.sites.map((s) => {
    const assessments = rows.assessments.filter((a) => a.site_id === s.id);
    return {
      id: s.id,
      missionId: s.mission_id,
      name: s.name,
      latitude: s.latitude,
      longitude: s.longitude,
      status: s.status as SiteStatus,
      openedOn: s.opened_on,
      closedOn: s.closed_on,
      version: s.version,
      assessments: assessments.map((a) => ({
        id: a.id,
        conductedOn: a.conducted_on,
        conductedBy: a.conducted_by,
        findings: a.findings,
      })),
      reassessment: reassessment(
        { status: s.status as SiteStatus, lastAssessedOn: assessments[0]?.conducted_on ?? null },
        today,
      ),
      benchmarks: rows.benchmarks
        .filter((b) => b.site_id === s.id)
        .map((b) => {
          const readings = rows.readings
            .filter((r) => r.benchmark_id === b.id)
            .map((r) => ({ period: r.period, value: r.value }));
          const status = indicatorStatus(
            {
              baseline: b.baseline,
              baselinePeriod: b.baseline_period,
              target: b.target,
              targetPeriod: b.target_period,
              direction: 'decrease',
              values: readings,
            },
            today.slice(0, 7),
          );
          return {
            id: b.id,
            measure: b.measure as EnvironmentMeasure,
            unit: b.unit,
            baseline: b.baseline,
            baselinePeriod: b.baseline_period,
            target: b.target,
            targetPeriod: b.target_period,
            readings,
            state: status.state,
            met: status.met,
          };
        }),
    };
  });
}

async function siteAnswer(ctx: RequestContext, id: string): Promise<Site> {
  const site = (await findSite(ctx.db, id))!;
  return (await sitesOf(ctx, [site.mission_id])).find((s) => s.id === id)!;
}

/** The sites in view with their assessments and benchmarks. @throws forbidden, not_found (mission) */
export async function listSites(
  ctx: RequestContext,
  query: { missionId?: string },
): Promise<Site[]> {
  assertPermission(ctx.actor, 'mandates:read');
  return sitesOf(ctx, missionsToRead(ctx.actor, query.missionId));
}

/** D7: a planned site. @throws forbidden, not_found (mission), conflict (name) */
export async function addSite(ctx: RequestContext, input: AddSiteInput): Promise<Site> {
  assertPermission(ctx.actor, 'mandates:write');
  const missionId = missionForWrite(ctx.actor, input.missionId);
  await assertMissionExists(ctx, missionId);
  const id = ctx.ids.newId();
  const stamp = toTimestamp(ctx.clock.now());
  await conflictOnUnique(
    () =>
      inTransaction(ctx, async (tx) => {
        await insertSite(tx.db, {
          id,
          mission_id: missionId,
          name: input.name,
          latitude: input.latitude,
          longitude: input.longitude,
          status: 'planned',
          opened_on: null,
          closed_on: null,
          created_at: stamp,
          updated_at: stamp,
          version: 1,
        });
        await audit(tx, {
          action: 'environment.site.add',
          recordType,
          recordId: id,
          missionId,
          change: { name: input.name },
        });
      }),
    `name: the mission has a site ${input.name} already`,
    [{ path: 'name', message: 'already used in this mission' }],
  );
  return siteAnswer(ctx, id);
}

/** D7: an environmental impact assessment of a site, on a day not in the future. */
export async function addSiteAssessment(
  ctx: RequestContext,
  siteId: string,
  input: AddSiteAssessmentInput,
): Promise<Site> {
  assertPermission(ctx.actor, 'mandates:write');
  const site = reach(ctx, await findSite(ctx.db, siteId), { kind: 'Site' });
  if (input.conductedOn > latestDay(ctx.clock.now()))
    throw invalid('conductedOn', `${input.conductedOn} is in the future`);
  await inTransaction(ctx, async (tx) => {
    const id = tx.ids.newId();
    await insertSiteAssessment(tx.db, {
      id,
      site_id: siteId,
      mission_id: site.mission_id,
      conducted_on: input.conductedOn,
      conducted_by: input.conductedBy,
      findings: input.findings,
      created_at: toTimestamp(tx.clock.now()),
    });
    await audit(tx, {
      action: 'environment.assessment.add',
      recordType,
      recordId: siteId,
      missionId: site.mission_id,
      change: { assessmentId: id, conductedOn: input.conductedOn },
    });
  });
  return siteAnswer(ctx, siteId);
}

/**
 * D7: a site opened — only after its environmental impact assessment — or closed.
 * @throws forbidden, not_found, conflict, invalid_state, validation_failed
 */
export async function setSiteStatus(
  ctx: RequestContext,
  siteId: string,
  input: SiteStatusInput,
): Promise<Site> {
  assertPermission(ctx.actor, 'mandates:write');
  const site = reach(ctx, await findSite(ctx.db, siteId), { kind: 'Site' });
  const day = input.on ?? todayOf(ctx);
  if (day > latestDay(ctx.clock.now())) throw invalid('on', `${day} is in the future`);
  const assessedOn = (await sitesOf(ctx, [site.mission_id]))
    .find((s) => s.id === siteId)!
    .assessments.map((a) => a.conductedOn);
  assertSiteStep({
    status: site.status as SiteStatus,
    to: input.to,
    day,
    openedOn: site.opened_on,
    assessedOn,
  });
  const change =
    input.to === 'open' ? { status: 'open', opened_on: day } : { status: 'closed', closed_on: day };
  await inTransaction(ctx, async (tx) => {
    const done = await updateSite(tx.db, {
      id: siteId,
      version: input.version,
      change: { ...change, updated_at: toTimestamp(tx.clock.now()) },
    });
    if (!done) throw staleVersion('The site', input.version);
    await audit(tx, {
      action: `environment.site.${input.to}`,
      recordType,
      recordId: siteId,
      missionId: site.mission_id,
      change,
    });
  });
  return siteAnswer(ctx, siteId);
}

/** D7: a site's baseline and monitoring benchmark for one measure (one per measure). */
export async function addSiteBenchmark(
  ctx: RequestContext,
  siteId: string,
  input: AddSiteBenchmarkInput,
): Promise<Site> {
  assertPermission(ctx.actor, 'mandates:write');
  const site = reach(ctx, await findSite(ctx.db, siteId), { kind: 'Site' });
  if (input.targetPeriod <= input.baselinePeriod)
    throw invalid('targetPeriod', 'after the baseline');
  if (input.target >= input.baseline)
    throw invalid('target', 'below the baseline: a footprint to bring down');
  await conflictOnUnique(
    () =>
      inTransaction(ctx, async (tx) => {
        const id = tx.ids.newId();
        await insertSiteBenchmark(tx.db, {
          id,
          site_id: siteId,
          mission_id: site.mission_id,
          measure: input.measure,
          unit: input.unit ?? defaultUnits[input.measure],
          baseline: input.baseline,
          baseline_period: input.baselinePeriod,
          target: input.target,
          target_period: input.targetPeriod,
          created_at: toTimestamp(tx.clock.now()),
        });
        await audit(tx, {
          action: 'environment.benchmark.add',
          recordType,
          recordId: siteId,
          missionId: site.mission_id,
          change: { benchmarkId: id, ...input },
        });
      }),
    `measure: the site has a ${input.measure} benchmark already`,
    [{ path: 'measure', message: 'one benchmark per measure and site' }],
  );
  return siteAnswer(ctx, siteId);
}

/** D7: one month's reading against a benchmark, never for a month to come. */
export async function setReading(
  ctx: RequestContext,
  { benchmarkId, period }: { benchmarkId: string; period: string },
  value: number,
): Promise<void> {
  assertPermission(ctx.actor, 'mandates:write');
  const benchmark = reach(ctx, await findSiteBenchmark(ctx.db, benchmarkId), {
    kind: 'Benchmark',
  });
  if (period > todayOf(ctx).slice(0, 7)) throw invalid('period', `${period} is in the future`);
  await inTransaction(ctx, async (tx) => {
    await upsertReading(tx.db, {
      benchmark_id: benchmarkId,
      period,
      value,
      entered_by: tx.actor.username,
      entered_at: toTimestamp(tx.clock.now()),
    });
    await audit(tx, {
      action: 'environment.reading',
      recordType,
      recordId: benchmark.site_id,
      missionId: benchmark.mission_id,
      change: { benchmarkId, period, value },
    });
  });
}

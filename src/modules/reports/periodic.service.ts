/**
 * The periodic report's content, read from the record through each module's own services — the
 * same calls its API routes make — so every figure is the answer the API gives to the same question.
 *
 * The record is read as the mission's reporting desk: the caller's identity, the one mission,
 * every section's read permission and **no compartment**. Compartmented records therefore never
 * appear in the report; the incidents among them are counted once, as the incidents module's
 * summary counts them ("<3" when 1 or 2). Conduct and fatalities come from the public statistics
 * as published (suppression included).
 */
import { assertPermission, missionInView, type Actor } from '../../core/policy.js';
import { notFound } from '../../core/errors.js';
import type { Permission } from '../../core/permissions.js';
import type { RequestContext } from '../../db/context.js';
import { strengthSeries } from '../capabilities/mission-strength.service.js';
import { deployedUnits, listPledges } from '../capabilities/pledge.service.js';
import { allegationStatistics } from '../conduct/statistics.service.js';
import { overdueSummary } from '../conduct/overdue-summary.service.js';
import { listAlerts } from '../early-warning/alert.service.js';
import { listInquiries } from '../early-warning/failure-to-act.service.js';
import { listSituations } from '../early-warning/high-risk.service.js';
import { listOpenFollowUps } from '../incidents/follow-up.service.js';
import { incidentSummary } from '../incidents/incident-summary.service.js';
import { listSites } from '../mandates/environment.service.js';
import { perceptionInPeriod } from '../mandates/survey.service.js';
import { mandateInForce } from '../mandates/mandate.service.js';
import { fatalityStatistics } from '../medical/fatality-statistics.service.js';
import { getMission } from '../missions/mission.service.js';
import { latestAssessments } from '../unit-performance/assessment.service.js';
import { councilSummary } from '../unit-performance/refusal.service.js';
import type { PeriodicReport } from './report.schema.js';

/** What the reporting desk reads with. */
export const reportReadPermissions: readonly Permission[] = [
  'missions:read',
  'incidents:read',
  'early-warning:read',
  'capabilities:read',
  'mandates:read',
  'conduct:overview',
];

export interface Period {
  from: string;
  to: string;
}

/** The caller narrowed to one mission, with the desk's permissions and no compartment. */
function deskOf(actor: Actor, missionId: string): Actor {
  return {
    ...actor,
    missionId,
    missionIds: [missionId],
    permissions: new Set(reportReadPermissions),
    compartmentIds: new Set(),
  };
}

const tally = <K extends string>(values: readonly string[], key: K, as: string) => {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([v, n]) => ({ [key]: v, [as]: n })) as never;
};
const within = (day: string | null | undefined, p: Period) =>
  day !== null && day !== undefined && day.slice(0, 10) >= p.from && day.slice(0, 10) <= p.to;
const monthWithin = (month: string, p: Period) =>
  month >= p.from.slice(0, 7) && month <= p.to.slice(0, 7);
const yearWithin = (year: string, p: Period) =>
  year >= p.from.slice(0, 4) && year <= p.to.slice(0, 4);

async function protection(desk: RequestContext, p: Period): Promise<PeriodicReport['protection']> {
  const [alerts, situations, inquiries] = await Promise.all([
    listAlerts(desk, { limit: 100_000 }),
    listSituations(desk, {}),
    listInquiries(desk),
  ]);
  const inPeriod = alerts.filter((a) => within(a.sentAt, p));
  const issued = inPeriod.filter((a) => a.msgType === 'Alert');
  const opened = inquiries.filter((i) => within(i.openedOn, p));
  return {
    alertsIssued: issued.length,
    alertsCancelled: inPeriod.length - issued.length,
    alertsByEvent: tally(
      issued.map((a) => a.event),
      'event',
      'alerts',
    ),
    situationsOpen: situations.filter((s) => s.status === 'open').length,
    situationsClosed: situations.filter((s) => s.status === 'closed').length,
    situationsReviewOverdue: situations.filter((s) => s.review === 'overdue').length,
    situationReviews: situations.flatMap((s) => s.reviews).filter((r) => within(r.reviewedOn, p))
      .length,
    inquiriesOpened: opened.length,
    inquiryFindings: tally(
      opened.map((i) => i.finding ?? 'pending'),
      'finding',
      'inquiries',
    ),
  };
}

async function mandate(
  desk: RequestContext,
  missionId: string,
  p: Period,
): Promise<PeriodicReport['mandate']> {
  // The mandate in force during the period: the latest adopted on or before its end.
  const inForce = await mandateInForce(desk, missionId, p);
  if (!inForce) return null;
  const recommendations = inForce.assessments
    .filter((a) => a.conductedOn <= p.to)
    .flatMap((a) => a.recommendations.map((r) => r.status));
  return {
    resolution: inForce.resolution,
    title: inForce.title,
    adoptedOn: inForce.adoptedOn,
    expiresOn: inForce.expiresOn,
    illustrative: inForce.illustrative,
    tasks: inForce.tasks.map((t) => ({
      code: t.code,
      title: t.title,
      phase: t.phase,
      status: t.status,
      waiting: t.waiting,
      transition: t.transition
        ? { partner: t.transition.partner, status: t.transition.status }
        : null,
      benchmarks: t.benchmarks.map((b) => ({
        title: b.title,
        reached: b.reached,
        indicators: b.indicators.map((i) => ({
          name: i.name,
          unit: i.unit,
          baseline: i.baseline,
          target: i.target,
          direction: i.direction,
          values: i.values.filter((v) => monthWithin(v.period, p)),
          state: i.state,
        })),
      })),
    })),
    recommendations: tally(recommendations, 'status', 'recommendations'),
  };
}

async function capabilities(
  desk: RequestContext,
  acronym: string,
  p: Period,
): Promise<PeriodicReport['capabilities']> {
  const [strength, refusals, units, pledges] = await Promise.all([
    strengthSeries(desk, acronym),
    councilSummary(desk, p),
    deployedUnits(desk),
    listPledges(desk, {}),
  ]);
  const deployed = new Set(units.map((u) => u.id));
  // National caveats of the units deployed in the mission, by the task they restrict (K2).
  const caveats = pledges
    .filter((u) => deployed.has(u.id))
    .flatMap((u) => [...new Set(u.caveats.map((c) => c.task))]);
  const latest = await latestAssessments(
    desk,
    units.map((u) => u.id),
  );
  const assessed = [...latest.values()].filter((a) => within(a.assessedOn, p));
  return {
    strength: strength
      .filter((s) => monthWithin(s.month, p))
      .map((s) => ({
        month: s.month,
        authorised: s.authorised.total,
        deployed: s.deployed.total,
        gap: s.gap,
      })),
    refusals: Object.entries(refusals.counts)
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([status, n]) => ({ status, refusals: n })),
    unitsDeployed: units.length,
    caveats: tally(caveats, 'task', 'units'),
    assessments: tally(
      assessed.map((a) => a.result),
      'result',
      'units',
    ),
  };
}

async function conduct(
  desk: RequestContext,
  mission: { id: string; acronym: string },
  p: Period,
): Promise<PeriodicReport['conduct']> {
  const { id: missionId, acronym } = mission;
  const [byCategory, byNationality, overdue] = await Promise.all([
    allegationStatistics(desk, ['year', 'mission', 'category']),
    allegationStatistics(desk, ['year', 'mission', 'nationality']),
    overdueSummary(desk),
  ]);
  const ours = (g: Record<string, string>) => g.mission === acronym && yearWithin(g.year!, p);
  const mine = overdue.find((r) => r.missionId === missionId);
  return {
    asOf: byCategory.rows.length > 0 ? byCategory.asOf : null,
    byCategory: byCategory.rows
      .filter((r) => ours(r.group))
      .map((r) => ({
        year: r.group.year!,
        category: r.group.category!,
        allegations: r.allegations,
      })),
    byNationality: byNationality.rows
      .filter((r) => ours(r.group))
      .map((r) => ({
        year: r.group.year!,
        nationality: r.group.nationality!,
        allegations: r.allegations,
      })),
    openCases: mine?.open ?? 0,
    evidenceOverdue: mine?.evidenceOverdue ?? 0,
    investigationOverdue: mine?.investigationOverdue ?? 0,
  };
}

async function safety(
  desk: RequestContext,
  acronym: string,
  p: Period,
): Promise<PeriodicReport['safety']> {
  const [fatalities, followUps] = await Promise.all([
    fatalityStatistics(desk, ['year', 'mission', 'incident_type']),
    listOpenFollowUps(desk),
  ]);
  return {
    fatalities: fatalities.rows
      .filter((r) => r.group.mission === acronym && yearWithin(r.group.year!, p))
      .map((r) => ({
        year: r.group.year!,
        incidentType: r.group.incident_type!,
        fatalities: r.fatalities,
      })),
    followUpsOpen: followUps.length,
    followUpsOverdue: followUps.filter((f) => f.overdue).length,
  };
}

async function environment(
  desk: RequestContext,
  missionId: string,
  p: Period,
): Promise<PeriodicReport['environment']> {
  return (await listSites(desk, { missionId })).flatMap((site) =>
    site.benchmarks.map((b) => {
      const readings = b.readings.filter((r) => monthWithin(r.period, p));
      return {
        site: site.name,
        measure: b.measure,
        unit: b.unit,
        baseline: b.baseline,
        target: b.target,
        latest: readings.at(-1) ?? null,
        state: b.state,
      };
    }),
  );
}

/**
 * The report of a mission for a period, from the record as it is now.
 * @throws forbidden (reports:read), not_found (mission out of view)
 */
export async function periodicReport(
  ctx: RequestContext,
  asked: Period & { missionId: string; observations?: string },
): Promise<PeriodicReport> {
  const { missionId, observations = '' } = asked;
  const period = { from: asked.from, to: asked.to };
  assertPermission(ctx.actor, 'reports:read');
  if (!missionInView(ctx.actor, missionId)) throw notFound('Mission');
  const desk: RequestContext = { ...ctx, actor: deskOf(ctx.actor, missionId) };
  const mission = await getMission(desk, missionId);
  const [security, protect, plan, capable, discipline, safe, sites, perception] = await Promise.all(
    [
      incidentSummary(desk, { from: `${period.from}T00:00:00Z`, to: `${period.to}T23:59:59.999Z` }),
      protection(desk, period),
      mandate(desk, missionId, period),
      capabilities(desk, mission.acronym, period),
      conduct(desk, mission, period),
      safety(desk, mission.acronym, period),
      environment(desk, missionId, period),
      perceptionInPeriod(desk, missionId, period),
    ],
  );
  return {
    mission: { id: mission.id, acronym: mission.acronym, name: mission.name },
    hostCountries: mission.hostCountries,
    period,
    producedAt: ctx.clock.now().toISOString(),
    security,
    protection: protect,
    mandate: plan,
    capabilities: capable,
    conduct: discipline,
    safety: safe,
    perception,
    environment: sites,
    observations,
  };
}

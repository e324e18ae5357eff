/**
 * E2 (¶17–20, 34): alert rules over incidents, forecasts and hotspots, and the alerts they raise —
 * each once per rule and source. Rules are set in a mission by its analysts (early-warning:write);
 * they are evaluated when set, by a running server every 15 minutes, and on demand. A rule reads
 * as the mission itself, holding no compartment: an incident in a compartment never raises an
 * alert, whoever set the rule. Alerts are read with early-warning:read (JSON, CAP 1.2, Atom feed).
 */
import { alertLanguageOf, alertMail } from './alert-mail.js';
import type { AlertText } from './alert-texts.taxonomy.js';
import { staleVersion } from '../../core/errors.js';
import { addDays } from '../../core/days.js';
import { assertCan, assertPermission, missionForWrite, type Actor } from '../../core/policy.js';
import { fromBool, fromJson, fromTimestamp, toBool, toJson, toTimestamp } from '../../db/codecs.js';
import { inTransaction, type AppContext, type RequestContext } from '../../db/context.js';
import { peopleToNotify } from '../accounts/user.service.js';
import { audit } from '../audit/audit.service.js';
import { notifyOnce } from '../notifications/notification.service.js';
import { discardedIncidents, incidentPoints } from '../incidents/incident-map.service.js';
import { basesInView } from '../missions/base.service.js';
import {
  activeRuleRows,
  alertedKeys,
  alertRows,
  alertRowsByIds,
  findAlertRow,
  findRuleRow,
  insertAlerts,
  insertRule,
  liveIncidentAlerts,
  ruleRows,
  setRuleActive,
  type AlertRow,
} from './alert.repository.js';
import {
  cancellationOf,
  forecastAlerts,
  hotspotAlerts,
  incidentAlerts,
  type AlertDraft,
  type ForecastRuleParams,
  type HotspotRuleParams,
  type IncidentRuleParams,
} from './alert.rules.js';
import type { Alert, AlertRule, CreateAlertRuleInput, EvaluationResult } from './alert.schema.js';
import { forecastMap } from './forecast.service.js';
import { scanHotspots } from './hotspot.service.js';

type RuleRow = NonNullable<Awaited<ReturnType<typeof findRuleRow>>>;

const ruleOf = (r: RuleRow & { alert_count?: number | string | null }): AlertRule => ({
  id: r.id,
  missionId: r.mission_id,
  name: r.name,
  kind: r.kind as AlertRule['kind'],
  params: fromJson<Record<string, unknown>>(r.params),
  severity: r.severity as AlertRule['severity'],
  urgency: r.urgency as AlertRule['urgency'],
  certainty: r.certainty as AlertRule['certainty'],
  active: fromBool(r.active),
  createdBy: r.created_by,
  version: r.version,
  alerts: Number(r.alert_count ?? 0),
});

export const alertOf = (r: AlertRow): Alert => ({
  id: r.id,
  missionId: r.mission_id,
  ruleId: r.rule_id,
  ruleName: r.rule_name,
  sourceKey: r.source_key,
  msgType: r.msg_type as Alert['msgType'],
  references: r.references_alert,
  cancelledBy: r.cancelled_by ?? null,
  sentAt: fromTimestamp(r.sent_at).toISOString(),
  onsetAt: r.onset_at === null ? null : fromTimestamp(r.onset_at).toISOString(),
  event: r.event,
  headline: r.headline,
  description: r.description,
  text: r.text === null || r.text === undefined ? null : fromJson<AlertText>(r.text),
  severity: r.severity as Alert['severity'],
  urgency: r.urgency as Alert['urgency'],
  certainty: r.certainty as Alert['certainty'],
  area: fromJson<Alert['area']>(r.area),
  latitude: r.latitude,
  longitude: r.longitude,
});

/** The mission as a rule reads it: its own records, no compartment, nothing to write. */
function missionReader(ctx: AppContext, missionId: string): RequestContext {
  const actor: Actor = {
    userId: 'alert-rules',
    username: 'alert-rules',
    via: 'system',
    missionId,
    missionIds: [missionId],
    roles: [],
    permissions: new Set(['missions:read', 'incidents:read', 'early-warning:read']),
    compartmentIds: new Set(),
  };
  return { ...ctx, actor, requestId: 'alert-rules' };
}

async function draftsOf(ctx: AppContext, rule: RuleRow): Promise<AlertDraft[]> {
  const reader = missionReader(ctx, rule.mission_id);
  const params = fromJson<unknown>(rule.params);
  const bases = () => basesInView(reader, [rule.mission_id]);
  if (rule.kind === 'incident_near_base') {
    const p = params as IncidentRuleParams;
    const now = ctx.clock.now();
    const points = await incidentPoints(reader, {
      from: `${addDays(now.toISOString().slice(0, 10), -p.lookbackDays)}T00:00:00Z`,
      to: now.toISOString(),
    });
    // An alert whose report was discarded since is cancelled.
    const live = await liveIncidentAlerts(ctx.db, rule.id);
    const discarded = await discardedIncidents(
      reader,
      live.map((a) => a.source_key.slice('incident '.length)),
    );
    const cancellations = live
      .filter((a) => discarded.has(a.source_key.slice('incident '.length)))
      .map((a) => cancellationOf(alertOf(a)));
    return [...incidentAlerts(points, await bases(), p), ...cancellations];
  }
  if (rule.kind === 'forecast') {
    const p = params as ForecastRuleParams;
    const map = await forecastMap(reader, { horizon: p.horizon });
    return map.run ? forecastAlerts(map.run, map.items, p) : [];
  }
  const p = params as HotspotRuleParams;
  const scan = await scanHotspots(reader, { recentDays: 90, baselineDays: 730 });
  return hotspotAlerts(scan.cells, await bases(), { ...p, recentDays: scan.recentDays });
}

/** Raises the alerts a rule matches and has not raised before. */
async function evaluateRule(ctx: RequestContext, rule: RuleRow): Promise<Alert[]> {
  const drafts = await draftsOf(ctx, rule);
  const raised = await inTransaction(ctx, async (tx) => {
    const seen = await alertedKeys(tx.db, rule.id);
    const fresh = drafts.filter((d) => !seen.has(d.sourceKey));
    if (fresh.length === 0) return [];
    const sent = toTimestamp(tx.clock.now());
    const rows = fresh.map((d) => ({
      id: tx.ids.newId(),
      mission_id: rule.mission_id,
      rule_id: rule.id,
      source_key: d.sourceKey,
      msg_type: d.cancels ? 'Cancel' : 'Alert',
      references_alert: d.cancels ?? null,
      sent_at: sent,
      onset_at: d.onset,
      event: d.event,
      headline: d.headline,
      description: d.description,
      text: d.text === null ? null : toJson(d.text),
      severity: rule.severity,
      urgency: rule.urgency,
      certainty: rule.certainty,
      area: toJson(d.area),
      latitude: d.latitude,
      longitude: d.longitude,
    }));
    await insertAlerts(tx.db, rows);
    // Only those this evaluation inserted (a concurrent one may have raised some first).
    const inserted = (
      await alertRowsByIds(
        tx.db,
        rows.map((r) => r.id),
      )
    ).map(alertOf);
    if (inserted.length > 0)
      await audit(tx, {
        action: 'early-warning.alerts.raise',
        recordType: 'alert_rule',
        recordId: rule.id,
        missionId: rule.mission_id,
        change: { raised: inserted.length, sources: inserted.map((r) => r.sourceKey) },
      });
    return inserted;
  });
  await notifyAlerts(ctx, raised);
  return raised;
}

/**
 * Tells the mission's analysts and head of mission (and headquarters') of each alert raised: in
 * the app (its page writes the headline in the reader's language) and by e-mail in theirs.
 */
async function notifyAlerts(app: AppContext, alerts: readonly Alert[]): Promise<void> {
  for (const a of alerts)
    for (const person of await peopleToNotify(app, a.missionId, ['analyst', 'head_of_mission']))
      await notifyOnce(app, {
        userId: person.userId,
        username: person.username,
        missionId: a.missionId,
        recordType: 'alert',
        recordId: a.id,
        kind: 'early-warning.alert',
        // The page writes the headline in the reader's language from the text, when there is one.
        params: {
          headline: a.headline,
          severity: a.severity,
          ...(a.text ? { text: JSON.stringify(a.text) } : {}),
        },
        // The e-mail in the person's language (issue 23).
        ...alertMail(alertLanguageOf(person.locale), a),
      });
}

/** @throws forbidden, validation_failed */
export async function createRule(
  ctx: RequestContext,
  input: CreateAlertRuleInput,
): Promise<AlertRule> {
  assertPermission(ctx.actor, 'early-warning:write');
  const missionId = missionForWrite(ctx.actor, input.missionId);
  const id = await inTransaction(ctx, async (tx) => {
    const ruleId = tx.ids.newId();
    await insertRule(tx.db, {
      id: ruleId,
      mission_id: missionId,
      name: input.name,
      kind: input.kind,
      params: toJson(input.params),
      severity: input.severity,
      urgency: input.urgency,
      certainty: input.certainty,
      active: toBool(true),
      created_at: toTimestamp(tx.clock.now()),
      created_by: tx.actor.username,
      version: 1,
    });
    await audit(tx, {
      action: 'early-warning.rule.create',
      recordType: 'alert_rule',
      recordId: ruleId,
      missionId,
      change: input,
    });
    return ruleId;
  });
  await evaluateRule(ctx, (await findRuleRow(ctx.db, id))!);
  return ruleOf((await ruleRows(ctx.db, ctx.actor, id))[0]!);
}

/** @throws forbidden */
export async function listRules(ctx: RequestContext): Promise<AlertRule[]> {
  assertPermission(ctx.actor, 'early-warning:read');
  return (await ruleRows(ctx.db, ctx.actor)).map(ruleOf);
}

/** Pauses or resumes a rule. @throws forbidden, not_found, conflict */
export async function changeRuleActive(
  ctx: RequestContext,
  id: string,
  input: { active: boolean; version: number },
): Promise<AlertRule> {
  assertPermission(ctx.actor, 'early-warning:write');
  const row = await findRuleRow(ctx.db, id);
  assertCan(ctx.actor, 'early-warning:write', {
    kind: 'AlertRule',
    record: row ? { id, missionId: row.mission_id, compartmentIds: [] } : undefined,
  });
  await inTransaction(ctx, async (tx) => {
    if (!(await setRuleActive(tx.db, id, { active: toBool(input.active), version: input.version })))
      throw staleVersion('AlertRule', input.version);
    await audit(tx, {
      action: 'early-warning.rule.active',
      recordType: 'alert_rule',
      recordId: id,
      missionId: row!.mission_id,
      change: input,
    });
  });
  return ruleOf((await ruleRows(ctx.db, ctx.actor, id))[0]!);
}

/** Evaluates the active rules of the missions in the caller's view now. @throws forbidden */
export async function evaluateRules(ctx: RequestContext): Promise<EvaluationResult> {
  assertPermission(ctx.actor, 'early-warning:write');
  const rules = await activeRuleRows(ctx.db, ctx.actor);
  const alerts: Alert[] = [];
  for (const rule of rules) alerts.push(...(await evaluateRule(ctx, rule)));
  return { rules: rules.length, raised: alerts.length, alerts };
}

/** A running server's sweep: every active rule of every mission. */
export async function sweepAlertRules(app: AppContext): Promise<number> {
  let raised = 0;
  for (const rule of await activeRuleRows(app.db, null)) {
    const ctx = missionReader(app, rule.mission_id);
    raised += (await evaluateRule(ctx, rule)).length;
  }
  return raised;
}

/** @throws forbidden */
export async function listAlerts(ctx: RequestContext, query: { limit: number }): Promise<Alert[]> {
  assertPermission(ctx.actor, 'early-warning:read');
  return (await alertRows(ctx.db, ctx.actor, query.limit)).map(alertOf);
}

/** @throws forbidden, not_found */
export async function getAlert(ctx: RequestContext, id: string): Promise<Alert> {
  const row = await findAlertRow(ctx.db, id);
  assertCan(ctx.actor, 'early-warning:read', {
    kind: 'Alert',
    record: row ? { id, missionId: row.mission_id, compartmentIds: [] } : undefined,
  });
  return alertOf(row!);
}

/** Whether any alert rule exists (the demo writes its rules once). */
export async function anyAlertRule(app: AppContext): Promise<boolean> {
  return (
    (await app.db.selectFrom('alert_rules').select('id').limit(1).executeTakeFirst()) !== undefined
  );
}

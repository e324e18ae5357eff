/** Alert rules and alerts: storage. No authorization. */
import type { Insertable, Kysely } from 'kysely';
import type { Actor } from '../../core/policy.js';
import { toBool } from '../../db/codecs.js';
import type { AlertRulesTable, AlertsTable } from '../../db/schema-early-warning.js';
import type { Database } from '../../db/schema.js';
import { missionFilter } from '../../db/scope.js';

export async function insertRule(db: Kysely<Database>, row: Insertable<AlertRulesTable>) {
  await db.insertInto('alert_rules').values(row).execute();
}

export function findRuleRow(db: Kysely<Database>, id: string) {
  return db.selectFrom('alert_rules').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Rules of the actor's missions (or the one asked for) with how many alerts each raised, newest first. */
export function ruleRows(db: Kysely<Database>, actor: Actor, only?: string) {
  let q = db
    .selectFrom('alert_rules')
    .selectAll('alert_rules')
    .select((eb) =>
      eb
        .selectFrom('alerts')
        .select((a) => a.fn.countAll<number>().as('n'))
        .whereRef('alerts.rule_id', '=', 'alert_rules.id')
        .as('alert_count'),
    )
    .where(missionFilter(actor, 'alert_rules.mission_id'));
  if (only) q = q.where('alert_rules.id', '=', only);
  return q.orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
}

/** Active rules of the actor's missions, or of every mission (null: the server's sweep). */
export function activeRuleRows(db: Kysely<Database>, actor: Actor | null) {
  let q = db.selectFrom('alert_rules').selectAll().where('active', '=', toBool(true));
  if (actor) q = q.where(missionFilter(actor, 'alert_rules.mission_id'));
  return q.orderBy('created_at').execute();
}

export async function setRuleActive(
  db: Kysely<Database>,
  id: string,
  change: { active: number | boolean; version: number },
): Promise<boolean> {
  const r = await db
    .updateTable('alert_rules')
    .set({ active: change.active, version: change.version + 1 })
    .where('id', '=', id)
    .where('version', '=', change.version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The sources a rule has already alerted on. */
export async function alertedKeys(db: Kysely<Database>, ruleId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('alerts')
    .select('source_key')
    .where('rule_id', '=', ruleId)
    .execute();
  return new Set(rows.map((r) => r.source_key));
}

/** Inserts alerts; one a concurrent evaluation raised first (same rule and source) is skipped. */
export async function insertAlerts(db: Kysely<Database>, rows: Insertable<AlertsTable>[]) {
  for (let i = 0; i < rows.length; i += 200)
    await db
      .insertInto('alerts')
      .values(rows.slice(i, i + 200))
      .onConflict((oc) => oc.columns(['rule_id', 'source_key']).doNothing())
      .execute();
}

const withRule = (db: Kysely<Database>) =>
  db
    .selectFrom('alerts')
    .innerJoin('alert_rules', 'alert_rules.id', 'alerts.rule_id')
    .selectAll('alerts')
    .select('alert_rules.name as rule_name')
    .select((eb) =>
      eb
        .selectFrom('alerts as cancel')
        .select('cancel.id')
        .whereRef('cancel.references_alert', '=', 'alerts.id')
        .limit(1)
        .as('cancelled_by'),
    );

export type AlertRow = Awaited<ReturnType<typeof findAlertRow>> & object;

export function findAlertRow(db: Kysely<Database>, id: string) {
  return withRule(db).where('alerts.id', '=', id).executeTakeFirst();
}

/** Alerts of the actor's missions, newest first. */
export function alertRows(db: Kysely<Database>, actor: Actor, limit: number) {
  return withRule(db)
    .where(missionFilter(actor, 'alerts.mission_id'))
    .orderBy('alerts.sent_at', 'desc')
    .orderBy('alerts.id', 'desc')
    .limit(limit)
    .execute();
}

export function alertRowsByIds(db: Kysely<Database>, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return withRule(db).where('alerts.id', 'in', ids).orderBy('alerts.sent_at', 'desc').execute();
}

/** A rule's alerts raised on incidents and not cancelled: what a discarded report cancels. */
export function liveIncidentAlerts(db: Kysely<Database>, ruleId: string) {
  return withRule(db)
    .where('alerts.rule_id', '=', ruleId)
    .where('alerts.msg_type', '=', 'Alert')
    .where('alerts.source_key', 'like', 'incident %')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('alerts as cancel')
            .select('cancel.id')
            .whereRef('cancel.references_alert', '=', 'alerts.id'),
        ),
      ),
    )
    .execute();
}

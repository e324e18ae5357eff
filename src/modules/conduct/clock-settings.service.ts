/**
 * Each mission's C1 and C2 clock settings (¶119); the report's 72 hours and 6 months by default.
 * Issue 16: a setting may only make the report's rule stricter — at most 72 hours and 6 months,
 * whatever was stored before (a stored longer one reads as the report's) — and only headquarters
 * sets it, audited with what it was before: a mission does not set the clocks that oversee it.
 */
import { assertPermission, missionForWrite } from '../../core/policy.js';
import { toTimestamp } from '../../db/codecs.js';
import { inTransaction, type RequestContext } from '../../db/context.js';
import { audit } from '../audit/audit.service.js';
import { clockSettingsRow, saveClockSettingsRow } from './clock-settings.repository.js';
import { assertHeadquarters, assertStricter, noLooser } from '../../core/settings.js';
import { clockSettingBounds, defaultClockSettings, type ClockSettings } from './case.schema.js';

/** The clock settings of a mission: its own, else the report's (72 hours, 6 months). */
export async function clockSettingsOf(
  ctx: RequestContext,
  missionId: string,
): Promise<ClockSettings> {
  const row = await clockSettingsRow(ctx.db, missionId);
  return row
    ? noLooser(
        { evidenceHours: row.evidence_hours, investigationMonths: row.investigation_months },
        clockSettingBounds,
      )
    : defaultClockSettings;
}

/** The settings of the mission in view (or named, at headquarters). @throws forbidden */
export async function clockSettingsFor(
  ctx: RequestContext,
  missionId: string | undefined,
): Promise<ClockSettings> {
  assertPermission(ctx.actor, 'conduct:read');
  return clockSettingsOf(ctx, missionForWrite(ctx.actor, missionId));
}

/**
 * @throws forbidden (not headquarters), validation_failed (longer than the report's: the schema
 *   says so for the API, this for every other caller)
 */
export async function setClockSettings(
  ctx: RequestContext,
  missionId: string | undefined,
  settings: ClockSettings,
): Promise<ClockSettings> {
  assertPermission(ctx.actor, 'conduct:write');
  assertHeadquarters(ctx.actor, 'a mission’s conduct clocks (¶119)');
  assertStricter(settings, clockSettingBounds, 'the ¶119 clocks');
  const mission = missionForWrite(ctx.actor, missionId);
  return inTransaction(ctx, async (tx) => {
    const before = await clockSettingsOf(tx, mission);
    await saveClockSettingsRow(tx.db, {
      mission_id: mission,
      evidence_hours: settings.evidenceHours,
      investigation_months: settings.investigationMonths,
      updated_at: toTimestamp(tx.clock.now()),
    });
    await audit(tx, {
      action: 'conduct.clock-settings.update',
      missionId: mission,
      change: { from: before, to: settings },
    });
    return settings;
  });
}

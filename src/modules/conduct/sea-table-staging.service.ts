/**
 * What an import of the UN's table of allegations writes (issue 15, F6): its checked rows, staged
 * by sea-table-import.service.ts, applied 200 cases per transaction — the known missions they name created
 * in the first, then what is new created, what changed updated, the rest left — and the import's
 * audit entry with a digest of every record written, in order.
 */
import { canonicalJson } from '../../core/hash.js';
import { toTimestamp } from '../../db/codecs.js';
import type { RequestContext } from '../../db/context.js';
import { chainDigest, type StagedImporter } from '../../db/staged-import.js';
import { audit } from '../audit/audit.service.js';
import { ensureKnownMissions } from '../missions/mission.service.js';
import { dueDates } from './case.rules.js';
import {
  deleteVictims,
  findCaseRowsBySource,
  insertCase,
  insertVictims,
  recordType,
  toCaseFields,
  updateCaseRow,
  type CaseFields,
} from './case.repository.js';
import { victimRows } from './case.service.js';
import { clockSettingsOf } from './clock-settings.service.js';
import type { SeaCase } from './sea-table.mapping.js';
import { replaceSubjects } from './subject.repository.js';

export const seaSource = 'un-sea-table';

interface Pending {
  line: number;
  missionId: string;
  row: SeaCase;
}

/** A checked row, staged: the mission by acronym (it may be created when applied). */
export interface StagedSeaRow {
  line: number;
  mission: string;
  row: SeaCase;
}

/** What one import has done so far, saved after every applied chunk (db/staged-import.ts). */
export interface SeaProgress {
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** The chained digest of the records written, in order (chainDigest). */
  digest: string;
}

function fieldsOf(
  ctx: RequestContext,
  p: Pending,
  due: { evidenceDueAt: Date; investigationDueAt: Date },
): Omit<CaseFields, 'id' | 'createdAt' | 'version'> {
  const { row } = p;
  const received = new Date(row.receivedAt);
  const concluded =
    row.finding !== 'pending' && row.investigationDays !== null
      ? new Date(received.getTime() + row.investigationDays * 86_400_000).toISOString()
      : null;
  return {
    missionId: p.missionId,
    reference: row.reference,
    receivedAt: row.receivedAt,
    receivedPrecision: 'month',
    channel: 'not_recorded',
    category: row.category,
    allegations: row.allegations as CaseFields['allegations'],
    incidentPeriod: row.incidentPeriod,
    status: row.status,
    statusReason: '',
    investigatingEntity: row.investigatingEntity,
    finding: row.finding,
    findings: row.findings,
    investigationDays: row.investigationDays,
    paternityClaim: row.paternityClaim,
    paternityEstablished: row.paternityEstablished,
    nioAppointed: row.nioAppointed,
    interimActions: row.interimActions,
    finalActions: row.finalActions,
    criminalReferral: row.criminalReferral,
    evidenceDueAt: due.evidenceDueAt.toISOString(),
    investigationDueAt: due.investigationDueAt.toISOString(),
    evidenceGatheredAt: null,
    investigationConcludedAt: concluded,
    origin: { system: seaSource, sourceId: row.sourceId, attributes: row.attributes },
    updatedAt: toTimestamp(ctx.clock.now()),
  };
}

async function writeParts(tx: RequestContext, c: CaseFields, row: SeaCase): Promise<void> {
  await replaceSubjects(
    tx.db,
    c,
    row.subjects.map((s) => ({ ...s, id: tx.ids.newId(), identity: null })),
  );
  await deleteVictims(tx.db, c.id);
  await insertVictims(
    tx.db,
    victimRows(
      tx,
      c,
      row.victims.map((v) => ({ ...v, sex: 'unknown', identity: null })),
    ),
    0,
  );
}

/** Creates what is new, updates what changed, leaves the rest: one lookup per mission and batch. */
async function flush(tx: RequestContext, batch: Pending[], progress: SeaProgress) {
  const written: string[] = [];
  const byMission = new Map<string, Pending[]>();
  for (const p of batch) byMission.set(p.missionId, [...(byMission.get(p.missionId) ?? []), p]);
  for (const [missionId, rows] of byMission) {
    const stored = await findCaseRowsBySource(tx.db, {
      missionId,
      system: seaSource,
      sourceIds: rows.map((r) => r.row.sourceId),
    });
    const settings = await clockSettingsOf(tx, missionId);
    for (const p of rows) {
      const due = dueDates(new Date(p.row.receivedAt), settings);
      const existing = stored.get(p.row.sourceId);
      if (!existing) {
        const now = toTimestamp(tx.clock.now());
        const c: CaseFields = {
          ...fieldsOf(tx, p, due),
          id: tx.ids.newId(),
          createdAt: now,
          version: 1,
        };
        await insertCase(tx.db, c, tx.actor.userId);
        await writeParts(tx, c, p.row);
        written.push(c.id);
        progress.created += 1;
        continue;
      }
      const current = toCaseFields(existing);
      // Canonical JSON: PostgreSQL's jsonb does not keep the keys' order.
      if (canonicalJson(current.origin.attributes) === canonicalJson(p.row.attributes)) {
        progress.unchanged += 1;
        continue;
      }
      const next: CaseFields = {
        ...current,
        ...fieldsOf(tx, p, due),
        id: current.id,
        createdAt: current.createdAt,
        version: current.version + 1,
      };
      await updateCaseRow(tx.db, next, current.version);
      await writeParts(tx, next, p.row);
      await audit(tx, {
        action: 'conduct.case.import-update',
        recordType,
        recordId: current.id,
        missionId,
        change: { source: next.origin },
      });
      written.push(current.id);
      progress.updated += 1;
    }
  }
  progress.digest = chainDigest(progress.digest, written);
}

/** Applies checked rows 200 cases per transaction (F6), creating the known missions they name. */
export const seaTableImporter: StagedImporter<StagedSeaRow, SeaProgress> = {
  kind: 'conduct.sea-table',
  // A case is a case, its subjects and victims: 200 hold the lock about a tenth of a second.
  chunkSize: 200,
  async apply(tx, rows, progress) {
    const missionIds = await ensureKnownMissions(
      tx,
      rows.map((r) => r.mission),
    );
    await flush(
      tx,
      rows.map((r) => ({ line: r.line, missionId: missionIds.get(r.mission)!, row: r.row })),
      progress,
    );
  },
  async finish(tx, progress) {
    await audit(tx, {
      action: 'conduct.import',
      change: {
        source: seaSource,
        total: progress.total,
        created: progress.created,
        updated: progress.updated,
        unchanged: progress.unchanged,
        rejected: progress.rejected,
        recordsDigest: progress.digest,
      },
    });
  },
};

/**
 * Subjects' identities (C8, ¶124): name, other names, date of birth and identity document, kept as
 * tier-1 ciphertext bound to the subject's row, decrypted only in a by-id read of a case its
 * reader reaches (case.service.ts) and inside a screening (vetting.service.ts). Often known only
 * once the investigation has identified the subject: identifySubject records it later, audited
 * with the ciphertext only.
 */
import { DomainError, staleVersion } from '../../core/errors.js';
import { toTimestamp } from '../../db/codecs.js';
import { inTransaction, type RequestContext } from '../../db/context.js';
import { audit } from '../audit/audit.service.js';
import { loadForWrite } from './case-workflow.service.js';
import { recordType, updateCaseRow } from './case.repository.js';
import type { Case } from './case.schema.js';
import { loadCase } from './case.service.js';
import { encryptSubjectIdentity } from './subject-identity.service.js';
import { setSubjectIdentity, subjectRowsOf } from './subject.repository.js';
import type { IdentifySubjectInput } from './subject.schema.js';

/**
 * Records (or clears) who the subject at this position of the case is.
 * @throws forbidden, not_found, conflict (stale version), validation_failed (no such subject)
 */
export async function identifySubject(
  ctx: RequestContext,
  target: { caseId: string; position: number },
  input: IdentifySubjectInput,
): Promise<Case> {
  return inTransaction(ctx, async (tx) => {
    const current = await loadForWrite(tx, target.caseId, 'conduct:write');
    if (current.version !== input.version) throw staleVersion('Case', input.version);
    const rows = (await subjectRowsOf(tx.db, [target.caseId])).get(target.caseId) ?? [];
    const row = rows[target.position];
    if (!row)
      throw new DomainError('validation_failed', `position: the case has ${rows.length} subjects`, [
        { path: 'position', message: `the case has ${rows.length} subjects` },
      ]);
    const stored = encryptSubjectIdentity(tx, row.id, input.identity);
    await setSubjectIdentity(tx.db, row.id, stored);
    const next = {
      ...current,
      updatedAt: toTimestamp(tx.clock.now()),
      version: current.version + 1,
    };
    if (!(await updateCaseRow(tx.db, next, input.version)))
      throw staleVersion('Case', input.version);
    await audit(tx, {
      action: 'conduct.subject.identify',
      recordType,
      recordId: target.caseId,
      missionId: current.missionId,
      change: { position: target.position, identity: stored },
    });
    return loadCase(tx, target.caseId);
  });
}

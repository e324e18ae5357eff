/**
 * Subjects' identities as tier-1 ciphertext bound to the subject's row (S3): encrypted on the way
 * in, decrypted only for a caller the policy already let reach the case, or inside a screening.
 */
import type { RequestContext } from '../../db/context.js';
import type { Subject } from './case.schema.js';
import { subjectRowsOf, type SubjectRow, type SubjectToStore } from './subject.repository.js';
import type { SubjectIdentity } from './subject.schema.js';

export const subjectAddress = (id: string) => ({
  table: 'conduct_subjects',
  id,
  field: 'identity',
});

export function encryptSubjectIdentity(
  ctx: RequestContext,
  subjectId: string,
  identity: SubjectIdentity | null,
): string | null {
  return identity === null
    ? null
    : ctx.cipher.encrypt(JSON.stringify(identity), subjectAddress(subjectId));
}

export function decryptSubjectIdentity(
  ctx: RequestContext,
  row: Pick<SubjectRow, 'id' | 'identity'>,
): SubjectIdentity | null {
  return row.identity === null
    ? null
    : (JSON.parse(ctx.cipher.decrypt(row.identity, subjectAddress(row.id))) as SubjectIdentity);
}

/** Subjects with new ids and their identities encrypted, ready for replaceSubjects. */
export function subjectsToStore(
  ctx: RequestContext,
  subjects: readonly Subject[],
): SubjectToStore[] {
  return subjects.map((s) => {
    const id = ctx.ids.newId();
    return { ...s, id, identity: encryptSubjectIdentity(ctx, id, s.identity) };
  });
}

/** A case's subjects, identities decrypted: call only after the policy let the caller reach the case. */
export async function subjectsOfCase(ctx: RequestContext, caseId: string): Promise<Subject[]> {
  return ((await subjectRowsOf(ctx.db, [caseId])).get(caseId) ?? []).map((r) => ({
    personnelCategory: r.personnel_category as Subject['personnelCategory'],
    nationality: r.nationality,
    unit: r.unit,
    count: r.count,
    identity: decryptSubjectIdentity(ctx, r),
  }));
}

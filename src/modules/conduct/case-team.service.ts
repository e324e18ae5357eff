/**
 * The people on a case (C9): those who hold its compartments, and the conduct officers and
 * investigators of the mission (two-factor sign-in on) who could be added — the receiving officer
 * adds investigators through the compartment (POST /api/compartments/{id}/members).
 */
import type { RequestContext } from '../../db/context.js';
import { peopleWithRoles } from '../accounts/user.service.js';
import { recordHolders } from '../compartments/compartment.service.js';
import { recordType } from './case.repository.js';
import { loadCaseForWrite } from './case.service.js';

export interface CaseTeam {
  compartmentId: string | null;
  members: { userId: string; username: string }[];
  candidates: { userId: string; username: string; displayName: string }[];
}

/** @throws forbidden, not_found */
export async function caseTeam(ctx: RequestContext, caseId: string): Promise<CaseTeam> {
  const c = await loadCaseForWrite(ctx, caseId);
  const members = await recordHolders(ctx, recordType, c.id);
  const inCase = new Set(members.map((m) => m.userId));
  const people = await peopleWithRoles(ctx, c.missionId, ['conduct_officer', 'investigator']);
  return {
    compartmentId: c.compartmentIds.length === 1 ? c.compartmentIds[0]! : null,
    members,
    candidates: people.filter((p) => !inCase.has(p.userId)),
  };
}

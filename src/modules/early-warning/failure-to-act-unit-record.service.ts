/**
 * E4 on a unit's record (capabilities:read): each inquiry into the unit's failure to act with the
 * incident's day, the opening, the finding and when the Council and the Member States were
 * informed — never who, what was known, ordered or happened.
 */
import { assertPermission } from '../../core/policy.js';
import type { RequestContext } from '../../db/context.js';
import { inquiryRowsOfUnit } from './failure-to-act.repository.js';
import { inquiryState, type Finding } from './failure-to-act.rules.js';
import type { UnitInquiry } from './failure-to-act.schema.js';
import { facts } from './failure-to-act.service.js';

/** A unit's inquiries for its record: dates, finding, notifications. @throws forbidden */
export async function unitInquiries(ctx: RequestContext, unitId: string): Promise<UnitInquiry[]> {
  assertPermission(ctx.actor, 'capabilities:read');
  return (await inquiryRowsOfUnit(ctx.db, unitId)).map((r) => ({
    id: r.id,
    incidentOn: r.incident_on,
    openedOn: r.opened_on,
    finding: r.finding as Finding | null,
    foundOn: r.found_on,
    councilNotifiedOn: r.council_notified_on,
    memberStatesNotifiedOn: r.member_states_notified_on,
    state: inquiryState(facts(r)),
  }));
}

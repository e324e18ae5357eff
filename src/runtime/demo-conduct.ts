/**
 * The demo's conduct cases (issue 18): a handful of made-up allegations in MINUSCA whose clocks
 * stand in every state — evidence running, due soon, overdue and met; investigation running, due
 * soon, overdue and concluded — and two complaints from the public form, one answered. Each case
 * is marked illustrative (shown so, never counted in the statistics); dates are relative to the
 * day the demo loads. The demo conduct officer receives them, so they are on his cases page.
 * Once: nothing if the mission has illustrative cases already.
 */
import { rolePermissions } from '../core/permissions.js';
import type { Actor } from '../core/policy.js';
import type { RequestContext } from '../db/context.js';
import { userIdByUsername } from '../modules/accounts/user.service.js';
import { illustrativeCasesLoaded, receiveAllegation } from '../modules/conduct/case.service.js';
import {
  changeCaseStatus,
  recordEvidenceGathered,
} from '../modules/conduct/case-workflow.service.js';
import type { Case, ReceiveAllegationInput } from '../modules/conduct/case.schema.js';
import {
  fileComplaint,
  listComplaints,
  postMessage,
} from '../modules/conduct/complaint.service.js';

export interface DemoConduct {
  cases: number;
  complaints: number;
}

const hour = 3_600_000;
const day = 24 * hour;

interface DemoCase {
  /** How long before the demo loads the allegation came in. */
  receivedAgo: number;
  allegation: ReceiveAllegationInput['allegations'][number];
  subject: { personnelCategory: ReceiveAllegationInput['subjects'][number]['personnelCategory'] };
  channel: ReceiveAllegationInput['channel'];
  /** Evidence gathered this long after receipt (C1), if it was. */
  evidenceAfter?: number;
  investigation?: 'running' | 'concluded';
}

const cases: DemoCase[] = [
  // Evidence clock (72 hours) running, just received.
  {
    receivedAgo: 2 * hour,
    allegation: { category: 'sexual_exploitation', subtype: 'transactional_sex' },
    subject: { personnelCategory: 'military_contingent' },
    channel: 'hotline',
  },
  // Evidence due within the day.
  {
    receivedAgo: 60 * hour,
    allegation: { category: 'sexual_abuse', subtype: 'sexual_assault' },
    subject: { personnelCategory: 'formed_police_unit' },
    channel: 'in_person',
  },
  // Evidence overdue: nothing gathered five days on.
  {
    receivedAgo: 5 * day,
    allegation: { category: 'sexual_exploitation', subtype: 'exploitative_relationship' },
    subject: { personnelCategory: 'civilian_staff' },
    channel: 'email',
  },
  // Evidence met; investigation (six months) running.
  {
    receivedAgo: 40 * day,
    allegation: { category: 'sexual_abuse', subtype: 'sexual_activity_with_minor' },
    subject: { personnelCategory: 'military_contingent' },
    channel: 'community_complaint',
    evidenceAfter: 30 * hour,
    investigation: 'running',
  },
  // Investigation due within 30 days.
  {
    receivedAgo: 170 * day,
    allegation: { category: 'sexual_exploitation', subtype: 'soliciting_transactional_sex' },
    subject: { personnelCategory: 'contractor' },
    channel: 'complaint_box',
    evidenceAfter: 50 * hour,
    investigation: 'running',
  },
  // Investigation overdue.
  {
    receivedAgo: 200 * day,
    allegation: { category: 'sexual_abuse', subtype: 'rape' },
    subject: { personnelCategory: 'military_observer_or_staff_officer' },
    channel: 'oios',
    evidenceAfter: 20 * hour,
    investigation: 'running',
  },
  // Investigation concluded, substantiated, closed with the final action.
  {
    receivedAgo: 120 * day,
    allegation: { category: 'sexual_exploitation', subtype: 'transactional_sex' },
    subject: { personnelCategory: 'individual_police' },
    channel: 'hotline',
    evidenceAfter: 40 * hour,
    investigation: 'concluded',
  },
];

/** The conduct officer receiving the cases: their first member, as when a person receives one. */
function officer(userId: string, missionId: string): Actor {
  return {
    userId,
    username: 'conduct',
    via: 'system',
    missionId,
    missionIds: [missionId],
    roles: ['conduct_officer'],
    permissions: new Set(rolePermissions.conduct_officer),
    compartmentIds: new Set(),
  };
}

/** The loader acting on a case it holds (its later steps, an investigator's conclusion included). */
function onCase(ctx: RequestContext, c: Case): RequestContext {
  return {
    ...ctx,
    actor: {
      ...ctx.actor,
      permissions: new Set([...ctx.actor.permissions, 'conduct:investigate']),
      compartmentIds: new Set([...ctx.actor.compartmentIds, ...c.compartmentIds]),
    },
  };
}

async function receive(
  ctx: RequestContext,
  at: { missionId: string; now: number },
  demo: DemoCase,
) {
  const { missionId, now } = at;
  const received = await receiveAllegation(
    ctx,
    {
      missionId,
      receivedAt: new Date(now - demo.receivedAgo).toISOString(),
      channel: demo.channel,
      allegations: [demo.allegation],
      incidentPeriod: null,
      subjects: [{ ...demo.subject, nationality: null, unit: null, count: 1, identity: null }],
      victims: [{ ageGroup: 'adult', sex: 'female', count: 1, identity: null }],
      paternityClaim: 'unknown',
    },
    { illustrative: true },
  );
  let c = received;
  if (demo.evidenceAfter === undefined) return c;
  const acting = (x: Case) => onCase(ctx, x);
  c = await recordEvidenceGathered(acting(c), c.id, {
    version: c.version,
    gatheredAt: new Date(now - demo.receivedAgo + demo.evidenceAfter).toISOString(),
  });
  c = await changeCaseStatus(acting(c), c.id, {
    version: c.version,
    status: 'under_investigation',
    reason: '',
    investigatingEntity: 'oios',
  });
  if (demo.investigation !== 'concluded') return c;
  c = await changeCaseStatus(acting(c), c.id, {
    version: c.version,
    status: 'investigation_concluded',
    reason: 'Illustrative: the investigation substantiated the allegation.',
    finding: 'substantiated',
  });
  return changeCaseStatus(acting(c), c.id, {
    version: c.version,
    status: 'closed',
    reason: 'Illustrative: final action taken.',
    finalActions: [{ by: 'un', action: 'Separation from service', count: 1 }],
  });
}

export async function loadDemoConduct(
  ctx: RequestContext,
  missionId: string,
): Promise<DemoConduct> {
  if (await illustrativeCasesLoaded(ctx, missionId)) return { cases: 0, complaints: 0 };
  const officerId = await userIdByUsername(ctx, 'conduct').catch(() => null);
  if (!officerId) return { cases: 0, complaints: 0 };
  const asOfficer: RequestContext = { ...ctx, actor: officer(officerId, missionId) };
  const now = ctx.clock.now().getTime();
  for (const demo of cases) await receive(asOfficer, { missionId, now }, demo);
  await fileComplaint(ctx, {
    missionId,
    account:
      'Illustrative complaint (demo): a peacekeeper near the market asks girls for sex in exchange for food.',
    contact: '',
    language: 'en',
  });
  await fileComplaint(ctx, {
    missionId,
    account:
      'Plainte illustrative (démo) : un agent contractuel du camp propose de l’argent en échange de relations.',
    contact: '',
    language: 'fr',
  });
  // The team has asked the second complainant a question: the complaint is under review.
  const [answered] = (
    await listComplaints({ ...ctx, actor: officer(officerId, missionId) })
  ).filter((c) => c.language === 'fr');
  if (answered)
    await postMessage(
      { ...ctx, actor: officer(officerId, missionId) },
      answered.id,
      'Merci. Pouvez-vous dire quand cela s’est passé ? (illustratif)',
    );
  return { cases: cases.length, complaints: 2 };
}

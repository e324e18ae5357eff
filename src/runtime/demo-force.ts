/**
 * The demo's force generation: a statement of unit requirements of MINUSCA for an infantry
 * battalion and five pledged battalions at different readiness, so force selection (K5) has a
 * shortlist to explain on first start. Illustrative records, not real pledges: the countries are
 * real contributors, the figures invented, and none is said to be listed, restricted or to have
 * misbehaved. Dates are relative to the day the demo loads. Once: nothing if any pledge exists.
 */
import { addDays, dayOf } from '../core/days.js';
import type { RequestContext } from '../db/context.js';
import { addPeople, addPerson } from '../modules/capabilities/personnel.service.js';
import { certifyPerson, screenPerson } from '../modules/capabilities/person-records.service.js';
import type { Evidence } from '../modules/capabilities/readiness.rules.js';
import { anyPledge, createPledge, recordEvidence } from '../modules/capabilities/pledge.service.js';
import { createRequirement } from '../modules/capabilities/requirement.service.js';

/** P6 (¶124): the UN's mandatory e-learning on sexual exploitation and abuse. */
const sea = 'Prevention of sexual exploitation and abuse (UN e-learning)';

interface DemoUnit {
  contributor: string;
  women: number;
  /** Evidence in order; the last reached decides the level. */
  reach: ('visit' | 'alignment' | 'rapid')[];
  /**
   * People recorded, and whether they are certified and cleared. A ready unit has its whole roll
   * (850: K3 deploys a unit only with every person recorded); one not ready, a few, not all ready.
   */
  people: { count: number; ready: boolean };
}

const units: DemoUnit[] = [
  {
    contributor: 'RWA',
    women: 128,
    reach: ['visit', 'alignment', 'rapid'],
    people: { count: 850, ready: true },
  },
  {
    contributor: 'BGD',
    women: 90,
    reach: ['visit', 'alignment'],
    people: { count: 850, ready: true },
  },
  { contributor: 'NPL', women: 110, reach: ['visit'], people: { count: 850, ready: true } },
  { contributor: 'ZMB', women: 140, reach: [], people: { count: 850, ready: true } },
  {
    contributor: 'IDN',
    women: 75,
    reach: ['visit', 'alignment'],
    people: { count: 2, ready: false },
  },
];

async function pledge(ctx: RequestContext, u: DemoUnit, at: { sur: string; today: string }) {
  const { sur, today } = at;
  let p = await createPledge(ctx, {
    contributor: u.contributor,
    capability: 'infantry_battalion',
    strength: 850,
    women: u.women,
    majorEquipment: [
      { item: 'Armoured personnel carrier', quantity: u.contributor === 'NPL' ? 8 : 12 },
    ],
    selfSustainment: ['catering', 'accommodation', 'medical level 1'],
    availableFrom: addDays(today, -30),
    availableUntil: null,
  });
  const evidence: Record<DemoUnit['reach'][number], Evidence> = {
    visit: {
      kind: 'assessment_visit',
      visitedOn: addDays(today, -60),
      reportReference: `AAV-${u.contributor}`,
      passed: true,
    },
    alignment: { kind: 'sur_alignment', requirementId: sur, alignedOn: addDays(today, -20) },
    rapid: {
      kind: 'rdl_verification',
      verifiedOn: addDays(today, -10),
      daysToDeploy: 45,
      passed: true,
    },
  };
  for (const step of u.reach)
    p = await recordEvidence(ctx, p.id, { version: p.version, evidence: evidence[step] });
  const person = (i: number) => ({
    serviceNumber: `${u.contributor}-${100 + i}`,
    rank: i === 1 ? 'Lieutenant Colonel' : i <= 40 ? 'Captain' : 'Private',
    name: `Officer ${u.contributor}-${100 + i}`,
  });
  if (u.people.ready) {
    // The nominal roll at once, each person certified and cleared before today.
    await addPeople(
      ctx,
      p.id,
      Array.from({ length: u.people.count }, (_, i) => ({
        ...person(i + 1),
        certification: {
          course: 'UN core predeployment training materials',
          certifiedOn: addDays(today, -40),
          authority: 'Integrated Training Service',
        },
        screening: { screenedOn: addDays(today, -35), outcome: 'cleared', screenedBy: 'OHCHR' },
        seaTraining: { course: sea, completedOn: addDays(today, -30) },
      })),
    );
    return;
  }
  // Not ready: a few people, only the first certified and cleared — and he has not done the SEA
  // e-learning (P6), so the unit's blockers name him too.
  for (let i = 1; i <= u.people.count; i++) {
    const people = await addPerson(ctx, p.id, person(i));
    if (i > 1) continue;
    const first = people.find((x) => x.serviceNumber === person(i).serviceNumber)!;
    await certifyPerson(ctx, first.id, {
      course: 'UN core predeployment training materials',
      certifiedOn: addDays(today, -40),
      authority: 'Integrated Training Service',
    });
    await screenPerson(ctx, first.id, {
      screenedOn: addDays(today, -35),
      outcome: 'cleared',
      screenedBy: 'OHCHR',
    });
  }
}

/** Loads the demo's requirement and pledges once. Returns how many pledges it made. */
export async function loadDemoForce(ctx: RequestContext, missionId: string): Promise<number> {
  if (await anyPledge(ctx)) return 0;
  const today = dayOf(ctx.clock.now());
  const sur = await createRequirement(ctx, {
    missionId,
    reference: 'SUR-MINUSCA-INF-DEMO',
    capability: 'infantry_battalion',
    strength: 850,
    tasks: [
      'Protect civilians in sector East',
      'Long-range patrols',
      'Escort humanitarian convoys',
    ],
    standards: ['UN Infantry Battalion Manual'],
    location: 'Bria, sector East',
    deadline: addDays(today, 120),
    taskKinds: ['protection_of_civilians', 'patrolling', 'convoy_escort'],
    majorEquipment: [{ item: 'Armoured personnel carrier', quantity: 10 }],
    selfSustainment: ['catering', 'accommodation'],
  });
  for (const u of units) await pledge(ctx, u, { sur: sur.id, today });
  return units.length;
}

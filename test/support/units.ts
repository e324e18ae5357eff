/** Pledged units through the API, ready for the tests of selection, performance and refusals. */
import { expect } from 'vitest';
import type { Agent } from './http.js';

export interface UnitSpec {
  contributor: string;
  capability?: string;
  strength?: number;
  women?: number;
  availableFrom?: string;
  majorEquipment?: { item: string; quantity: number }[];
  selfSustainment?: string[];
}

/** A level-1 pledge. Returns its id and version. */
export async function pledgeUnit(
  fgo: Agent,
  spec: UnitSpec,
): Promise<{ id: string; version: number }> {
  const res = await fgo.post('/api/capabilities/pledges', {
    capability: 'infantry_battalion',
    strength: 850,
    women: 85,
    availableFrom: '2026-01-01',
    ...spec,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { id: res.body.id, version: res.body.version };
}

/** One person, certified, cleared (K3) and trained on SEA (P6), so the unit may deploy. */
export async function readyPerson(fgo: Agent, unitId: string, serviceNumber = 'SN-1') {
  const people = await fgo.post(`/api/capabilities/pledges/${unitId}/personnel`, {
    serviceNumber,
    rank: 'Captain',
    name: `Officer ${serviceNumber}`,
  });
  const person = people.body.items.find(
    (p: { serviceNumber: string }) => p.serviceNumber === serviceNumber,
  );
  await fgo.post(`/api/capabilities/personnel/${person.id}/certifications`, {
    course: 'UN core predeployment training',
    certifiedOn: '2026-01-10',
    authority: 'Integrated Training Service',
  });
  await fgo.post(`/api/capabilities/personnel/${person.id}/screenings`, {
    screenedOn: '2026-01-12',
    outcome: 'cleared',
    screenedBy: 'OHCHR',
  });
  await fgo.post(`/api/capabilities/personnel/${person.id}/sea-trainings`, seaTraining);
}

/** P6 (¶124): the SEA e-learning, completed before the helpers' deployments. */
export const seaTraining = {
  course: 'Prevention of sexual exploitation and abuse (UN e-learning)',
  completedOn: '2026-01-11',
};

/** `count` people, certified and cleared (K3), added as one nominal roll. */
export async function readyRoster(fgo: Agent, unitId: string, count: number, prefix = 'SN') {
  const people = Array.from({ length: count }, (_, i) => ({
    serviceNumber: `${prefix}-${i + 1}`,
    rank: 'Private',
    name: `Soldier ${prefix}-${i + 1}`,
    certification: {
      course: 'UN core predeployment training',
      certifiedOn: '2026-01-10',
      authority: 'Integrated Training Service',
    },
    screening: { screenedOn: '2026-01-12', outcome: 'cleared', screenedBy: 'OHCHR' },
    seaTraining,
  }));
  const res = await fgo.post(`/api/capabilities/pledges/${unitId}/personnel/roster`, { people });
  expect(res.status, JSON.stringify(res.body).slice(0, 500)).toBe(201);
}

/** A pledged unit with its whole roll ready (K3: every person deployed), deployed on the day. */
export async function deployedUnit(
  fgo: Agent,
  missionId: string,
  spec: UnitSpec & { deployedOn?: string },
): Promise<string> {
  const { deployedOn = '2026-01-15', ...rest } = spec;
  const unit = await pledgeUnit(fgo, rest);
  await readyRoster(fgo, unit.id, rest.strength ?? 850);
  const res = await fgo.post(`/api/capabilities/pledges/${unit.id}/deployment`, {
    version: unit.version,
    missionId,
    deployedOn,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return unit.id;
}

/** A statement of unit requirements for an infantry battalion in the mission. Returns it. */
export async function requirementFor(
  fgo: Agent,
  missionId: string,
  overrides: Record<string, unknown> = {},
) {
  const res = await fgo.post('/api/capabilities/requirements', {
    missionId,
    reference: 'SUR-INF-2026-04',
    capability: 'infantry_battalion',
    strength: 850,
    tasks: ['Protect civilians in sector East', 'Long-range patrols'],
    standards: ['UN Infantry Battalion Manual'],
    location: 'Bria, sector East',
    deadline: '2026-06-30',
    taskKinds: ['protection_of_civilians', 'patrolling'],
    majorEquipment: [{ item: 'Armoured personnel carrier', quantity: 10 }],
    selfSustainment: ['catering', 'accommodation'],
    ...overrides,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; reference: string };
}

/** Moves a pledge up the readiness levels with their evidence (K1): to 2, 3 or rdl. */
export async function raiseTo(
  fgo: Agent,
  unit: { id: string; version: number },
  level: '2' | '3' | 'rdl',
  requirementId: string,
  daysToDeploy = 30,
): Promise<number> {
  const steps = [
    { kind: 'assessment_visit', visitedOn: '2026-01-20', reportReference: 'AAV-1', passed: true },
    { kind: 'sur_alignment', requirementId, alignedOn: '2026-02-01' },
    { kind: 'rdl_verification', verifiedOn: '2026-02-10', daysToDeploy, passed: true },
  ];
  let version = unit.version;
  for (const evidence of steps.slice(0, { '2': 1, '3': 2, rdl: 3 }[level])) {
    const res = await fgo.post(`/api/capabilities/pledges/${unit.id}/evidence`, {
      version,
      evidence,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    version = res.body.version;
  }
  return version;
}

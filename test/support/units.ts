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

/** One person, certified and cleared (K3), so the unit may deploy. */
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
}

/** A pledged unit with one ready person, deployed to the mission on the day. */
export async function deployedUnit(
  fgo: Agent,
  missionId: string,
  spec: UnitSpec & { deployedOn?: string },
): Promise<string> {
  const { deployedOn = '2026-01-15', ...rest } = spec;
  const unit = await pledgeUnit(fgo, rest);
  await readyPerson(fgo, unit.id);
  const res = await fgo.post(`/api/capabilities/pledges/${unit.id}/deployment`, {
    version: unit.version,
    missionId,
    deployedOn,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return unit.id;
}

/**
 * K5: the factors a ranked pledge is scored on, each out of its maximum and explained — readiness
 * (30), time to deploy (20), equipment and self-sustainment (20), share of women (15), performance
 * (15): 100 in all. Pure.
 */
import { addDays, daysBetween } from '../../core/days.js';
import type { Level } from '../capabilities/readiness.rules.js';
import { say, type Candidate, type Requirement, type Said } from './selection.inputs.js';

export const factors = [
  'readiness',
  'time_to_deploy',
  'equipment',
  'women',
  'performance',
] as const;
export interface Factor {
  factor: (typeof factors)[number];
  points: number;
  max: number;
  text: string;
  said: Said;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

const readinessPoints: Readonly<Record<Level, number>> = { rdl: 30, '3': 20, '2': 10, '1': 0 };
const readinessText: Readonly<Record<Exclude<Level, 'rdl'>, string>> = {
  '3': 'level 3, aligned with a statement of unit requirements',
  '2': 'level 2, assessment and advisory visit passed',
  '1': 'level 1, pledged',
};

export function readiness(c: Candidate): Factor {
  const text =
    c.level === 'rdl'
      ? `rapid deployment level, verified to deploy in ${c.rapidDays} days`
      : readinessText[c.level];
  const said =
    c.level === 'rdl'
      ? say('readiness.rdl', { days: c.rapidDays ?? 0 })
      : say(`readiness.${c.level}`);
  return { factor: 'readiness', points: readinessPoints[c.level], max: 30, text, said };
}

/** Full points by the deadline; a verified unit loses them over 60 days late. */
export function timeToDeploy(c: Candidate, req: Requirement, today: string): Factor {
  const max = 20;
  if (c.level !== 'rdl' || c.rapidDays === null)
    return {
      factor: 'time_to_deploy',
      points: 0,
      max,
      text: `time to deploy not verified (level ${c.level})`,
      said: say('time.notVerified', { level: c.level }),
    };
  const start = c.availableFrom > today ? c.availableFrom : today;
  const arrival = addDays(start, c.rapidDays);
  const early = daysBetween(arrival, req.deadline);
  if (early >= 0)
    return {
      factor: 'time_to_deploy',
      points: max,
      max,
      text: `could arrive by ${arrival}, ${early} days before the deadline`,
      said: say('time.early', { arrival, days: early }),
    };
  const points = round2(max * Math.max(0, 1 - -early / 60));
  return {
    factor: 'time_to_deploy',
    points,
    max,
    text: `could arrive by ${arrival}, ${-early} days after the deadline`,
    said: say('time.late', { arrival, days: -early }),
  };
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function equipment(c: Candidate, req: Requirement): Factor {
  const max = 20;
  const missing: string[] = [];
  for (const need of req.majorEquipment) {
    const have = c.majorEquipment
      .filter((e) => same(e.item, need.item))
      .reduce((a, e) => a + e.quantity, 0);
    if (have < need.quantity) missing.push(`${need.item} (${have} of ${need.quantity})`);
  }
  for (const need of req.selfSustainment)
    if (!c.selfSustainment.some((s) => same(s, need))) missing.push(need);
  const total = req.majorEquipment.length + req.selfSustainment.length;
  if (total === 0)
    return {
      factor: 'equipment',
      points: max,
      max,
      text: 'the requirement names no equipment or self-sustainment',
      said: say('equipment.noneRequired'),
    };
  const met = total - missing.length;
  const text =
    missing.length === 0
      ? `meets all ${total} items of equipment and self-sustainment`
      : `meets ${met} of ${total}; missing: ${missing.join(', ')}`;
  const said =
    missing.length === 0
      ? say('equipment.all', { total })
      : say('equipment.some', { met, total, missing: missing.join(', ') });
  return { factor: 'equipment', points: round2((max * met) / total), max, text, said };
}

/** 2028 targets of the Uniformed Gender Parity Strategy 2018–2028: 20% in formed police units, 15% in military contingents. */
export const womenTarget = (capability: string) =>
  capability === 'formed_police_unit' ? 0.2 : 0.15;

export function women(c: Candidate): Factor {
  const max = 15;
  const share = c.strength > 0 ? c.women / c.strength : 0;
  const target = womenTarget(c.capability);
  const points = round2(max * Math.min(1, share / target));
  return {
    factor: 'women',
    points,
    max,
    text: `${(share * 100).toFixed(1)}% women; target ${Math.round(target * 100)}%`,
    said: say('women', {
      share: (share * 100).toFixed(1),
      target: Math.round(target * 100),
    }),
  };
}

export function performance(c: Candidate): Factor {
  const max = 15;
  const scaled = (score: number) => round2((max * (score - 1)) / 3);
  const { unit, contributor } = c.performance;
  if (unit)
    return {
      factor: 'performance',
      points: scaled(unit.score),
      max,
      text: `latest assessment of the unit: ${unit.score} of 4 (${unit.assessedOn})`,
      said: say('performance.unit', { score: unit.score, on: unit.assessedOn }),
    };
  if (contributor)
    return {
      factor: 'performance',
      points: scaled(contributor.score),
      max,
      text: `no assessment of the unit; its contributor’s units average ${contributor.score} of 4 (${contributor.units} units)`,
      said: say('performance.contributor', { score: contributor.score, units: contributor.units }),
    };
  return {
    factor: 'performance',
    points: max / 2,
    max,
    text: 'no assessment on record: half the points',
    said: say('performance.none'),
  };
}

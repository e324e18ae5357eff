/**
 * K5 (¶85–87, ¶98, ¶100, ¶126–127): for a statement of unit requirements, rank the eligible pledges
 * and say for each excluded one exactly which rule excluded it. Every rule and every explanation
 * has its test here.
 */
import { describe, expect, it } from 'vitest';
import {
  defaultSelectionRule,
  selectForce,
  type Candidate,
  type Requirement,
} from './selection.rules.js';

const requirement: Requirement = {
  capability: 'infantry_battalion',
  strength: 850,
  taskKinds: ['protection_of_civilians', 'patrolling', 'night_operations'],
  majorEquipment: [{ item: 'Armoured personnel carrier', quantity: 10 }],
  selfSustainment: ['catering', 'accommodation'],
  deadline: '2026-06-30',
};

const ready = [
  { serviceNumber: 'SN-1', certified: true, screening: 'cleared' as const, seaTrained: true },
];
const base: Candidate = {
  id: 'p-base',
  contributor: 'RWA',
  contributorName: 'Rwanda',
  capability: 'infantry_battalion',
  strength: 850,
  women: 128,
  level: '3',
  visitExpiredOn: null,
  rapidDays: null,
  availableFrom: '2026-03-01',
  availableUntil: null,
  majorEquipment: [{ item: 'Armoured personnel carrier', quantity: 12 }],
  selfSustainment: ['Catering', 'accommodation'],
  caveats: [],
  deployment: null,
  eligibility: { status: 'eligible', reasons: [] },
  personnel: ready,
  performance: { unit: null, contributor: null },
  overduePlans: [],
  refusals: [],
};
const when = { today: '2026-03-01', rule: defaultSelectionRule };
const only = (c: Partial<Candidate>) => selectForce(requirement, [{ ...base, ...c }], when);
const rulesOf = (c: Partial<Candidate>) => only(c).excluded[0]?.rules.map((r) => r.rule) ?? [];
const textsOf = (c: Partial<Candidate>) => only(c).excluded[0]?.rules.map((r) => r.text) ?? [];

describe('K5 exclusions: each names its rule and says why', () => {
  it('an eligible, ready pledge is ranked, not excluded', () => {
    const r = only({});
    expect(r.excluded).toEqual([]);
    expect(r.ranked.map((x) => x.id)).toEqual(['p-base']);
  });

  it('pledges of another capability are not candidates at all', () => {
    const r = only({ capability: 'level_2_hospital' });
    expect(r).toEqual({ ranked: [], excluded: [] });
  });

  it('K4 (¶127): a repeatedly listed State is not accepted — the rule as configured is quoted', () => {
    const reason =
      'listed in 2 of the last 3 annual reports (2024, 2026); the rule excludes 2 or more';
    expect(
      only({ eligibility: { status: 'not_accepted', reasons: [{ text: reason }] } }).excluded[0]!
        .rules,
    ).toEqual([
      {
        rule: 'not_accepted',
        text: `Rwanda is not accepted: ${reason} (¶127)`,
        said: { key: 'not_accepted', params: { name: 'Rwanda', reason } },
      },
    ]);
  });

  it('K4 (¶127): a listed State not implementing its action plan is suspended', () => {
    const reason = 'listed in 2026 (crsv) and its action plan is not implemented';
    expect(textsOf({ eligibility: { status: 'suspended', reasons: [{ text: reason }] } })).toEqual([
      `Rwanda is suspended: ${reason} (¶127)`,
    ]);
  });

  it('K1: a level below the rule’s minimum — the missing visit, or the day it ran out', () => {
    expect(textsOf({ level: '1' })).toEqual([
      'level 1: no assessment and advisory visit passed; the rule needs level 2 or above (¶86–87)',
    ]);
    expect(textsOf({ level: '1', visitExpiredOn: '2026-01-31' })).toEqual([
      'level 1: its assessment and advisory visit ran out on 2026-01-31; the rule needs level 2 or above (¶86–87)',
    ]);
    const strict = { ...when, rule: { ...defaultSelectionRule, minimumLevel: 'rdl' as const } };
    expect(selectForce(requirement, [base], strict).excluded[0]!.rules.map((r) => r.text)).toEqual([
      'level 3; the rule needs the rapid deployment level (¶86–87)',
    ]);
  });

  it('K3 (¶100, ¶126): uncertified or unscreened people, each named with what they lack', () => {
    const r = only({
      personnel: [
        ...ready,
        { serviceNumber: 'SN-2', certified: false, screening: 'not_cleared', seaTrained: true },
      ],
    }).excluded[0]!.rules;
    expect(r).toEqual([
      {
        rule: 'personnel',
        text: '1 of 2 people are not ready to deploy (¶100, ¶126)',
        said: { key: 'personnel.lacking', params: { lacking: 1, total: 2 } },
        details: [
          {
            path: 'personnel.SN-2',
            message:
              'no predeployment training certification; a human-rights screening that did not clear them',
          },
        ],
        people: [{ serviceNumber: 'SN-2', missing: ['certification', 'cleared_screening'] }],
      },
    ]);
    expect(textsOf({ personnel: [] })).toEqual([
      'the unit has no personnel recorded: from 1 January 2016 every person deployed is certified and screened (¶100, ¶126), and from 1 June 2016 trained on sexual exploitation and abuse (¶124)',
    ]);
  });

  it('K2 (¶98): a caveat on a task the requirement needs is incompatible, quoting the caveat', () => {
    const caveat = {
      task: 'night_operations' as const,
      text: 'No patrols after dark without national approval.',
    };
    expect(only({ caveats: [caveat] }).excluded[0]!.rules).toEqual([
      {
        rule: 'caveat',
        said: { key: 'caveat', params: { task: 'night_operations', caveat: caveat.text } },
        text: 'a national caveat restricts night operations, a task of the requirement: “No patrols after dark without national approval.” (¶98)',
      },
    ]);
  });

  it('K2: a caveat on a task the requirement does not need does not exclude; it is noted', () => {
    const r = only({ caveats: [{ task: 'crowd_control', text: 'No crowd control.' }] });
    expect(r.excluded).toEqual([]);
    expect(r.ranked[0]!.notes.map((n) => n.text)).toEqual([
      'caveat on crowd control, not a task of the requirement: “No crowd control.”',
    ]);
  });

  it('K2: a caveat of kind "other" cannot be matched: it is noted for the officer to read', () => {
    const r = only({ caveats: [{ task: 'other', text: 'Only within 50 km of the airport.' }] });
    expect(r.ranked[0]!.notes.map((n) => n.text)).toEqual([
      'caveat to read against the tasks: “Only within 50 km of the airport.”',
    ]);
  });

  it('available too late, or no longer available, by the deadline', () => {
    expect(textsOf({ availableFrom: '2026-07-01' })).toEqual([
      'available from 2026-07-01, after the deadline 2026-06-30',
    ]);
    expect(textsOf({ availableUntil: '2026-06-01' })).toEqual([
      'available only until 2026-06-01, before the deadline 2026-06-30',
    ]);
  });

  it('a unit smaller than the requirement', () => {
    expect(textsOf({ strength: 800, women: 100 })).toEqual([
      'strength 800, the requirement is 850',
    ]);
  });

  it('a unit already deployed is not available', () => {
    expect(rulesOf({ deployment: { missionId: 'MINUSCA', deployedOn: '2026-01-15' } })).toEqual([
      'deployed',
    ]);
  });

  it('K7 (¶97): an overdue remedial plan excludes until it is closed', () => {
    expect(textsOf({ overduePlans: [{ dueOn: '2026-02-15' }] })).toEqual([
      'a remedial plan was due on 2026-02-15 and is not closed (¶97)',
    ]);
  });

  it('K8 (¶98): a refusal awaiting its repatriation decision, or a repatriation decided', () => {
    expect(
      textsOf({ refusals: [{ occurredOn: '2026-01-20', status: 'decision_required' }] }),
    ).toEqual(['refused an order on 2026-01-20 and the repatriation decision is pending (¶98)']);
    expect(rulesOf({ refusals: [{ occurredOn: '2026-01-20', status: 'repatriated' }] })).toEqual([
      'refusal',
    ]);
    expect(only({ refusals: [{ occurredOn: '2026-01-20', status: 'remedied' }] }).excluded).toEqual(
      [],
    );
  });

  it('every rule that applies is listed, not just the first', () => {
    expect(rulesOf({ level: '1', strength: 10, women: 0, personnel: [] })).toEqual([
      'level',
      'strength',
      'personnel',
    ]);
  });
});

describe('K5 ranking: points per factor, each explained', () => {
  it('the factors add up to the score, out of 100', () => {
    const [r] = only({}).ranked;
    expect(r!.factors.map((f) => f.factor)).toEqual([
      'readiness',
      'time_to_deploy',
      'equipment',
      'women',
      'performance',
    ]);
    expect(r!.factors.reduce((a, f) => a + f.max, 0)).toBe(100);
    expect(r!.score).toBeCloseTo(
      r!.factors.reduce((a, f) => a + f.points, 0),
      5,
    );
  });

  it('readiness: rapid deployment 30, level 3 20, level 2 10', () => {
    const pts = (level: Candidate['level']) =>
      only({ level, rapidDays: level === 'rdl' ? 30 : null }).ranked[0]!.factors[0]!;
    expect([pts('rdl').points, pts('3').points, pts('2').points]).toEqual([30, 20, 10]);
    expect(pts('rdl').text).toBe('rapid deployment level, verified to deploy in 30 days');
  });

  it('time to deploy: verified days reach the deadline, or say how late; unverified scores nothing', () => {
    const f = (c: Partial<Candidate>) => only(c).ranked[0]!.factors[1]!;
    expect(f({ level: 'rdl', rapidDays: 45 })).toMatchObject({
      points: 20,
      text: 'could arrive by 2026-04-15, 76 days before the deadline',
    });
    expect(f({ level: 'rdl', rapidDays: 60, availableFrom: '2026-06-01' })).toMatchObject({
      points: 9.67,
      text: 'could arrive by 2026-07-31, 31 days after the deadline',
    });
    expect(f({})).toMatchObject({ points: 0, text: 'time to deploy not verified (level 3)' });
  });

  it('equipment and self-sustainment: the share of the requirement met, naming what is missing', () => {
    const f = (c: Partial<Candidate>) => only(c).ranked[0]!.factors[2]!;
    expect(f({})).toMatchObject({
      points: 20,
      text: 'meets all 3 items of equipment and self-sustainment',
    });
    expect(
      f({
        majorEquipment: [{ item: 'armoured personnel carrier', quantity: 4 }],
        selfSustainment: ['catering'],
      }),
    ).toMatchObject({
      points: 6.67,
      text: 'meets 1 of 3; missing: Armoured personnel carrier (4 of 10), accommodation',
    });
  });

  it('women: share against the 2028 target of the Uniformed Gender Parity Strategy', () => {
    const f = (c: Partial<Candidate>) => only(c).ranked[0]!.factors[3]!;
    expect(f({ women: 128 })).toMatchObject({ points: 15, text: '15.1% women; target 15%' });
    expect(f({ women: 64 })).toMatchObject({ points: 7.53, text: '7.5% women; target 15%' });
  });

  it('performance: the unit’s latest score, else its contributor’s, else half the points', () => {
    const f = (c: Partial<Candidate>) => only(c).ranked[0]!.factors[4]!;
    expect(
      f({ performance: { unit: { score: 4, assessedOn: '2026-01-10' }, contributor: null } }),
    ).toMatchObject({
      points: 15,
      text: 'latest assessment of the unit: 4 of 4 (2026-01-10)',
    });
    expect(f({ performance: { unit: null, contributor: { score: 2.5, units: 3 } } })).toMatchObject(
      {
        points: 7.5,
        text: 'no assessment of the unit; its contributor’s units average 2.5 of 4 (3 units)',
      },
    );
    expect(f({})).toMatchObject({ points: 7.5, text: 'no assessment on record: half the points' });
  });

  it('ranked by score; ties go to the earlier available, then the pledge id', () => {
    const r = selectForce(
      requirement,
      [
        { ...base, id: 'b', availableFrom: '2026-04-01' },
        { ...base, id: 'a', availableFrom: '2026-04-01' },
        { ...base, id: 'c', availableFrom: '2026-03-15' },
        { ...base, id: 'd', level: 'rdl', rapidDays: 30 },
      ],
      when,
    );
    expect(r.ranked.map((x) => [x.rank, x.id])).toEqual([
      [1, 'd'],
      [2, 'c'],
      [3, 'a'],
      [4, 'b'],
    ]);
  });
});

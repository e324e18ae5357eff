/**
 * Issue 16, the rules register: `GET /api/rules` lists every rule of the domain (I1–I3, E1–E4,
 * C1–C9, K1–K9) and of the modules to come (M1–M6, D1–D7, P1–P6), each with its ¶; every enforced
 * rule names tests that exist and name it; a rule's settings are those its service enforces.
 */
import fs from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { eachDialect } from '../../../test/support/each-dialect.js';
import { password, seedWorld, type World } from '../../../test/support/fixtures.js';
import { Agent, signIn } from '../../../test/support/http.js';
import { assertStricter } from '../../core/settings.js';
import { eligibilityRuleBounds } from '../capabilities/eligibility.rules.js';
import { clockSettingBounds } from '../conduct/case.schema.js';
import { patternRuleBounds } from '../conduct/measure.schema.js';
import { allRules } from './rules.service.js';

const expected = [
  ...['I1', 'I2', 'I3'],
  ...['E1', 'E2', 'E3', 'E4'],
  ...['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9'],
  ...['K1', 'K2', 'K3', 'K4', 'K5', 'K6', 'K7', 'K8', 'K9'],
  ...['M1', 'M2', 'M3', 'M4', 'M5', 'M6'],
  ...['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7'],
  ...['P1', 'P2', 'P3', 'P4', 'P5', 'P6'],
];

it('every rule once, in order, each with its ¶ as it stands in the report', () => {
  expect(allRules.map((r) => r.id)).toEqual(expected);
  const report = '../shared/reference/un-peace-operations-report-2015.txt';
  const text = fs.existsSync(report) ? fs.readFileSync(report, 'utf8') : null;
  for (const rule of allRules) {
    expect(rule.paragraphs.length, rule.id).toBeGreaterThan(0);
    for (const p of rule.paragraphs) {
      expect(p, rule.id).toMatch(/^¶\d+$/);
      // The report has 141 numbered paragraphs (read from it when it is at hand).
      const n = Number(p.slice(1));
      expect(n, rule.id).toBeLessThanOrEqual(141);
      if (text) expect(text, `${rule.id} ${p}`).toMatch(new RegExp(`^${n}\\. `, 'm'));
    }
  }
});

it('every enforced rule is guarded by tests that exist and name it; planned ones say so', () => {
  for (const rule of allRules) {
    if (rule.status === 'planned') {
      expect(rule.guardedBy, rule.id).toEqual([]);
      continue;
    }
    expect(rule.guardedBy.length, rule.id).toBeGreaterThan(0);
    for (const file of rule.guardedBy) {
      expect(fs.existsSync(file), `${rule.id}: ${file}`).toBe(true);
      expect(fs.readFileSync(file, 'utf8'), `${rule.id} in ${file}`).toMatch(
        new RegExp(`\\b${rule.id}\\b`),
      );
    }
  }
});

it('the settings listed are the ones enforced: the loosest allowed passes, one step looser does not', () => {
  const byName = new Map(allRules.flatMap((r) => r.settings.map((s) => [`${r.id}.${s.name}`, s])));
  expect([...byName.keys()].sort()).toEqual([
    'C1.evidenceHours',
    'C2.investigationMonths',
    'C3.allegations',
    'C3.months',
    'K4.listedTimes',
    'K4.ofLastYears',
  ]);
  const cases = [
    { bounds: clockSettingBounds, ids: { evidenceHours: 'C1', investigationMonths: 'C2' } },
    { bounds: patternRuleBounds, ids: { allegations: 'C3', months: 'C3' } },
    { bounds: eligibilityRuleBounds, ids: { listedTimes: 'K4', ofLastYears: 'K4' } },
  ] as const;
  for (const { bounds, ids } of cases) {
    const loosest = Object.fromEntries(
      Object.keys(ids).map((name) => [
        name,
        byName.get(`${ids[name as keyof typeof ids]}.${name}`)!.loosest,
      ]),
    );
    expect(() => assertStricter(loosest, bounds as never, 'the rule')).not.toThrow();
    for (const name of Object.keys(ids)) {
      const s = byName.get(`${ids[name as keyof typeof ids]}.${name}`)!;
      const looser = { ...loosest, [name]: s.loosest + (s.stricter === 'at_most' ? 1 : -1) };
      expect(() => assertStricter(looser, bounds as never, 'the rule'), name).toThrow(/stricter/);
      expect(s.setBy).toBe('headquarters');
    }
  }
});

eachDialect('GET /api/rules', (t) => {
  let world: World;
  beforeAll(async () => {
    world = await seedWorld(t());
  });
  it('anyone signed in reads the register; nobody else', async () => {
    expect((await new Agent(t()).get('/api/rules')).status).toBe(401);
    const viewer = await signIn(t(), world.users.viewer.username, password);
    const res = await viewer.get('/api/rules');
    expect(res.status).toBe(200);
    expect(res.body.items.map((r: { id: string }) => r.id)).toEqual(expected);
    expect(res.body.items.find((r: { id: string }) => r.id === 'C1')).toMatchObject({
      paragraphs: ['¶119'],
      status: 'enforced',
      settings: [{ name: 'evidenceHours', loosest: 72, strictest: 1, setBy: 'headquarters' }],
    });
  });
});

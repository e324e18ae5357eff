/**
 * C5 (¶122), issue 15's F3: no hidden count can be worked out from the published tables, within
 * one table or across them. The attacker is real — it finds the reported "5 − 3 = 2" in tables
 * with small counts hidden alone — and after publication it finds nothing: on small hand-made
 * data, on generated data (fast-check), and on the UN's table of allegations (real data), whose
 * headline figures stay.
 */
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeRealData, realDataPath } from '../../../test/support/real-data.js';
import {
  countTables,
  differencingAttack,
  publish,
  publishedTable,
} from './statistics.publication.js';
import type { CaseFacts } from './statistics.service.js';

const fact = (
  year: string,
  mission: string,
  category = 'sexual_exploitation',
  nationalities = ['XYZ'],
): CaseFacts => ({
  month: `${year}-03`,
  year,
  quarter: `${year}-Q1`,
  mission,
  category,
  personnel: ['military_contingent'],
  nationalities,
  entity: null,
  finding: null,
  days: null,
});
const many = (n: number, make: () => CaseFacts) => Array.from({ length: n }, make);

/** Small counts hidden, nothing more: what was published before issue 15. */
const hideSmallOnly = countTables;

describe('publication against differencing (F3, C5)', () => {
  // 10 cases: MINUSCA 5, MONUSCO 3, UNMISS 2 (hidden as "<3").
  const facts = [
    ...many(5, () => fact('2023', 'MINUSCA')),
    ...many(3, () => fact('2023', 'MONUSCO')),
    ...many(2, () => fact('2023', 'UNMISS')),
  ];

  it('with small counts hidden alone, the attacker works them out (the number of cases minus the missions shown: 10 − 5 − 3 = 2)', () => {
    const recovered = differencingAttack(hideSmallOnly(facts));
    expect([...recovered.values()]).toContain(2);
    expect(recovered.size).toBeGreaterThan(0);
  });

  it('published, nothing can be worked out; every number shown is exact', () => {
    const pub = publish(facts);
    expect(differencingAttack(pub).size).toBe(0);
    const byMission = publishedTable(pub, ['mission']);
    expect(byMission.find((r) => r.group.mission === 'UNMISS')?.allegations).toBe('<3');
    expect([...pub.values()].flat().filter((r) => r.shown === 'withheld').length).toBeGreaterThan(
      0,
    );
    for (const r of [...pub.values()].flat())
      if (typeof r.shown === 'number') expect(r.shown).toBe(r.n);
  });

  it('generated data: whatever the cases, the public tables and every month’s table give no hidden count away', () => {
    const years = ['2021', '2022', '2023'];
    const missions = ['MINUSCA', 'MONUSCO', 'UNMISS', 'UNIFIL'];
    const nationalities = ['AAA', 'BBB', 'CCC'];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            year: fc.constantFrom(...years),
            month: fc.constantFrom('01', '02', '03', '07'),
            mission: fc.constantFrom(...missions),
            abuse: fc.boolean(),
            nationalities: fc.subarray(nationalities),
          }),
          { maxLength: 40 },
        ),
        (cases) => {
          const pub = publish(
            cases.map((c) => ({
              ...fact(
                c.year,
                c.mission,
                c.abuse ? 'sexual_abuse' : 'sexual_exploitation',
                c.nationalities,
              ),
              month: `${c.year}-${c.month}`,
              quarter: `${c.year}-Q${c.month === '07' ? 3 : 1}`,
            })),
          );
          expect(differencingAttack(pub).size).toBe(0);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describeRealData('the UN’s table of allegations, published', ['seaTable'], () => {
  it('C5, issue 16: nothing hidden can be worked out from every published table of the 753 allegations — the public page’s and every month’s', () => {
    const rows = parse(fs.readFileSync(realDataPath('seaTable')), { columns: true }) as Record<
      string,
      string
    >[];
    const facts = rows.map((r) => {
      const [m, y] = r.Date!.split('/');
      const nationalities = r
        .Nationality!.split('\n')
        .map((n) => n.trim())
        .filter((n) => n && n !== 'N/A');
      const abuse = r.Allegation!.split('\n').some((a) => a.trim().startsWith('SA'));
      return {
        ...fact(y!, r.Mission!, abuse ? 'sexual_abuse' : 'sexual_exploitation', nationalities),
        month: `${y}-${m!.padStart(2, '0')}`,
        quarter: `${y}-Q${Math.floor((Number(m) - 1) / 3) + 1}`,
      };
    });
    // Issue 16: with every monthly table to July 2024 in the same publication.
    const pub = publish(facts, '2024-07');
    expect([...pub.keys()].filter((id) => id.startsWith('month:')).length).toBeGreaterThan(3 * 100);
    expect(differencingAttack(pub).size).toBe(0);
    // Alone, the monthly tables with small counts hidden give counts away (a month's total less
    // its missions shown): the withholding is needed.
    expect(differencingAttack(countTables(facts, '2024-07')).size).toBeGreaterThan(0);
    // The headline figures stay: MINUSCA's 294 and every year's count are shown exactly.
    expect(publishedTable(pub, ['mission']).find((r) => r.group.mission === 'MINUSCA')).toEqual({
      group: { mission: 'MINUSCA' },
      allegations: 294,
    });
    for (const r of publishedTable(pub, ['year'])) expect(typeof r.allegations).toBe('number');
  });
});

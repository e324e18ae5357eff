/** A mission's bases from Geo-PKO 2.3 (the real file): the latest year, one base per place, kinds from the headquarters level and troops. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeRealData, realDataPath } from '../../../test/support/real-data.js';
import { geopkoBases } from './geopko-bases.service.js';

const file = realDataPath('geoPko');

describeRealData('Geo-PKO bases: the real file', ['geoPko'], () => {
  it('MINUSCA in its latest year: Bangui the mission headquarters, Bria a sector headquarters, one base per place', () => {
    const { year, bases } = geopkoBases(fs.readFileSync(file, 'utf8'), { mission: 'minusca' });
    expect(year).toBe(2024);
    expect(new Set(bases.map((b) => b.name)).size).toBe(bases.length);
    expect(bases.find((b) => b.name === 'Bangui')).toMatchObject({ kind: 'headquarters' });
    const y2023 = geopkoBases(fs.readFileSync(file, 'utf8'), { mission: 'MINUSCA', year: 2023 });
    expect(y2023.bases.find((b) => b.name === 'Bria')).toEqual({
      name: 'Bria',
      kind: 'sector_headquarters',
      latitude: 6.539023,
      longitude: 21.99111,
    });
    expect(y2023.bases.find((b) => b.name === 'Birao')?.kind).toBe('company_base');
    expect(y2023.bases.find((b) => b.name === 'Obo')?.kind).toBe('police');
    expect(y2023.bases.find((b) => b.name === 'Nola')?.kind).toBe('team_site');
  });
});

describe('Geo-PKO bases', () => {
  it('a bad coordinate is refused naming its line; an unknown mission naming the field', () => {
    const text =
      'mission,year,location,latitude,longitude,NoTroops,hq,UNPOL\nX,2020,A,1,2,0,0,0\nX,2020,B,north,2,0,0,0\n';
    expect(() => geopkoBases(text, { mission: 'X' })).toThrow(/line 3: latitude "north"/);
    expect(() => geopkoBases(text, { mission: 'Y' })).toThrow(/mission: Y is not in the file/);
  });
});

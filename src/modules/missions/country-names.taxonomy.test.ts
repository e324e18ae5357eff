/** Country names in French and Arabic for what the server writes (alerts' CAP documents). */
import { describe, expect, it } from 'vitest';
import { alpha2Of, countryNameIn } from './country-names.taxonomy.js';
import { countryByIso3 } from './countries.taxonomy.js';

describe('country names in the reader’s language', () => {
  it('names a country by its ISO code in French and Arabic; an unknown code keeps the given name', () => {
    expect(countryNameIn('fr', 'TCD', 'Chad')).toBe('Tchad');
    expect(countryNameIn('ar', 'TCD', 'Chad')).toBe('تشاد');
    expect(countryNameIn('fr', 'COD', 'Congo, DRC')).toBe('Congo-Kinshasa');
    // Natural Earth leaves France and Norway without codes; added by hand.
    expect([alpha2Of('FRA'), alpha2Of('NOR')]).toEqual(['FR', 'NO']);
    expect(countryNameIn('fr', 'XXX', 'Somewhere')).toBe('Somewhere');
  });

  it('knows every host country the bundled outlines know', () => {
    for (const iso3 of ['CAF', 'MLI', 'SSD', 'SDN', 'COD', 'LBN', 'CYP', 'ESH', 'SOM', 'HTI'])
      expect(countryByIso3(iso3) && alpha2Of(iso3), iso3).toMatch(/^[A-Z]{2}$/);
  });
});

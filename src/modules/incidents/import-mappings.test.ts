/**
 * How ACLED and HXL codes map to our taxonomy (I2; docs/incident-taxonomy.md), checked against
 * ACLED's own table of event types (real data, tests only: see test/support/real-data.ts) and HXL's
 * hashtag rules.
 */
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { describeRealData, realDataPath } from '../../../test/support/real-data.js';
import { acledCategory, mapAcledEvent } from './acled.mapping.js';
import { isHashtagRow, mapHashtags, parseHashtag } from './hxl.mapping.js';
import { parseEventDate } from '../../tabular/dates.js';

const readAcledTypes = () =>
  parse(fs.readFileSync(realDataPath('acledEventCategories')), { columns: true }) as {
    event_type: string;
    sub_event_type: string;
  }[];

/** The documented table (docs/incident-taxonomy.md, "ACLED → incident"). */
const expected: Record<string, string> = {
  'Battles/Armed clash': 'armed_clash',
  'Battles/Government regains territory': 'armed_clash',
  'Battles/Non-state actor overtakes territory': 'armed_clash',
  'Explosions/Remote violence/Chemical weapon': 'armed_clash',
  'Explosions/Remote violence/Air/drone strike': 'armed_clash',
  'Explosions/Remote violence/Suicide bomb': 'explosive_device',
  'Explosions/Remote violence/Shelling/artillery/missile attack': 'armed_clash',
  'Explosions/Remote violence/Remote explosive/landmine/IED': 'explosive_device',
  'Explosions/Remote violence/Grenade': 'armed_clash',
  'Protests/Peaceful protest': 'demonstration',
  'Protests/Protest with intervention': 'demonstration',
  'Protests/Excessive force against protesters': 'violence_against_civilians',
  'Riots/Violent demonstration': 'demonstration',
  'Riots/Mob violence': 'demonstration',
  'Strategic developments/Agreement': 'other',
  'Strategic developments/Arrests': 'other',
  'Strategic developments/Change to group/activity': 'other',
  'Strategic developments/Disrupted weapons use': 'other',
  'Strategic developments/Headquarters or base established': 'other',
  'Strategic developments/Looting/property destruction': 'other',
  'Strategic developments/Non-violent transfer of territory': 'other',
  'Strategic developments/Other': 'other',
  'Violence against civilians/Sexual violence': 'conflict_related_sexual_violence',
  'Violence against civilians/Attack': 'violence_against_civilians',
  'Violence against civilians/Abduction/forced disappearance': 'violence_against_civilians',
};

const acledEventTypes = [
  'Battles',
  'Explosions/Remote violence',
  'Protests',
  'Riots',
  'Strategic developments',
  'Violence against civilians',
];

describe('ACLED → incident categories', () => {
  it('every event type / sub-event type of the documented table maps as documented', () => {
    for (const [key, category] of Object.entries(expected)) {
      const eventType = acledEventTypes.find((type) => key.startsWith(`${type}/`))!;
      const subEventType = key.slice(eventType.length + 1);
      expect(
        acledCategory({ eventType, subEventType, civilianTargeting: false, unTargeted: false }),
        key,
      ).toBe(category);
    }
  });

  describeRealData('the documented table against ACLED’s own', ['acledEventCategories'], () => {
    it('ACLED’s table of event types is the documented table, row for row', () => {
      const acledTypes = readAcledTypes();
      expect(acledTypes).toHaveLength(25);
      expect(acledTypes.map((r) => `${r.event_type}/${r.sub_event_type}`).sort()).toEqual(
        Object.keys(expected).sort(),
      );
    });
  });

  it('civilian targeting makes shelling violence against civilians; a UN mission as actor 2 makes it an attack on UN personnel (I1, ¶108)', () => {
    const base = {
      event_id_cnty: 'CAF1',
      event_date: '30 June 2022',
      event_type: 'Explosions/Remote violence',
      sub_event_type: 'Shelling/artillery/missile attack',
      latitude: '4.36',
      longitude: '18.55',
      fatalities: '2',
    };
    const civilians = mapAcledEvent({ ...base, civilian_targeting: 'Civilian targeting' });
    expect(civilians).toMatchObject({
      input: { category: 'violence_against_civilians', casualties: { civilians: { killed: 2 } } },
    });
    const un = mapAcledEvent({
      ...base,
      actor1: '3R: Return, Reclamation, Rehabilitation',
      actor2:
        'MINUSCA: United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic (2014-)',
    });
    expect(un).toMatchObject({
      input: {
        category: 'attack_on_un_personnel',
        occurredAt: '2022-06-30T00:00:00.000Z',
        casualties: { unattributedKilled: 2 },
        actors: [{ role: 'perpetrator' }, { role: 'target' }],
      },
    });
    // UN forces acting (actor 1) is not an attack on them.
    const acting = mapAcledEvent({
      ...base,
      actor1: 'UN: United Nations',
      actor2: 'Civilians (Mali)',
    });
    expect(acting).toMatchObject({ input: { category: 'armed_clash' } });
  });
});

describe('HXL hashtags', () => {
  it('parses tags with attributes in any case and spacing; recognises the hashtag row', () => {
    expect(parseHashtag('#Affected +Killed+civilians')).toEqual({
      tag: 'affected',
      attributes: new Set(['killed', 'civilians']),
    });
    expect(parseHashtag('Affected')).toBeNull();
    expect(isHashtagRow(['#event+id', '', '#geo+lat'])).toBe(true);
    expect(isHashtagRow(['#event+id', 'Latitude'])).toBe(false);
  });

  it('a column matches a pattern when it has the tag and at least its attributes; totals need exactly +killed', () => {
    const { columns, missing } = mapHashtags([
      '#affected+killed+civilians',
      '#affected+killed+num',
      '#geo+lat',
      '#geo+lon',
      '#event+id',
      '#date+start',
      '#event+type+code',
    ]);
    expect(missing).toEqual([]);
    expect(columns).toMatchObject({
      civiliansKilled: '#affected+killed+civilians',
      killed: '#affected+killed+num',
      date: '#date+start',
      category: '#event+type+code',
    });
    expect(mapHashtags(['#event+id', '#date']).missing).toEqual([
      'latitude',
      'longitude',
      'category',
    ]);
  });
});

describe('event dates', () => {
  it.each([
    ['2022-06-30', '2022-06-30T00:00:00.000Z'],
    ['30-06-2022', '2022-06-30T00:00:00.000Z'],
    ['30/06/2022', '2022-06-30T00:00:00.000Z'],
    ['30 June 2022', '2022-06-30T00:00:00.000Z'],
    ['2022-06-30T14:05:00+01:00', '2022-06-30T13:05:00.000Z'],
    ['2022-06-30 14:05', '2022-06-30T14:05:00.000Z'],
  ])('%s reads as %s', (raw, iso) => expect(parseEventDate(raw)).toBe(iso));

  it.each([
    '2022-02-30',
    '31/04/2022',
    '2022-13-01',
    '30 Juin 2022',
    '1850-01-01',
    'yesterday',
    '',
  ])('%s is refused', (raw) => expect(parseEventDate(raw)).toBeNull());
});

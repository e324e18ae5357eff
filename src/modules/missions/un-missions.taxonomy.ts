/**
 * UN field missions named in the UN's public data (the table of SEA allegations, fatalities, the
 * monthly contributions of uniformed personnel): the acronym, name, host countries (ISO 3166-1
 * alpha-3; Kosovo as Natural Earth's KOS) and mandate dates, from the UN's public mission pages. An import that meets one of these acronyms may create the mission; any other
 * acronym must be created first with `peaceops missions create`.
 */
export interface KnownMission {
  name: string;
  hostCountries: string[];
  mandateStart: string;
  mandateEnd: string | null;
}

export const unMissions: Readonly<Record<string, KnownMission>> = {
  BINUB: {
    name: 'United Nations Integrated Office in Burundi',
    hostCountries: ['BDI'],
    mandateStart: '2007-01-01',
    mandateEnd: '2010-12-31',
  },
  BNUB: {
    name: 'United Nations Office in Burundi',
    hostCountries: ['BDI'],
    mandateStart: '2011-01-01',
    mandateEnd: '2014-12-31',
  },
  MINURCAT: {
    name: 'United Nations Mission in the Central African Republic and Chad',
    hostCountries: ['CAF', 'TCD'],
    mandateStart: '2007-09-25',
    mandateEnd: '2010-12-31',
  },
  MINURSO: {
    name: 'United Nations Mission for the Referendum in Western Sahara',
    hostCountries: ['ESH'],
    mandateStart: '1991-04-29',
    mandateEnd: null,
  },
  MINUSCA: {
    name: 'United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic',
    hostCountries: ['CAF'],
    mandateStart: '2014-04-10',
    mandateEnd: null,
  },
  MINUSMA: {
    name: 'United Nations Multidimensional Integrated Stabilization Mission in Mali',
    hostCountries: ['MLI'],
    mandateStart: '2013-04-25',
    mandateEnd: '2023-12-31',
  },
  MINUSTAH: {
    name: 'United Nations Stabilization Mission in Haiti',
    hostCountries: ['HTI'],
    mandateStart: '2004-06-01',
    mandateEnd: '2017-10-15',
  },
  MONUC: {
    name: 'United Nations Organization Mission in the Democratic Republic of the Congo',
    hostCountries: ['COD'],
    mandateStart: '1999-11-30',
    mandateEnd: '2010-06-30',
  },
  MONUSCO: {
    name: 'United Nations Organization Stabilization Mission in the Democratic Republic of the Congo',
    hostCountries: ['COD'],
    mandateStart: '2010-07-01',
    mandateEnd: null,
  },
  OSES: {
    name: 'Office of the Special Envoy of the Secretary-General for Syria',
    hostCountries: ['SYR'],
    mandateStart: '2012-02-23',
    mandateEnd: null,
  },
  UNAMA: {
    name: 'United Nations Assistance Mission in Afghanistan',
    hostCountries: ['AFG'],
    mandateStart: '2002-03-28',
    mandateEnd: null,
  },
  UNAMI: {
    name: 'United Nations Assistance Mission for Iraq',
    hostCountries: ['IRQ'],
    mandateStart: '2003-08-14',
    mandateEnd: null,
  },
  UNAMID: {
    name: 'African Union-United Nations Hybrid Operation in Darfur',
    hostCountries: ['SDN'],
    mandateStart: '2007-07-31',
    mandateEnd: '2020-12-31',
  },
  UNDOF: {
    name: 'United Nations Disengagement Observer Force',
    hostCountries: ['SYR'],
    mandateStart: '1974-05-31',
    mandateEnd: null,
  },
  UNFICYP: {
    name: 'United Nations Peacekeeping Force in Cyprus',
    hostCountries: ['CYP'],
    mandateStart: '1964-03-27',
    mandateEnd: null,
  },
  UNIFIL: {
    name: 'United Nations Interim Force in Lebanon',
    hostCountries: ['LBN'],
    mandateStart: '1978-03-19',
    mandateEnd: null,
  },
  UNIOGBIS: {
    name: 'United Nations Integrated Peacebuilding Office in Guinea-Bissau',
    hostCountries: ['GNB'],
    mandateStart: '2010-01-01',
    mandateEnd: '2020-12-31',
  },
  UNISFA: {
    name: 'United Nations Interim Security Force for Abyei',
    hostCountries: ['SDN', 'SSD'],
    mandateStart: '2011-06-27',
    mandateEnd: null,
  },
  UNITAD: {
    name: "United Nations Investigative Team to Promote Accountability for Crimes Committed by Da'esh/ISIL",
    hostCountries: ['IRQ'],
    mandateStart: '2017-09-21',
    mandateEnd: '2024-09-17',
  },
  UNITAMS: {
    name: 'United Nations Integrated Transition Assistance Mission in Sudan',
    hostCountries: ['SDN'],
    mandateStart: '2020-06-03',
    mandateEnd: '2024-02-29',
  },
  UNMIK: {
    name: 'United Nations Interim Administration Mission in Kosovo',
    hostCountries: ['KOS'],
    mandateStart: '1999-06-10',
    mandateEnd: null,
  },
  UNMIL: {
    name: 'United Nations Mission in Liberia',
    hostCountries: ['LBR'],
    mandateStart: '2003-09-19',
    mandateEnd: '2018-03-30',
  },
  UNMIN: {
    name: 'United Nations Mission in Nepal',
    hostCountries: ['NPL'],
    mandateStart: '2007-01-23',
    mandateEnd: '2011-01-15',
  },
  UNMIS: {
    name: 'United Nations Mission in the Sudan',
    hostCountries: ['SDN'],
    mandateStart: '2005-03-24',
    mandateEnd: '2011-07-09',
  },
  UNMISS: {
    name: 'United Nations Mission in the Republic of South Sudan',
    hostCountries: ['SSD'],
    mandateStart: '2011-07-09',
    mandateEnd: null,
  },
  UNMIT: {
    name: 'United Nations Integrated Mission in Timor-Leste',
    hostCountries: ['TLS'],
    mandateStart: '2006-08-25',
    mandateEnd: '2012-12-31',
  },
  UNMOGIP: {
    name: 'United Nations Military Observer Group in India and Pakistan',
    hostCountries: ['IND', 'PAK'],
    mandateStart: '1949-01-24',
    mandateEnd: null,
  },
  UNOCI: {
    name: "United Nations Operation in Côte d'Ivoire",
    hostCountries: ['CIV'],
    mandateStart: '2004-04-04',
    mandateEnd: '2017-06-30',
  },
  UNRSCE: {
    name: 'United Nations Regional Service Centre in Entebbe',
    hostCountries: ['UGA'],
    mandateStart: '2010-07-01',
    mandateEnd: null,
  },
  UNSCO: {
    name: 'Office of the United Nations Special Coordinator for the Middle East Peace Process',
    hostCountries: ['PSE'],
    mandateStart: '1994-06-01',
    mandateEnd: null,
  },
  UNSMIL: {
    name: 'United Nations Support Mission in Libya',
    hostCountries: ['LBY'],
    mandateStart: '2011-09-16',
    mandateEnd: null,
  },
  UNSMIS: {
    name: 'United Nations Supervision Mission in Syria',
    hostCountries: ['SYR'],
    mandateStart: '2012-04-21',
    mandateEnd: '2012-08-19',
  },
  UNSOS: {
    name: 'United Nations Support Office in Somalia',
    hostCountries: ['SOM'],
    mandateStart: '2015-11-09',
    mandateEnd: null,
  },
  UNTSO: {
    name: 'United Nations Truce Supervision Organization',
    hostCountries: ['ISR'],
    mandateStart: '1948-05-29',
    mandateEnd: null,
  },
  UNVMC: {
    name: 'United Nations Verification Mission in Colombia',
    hostCountries: ['COL'],
    mandateStart: '2017-09-26',
    mandateEnd: null,
  },
};

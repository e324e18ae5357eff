/**
 * UN field missions named in the UN's public data (the table of SEA allegations, fatalities, the
 * monthly contributions of uniformed personnel): the acronym, name, host countries (ISO 3166-1
 * alpha-3; Kosovo as Natural Earth's KOS) and mandate dates, from the UN's public mission pages
 * (for UNGCI, UNOHCI and UNMAO, offices the pages do not list, the dates are those of the office's
 * own reports and approximate; UNSecretariat is the Secretariat itself, as the fatalities data
 * names it). An import that meets one of these acronyms may create the mission; any other acronym
 * must be created first with `peaceops missions create`.
 */
export interface KnownMission {
  name: string;
  hostCountries: string[];
  mandateStart: string;
  mandateEnd: string | null;
}

/**
 * One mission a line: acronym | name | host countries (space-separated) | mandate start | mandate
 * end (- while it runs). Read once, at load; a line out of shape stops the server at start.
 */
const table = `
BINUB | United Nations Integrated Office in Burundi | BDI | 2007-01-01 | 2010-12-31
BINUH | United Nations Integrated Office in Haiti | HTI | 2019-10-16 | -
BNUB | United Nations Office in Burundi | BDI | 2011-01-01 | 2014-12-31
BONUCA | United Nations Peace-building Support Office in the Central African Republic | CAF | 2000-02-15 | 2009-12-31
IPTF | United Nations International Police Task Force (Bosnia and Herzegovina) | BIH | 1995-12-21 | 2002-12-31
MICAH | International Civilian Support Mission in Haiti | HTI | 2000-03-16 | 2001-02-06
MINUGUA | United Nations Verification Mission in Guatemala | GTM | 1994-11-21 | 2004-12-31
MINUJUSTH | United Nations Mission for Justice Support in Haiti | HTI | 2017-10-16 | 2019-10-15
MINURCA | United Nations Mission in the Central African Republic | CAF | 1998-04-15 | 2000-02-15
MINURCAT | United Nations Mission in the Central African Republic and Chad | CAF TCD | 2007-09-25 | 2010-12-31
MINURSO | United Nations Mission for the Referendum in Western Sahara | ESH | 1991-04-29 | -
MINUSCA | United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic | CAF | 2014-04-10 | -
MINUSMA | United Nations Multidimensional Integrated Stabilization Mission in Mali | MLI | 2013-04-25 | 2023-12-31
MINUSTAH | United Nations Stabilization Mission in Haiti | HTI | 2004-06-01 | 2017-10-15
MIPONUH | United Nations Civilian Police Mission in Haiti | HTI | 1997-12-01 | 2000-03-15
MONUA | United Nations Observer Mission in Angola | AGO | 1997-06-30 | 1999-02-26
MONUC | United Nations Organization Mission in the Democratic Republic of the Congo | COD | 1999-11-30 | 2010-06-30
MONUSCO | United Nations Organization Stabilization Mission in the Democratic Republic of the Congo | COD | 2010-07-01 | -
ONUB | United Nations Operation in Burundi | BDI | 2004-06-01 | 2006-12-31
ONUC | United Nations Operation in the Congo | COD | 1960-07-14 | 1964-06-30
ONUMOZ | United Nations Operation in Mozambique | MOZ | 1992-12-16 | 1994-12-09
ONUSAL | United Nations Observer Mission in El Salvador | SLV | 1991-07-26 | 1995-04-30
OSES | Office of the Special Envoy of the Secretary-General for Syria | SYR | 2012-02-23 | -
OSESGY | Office of the Special Envoy of the Secretary-General for Yemen | YEM | 2012-08-01 | -
OSESyria | Office of the Special Envoy of the Secretary-General for Syria | SYR | 2012-02-23 | -
UNAMA | United Nations Assistance Mission in Afghanistan | AFG | 2002-03-28 | -
UNAMET | United Nations Mission in East Timor | TLS | 1999-06-11 | 1999-10-25
UNAMI | United Nations Assistance Mission for Iraq | IRQ | 2003-08-14 | -
UNAMID | African Union-United Nations Hybrid Operation in Darfur | SDN | 2007-07-31 | 2020-12-31
UNAMIR | United Nations Assistance Mission for Rwanda | RWA | 1993-10-05 | 1996-03-08
UNAMSIL | United Nations Mission in Sierra Leone | SLE | 1999-10-22 | 2005-12-31
UNAVEM | United Nations Angola Verification Mission (I, II and III) | AGO | 1989-01-03 | 1997-06-30
UNCRO | United Nations Confidence Restoration Operation in Croatia | HRV | 1995-03-31 | 1996-01-15
UNDOF | United Nations Disengagement Observer Force | SYR | 1974-05-31 | -
UNEF | United Nations Emergency Force (I and II) | EGY | 1956-11-15 | 1979-07-24
UNFICYP | United Nations Peacekeeping Force in Cyprus | CYP | 1964-03-27 | -
UNGCI | United Nations Guards Contingent in Iraq | IRQ | 1991-05-18 | 2003-03-17
UNIFIL | United Nations Interim Force in Lebanon | LBN | 1978-03-19 | -
UNIIMOG | United Nations Iran-Iraq Military Observer Group | IRN IRQ | 1988-08-09 | 1991-02-28
UNIKOM | United Nations Iraq-Kuwait Observation Mission | IRQ KWT | 1991-04-09 | 2003-10-06
UNIOGBIS | United Nations Integrated Peacebuilding Office in Guinea-Bissau | GNB | 2010-01-01 | 2020-12-31
UNIOSIL | United Nations Integrated Office in Sierra Leone | SLE | 2006-01-01 | 2008-09-30
UNIPSIL | United Nations Integrated Peacebuilding Office in Sierra Leone | SLE | 2008-10-01 | 2014-03-31
UNISFA | United Nations Interim Security Force for Abyei | SDN SSD | 2011-06-27 | -
UNITAD | United Nations Investigative Team to Promote Accountability for Crimes Committed by Da'esh/ISIL | IRQ | 2017-09-21 | 2024-09-17
UNITAMS | United Nations Integrated Transition Assistance Mission in Sudan | SDN | 2020-06-03 | 2024-02-29
UNMA | United Nations Mission in Angola | AGO | 2002-08-15 | 2003-02-15
UNMAO | United Nations Mine Action Office (Sudan) | SDN | 2005-03-24 | 2011-07-09
UNMEE | United Nations Mission in Ethiopia and Eritrea | ETH ERI | 2000-07-31 | 2008-07-31
UNMIBH | United Nations Mission in Bosnia and Herzegovina | BIH | 1995-12-21 | 2002-12-31
UNMIH | United Nations Mission in Haiti | HTI | 1993-09-23 | 1996-06-30
UNMIK | United Nations Interim Administration Mission in Kosovo | KOS | 1999-06-10 | -
UNMIL | United Nations Mission in Liberia | LBR | 2003-09-19 | 2018-03-30
UNMIN | United Nations Mission in Nepal | NPL | 2007-01-23 | 2011-01-15
UNMIS | United Nations Mission in the Sudan | SDN | 2005-03-24 | 2011-07-09
UNMISET | United Nations Mission of Support in East Timor | TLS | 2002-05-20 | 2005-05-20
UNMISS | United Nations Mission in the Republic of South Sudan | SSD | 2011-07-09 | -
UNMIT | United Nations Integrated Mission in Timor-Leste | TLS | 2006-08-25 | 2012-12-31
UNMOGIP | United Nations Military Observer Group in India and Pakistan | IND PAK | 1949-01-24 | -
UNMOT | United Nations Mission of Observers in Tajikistan | TJK | 1994-12-16 | 2000-05-15
UNOAU | United Nations Office to the African Union | ETH | 2010-07-01 | -
UNOCI | United Nations Operation in Côte d'Ivoire | CIV | 2004-04-04 | 2017-06-30
UNOHCI | United Nations Office of the Humanitarian Coordinator for Iraq | IRQ | 1997-12-01 | 2003-11-21
UNOMIG | United Nations Observer Mission in Georgia | GEO | 1993-08-24 | 2009-06-15
UNOSOM | United Nations Operation in Somalia (I and II) | SOM | 1992-04-24 | 1995-03-31
UNOWA | United Nations Office for West Africa | SEN | 2001-11-29 | 2016-01-27
UNOWAS | United Nations Office for West Africa and the Sahel | SEN | 2016-01-28 | -
UNPF | United Nations Peace Forces (headquarters, Zagreb) | HRV | 1995-03-31 | 1996-01-31
UNPOS | United Nations Political Office for Somalia | SOM | 1995-04-15 | 2013-06-02
UNPREDEP | United Nations Preventive Deployment Force | MKD | 1995-03-31 | 1999-02-28
UNPROFOR | United Nations Protection Force | HRV BIH MKD | 1992-02-21 | 1995-03-31
UNPSG | United Nations Civilian Police Support Group | HRV | 1998-01-16 | 1998-10-15
UNRSCE | United Nations Regional Service Centre in Entebbe | UGA | 2010-07-01 | -
UNSCO | Office of the United Nations Special Coordinator for the Middle East Peace Process | PSE | 1994-06-01 | -
UNSCOB | United Nations Special Committee on the Balkans | GRC | 1947-10-21 | 1952-02-07
UNSecretariat | United Nations Secretariat (not a field mission) | USA | 1945-10-24 | -
UNSMA | United Nations Special Mission to Afghanistan | AFG | 1993-12-21 | 2002-03-28
UNSMIH | United Nations Support Mission in Haiti | HTI | 1996-07-01 | 1997-07-31
UNSMIL | United Nations Support Mission in Libya | LBY | 2011-09-16 | -
UNSMIS | United Nations Supervision Mission in Syria | SYR | 2012-04-21 | 2012-08-19
UNSOM | United Nations Assistance Mission in Somalia | SOM | 2013-06-03 | 2024-10-30
UNSOS | United Nations Support Office in Somalia | SOM | 2015-11-09 | -
UNTAC | United Nations Transitional Authority in Cambodia | KHM | 1992-03-15 | 1993-09-24
UNTAES | United Nations Transitional Administration for Eastern Slavonia, Baranja and Western Sirmium | HRV | 1996-01-15 | 1998-01-15
UNTAET | United Nations Transitional Administration in East Timor | TLS | 1999-10-25 | 2002-05-20
UNTAG | United Nations Transition Assistance Group | NAM | 1989-04-01 | 1990-03-21
UNTSO | United Nations Truce Supervision Organization | ISR | 1948-05-29 | -
UNVMC | United Nations Verification Mission in Colombia | COL | 2017-09-26 | -
`;

function parse(text: string): Record<string, KnownMission> {
  const missions: Record<string, KnownMission> = {};
  for (const line of text.trim().split('\n')) {
    const [acronym, name, countries, start, end] = line.split('|').map((cell) => cell.trim());
    const day = /^\d{4}-\d{2}-\d{2}$/;
    if (!acronym || !name || !countries || !start || !day.test(start) || !end)
      throw new Error(`un-missions.taxonomy.ts: a line out of shape: ${line}`);
    if (end !== '-' && !day.test(end))
      throw new Error(`un-missions.taxonomy.ts: a mandate end out of shape: ${line}`);
    missions[acronym] = {
      name,
      hostCountries: countries.split(/\s+/),
      mandateStart: start,
      mandateEnd: end === '-' ? null : end,
    };
  }
  return missions;
}

export const unMissions: Readonly<Record<string, KnownMission>> = parse(table);

/**
 * E2 (¶17–20, 34) on both dialects: "an attack on civilians with 5 or more killed within 20 km of
 * a base" raises one alert per incident, without the incident's narrative; the alert is published
 * as CAP 1.2 valid against the official XSD and in an Atom feed; evaluating again raises nothing
 * new; an incident in a compartment never raises an alert, even for a rule set by a member; sexual
 * violence cannot be alerted on; forecast and hotspot rules raise theirs; another mission sees none.
 */
import { beforeAll, expect, it } from 'vitest';
import { xsdValid } from '../../../test/support/cap.js';
import { panelCsv } from '../../../test/support/country-month.js';
import { eachDialect } from '../../../test/support/each-dialect.js';
import { operator, password, seedWorld, type World } from '../../../test/support/fixtures.js';
import { signIn, type Agent } from '../../../test/support/http.js';
import { systemActor } from '../../core/system-actor.js';
import { parseCap } from './cap.js';
import { readCountryCodes } from './country-codes.taxonomy.js';
import { readPanel } from './country-month.data.js';
import { featureTable } from './forecast.model.js';
import { publishForecasts } from './forecast.service.js';

const narrative = 'Witness Amadou K. saw the attackers arrive from the river';
const rule = {
  name: 'Attack on civilians, 5 or more killed, within 20 km of a base',
  kind: 'incident_near_base',
  severity: 'Severe',
  urgency: 'Immediate',
  certainty: 'Observed',
  params: { categories: ['violence_against_civilians'], minKilled: 5, radiusKm: 20 },
};

eachDialect('alerts (E2)', (t) => {
  let world: World;
  let analyst: Agent;
  let patrols: string;
  const report = async (at: [number, number], killed: number, extra: object = {}) => {
    const r = await analyst.post('/api/incidents', {
      occurredAt: '2026-02-25T06:00:00Z',
      location: { latitude: at[0], longitude: at[1] },
      category: 'violence_against_civilians',
      narrative,
      casualties: { civilians: { killed, injured: 0, abducted: 0 } },
      ...extra,
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body.id as string;
  };

  beforeAll(async () => {
    world = await seedWorld(t());
    analyst = await signIn(t(), world.users.analyst.username, password);
    const base = await analyst.post(`/api/missions/${world.missionA.id}/bases`, {
      name: 'Bria team site',
      kind: 'team_site',
      latitude: 6.54,
      longitude: 21.98,
    });
    expect(base.status, JSON.stringify(base.body)).toBe(201);
    const officer = await signIn(t(), world.users.conduct_officer.username, password);
    patrols = (await officer.post('/api/compartments', { name: 'Patrols', sensitive: false })).body
      .id;
    await officer.post(`/api/compartments/${patrols}/members`, { userId: world.users.analyst.id });
  });

  it('E2: one alert for the attack within 20 km with 5 or more killed; not for the far one, the small one or the compartmented one', async () => {
    const near = await report([6.6, 21.9], 6); // about 11 km
    await report([6.9, 21.98], 9); // 40 km
    await report([6.55, 21.95], 2);
    await report([6.5, 22.0], 8, { compartmentIds: [patrols] });
    const created = await analyst.post('/api/early-warning/alert-rules', rule);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ active: true, alerts: 1, missionId: world.missionA.id });
    const alerts = (await analyst.get('/api/early-warning/alerts')).body.items;
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({
      sourceKey: `incident ${near}`,
      headline: '6 killed 11 km from Bria team site',
      severity: 'Severe',
      urgency: 'Immediate',
      certainty: 'Observed',
      area: { areaDesc: 'Within 20 km of Bria team site', circles: ['6.6000,21.9000 20'] },
    });
    expect(JSON.stringify(alerts[0])).not.toContain('Amadou');
    // The mission's analysts and head of mission are told, once.
    const head = await signIn(t(), world.users.head_of_mission.username, password);
    const told = (await head.get('/api/notifications')).body.items;
    expect(told).toEqual([
      expect.objectContaining({
        kind: 'early-warning.alert',
        params: {
          headline: '6 killed 11 km from Bria team site',
          severity: 'Severe',
          // The page writes it in the reader's language from the alert's text.
          text: JSON.stringify(alerts[0].text),
        },
      }),
    ]);
  });

  it('E2: the alert is CAP 1.2, valid against the official XSD, and in the Atom feed', async () => {
    const [alert] = (await analyst.get('/api/early-warning/alerts')).body.items;
    const cap = await analyst.get(`/api/alerts/${alert.id}.cap`);
    expect(cap.status).toBe(200);
    expect(cap.headers.get('content-type')).toContain('application/cap+xml');
    const xml = cap.body as string;
    const verdict = xsdValid(xml);
    expect(verdict.ok, verdict.output).toBe(true);
    const parsed = parseCap(xml).alert;
    expect(parsed).toMatchObject({
      identifier: alert.id,
      sender: 'peaceops.minusca',
      scope: 'Restricted',
      msgType: 'Alert',
    });
    // Issue 23: one <info> per language, English first, each written from the alert's template.
    expect(parsed.infos.map((i) => i.language)).toEqual(['en-US', 'fr-FR', 'ar']);
    expect(parsed.infos[0]).toMatchObject({ headline: alert.headline, severity: 'Severe' });
    expect(parsed.infos[1]).toMatchObject({
      headline: '6 morts à 11 km de Bria team site',
      description: expect.stringMatching(
        /^Un incident \(.+\) le \d{4}-\d{2}-\d{2}, 6 morts, à 11 km de Bria team site \(site d’équipe\)\.$/,
      ),
      severity: 'Severe',
      areas: [
        {
          areaDesc: 'Dans un rayon de 20 km autour de Bria team site',
          circles: ['6.6000,21.9000 20'],
        },
      ],
    });
    expect(parsed.infos[2]).toMatchObject({
      // The Latin name isolated in the right-to-left sentence (FSI … PDI).
      headline: 'عدد القتلى 6 على بعد 11 كم من \u2068Bria team site\u2069',
      description: expect.stringContaining('(موقع فريق)'),
      severity: 'Severe',
      areas: [
        { areaDesc: 'ضمن 20 كم من \u2068Bria team site\u2069', circles: ['6.6000,21.9000 20'] },
      ],
    });
    for (const info of parsed.infos)
      expect(info).toMatchObject({
        urgency: 'Immediate',
        certainty: 'Observed',
        event: expect.any(String),
      });
    expect(xml).not.toContain('Amadou');
    // An alert raised before texts were kept (no text): its English alone.
    await t().ctx.db.updateTable('alerts').set({ text: null }).where('id', '=', alert.id).execute();
    const older = parseCap((await analyst.get(`/api/alerts/${alert.id}.cap`)).body as string).alert;
    expect(older.infos.map((i) => [i.language, i.headline])).toEqual([['en-US', alert.headline]]);
    await t()
      .ctx.db.updateTable('alerts')
      .set({ text: JSON.stringify(alert.text) })
      .where('id', '=', alert.id)
      .execute();
    const feed = await analyst.get('/api/alerts/feed');
    expect(feed.headers.get('content-type')).toContain('application/atom+xml');
    expect(feed.body as string).toContain(`/api/alerts/${alert.id}.cap`);
  });

  it('E2: each source alerts once; a new incident raises a new alert', async () => {
    expect((await analyst.post('/api/early-warning/alerts/evaluate')).body.raised).toBe(0);
    await report([6.45, 22.05], 12);
    const again = await analyst.post('/api/early-warning/alerts/evaluate');
    expect(again.body.raised).toBe(1);
    expect(again.body.alerts[0].headline).toMatch(/^12 killed/);
  });

  it('E2: an alert whose report is discarded is cancelled: a CAP Cancel referencing it, valid against the XSD', async () => {
    const original = (await analyst.get('/api/early-warning/alerts')).body.items.find(
      (a: { headline: string }) => a.headline.startsWith('6 killed'),
    );
    const incidentId = original.sourceKey.slice('incident '.length);
    const incident = (await analyst.get(`/api/incidents/${incidentId}`)).body;
    const discarded = await analyst.post(`/api/incidents/${incidentId}/status`, {
      version: incident.version,
      status: 'discarded',
      reason: 'The report was a rumour',
    });
    expect(discarded.status, JSON.stringify(discarded.body)).toBe(200);
    const evaluated = (await analyst.post('/api/early-warning/alerts/evaluate')).body;
    expect(evaluated.raised).toBe(1);
    const cancel = evaluated.alerts[0];
    expect(cancel).toMatchObject({
      msgType: 'Cancel',
      references: original.id,
      headline: `Cancelled: ${original.headline}`,
    });
    expect(JSON.stringify(cancel)).not.toContain('rumour');
    const xml = (await analyst.get(`/api/alerts/${cancel.id}.cap`)).body as string;
    expect(xsdValid(xml).ok, xsdValid(xml).output).toBe(true);
    const parsed = parseCap(xml).alert;
    expect(parsed.msgType).toBe('Cancel');
    expect(parsed.infos.map((i) => i.headline)).toEqual([
      `Cancelled: ${original.headline}`,
      'Annulée : 6 morts à 11 km de Bria team site',
      'أُلغي: عدد القتلى 6 على بعد 11 كم من \u2068Bria team site\u2069',
    ]);
    expect(parsed.references).toBe(
      `peaceops.minusca,${original.id},${original.sentAt.replace(/\.\d{3}Z$/, '+00:00')}`,
    );
    const again = (await analyst.get(`/api/early-warning/alerts/${original.id}`)).body;
    expect(again.cancelledBy).toBe(cancel.id);
    expect((await analyst.post('/api/early-warning/alerts/evaluate')).body.raised).toBe(0);
  });

  it('sexual violence cannot be alerted on: the rule is refused naming the field', async () => {
    const refused = await analyst.post('/api/early-warning/alert-rules', {
      ...rule,
      params: { ...rule.params, categories: ['conflict_related_sexual_violence'] },
    });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('params.categories');
  });

  it('E2: a forecast rule alerts on a country over the probability, with its ISO3 geocode, valid CAP', async () => {
    await publishForecasts(
      { ...operator(t()), actor: systemActor('op', 'cli', ['early-warning:write']) },
      {
        table: featureTable(readPanel(panelCsv())),
        origin: 180,
        codes: readCountryCodes(
          'name,isoab,country_id\nCentral African Republic,CAF,1\nMali,MLI,2\n',
        ),
        source: 'panel',
        horizons: [1],
        evaluation: null,
      },
    );
    const created = await analyst.post('/api/early-warning/alert-rules', {
      name: 'CAF forecast',
      kind: 'forecast',
      severity: 'Moderate',
      urgency: 'Future',
      certainty: 'Possible',
      params: { countries: ['CAF'], threshold: 'sb1', horizon: 1, minProbability: 0.01 },
    });
    expect(created.body.alerts).toBe(1);
    const alert = (await analyst.get('/api/early-warning/alerts')).body.items.find(
      (a: { ruleId: string }) => a.ruleId === created.body.id,
    );
    expect(alert.sourceKey).toBe('forecast 1994-12 CAF sb1 +1');
    expect(alert.area.geocodes).toEqual([{ valueName: 'ISO 3166-1 alpha-3', value: 'CAF' }]);
    const xml = (await analyst.get(`/api/alerts/${alert.id}.cap`)).body as string;
    expect(xsdValid(xml).ok, xsdValid(xml).output).toBe(true);
    const infos = parseCap(xml).alert.infos;
    expect(infos.map((i) => i.language)).toEqual(['en-US', 'fr-FR', 'ar']);
    expect(infos[0]!.headline).toMatch(
      /^Central African Republic: \d+% chance of at least 1 death/,
    );
    expect(infos[1]!.headline).toMatch(
      /^République centrafricaine : \d+ % de probabilité d’au moins 1 mort/,
    );
    expect(infos[2]!.headline).toMatch(
      /^\u2068جمهورية أفريقيا الوسطى\u2069: احتمال \d+٪ لوقوع وفاة واحدة على الأقل/,
    );
    // French and Arabic name the country in their language (by its ISO code); English as the data does.
    expect(infos.map((i) => i.areas?.[0]?.areaDesc)).toEqual([
      'Central African Republic',
      'République centrafricaine',
      'جمهورية أفريقيا الوسطى',
    ]);
    for (const info of infos)
      expect(info.areas).toMatchObject([
        { geocodes: [{ valueName: 'ISO 3166-1 alpha-3', value: 'CAF' }] },
      ]);
  });

  it('E2 (issue 23): a rule on violence against civilians alerts on P(os ≥ 1), named so in three languages; a run without it raises none', async () => {
    const forecastRule = (country: string) => ({
      name: `${country} civilians`,
      kind: 'forecast',
      severity: 'Severe',
      urgency: 'Future',
      certainty: 'Possible',
      params: { countries: [country], threshold: 'os1', horizon: 1, minProbability: 0.01 },
    });
    // The analyst reads French: the e-mail telling them of the alert is in French.
    await t()
      .ctx.db.updateTable('users')
      .set({ locale: 'fr' })
      .where('id', '=', world.users.analyst.id)
      .execute();
    const created = await analyst.post('/api/early-warning/alert-rules', forecastRule('MLI'));
    expect(created.status).toBe(201);
    expect(created.body.alerts).toBe(1);
    const mail = (username: string) =>
      t()
        .ctx.db.selectFrom('outbox')
        .select(['subject', 'body'])
        .where('recipient', '=', username)
        .where('subject', 'like', '%Mali%')
        .executeTakeFirstOrThrow();
    expect((await mail(world.users.analyst.username)).subject).toMatch(
      /^Alerte \(Grave\) : Mali : \d+ % de probabilité d’au moins 1 civil tué par la violence unilatérale en 1995-01$/,
    );
    expect((await mail(world.users.analyst.username)).body).toMatch(
      /Ouvrez peaceops pour y donner suite\.$/,
    );
    expect((await mail(world.users.head_of_mission.username)).subject).toMatch(
      /^Alert \(Severe\): Mali: \d+% chance of at least 1 civilian killed/,
    );
    const alert = (await analyst.get('/api/early-warning/alerts')).body.items.find(
      (a: { ruleId: string }) => a.ruleId === created.body.id,
    );
    expect(alert.sourceKey).toBe('forecast 1994-12 MLI os1 +1');
    const xml = (await analyst.get(`/api/alerts/${alert.id}.cap`)).body as string;
    expect(xsdValid(xml).ok, xsdValid(xml).output).toBe(true);
    const infos = parseCap(xml).alert.infos;
    expect(infos.map((i) => i.event)).toEqual([
      'Forecast of violence against civilians',
      'Prévision de violence contre les civils',
      'توقع للعنف ضد المدنيين',
    ]);
    expect(infos[0]!.headline).toMatch(
      /^Mali: \d+% chance of at least 1 civilian killed in one-sided violence in 1995-01$/,
    );
    expect(infos[1]!.headline).toMatch(
      /^Mali : \d+ % de probabilité d’au moins 1 civil tué par la violence unilatérale en 1995-01$/,
    );
    // A run published before one-sided violence was forecast has no probability of it: no alert.
    await t()
      .ctx.db.updateTable('country_forecasts')
      .set({ p_os1: null })
      .where('iso3', '=', 'CAF')
      .execute();
    const none = await analyst.post('/api/early-warning/alert-rules', forecastRule('CAF'));
    expect(none.status).toBe(201);
    expect(none.body.alerts).toBe(0);
  });

  it('E2: a forecast rule on an unknown kind of violence is refused naming the field', async () => {
    const refused = await analyst.post('/api/early-warning/alert-rules', {
      name: 'bad',
      kind: 'forecast',
      severity: 'Severe',
      urgency: 'Future',
      certainty: 'Possible',
      params: { countries: ['MLI'], threshold: 'xx1', horizon: 1, minProbability: 0.5 },
    });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('params.threshold');
  });

  it('E2: a hotspot rule alerts on a flagged cell with its polygon, valid CAP', async () => {
    // The cell around the base: three reports in view again (one was discarded above).
    await report([6.7, 21.7], 1);
    const created = await analyst.post('/api/early-warning/alert-rules', {
      name: 'Hotspots near our bases',
      kind: 'hotspot',
      severity: 'Moderate',
      urgency: 'Expected',
      certainty: 'Likely',
      params: { radiusKm: 50 },
    });
    expect(created.body.alerts).toBe(1);
    const alert = (await analyst.get('/api/early-warning/alerts')).body.items.find(
      (a: { ruleId: string }) => a.ruleId === created.body.id,
    );
    expect(alert.area.polygons).toEqual(['6.5,21.5 7,21.5 7,22 6.5,22 6.5,21.5']);
    const xml = (await analyst.get(`/api/alerts/${alert.id}.cap`)).body as string;
    expect(xsdValid(xml).ok, xsdValid(xml).output).toBe(true);
    const infos = parseCap(xml).alert.infos;
    expect(infos.map((i) => [i.language, i.areas?.[0]?.areaDesc])).toEqual([
      ['en-US', '0.5° cell centred on 6.75,21.75'],
      ['fr-FR', 'Cellule de 0,5° centrée sur 6.75,21.75'],
      ['ar', 'خلية 0.5° متمركزة عند \u20666.75,21.75\u2069'],
    ]);
    expect(infos[1]!.description).toMatch(/; base la plus proche : Bria team site, à [\d,]+ km\.$/);
  });

  it('another mission sees none of the alerts', async () => {
    const [alert] = (await analyst.get('/api/early-warning/alerts')).body.items;
    const other = await signIn(t(), world.outsider.username, password);
    expect((await other.get('/api/early-warning/alerts')).body.items).toEqual([]);
    expect((await other.get('/api/bases')).body.items).toEqual([]);
    expect(
      (await analyst.get('/api/bases')).body.items.map((b: { name: string }) => b.name),
    ).toEqual(['Bria team site']);
    expect((await other.get(`/api/early-warning/alerts/${alert.id}`)).status).toBe(404);
    expect((await other.get(`/api/alerts/${alert.id}.cap`)).status).toBe(404);
  });
});

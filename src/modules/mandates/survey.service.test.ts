/**
 * D5 (¶64) on both dialects, through the API: a KoboToolbox export with its XLSForm imported as
 * counts — shares per area and quarter equal to shares counted straight from the file, margins and
 * sample sizes beside them, groups too small withheld — and no respondent's identity, place, free
 * text or row stored anywhere; the labelled export alone; ODK Central's header style; bad rows and
 * interviews to come refused whole, naming line and column; who may import and read.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { eachDialect } from '../../../test/support/each-dialect.js';
import { password, seedWorld, type World } from '../../../test/support/fixtures.js';
import { signIn, type Agent } from '../../../test/support/http.js';
import type { Survey, SurveyResults } from './survey.schema.js';

const demo = (name: string) => path.resolve('demo/surveys', name);
const csvFile = demo('perception-2022-illustrative.csv');
const formFile = demo('perception-2022-illustrative.xlsx');
const labelledFile = path.resolve('test/fixtures/surveys/kobo-labelled-illustrative.csv');
const rows = parse(fs.readFileSync(csvFile), { columns: true, delimiter: ';' }) as Record<
  string,
  string
>[];

function upload(fields: Record<string, string>, files: Record<string, [string, Buffer]>) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  for (const [k, [name, bytes]] of Object.entries(files))
    form.append(k, new File([new Uint8Array(bytes)], name));
  return form;
}
const kobo = (title: string) =>
  upload(
    { title, conductedBy: 'Mission public information (illustrative)' },
    {
      data: ['perception.csv', fs.readFileSync(csvFile)],
      form: ['perception.xlsx', fs.readFileSync(formFile)],
    },
  );

eachDialect('D5 perception surveys', (t) => {
  let world: World;
  let planner: Agent;
  let survey: Survey;

  beforeAll(async () => {
    world = await seedWorld(t());
    planner = await signIn(t(), world.users.planner.username, password);
    const answer = await planner.post('/api/mandates/surveys', kobo('Perception 2022'));
    expect(answer.status).toBe(201);
    survey = answer.body;
  });

  it('D5: a KoboToolbox export with its XLSForm: choice questions counted per area and month, every other column named with why it is not kept', () => {
    expect(survey).toMatchObject({
      source: 'xlsform',
      responses: 456,
      weighted: true,
      areaColumn: 'prefecture',
      dateColumn: 'today',
      firstMonth: '2022-03',
      lastMonth: '2022-09',
      areas: ['Bangui', 'Haute-Kotto', 'Nana-Mambéré', 'Ouaka', 'Ouham'],
    });
    expect(survey.questions.map((q) => [q.name, q.kind])).toEqual([
      ['safe_day', 'select_one'],
      ['mission_protects', 'select_one'],
      ['threats', 'select_multiple'],
    ]);
    expect(survey.questions[0]!.label).toMatchObject({
      en: 'How safe do you feel walking in your area during the day?',
      ar: 'ما مدى شعورك بالأمان عند المشي في منطقتك نهاراً؟',
    });
    const why = Object.fromEntries(survey.notCounted.map((n) => [n.column, n]));
    expect(why.respondent_name!.reason).toBe('free_text');
    expect(why.gps!.reason).toBe('place');
    expect(why._uuid!.reason).toBe('identity');
    expect(why.deviceid!.reason).toBe('identity');
    expect(why.start!.reason).toBe('identity');
    expect(why.age).toEqual({ column: 'age', reason: 'not_choice', type: 'integer' });
  });

  it('D5: shares per area and quarter are the file’s own weighted shares, with sample sizes and 95 % margins', async () => {
    const answer = await planner.get<SurveyResults>(
      `/api/mandates/surveys/${survey.id}/results?question=safe_day&by=quarter`,
    );
    expect(answer.status).toBe(200);
    const ouaka = answer.body.rows.find((r) => r.area === 'Ouaka' && r.period === '2022-Q1')!;
    const mine = rows.filter((r) => r.prefecture === 'ouaka' && r.today!.startsWith('2022-03'));
    const weight = (rs: typeof rows) => rs.reduce((s, r) => s + Number(r.weight), 0);
    expect(ouaka.respondents).toBe(mine.length);
    const safe = weight(mine.filter((r) => r['security/safe_day'] === 'safe')) / weight(mine);
    const share = ouaka.shares.find((s) => s.answer === 'safe')!;
    expect(share.share).toBeCloseTo(safe, 10);
    const effective = weight(mine) ** 2 / mine.reduce((s, r) => s + Number(r.weight) ** 2, 0);
    expect(ouaka.effective).toBeCloseTo(effective, 8);
    expect(share.margin).toBeCloseTo(1.96 * Math.sqrt((safe * (1 - safe)) / effective), 10);
    expect(ouaka.shares.reduce((s, x) => s + x.share, 0)).toBeCloseTo(1, 10);
    // All areas together first, each period.
    const all = answer.body.rows.filter((r) => r.area === null);
    expect(all.map((r) => [r.period, r.respondents])).toEqual([
      ['2022-Q1', 228],
      ['2022-Q3', 228],
    ]);
    // A multiple choice counts a respondent under each answer chosen.
    const threats = await planner.get<SurveyResults>(
      `/api/mandates/surveys/${survey.id}/results?question=threats&by=year`,
    );
    expect(threats.body.rows[0]!.shares.reduce((s, x) => s + x.share, 0)).toBeGreaterThan(1);
  });

  it('D5: no respondent identity is stored — no name, id, device, place or row; only counts', async () => {
    const tables = ['perception_surveys', 'perception_questions', 'perception_counts'] as const;
    const stored = (
      await Promise.all(tables.map((table) => t().ctx.db.selectFrom(table).selectAll().execute()))
    )
      .flat()
      .map((r) => JSON.stringify(r))
      .join('\n');
    expect(stored).not.toContain('Illustrative name');
    for (const r of rows.slice(0, 40)) {
      expect(stored).not.toContain(r._uuid!);
      expect(stored).not.toContain(r.deviceid!);
      expect(stored).not.toContain(r.gps!.split(' ')[0]!);
    }
    // Fewer count rows than answers: sums, not rows.
    const counts = await sql<{
      n: number;
    }>`select count(*) as n from perception_counts where survey_id = ${survey.id}`.execute(
      t().ctx.db,
    );
    expect(Number(counts.rows[0]!.n)).toBeLessThan(rows.length);
  });

  it('D5: the labelled export alone; ODK Central’s headers; a group under 5 respondents withheld', async () => {
    const labelled = await planner.post(
      '/api/mandates/surveys',
      upload(
        { title: 'Labelled', conductedBy: 'Illustrative' },
        { data: ['labelled.csv', fs.readFileSync(labelledFile)] },
      ),
    );
    expect(labelled.status).toBe(201);
    expect(labelled.body).toMatchObject({
      source: 'labelled',
      responses: 96,
      areaColumn: 'Prefecture',
    });
    expect(labelled.body.questions.map((q: { name: string }) => q.name)).toEqual([
      'How safe do you feel walking in your area during the day?',
      'MINUSCA helps protect civilians in your area.',
    ]);
    const odk = [
      'SubmissionDate,prefecture,security-safe_day,security-mission_protects,KEY',
      ...Array.from({ length: 8 }, (_, i) =>
        [
          `2022-05-0${i + 1}T10:00:00Z`,
          i < 3 ? 'ouaka' : 'bangui',
          'safe',
          'agree',
          `uuid:${i}`,
        ].join(','),
      ),
    ].join('\n');
    const central = await planner.post(
      '/api/mandates/surveys',
      upload(
        { title: 'ODK Central', conductedBy: 'Illustrative' },
        {
          data: ['odk.csv', Buffer.from(odk)],
          form: ['form.xlsx', fs.readFileSync(formFile)],
        },
      ),
    );
    expect(central.status).toBe(201);
    expect(central.body).toMatchObject({ dateColumn: 'SubmissionDate', responses: 8 });
    const results = await planner.get<SurveyResults>(
      `/api/mandates/surveys/${central.body.id}/results?question=safe_day&by=month`,
    );
    const ouaka = results.body.rows.find((r) => r.area === 'Ouaka')!;
    expect(ouaka).toMatchObject({ respondents: 3, withheld: true, shares: [], effective: null });
    expect(results.body.rows.find((r) => r.area === 'Bangui')!.withheld).toBe(false);
  });

  it('D5: unreadable rows and interviews still to come are refused whole, naming line and column', async () => {
    const before = (await planner.get('/api/mandates/surveys')).body.items.length;
    const bad = [
      'today,prefecture,safe_day,weight',
      '2022-05-01,ouaka,safe,1',
      'yesterday,ouaka,safe,1',
      '2022-05-02,ouaka,safe,-1',
      '2022-05-02,ouaka,perhaps,1',
    ].join('\n');
    const refused = await planner.post(
      '/api/mandates/surveys',
      upload(
        { title: 'Bad', conductedBy: 'x' },
        { data: ['bad.csv', Buffer.from(bad)], form: ['f.xlsx', fs.readFileSync(formFile)] },
      ),
    );
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.map((d: { path: string }) => d.path)).toEqual([
      'line 3: today',
      'line 4: weight',
      'line 5: safe_day',
    ]);
    const next = new Date(t().clock.now().getTime() + 40 * 86_400_000).toISOString().slice(0, 10);
    const future = await planner.post(
      '/api/mandates/surveys',
      upload(
        { title: 'Future', conductedBy: 'x' },
        {
          data: ['f.csv', Buffer.from(`today,prefecture,safe_day\n${next},ouaka,safe\n`)],
          form: ['f.xlsx', fs.readFileSync(formFile)],
        },
      ),
    );
    expect(future.status).toBe(400);
    expect(future.body.error.message).toMatch(/have not happened yet/);
    const notAForm = await planner.post(
      '/api/mandates/surveys',
      upload(
        { title: 'x', conductedBy: 'x' },
        { data: ['f.csv', Buffer.from(bad)], form: ['f.xlsx', Buffer.from('not a spreadsheet')] },
      ),
    );
    expect(notAForm.status).toBe(400);
    expect(notAForm.body.error.details[0].path).toBe('form');
    expect((await planner.get('/api/mandates/surveys')).body.items).toHaveLength(before);
  });

  it('D5: the periodic report’s perception section is the results API’s answer for the year, all areas', async () => {
    const head = await signIn(t(), world.users.head_of_mission.username, password);
    const report = await head.get(
      `/api/reports/missions/${world.missionA.id}/periodic.json?from=2022-01-01&to=2022-12-31`,
    );
    expect(report.status).toBe(200);
    const mine = (
      report.body.perception as { survey: string; question: { default: string } }[]
    ).filter((p) => p.survey === 'Perception 2022');
    expect(mine.map((p) => p.question)).toEqual(survey.questions.map((q) => q.label));
    const year = await head.get<SurveyResults>(
      `/api/mandates/surveys/${survey.id}/results?question=safe_day&by=year`,
    );
    const all = year.body.rows.find((r) => r.area === null)!;
    const safeDay = report.body.perception.find(
      (p: { survey: string; question: { default: string } }) =>
        p.survey === 'Perception 2022' && p.question.default === survey.questions[0]!.label.default,
    );
    expect(safeDay.respondents).toBe(all.respondents);
    const label = (name: string) =>
      survey.questions[0]!.choices.find((c) => c.name === name)!.label;
    expect(safeDay.shares).toEqual(all.shares.map((s) => ({ ...s, answer: label(s.answer) })));
  });

  it('D5: planners import, heads of mission read, another mission sees nothing', async () => {
    const head = await signIn(t(), world.users.head_of_mission.username, password);
    expect((await head.post('/api/mandates/surveys', kobo('Not mine'))).status).toBe(403);
    expect((await head.get('/api/mandates/surveys')).body.items.length).toBeGreaterThan(0);
    const outsider = await signIn(t(), world.outsider.username, password);
    expect((await outsider.get('/api/mandates/surveys')).status).toBe(403);
    const entries = await t()
      .ctx.db.selectFrom('audit_entries')
      .select('action')
      .where('record_id', '=', survey.id)
      .execute();
    expect(entries.map((e) => e.action)).toEqual(['mandates.survey.import']);
  });
});

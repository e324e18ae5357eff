/**
 * Imports from the web UI (I2) on both dialects: the file is the request body, the job is polled
 * for progress, the rejected rows come back by line, column and reason and as a CSV report; the job
 * is its owner's only; permissions and limits hold.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { eachDialect } from '../../../test/support/each-dialect.js';
import { operator, password, seedWorld, type World } from '../../../test/support/fixtures.js';
import { issueApiToken } from '../accounts/token.service.js';
import { createUser } from '../accounts/user.service.js';

const carFile = path.resolve('demo/ucdp-ged-23.1-central-african-republic.geojson');
const hxl = [
  '#event+id,#date,#geo+lat,#geo+lon,#event+type,#affected+killed',
  'W1,2024-03-02,6.99,19.18,armed_clash,3',
  'W2,2024-02-30,6.99,19.18,armed_clash,1',
  'W3,2024-04-01,7.01,19.20,crime,0',
].join('\n');

eachDialect('web imports (I2)', (t) => {
  let world: World;
  const tokens: Record<string, string> = {};
  const call = async (method: string, url: string, who: string, body?: string | Buffer) => {
    const res = await t().app.request(url, {
      method,
      headers: {
        Authorization: `Bearer ${tokens[who]}`,
        'Content-Type': 'application/octet-stream',
      },
      body,
    });
    const text = await res.text();
    return { status: res.status, text, body: text.startsWith('{') ? JSON.parse(text) : null };
  };
  const finished = async (id: string, who = 'analyst') => {
    for (let i = 0; i < 2_000; i += 1) {
      const job = await call('GET', `/api/imports/${id}`, who);
      if (job.body.status !== 'running') return job.body;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error('import did not finish');
  };
  const count = async () =>
    Number(
      (
        await t()
          .ctx.db.selectFrom('incidents')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    world = await seedWorld(t());
    for (const [who, user] of [
      ['analyst', world.users.analyst],
      ['staff', world.users.staff_officer],
      ['viewer', world.users.viewer],
    ] as const)
      tokens[who] = (
        await issueApiToken(operator(t()), user.id, {
          name: 'web',
          missionId: world.missionA.id,
          expiresInDays: 1,
        })
      ).token;
  });

  it('all-or-nothing: a bad row rejects the file; the job and its CSV report name line, column and reason', async () => {
    const before = await count();
    const started = await call(
      'POST',
      '/api/imports?format=hxl&filename=partner.csv',
      'analyst',
      hxl,
    );
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ status: 'running', bytesTotal: Buffer.byteLength(hxl) });
    const job = await finished(started.body.id);
    expect(job).toMatchObject({
      status: 'rejected',
      created: 0,
      rejectedCount: 1,
      errors: [{ line: 3, column: '#date', reason: 'not a real date: "2024-02-30"' }],
    });
    expect(await count()).toBe(before);
    const report = await call('GET', `/api/imports/${job.id}/report.csv`, 'analyst');
    expect(report.status).toBe(200);
    expect(report.text.trim().split('\r\n')).toEqual([
      'line,column,reason',
      '3,#date,"not a real date: ""2024-02-30"""',
    ]);
  });

  it('keep good rows imports the rest; the real UCDP file imports whole with its progress at 100%', async () => {
    const partial = await finished(
      (
        await call(
          'POST',
          '/api/imports?format=hxl&filename=p.csv&keepGoodRows=true',
          'analyst',
          hxl,
        )
      ).body.id,
    );
    expect(partial).toMatchObject({ status: 'done', created: 2, rejectedCount: 1 });
    const started = await call(
      'POST',
      '/api/imports?format=ucdp&filename=ged.geojson',
      'analyst',
      fs.readFileSync(carFile),
    );
    const job = await finished(started.body.id);
    expect(job).toMatchObject({ status: 'done', created: 1848, rows: 1848, rejectedCount: 0 });
    expect(job.bytesRead).toBe(job.bytesTotal);
  });

  it('the import runs in a worker thread: the server answers reads while it writes (R: responsive under load)', async () => {
    // 20,000 rows take seconds to import; an import on the server's own connection would hold
    // every query until it committed, so the read below would only return once the job was done.
    const rows = ['#event+id,#date,#geo+lat,#geo+lon,#event+type,#affected+killed'];
    for (let i = 0; i < 20_000; i += 1)
      rows.push(
        `BIG${i},2024-03-0${1 + (i % 9)},${(6 + (i % 100) / 100).toFixed(2)},19.18,armed_clash,1`,
      );
    const started = await call(
      'POST',
      '/api/imports?format=hxl&filename=big.csv',
      'analyst',
      rows.join('\n'),
    );
    let job = started.body;
    while (job.status === 'running' && job.rows === 0) {
      await new Promise((r) => setTimeout(r, 20));
      job = (await call('GET', `/api/imports/${started.body.id}`, 'analyst')).body;
    }
    const read = await call('GET', '/api/incidents?limit=5', 'analyst');
    expect(read.status).toBe(200);
    expect((await call('GET', `/api/imports/${started.body.id}`, 'analyst')).body.status).toBe(
      'running',
    );
    expect(await finished(started.body.id)).toMatchObject({ status: 'done', created: 20_000 });
  });

  it('at headquarters the import names its mission: with it the events go there, without it the upload is refused naming the field', async () => {
    const hq = await createUser(operator(t()), {
      username: 'analyst-hq',
      displayName: 'HQ analyst',
      password,
      locale: 'en',
      memberships: [{ missionId: null, role: 'analyst' }],
    });
    tokens.hq = (
      await issueApiToken(operator(t()), hq.id, { name: 'web', missionId: null, expiresInDays: 1 })
    ).token;
    const url = '/api/imports?format=hxl&filename=hq.csv&keepGoodRows=true';
    const refused = await call('POST', url, 'hq', hxl);
    expect(refused.status).toBe(400);
    expect(refused.body.error.details).toEqual([
      expect.objectContaining({ path: 'missionId', code: 'required' }),
    ]);
    const spooled = () => {
      const dir = path.join(t().dataDir, 'imports');
      return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
    };
    expect(spooled()).toEqual([]);
    expect((await call('POST', `${url}&missionId=no-such-mission`, 'hq', hxl)).status).toBe(404);
    const started = await call('POST', `${url}&missionId=${world.missionB.id}`, 'hq', hxl);
    expect(started.status).toBe(202);
    const job = await finished(started.body.id, 'hq');
    expect(job).toMatchObject({ status: 'done', missionId: world.missionB.id, created: 2 });
    const into = await t()
      .ctx.db.selectFrom('incidents')
      .select('mission_id')
      .where('source_system', '=', 'hxl')
      .where('source_id', 'in', ['W1', 'W3'])
      .execute();
    // Earlier tests imported the same rows into mission A; these two are now in B as well.
    expect(into.filter((r) => r.mission_id === world.missionB.id)).toHaveLength(2);
  });

  it('a job is its owner’s only; a viewer cannot import; bad names, empty and oversized files are refused', async () => {
    const mine = await call('POST', '/api/imports?format=hxl&filename=x.csv', 'analyst', hxl);
    await finished(mine.body.id);
    expect((await call('GET', `/api/imports/${mine.body.id}`, 'staff')).status).toBe(404);
    expect((await call('GET', `/api/imports/${mine.body.id}/report.csv`, 'staff')).status).toBe(
      404,
    );
    expect(
      (await call('POST', '/api/imports?format=hxl&filename=x.csv', 'viewer', hxl)).status,
    ).toBe(403);
    expect(
      (await call('POST', '/api/imports?format=hxl&filename=x.xlsx', 'analyst', hxl)).status,
    ).toBe(400);
    expect(
      (await call('POST', '/api/imports?format=hxl&filename=x.csv', 'analyst', '')).status,
    ).toBe(400);
    const limit = t().ctx.config.importLimitBytes;
    t().ctx.config.importLimitBytes = 100;
    try {
      expect(
        (await call('POST', '/api/imports?format=hxl&filename=x.csv', 'analyst', hxl)).status,
      ).toBe(413);
    } finally {
      t().ctx.config.importLimitBytes = limit;
    }
    expect(fs.readdirSync(path.join(t().dataDir, 'imports'))).toEqual([]);
  });

  describe('a malformed upload fails the job with a clear message and writes nothing', () => {
    it('a truncated gzip', async () => {
      const before = await count();
      const started = await call(
        'POST',
        '/api/imports?format=ucdp&filename=ged.geojson.gz',
        'analyst',
        Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00]),
      );
      const job = await finished(started.body.id);
      expect(job).toMatchObject({
        status: 'failed',
        message: expect.stringMatching(/truncated gzip|not valid GeoJSON/),
      });
      // The file is named as the user sent it, never by the server's path to its private copy.
      expect(job.message).toMatch(/^ged\.geojson\.gz:? /);
      expect(job.message).not.toContain(t().dataDir);
      expect(await count()).toBe(before);
    });
  });
});

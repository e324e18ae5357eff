/**
 * The OGC API read by an external client (issue 3, I3): GDAL's `ogrinfo` (Debian gdal-bin) lists
 * the layer and reads features with a bbox filter, authenticated with a token from
 * `peaceops tokens create --user`. Fails, never skips, when ogrinfo is missing (.ci/run installs it).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { assertBuilt, runCli, serve, stop, type Served } from '../support/processes.js';

const car = JSON.parse(
  fs.readFileSync(path.resolve('demo/ucdp-ged-23.1-central-african-republic.geojson'), 'utf8'),
) as { features: { geometry: { coordinates: [number, number] } }[] };

let served: Served;
let dataDir: string;
let token: string;

function ogrinfo(args: string[]) {
  const result = spawnSync('ogrinfo', ['-ro', '-q', ...args], {
    encoding: 'utf8',
    env: { ...process.env, GDAL_HTTP_HEADERS: `Authorization: Bearer ${token}` },
  });
  if (result.error)
    throw new Error(`ogrinfo could not run (apt-get install gdal-bin): ${result.error.message}`);
  return { code: result.status, out: result.stdout, err: result.stderr };
}

beforeAll(async () => {
  assertBuilt();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'peaceops-ogr-'));
  const env = { PEACEOPS_DATA_DIR: dataDir, DATABASE_URL: '' };
  served = await serve({ ...env, PEACEOPS_LOG_FILE: path.join(dataDir, 'server.log') }, ['--demo']);
  expect(
    runCli(['users', 'create', 'gis', '--name', 'GIS officer', '--role', 'viewer@MINUSCA'], env)
      .code,
  ).toBe(0);
  const created = runCli(['tokens', 'create', '--user', 'gis'], env);
  expect(created.code, created.stderr).toBe(0);
  token = created.stdout.trim();
  expect(token).toMatch(/^pot_/);
});

afterAll(async () => {
  if (served) await stop(served);
  fs.rmSync(dataDir, { recursive: true, force: true });
});

it('ogrinfo lists the incidents layer', () => {
  const result = ogrinfo([`OAPIF:${served.url}/ogc`]);
  expect(result.code, result.err).toBe(0);
  expect(result.out).toMatch(/1: incidents \(title: Incidents\) \(Point\)/);
});

it('ogrinfo reads the features inside a bbox, the same ones as the source file', () => {
  const [w, s, e, n] = [18, 4, 19, 5];
  const expected = car.features.filter(
    ({
      geometry: {
        coordinates: [x, y],
      },
    }) => x >= w && x <= e && y >= s && y <= n,
  );
  const result = ogrinfo([
    '-spat',
    ...[w, s, e, n].map(String),
    `OAPIF:${served.url}/ogc`,
    'incidents',
  ]);
  expect(result.code, result.err).toBe(0);
  const points = [...result.out.matchAll(/POINT \(([-\d.]+) ([-\d.]+)\)/g)].map((m) => [
    Number(m[1]),
    Number(m[2]),
  ]);
  expect(points).toHaveLength(expected.length);
  for (const [x, y] of points) {
    expect(x).toBeGreaterThanOrEqual(w);
    expect(x).toBeLessThanOrEqual(e);
    expect(y).toBeGreaterThanOrEqual(s);
    expect(y).toBeLessThanOrEqual(n);
  }
  expect(result.out).toMatch(
    /category \(String\) = (armed_clash|violence_against_civilians|other)/,
  );
});

it('without the token ogrinfo is refused', () => {
  const result = spawnSync('ogrinfo', ['-ro', '-q', `OAPIF:${served.url}/ogc`], {
    encoding: 'utf8',
  });
  expect(result.status).not.toBe(0);
  expect(result.stderr).toMatch(/401/);
});

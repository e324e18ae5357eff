#!/usr/bin/env node
// What the test suite needs besides Node's packages, checked before anything is built (`npm test`
// runs this first). On Debian or Ubuntu as root, what is missing is installed and PostgreSQL started
// (the packages below are the whole list: .ci/run relies on this script too). Anywhere else the run
// stops at once with one line naming what to install and how — never dozens of scattered failures.
//
//   PEACEOPS_TEST_SKIP_POSTGRES=1  outside CI, run the PostgreSQL half of the suite nowhere
//   PEACEOPS_TEST_PG_URL           the server the suite creates its databases on
//   PEACEOPS_CHROMIUM              the browser (default /usr/bin/chromium)
//   PEACEOPS_TEST_NO_INSTALL=1     never install, only say what is missing
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';

const env = process.env;
const ci = env.CI === 'true';
const pgUrl = new URL(env.PEACEOPS_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
const chromium = env.PEACEOPS_CHROMIUM ?? '/usr/bin/chromium';
const skipPostgres = env.PEACEOPS_TEST_SKIP_POSTGRES === '1' && !ci;

const onPath = (command) =>
  (env.PATH ?? '').split(':').some((dir) => dir && fs.existsSync(`${dir}/${command}`));

/** Each need: how to tell it is met, the Debian package that meets it, what uses it. */
const needs = [
  {
    what: 'chromium',
    met: () => fs.existsSync(chromium),
    pkg: 'chromium',
    for: 'the browser tests',
  },
  {
    what: 'ogrinfo',
    met: () => onPath('ogrinfo'),
    pkg: 'gdal-bin',
    for: 'the OGC API client test',
  },
  {
    what: 'pdftotext',
    met: () => onPath('pdftotext'),
    pkg: 'poppler-utils',
    for: 'reading PDFs back',
  },
  {
    what: 'xmllint',
    met: () => onPath('xmllint'),
    pkg: 'libxml2-utils',
    for: 'CAP against its XSD',
  },
];

/** Null when the suite can create databases there, else why not. */
async function postgresProblem() {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: pgUrl.href, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => {});
  }
}

const clusters = () => (fs.existsSync('/etc/postgresql') ? fs.readdirSync('/etc/postgresql') : []);
const localPostgres = ['127.0.0.1', 'localhost', '::1'].includes(pgUrl.hostname);

function startPostgres() {
  for (const version of clusters()) {
    spawnSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'start'], {
      stdio: 'ignore',
    });
  }
}

async function waitForPostgres(seconds) {
  for (let i = 0; i < seconds && (await postgresProblem()) !== null; i++)
    await new Promise((r) => setTimeout(r, 1_000));
}

async function missing() {
  const out = needs.filter((need) => !need.met());
  const problem = skipPostgres ? null : await postgresProblem();
  if (problem !== null)
    out.push({
      what: `PostgreSQL at ${pgUrl.host} (${problem})`,
      pkg: clusters().length > 0 ? null : 'postgresql',
      for: 'the module suites on PostgreSQL',
    });
  return out;
}

const canInstall =
  env.PEACEOPS_TEST_NO_INSTALL !== '1' &&
  process.getuid?.() === 0 &&
  onPath('apt-get') &&
  fs.existsSync('/etc/debian_version');

let lacking = await missing();
if (lacking.length > 0 && canInstall) {
  const packages = lacking.map((need) => need.pkg).filter(Boolean);
  if (packages.length > 0) {
    process.stderr.write(`Installing what the test suite needs: ${packages.join(' ')}\n`);
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', ...packages], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  }
  if (!skipPostgres && localPostgres && (await postgresProblem()) !== null) {
    startPostgres();
    await waitForPostgres(30);
  }
  lacking = await missing();
}

if (lacking.length > 0) {
  const packages = lacking.map((need) => need.pkg).filter(Boolean);
  const how = [
    packages.length > 0
      ? `apt-get install ${packages.join(' ')} (as root; npm test does it itself when run as root on Debian)`
      : null,
    lacking.some((need) => need.what.startsWith('PostgreSQL'))
      ? `start PostgreSQL with trust or a password in PEACEOPS_TEST_PG_URL (or PEACEOPS_TEST_SKIP_POSTGRES=1 outside CI)`
      : null,
  ].filter(Boolean);
  process.stderr.write(
    `The test suite needs ${lacking.map((need) => `${need.what} for ${need.for}`).join(', ')}: ${how.join('; ')}.\n`,
  );
  process.exit(1);
}

/**
 * Foundation benchmarks: the cost of the things every request pays for, on both dialects side by
 * side in one run. Medians of repeated samples; results written to bench/RESULTS.md.
 *   npm run bench
 */
import fs from 'node:fs';
import os from 'node:os';
import { hashPassword, verifyPassword } from '../src/modules/accounts/password.js';
import { appendAudit, verifyAuditLog } from '../src/modules/audit/audit.service.js';
import { createFieldCipher, generateKey } from '../src/core/field-cipher.js';
import { seedWorld, password } from '../test/support/fixtures.js';
import { signIn } from '../test/support/http.js';
import { openTestApp, type TestApp } from '../test/support/test-app.js';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function sample(times: number, work: () => Promise<unknown> | unknown): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

async function perDialect(t: TestApp) {
  await seedWorld(t);
  const agent = await signIn(t, 'analyst-a', password);
  const who = { actorId: null, actorLabel: 'bench' };
  const append = await sample(500, () =>
    appendAudit(t.ctx, who, { action: 'bench.append', change: { i: 1 } }),
  );
  const list = await sample(300, () => agent.get('/api/missions'));
  const me = await sample(300, () => agent.get('/api/auth/me'));
  for (let i = 0; i < 10_000; i++) await appendAudit(t.ctx, who, { action: 'bench.fill' });
  const entries = (await verifyAuditLog(t.ctx)).count;
  const verify = await sample(5, () => verifyAuditLog(t.ctx));
  return { append, list, me, verify, entries };
}

const cipher = createFieldCipher({ currentKeyId: 'b', keys: new Map([['b', generateKey()]]) });
const address = { table: 'victims', id: 'v', field: 'name' };
const stored = await hashPassword('correct horse battery staple');
const argonHash = await sample(20, () => hashPassword('correct horse battery staple'));
const argonVerify = await sample(20, () => verifyPassword(stored, 'correct horse battery staple'));
const encrypt = await sample(20_000, () => cipher.encrypt('Marie-Claire Ndakala', address));
const ciphertext = cipher.encrypt('Marie-Claire Ndakala', address);
const decrypt = await sample(20_000, () => cipher.decrypt(ciphertext, address));

const results: Record<string, Awaited<ReturnType<typeof perDialect>>> = {};
for (const dialect of ['sqlite', 'postgres'] as const) {
  const t = await openTestApp(dialect);
  try {
    results[dialect] = await perDialect(t);
  } finally {
    await t.close();
  }
}
const s = results.sqlite!;
const p = results.postgres!;
const ms = (v: number) => `${v.toFixed(v < 1 ? 3 : 1)} ms`;
const ratio = (a: number, b: number) => `${(b / a).toFixed(2)}×`;
const table = `# Benchmark results

Run: ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'cpu'}), Node ${process.version}.
Medians; both dialects measured side by side in the same run (\`npm run bench\`).

| measure | SQLite | PostgreSQL | PostgreSQL / SQLite |
|---|---|---|---|
| append one audit entry (own transaction, head row locked) | ${ms(s.append)} | ${ms(p.append)} | ${ratio(s.append, p.append)} |
| \`GET /api/missions\` as a signed-in analyst (session, actor, scope, JSON) | ${ms(s.list)} | ${ms(p.list)} | ${ratio(s.list, p.list)} |
| \`GET /api/auth/me\` | ${ms(s.me)} | ${ms(p.me)} | ${ratio(s.me, p.me)} |
| \`audit verify\` over ${s.entries.toLocaleString('en')} entries | ${ms(s.verify)} | ${ms(p.verify)} | ${ratio(s.verify, p.verify)} |

| measure (dialect-free) | median |
|---|---|
| argon2id hash (19 MiB, t=2, p=1) | ${ms(argonHash)} |
| argon2id verify | ${ms(argonVerify)} |
| AES-256-GCM encrypt one field | ${ms(encrypt)} (${Math.round(1000 / encrypt).toLocaleString('en')}/s) |
| AES-256-GCM decrypt one field | ${ms(decrypt)} (${Math.round(1000 / decrypt).toLocaleString('en')}/s) |

SQLite runs with \`synchronous = FULL\` (every acknowledged write survives a killed process, R1);
PostgreSQL is the local server on 127.0.0.1 with its default settings. The HTTP rows go through
\`app.request()\` in process: they measure our stack, not the network.
`;
// Keep the sections other benchmarks write (bench/http.ts, bench/incidents.ts) after this one.
const resultsFile = new URL('./RESULTS.md', import.meta.url);
const previous = fs.existsSync(resultsFile) ? fs.readFileSync(resultsFile, 'utf8') : '';
const markers = [
  '<!-- conduct -->',
  '<!-- capabilities -->',
  '<!-- http -->',
  '<!-- incidents -->',
  '<!-- browser -->',
]
  .map((m) => previous.indexOf(m))
  .filter((i) => i >= 0);
const rest = markers.length > 0 ? Math.min(...markers) : -1;
fs.writeFileSync(resultsFile, rest >= 0 ? `${table}\n${previous.slice(rest)}` : table);
process.stdout.write(table);

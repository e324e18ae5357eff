/** S3 (ASVS 11.1.x, 14.2.4), C9: tier-1 values are absent in clear from the database file, WAL, backups and logs. */
import path from 'node:path';
import { expect, it } from 'vitest';
import { backupTo } from '../src/runtime/backup.js';
import { createUser } from '../src/modules/accounts/user.service.js';
import { findCanary, newCanary } from './support/canary.js';
import { operator, seedWorld } from './support/fixtures.js';
import { signIn } from './support/http.js';
import { openTestApp } from './support/test-app.js';

it('a TOTP secret and a password planted through the API are nowhere in clear; a plain field is found (control)', async () => {
  const t = await openTestApp('sqlite');
  try {
    const world = await seedWorld(t);
    const secretPassword = `${newCanary('password')} long enough`;
    const plainName = newCanary('displayname');
    await createUser(operator(t), {
      username: 'canary-user',
      displayName: plainName,
      password: secretPassword,
      locale: 'en',
      memberships: [{ missionId: world.missionA.id, role: 'analyst' }],
    });
    const agent = await signIn(t, 'canary-user', secretPassword);
    const enrolment = await agent.post('/api/auth/two-factor/enroll');
    const totpSecret: string = enrolment.body.secret;
    expect(totpSecret).toMatch(/^[A-Z2-7]{32}$/);
    await backupTo(t.ctx, t.connection, path.join(t.dataDir, 'backups', 'after-canary.sqlite'));
    const artifacts = { dirs: [t.dataDir], texts: { log: t.logLines.join('') } };

    expect(findCanary(plainName, artifacts).length).toBeGreaterThan(0); // the search does find what is stored in clear
    expect(findCanary(secretPassword, artifacts)).toEqual([]);
    expect(findCanary(totpSecret, artifacts)).toEqual([]);
  } finally {
    await t.close();
  }
});

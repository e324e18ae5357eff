/**
 * Issue 15 (low): bidirectional overrides and isolates that could reorder what a reader sees are
 * removed from names, titles and every other text of a JSON body; passwords are kept as typed.
 */
import { describe, expect, it } from 'vitest';
import { eachDialect } from '../../test/support/each-dialect.js';
import { password, seedWorld, type World } from '../../test/support/fixtures.js';
import { signIn } from '../../test/support/http.js';
import { stripBidiControls } from './bidi.js';

describe('bidi controls', () => {
  it('removes embeddings, overrides and isolates from every string, at any depth; keeps marks and secrets', () => {
    expect(
      stripBidiControls({
        title: 'Attack near \u202Egnp.exe\u202C Bria',
        tags: ['\u2066x\u2069', 'مرحبا\u200F'],
        nested: { name: '\u202Ba\u202Ab\u202D' },
        password: 'pass\u202Eword',
        count: 3,
      }),
    ).toEqual({
      title: 'Attack near gnp.exe Bria',
      tags: ['x', 'مرحبا\u200F'],
      nested: { name: 'ab' },
      password: 'pass\u202Eword',
      count: 3,
    });
  });
});

eachDialect('bidi controls through the API', (t) => {
  let world: World;
  it('a display name arrives clean; a password with an override still signs in', async () => {
    world = await seedWorld(t());
    const admin = await signIn(t(), world.hqAdmin.username, password);
    const odd = 'correct horse \u202Ebattery staple';
    const created = await admin.post('/api/users', {
      username: 'rlo-user',
      displayName: 'Amina \u202Eanimarg\u202C Diallo',
      password: odd,
      memberships: [{ missionId: world.missionA.id, role: 'viewer' }],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.displayName).toBe('Amina animarg Diallo');
    await expect(signIn(t(), 'rlo-user', odd)).resolves.toBeDefined();
  });
});

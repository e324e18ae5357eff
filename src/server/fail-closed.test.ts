/** S9 (ASVS 16.5.2, 16.5.3): when the audit write, the key or the policy fails, the request fails generically and nothing is kept. */
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { eachDialect } from '../../test/support/each-dialect.js';
import { missionInput, password, seedWorld, type World } from '../../test/support/fixtures.js';
import { signIn, type Agent } from '../../test/support/http.js';
import { DomainError } from '../core/errors.js';

eachDialect('fail closed', (t) => {
  let world: World;
  let admin: Agent;
  beforeAll(async () => {
    world = await seedWorld(t());
    admin = await signIn(t(), world.hqAdmin.username, password);
  });

  it('if the audit entry cannot be written, the write is rolled back and the answer says nothing of why', async () => {
    const head = await t().ctx.db.selectFrom('audit_head').selectAll().executeTakeFirstOrThrow();
    // Break the audit log's storage the way a full or damaged table would.
    await sql`alter table audit_entries rename to audit_entries_away`.execute(t().ctx.db);
    try {
      const answer = await admin.post(
        '/api/missions',
        missionInput('UNFICYP', { hostCountries: ['CYP'] }),
      );
      expect(answer.status).toBe(500);
      expect(answer.body.error).toMatchObject({
        code: 'internal',
        message: 'Something went wrong; the request was not carried out',
        details: [],
      });
      expect(JSON.stringify(answer.body)).not.toMatch(/audit|table|sql/i);
    } finally {
      await sql`alter table audit_entries_away rename to audit_entries`.execute(t().ctx.db);
    }
    const mission = await t()
      .ctx.db.selectFrom('missions')
      .select('id')
      .where('acronym', '=', 'UNFICYP')
      .executeTakeFirst();
    expect(mission).toBeUndefined();
    expect(await t().ctx.db.selectFrom('audit_head').selectAll().executeTakeFirstOrThrow()).toEqual(
      head,
    );
  });

  it('if the field key is unusable, a request that needs it fails and stores nothing', async () => {
    const original = t().ctx.cipher;
    t().ctx.cipher = {
      encrypt: () => {
        throw new DomainError('internal', 'key unavailable');
      },
      decrypt: () => {
        throw new DomainError('internal', 'key unavailable');
      },
      sign: () => {
        throw new DomainError('internal', 'key unavailable');
      },
      verifySigned: () => false,
    };
    try {
      const answer = await admin.post('/api/auth/two-factor/enroll');
      expect(answer.status).toBe(500);
      expect(answer.body.error.message).not.toMatch(/key/);
    } finally {
      t().ctx.cipher = original;
    }
    const user = await t()
      .ctx.db.selectFrom('users')
      .select('totp_secret')
      .where('id', '=', world.hqAdmin.id)
      .executeTakeFirstOrThrow();
    expect(user.totp_secret).toBeNull();
  });

  it('if the policy cannot be evaluated (compartments unreadable), the caller gets an error, not data', async () => {
    await sql`alter table compartment_members rename to compartment_members_away`.execute(
      t().ctx.db,
    );
    // Something the actor is built from changed (as a trigger would say): it must be read again.
    await sql`update access_generation set n = n + 1`.execute(t().ctx.db);
    try {
      const answer = await admin.get('/api/missions');
      expect(answer.status).toBe(500);
      expect(answer.body).not.toHaveProperty('items');
    } finally {
      await sql`alter table compartment_members_away rename to compartment_members`.execute(
        t().ctx.db,
      );
    }
    expect((await admin.get('/api/missions')).status).toBe(200);
  });

  it('if it cannot be told whether a kept actor still holds (generation unreadable), the caller gets an error', async () => {
    expect((await admin.get('/api/missions')).status).toBe(200);
    await sql`alter table access_generation rename to access_generation_away`.execute(t().ctx.db);
    try {
      const answer = await admin.get('/api/missions');
      expect(answer.status).toBe(500);
      expect(answer.body).not.toHaveProperty('items');
    } finally {
      await sql`alter table access_generation_away rename to access_generation`.execute(t().ctx.db);
    }
    expect((await admin.get('/api/missions')).status).toBe(200);
  });
});

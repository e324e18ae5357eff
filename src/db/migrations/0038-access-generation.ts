/**
 * Frozen: what a request's actor is built from has a generation (issue 22). The actor — a user's
 * views, roles and compartments — was read again on every request (four or five queries). It may
 * now be kept in memory, by every process, for as long as `access_generation.n` has not moved;
 * triggers move it, in the writer's own transaction, whenever anything the actor is built from
 * changes: a membership, a compartment membership, a mission added or removed (headquarters sees
 * them all), a user's status or username. Sessions and tokens are still read on every request, so
 * a sign-out, a revoked token or a switched mission holds at once without the generation.
 */
import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../columns.js';

/** Each table the actor reads, with the writes that change what it reads there. */
const watched = [
  { table: 'memberships', events: ['insert', 'update', 'delete'] },
  { table: 'compartment_members', events: ['insert', 'update', 'delete'] },
  { table: 'missions', events: ['insert', 'delete'] },
  { table: 'users', events: ['delete'] },
] as const;

const bump = 'update access_generation set n = n + 1 where id = 1';

async function sqlite(db: Kysely<unknown>): Promise<void> {
  for (const { table, events } of watched)
    for (const event of events)
      await sql`create trigger ${sql.raw(`${table}_access_${event}`)} after ${sql.raw(event)}
        on ${sql.raw(table)} begin ${sql.raw(bump)}; end`.execute(db);
  await sql`create trigger users_access_update after update of status, username on users
      when old.status is not new.status or old.username is not new.username
      begin ${sql.raw(bump)}; end`.execute(db);
}

async function postgres(db: Kysely<unknown>): Promise<void> {
  await sql`create function access_generation_bump() returns trigger language plpgsql as $$
      begin ${sql.raw(bump)}; return null; end $$`.execute(db);
  for (const { table, events } of watched)
    await sql`create trigger ${sql.raw(`${table}_access`)}
        after ${sql.raw(events.join(' or '))} on ${sql.raw(table)}
        for each statement execute function access_generation_bump()`.execute(db);
  await sql`create trigger users_access_update after update of status, username on users
      for each row when (old.status is distinct from new.status
        or old.username is distinct from new.username)
      execute function access_generation_bump()`.execute(db);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('access_generation')
    .addColumn('id', 'integer', (c) =>
      c
        .primaryKey()
        .notNull()
        .check(sql`id = 1`),
    )
    .addColumn('n', 'bigint', (c) => c.notNull())
    .execute();
  await sql`insert into access_generation (id, n) values (1, 0)`.execute(db);
  if (dialectOf(db) === 'postgres') await postgres(db);
  else await sqlite(db);
}

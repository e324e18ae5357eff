/**
 * Frozen: where the incidents an open interface serves stand (issue 22). A page of OGC features
 * may be kept in memory, by every process, for as long as `incident_generation.n` has not moved;
 * triggers move it, in the writer's own transaction, on every path that can change what a page
 * holds: an incident written, revised or removed (by the app, an import, the CLI or plain SQL),
 * a compartment label put on or taken off a record, a compartment made sensitive or not, or
 * removed. What a reader may reach (missions, compartments held) is the actor's, and moves
 * `access_generation` instead (0038).
 */
import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../columns.js';

const bump = 'update incident_generation set n = n + 1 where id = 1';

async function sqlite(db: Kysely<unknown>): Promise<void> {
  for (const event of ['insert', 'update', 'delete'])
    await sql`create trigger ${sql.raw(`incidents_generation_${event}`)} after ${sql.raw(event)}
      on incidents begin ${sql.raw(bump)}; end`.execute(db);
  for (const [event, row] of [
    ['insert', 'new'],
    ['delete', 'old'],
  ] as const)
    await sql`create trigger ${sql.raw(`record_compartments_generation_${event}`)}
      after ${sql.raw(event)} on record_compartments
      when ${sql.raw(row)}.record_type = 'incident' begin ${sql.raw(bump)}; end`.execute(db);
  await sql`create trigger record_compartments_generation_update after update on record_compartments
      when old.record_type = 'incident' or new.record_type = 'incident'
      begin ${sql.raw(bump)}; end`.execute(db);
  await sql`create trigger compartments_generation_update after update of sensitive on compartments
      when old.sensitive is not new.sensitive begin ${sql.raw(bump)}; end`.execute(db);
  await sql`create trigger compartments_generation_delete after delete on compartments
      begin ${sql.raw(bump)}; end`.execute(db);
}

/**
 * PostgreSQL: many writers at once. Moving the row as each statement ran would hold its lock from
 * the first incident written to the commit, making every incident transaction wait on every
 * other and deadlock with the map's cells (taken in another order). The move is deferred to the
 * commit instead — the last lock a transaction takes, so no cycle can form — and made once per
 * transaction (a transaction-local setting remembers it), so a 10,000-row import chunk moves it
 * once, not 10,000 times. Constraint triggers are per row and know no TRUNCATE; a statement
 * trigger covers that.
 */
async function postgres(db: Kysely<unknown>): Promise<void> {
  await sql`create function incident_generation_bump() returns trigger language plpgsql as $$
      begin
        if current_setting('peaceops.incident_generation_moved', true) is distinct from 'on' then
          ${sql.raw(bump)};
          perform set_config('peaceops.incident_generation_moved', 'on', true);
        end if;
        return null;
      end $$`.execute(db);
  const watched = [
    ['incidents', 'insert or update or delete'],
    ['record_compartments', 'insert or update or delete'],
    ['compartments', 'update of sensitive or delete'],
  ] as const;
  for (const [table, events] of watched)
    await sql`create constraint trigger ${sql.raw(`${table}_generation`)}
        after ${sql.raw(events)} on ${sql.raw(table)} deferrable initially deferred
        for each row execute function incident_generation_bump()`.execute(db);
  for (const table of ['incidents', 'record_compartments'])
    await sql`create trigger ${sql.raw(`${table}_generation_truncate`)} after truncate
        on ${sql.raw(table)} for each statement execute function incident_generation_bump()`.execute(
      db,
    );
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('incident_generation')
    .addColumn('id', 'integer', (c) =>
      c
        .primaryKey()
        .notNull()
        .check(sql`id = 1`),
    )
    .addColumn('n', 'bigint', (c) => c.notNull())
    .execute();
  await sql`insert into incident_generation (id, n) values (1, 0)`.execute(db);
  if (dialectOf(db) === 'postgres') await postgres(db);
  else await sqlite(db);
}

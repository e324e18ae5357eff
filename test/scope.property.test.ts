/** S1: the SQL scope filter (db/scope.ts) keeps exactly the records the pure policy (core/policy.ts) allows. */
import fc from 'fast-check';
import { sql, type Kysely } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { permissionsOf } from '../src/core/permissions.js';
import { canReach, type Actor } from '../src/core/policy.js';
import { reachableBy } from '../src/db/scope.js';
import { insertCompartment } from '../src/modules/compartments/compartment.repository.js';
import { eachDialect } from './support/each-dialect.js';
import { missionInput, operator } from './support/fixtures.js';
import { createMission } from '../src/modules/missions/mission.service.js';

const compartmentIds = ['k1', 'k2', 'k3', 'k4'];

eachDialect('scope filter equals policy', (t) => {
  const missions: string[] = [];
  beforeAll(async () => {
    for (const acronym of ['MA', 'MB', 'MC'])
      missions.push((await createMission(operator(t()), missionInput(acronym))).id);
    for (const [i, id] of compartmentIds.entries()) {
      await insertCompartment(t().ctx.db, {
        id,
        missionId: missions[i % 3]!,
        name: id,
        description: '',
        sensitive: false,
        createdAt: '2026-01-01T00:00:00.000Z',
        createdBy: 'x',
        version: 1,
      });
    }
    await sql`create table probe_records (id text primary key, mission_id text not null)`.execute(
      t().ctx.db,
    );
  });

  it('for random records and actors', async () => {
    const recordArb = fc.record({ mission: fc.nat(2), labels: fc.subarray(compartmentIds) });
    const actorArb = fc.record({
      missions: fc.oneof(fc.constant('all' as const), fc.subarray([0, 1, 2])),
      held: fc.subarray(compartmentIds),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(recordArb, { minLength: 1, maxLength: 12 }),
        actorArb,
        async (records, a) => {
          const db = t().ctx.db as never as Kysely<any>;
          await sql`delete from record_compartments where record_type = 'probe'`.execute(db);
          await sql`delete from probe_records`.execute(db);
          for (const [i, r] of records.entries()) {
            await sql`insert into probe_records (id, mission_id) values (${`r${i}`}, ${missions[r.mission]})`.execute(
              db,
            );
            for (const label of r.labels)
              await sql`insert into record_compartments (record_type, record_id, compartment_id, mission_id) values ('probe', ${`r${i}`}, ${label}, ${missions[r.mission]})`.execute(
                db,
              );
          }
          const actor: Actor = {
            userId: 'u',
            username: 'u',
            via: 'session',
            missionId: null,
            missionIds: a.missions === 'all' ? 'all' : a.missions.map((m) => missions[m]!),
            roles: ['viewer'],
            permissions: permissionsOf(['viewer']),
            compartmentIds: new Set(a.held),
          };
          const rows = await db
            .selectFrom('probe_records')
            .select('id')
            .where(
              reachableBy(actor, {
                recordType: 'probe',
                idColumn: 'probe_records.id',
                missionColumn: 'probe_records.mission_id',
              }),
            )
            .execute();
          const bySql = rows.map((r: { id: string }) => r.id).sort();
          const byPolicy = records
            .flatMap((r, i) =>
              canReach(actor, 'incidents:read', {
                missionId: missions[r.mission]!,
                compartmentIds: r.labels,
              })
                ? [`r${i}`]
                : [],
            )
            .sort();
          expect(bySql).toEqual(byPolicy);
        },
      ),
      { numRuns: 60 },
    );
  });
});

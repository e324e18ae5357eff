import { createRoute, z } from '@hono/zod-openapi';
import { migrationState } from '../db/migrate.js';
import type { ApiApp } from './env.js';
import { jsonAnswer } from './route-kit.js';

const Health = z
  .object({
    status: z.enum(['ok', 'degraded']),
    dialect: z.enum(['sqlite', 'postgres']),
    migrations: z.object({ applied: z.number().int(), pending: z.array(z.string()) }),
  })
  .openapi('Health');

const health = createRoute({
  method: 'get',
  path: '/api/health',
  summary: 'Liveness, database dialect and migration state (public, for monitoring)',
  responses: { 200: jsonAnswer(Health, 'Health') },
});

export function healthRoutes(app: ApiApp): void {
  app.openapi(health, async (c) => {
    const ctx = c.get('app');
    const state = await migrationState(ctx.db);
    return c.json(
      {
        status: state.pending.length === 0 ? ('ok' as const) : ('degraded' as const),
        dialect: ctx.dialect,
        migrations: { applied: state.applied.length, pending: state.pending },
      },
      200,
    );
  });
}

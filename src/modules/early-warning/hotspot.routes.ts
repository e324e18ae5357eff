/** Sub-national hotspots: validate → service → respond. */
import { createRoute } from '@hono/zod-openapi';
import { requestContext, type ApiApp } from '../../server/env.js';
import { errorAnswers, jsonAnswer } from '../../server/route-kit.js';
import { HotspotQuery, HotspotScan } from './hotspot.schema.js';
import { scanHotspots } from './hotspot.service.js';

const scan = createRoute({
  method: 'get',
  path: '/api/early-warning/hotspots',
  tags: ['early-warning'],
  summary:
    '0.5° cells whose recent incidents rise significantly above their own history (Poisson test, Benjamini–Hochberg)',
  request: { query: HotspotQuery },
  responses: { 200: jsonAnswer(HotspotScan, 'The scan'), ...errorAnswers },
});

export function hotspotRoutes(app: ApiApp): void {
  app.openapi(scan, async (c) =>
    c.json(await scanHotspots(requestContext(c), c.req.valid('query')), 200),
  );
}

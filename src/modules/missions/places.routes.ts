/** The maps' surroundings (places.taxonomy.ts): public-domain geography for any signed-in user. */
import { createRoute } from '@hono/zod-openapi';
import { requestContext, type ApiApp } from '../../server/env.js';
import { errorAnswers, jsonAnswer } from '../../server/route-kit.js';
import {
  NearestPlaceAnswer,
  NearestPlaceQuery,
  PlaceCollection,
  PlacesQuery,
} from './places.schema.js';
import { nearestPlace, placesIn } from './places.taxonomy.js';

const tags = ['missions'];
const inView = createRoute({
  method: 'get',
  path: '/api/places',
  tags,
  summary: 'Towns, rivers, lakes, airports and regions in a map view (Natural Earth)',
  request: { query: PlacesQuery },
  responses: { 200: jsonAnswer(PlaceCollection, 'Features'), ...errorAnswers },
});
const nearest = createRoute({
  method: 'get',
  path: '/api/places/nearest',
  tags,
  summary: 'The nearest town to a point, its distance and direction',
  request: { query: NearestPlaceQuery },
  responses: { 200: jsonAnswer(NearestPlaceAnswer, 'Nearest town, or null'), ...errorAnswers },
});

export function placeRoutes(app: ApiApp): void {
  app.openapi(inView, (c) => {
    requestContext(c); // signed in: the maps are for users; nothing here is secret
    const { bbox, zoom } = c.req.valid('query');
    // Public-domain geography: the browser may keep it a day (server/middleware.ts lets it).
    c.header('Cache-Control', 'private, max-age=86400');
    return c.json(placesIn(bbox, zoom), 200);
  });
  app.openapi(nearest, (c) => {
    requestContext(c);
    // Not kept by the browser (no-store, as every API answer): the point is an incident's.
    const { latitude, longitude } = c.req.valid('query');
    return c.json({ place: nearestPlace(longitude, latitude) }, 200);
  });
}

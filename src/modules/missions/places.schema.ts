/** The surroundings on the maps (places.taxonomy.ts): what the API takes and answers. */
import { z } from '@hono/zod-openapi';
import { BboxParam } from '../incidents/incident.schema.js';

export const placeKinds = ['place', 'river', 'lake', 'airport', 'region'] as const;
export type PlaceKind = (typeof placeKinds)[number];
export const compassPoints = ['n', 'ne', 'e', 'se', 's', 'sw', 'w', 'nw'] as const;
export type CompassPoint = (typeof compassPoints)[number];

export const PlacesQuery = z.strictObject({
  bbox: BboxParam,
  /** The map's zoom level: it decides which features are drawn and how finely. */
  zoom: z.coerce.number().min(0).max(22),
});
export type PlacesQuery = z.infer<typeof PlacesQuery>;

const Position = z.tuple([z.number(), z.number()]);

export const PlaceCollection = z
  .object({
    type: z.literal('FeatureCollection'),
    /** True when the view held more than the limit; the smallest features were left out. */
    truncated: z.boolean(),
    features: z.array(
      z.object({
        type: z.literal('Feature'),
        properties: z.object({
          k: z.enum(placeKinds),
          n: z.string().optional(),
          fr: z.string().optional(),
          z: z.number(),
          cap: z.number().int().optional(),
          a3: z.string().optional(),
          iata: z.string().optional(),
          military: z.number().int().optional(),
        }),
        geometry: z.union([
          z.object({ type: z.literal('Point'), coordinates: Position }),
          z.object({ type: z.literal('LineString'), coordinates: z.array(Position) }),
          z.object({ type: z.literal('MultiLineString'), coordinates: z.array(z.array(Position)) }),
          z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(Position)) }),
          z.object({
            type: z.literal('MultiPolygon'),
            coordinates: z.array(z.array(z.array(Position))),
          }),
        ]),
      }),
    ),
  })
  .openapi('PlaceCollection');
export type PlaceCollection = z.infer<typeof PlaceCollection>;

export const NearestPlaceQuery = z.strictObject({
  latitude: z.coerce.number().min(-90).max(90),
  longitude: z.coerce.number().min(-180).max(180),
});

export const NearestPlaceAnswer = z
  .object({
    place: z
      .object({
        name: z.string(),
        nameFr: z.string().nullable(),
        distanceKm: z.number().int(),
        direction: z.enum(compassPoints),
      })
      .nullable(),
  })
  .openapi('NearestPlace');
export type NearestPlaceAnswer = z.infer<typeof NearestPlaceAnswer>;

/**
 * OGC API – Features, Part 1: Core (OGC 17-069r4) at /ogc, so GIS tools (QGIS, GDAL) read the
 * mission's incidents with their own clients. Authenticated like the API (an API token as
 * `Authorization: Bearer …`, or the session); one collection, `incidents`, in the caller's view.
 * GeoJSON only (the HTML encoding is not offered); coordinates in CRS84.
 */
import { Buffer } from 'node:buffer';
import { createRoute, z } from '@hono/zod-openapi';
import { DomainError } from '../core/errors.js';
import {
  ogcIncidentExtent,
  ogcIncidentItem,
  ogcIncidentItemsBytes,
} from '../modules/incidents/incident-ogc.service.js';
import type { ApiApp, ApiContext } from './env.js';
import { requestContext } from './env.js';
import { errorAnswers, fileAnswer, utf8 } from './route-kit.js';

const crs84 = 'http://www.opengis.net/def/crs/OGC/1.3/CRS84';
const conformsTo = [
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30',
];
const defaultLimit = 10;
const maxLimit = 1000;

const Json = z.record(z.string(), z.unknown());
const answer = (type: string, description: string) => ({
  content: { [type]: { schema: Json } },
  description,
});
const F = z.enum(['json', 'geojson']).optional();

/** bbox: 4 numbers (or 6, whose heights are ignored) in CRS84: west,south,east,north. */
const OgcBbox = z.string().transform((value, ctx) => {
  const n = value.split(',').map((p) => Number(p.trim()));
  if ((n.length !== 4 && n.length !== 6) || !n.every(Number.isFinite)) {
    ctx.addIssue({ code: 'custom', message: 'expected 4 (or 6) numbers: west,south,east,north' });
    return z.NEVER;
  }
  const [w, s, e, no] = n.length === 4 ? n : [n[0]!, n[1]!, n[3]!, n[4]!];
  if (Math.abs(w!) > 180 || Math.abs(e!) > 180 || s! < -90 || no! > 90 || s! > no!) {
    ctx.addIssue({ code: 'custom', message: 'out of range, or south above north' });
    return z.NEVER;
  }
  return [w!, s!, e!, no!] as const;
});

const ItemsQuery = z.strictObject({
  f: F,
  bbox: OgcBbox.optional(),
  datetime: z.string().max(100).optional(),
  // Above the maximum the server answers the maximum (the standard allows it); below 1 is an error.
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .transform((n) => Math.min(n, maxLimit))
    .default(defaultLimit),
  cursor: z.string().max(200).optional(),
});
const FOnly = z.strictObject({ f: F });

const base = (c: ApiContext) => `${new URL(c.req.url).origin}/ogc`;
const link = (href: string, rel: string, [type, title]: [string, string?]) => ({
  href,
  rel,
  type,
  ...(title ? { title } : {}),
});

const routes = {
  landing: createRoute({
    method: 'get',
    path: '/ogc',
    summary: 'OGC API – Features landing page',
    tags: ['OGC API – Features'],
    request: { query: FOnly },
    responses: { 200: answer('application/json', 'Landing page'), ...errorAnswers },
  }),
  conformance: createRoute({
    method: 'get',
    path: '/ogc/conformance',
    summary: 'Conformance classes this server implements',
    tags: ['OGC API – Features'],
    request: { query: FOnly },
    responses: { 200: answer('application/json', 'Conformance'), ...errorAnswers },
  }),
  collections: createRoute({
    method: 'get',
    path: '/ogc/collections',
    summary: 'Feature collections',
    tags: ['OGC API – Features'],
    request: { query: FOnly },
    responses: { 200: answer('application/json', 'Collections'), ...errorAnswers },
  }),
  collection: createRoute({
    method: 'get',
    path: '/ogc/collections/{collectionId}',
    summary: 'One feature collection',
    tags: ['OGC API – Features'],
    request: {
      params: z.object({
        collectionId: z.string().openapi({ param: { name: 'collectionId', in: 'path' } }),
      }),
      query: FOnly,
    },
    responses: { 200: answer('application/json', 'Collection'), ...errorAnswers },
  }),
  items: createRoute({
    method: 'get',
    path: '/ogc/collections/{collectionId}/items',
    summary:
      'Features of a collection: bbox, datetime, limit (default 10, at most 1000), next links',
    tags: ['OGC API – Features'],
    request: {
      params: z.object({
        collectionId: z.string().openapi({ param: { name: 'collectionId', in: 'path' } }),
      }),
      query: ItemsQuery,
    },
    responses: { 200: answer('application/geo+json', 'Features'), ...errorAnswers },
  }),
  item: createRoute({
    method: 'get',
    path: '/ogc/collections/{collectionId}/items/{featureId}',
    summary: 'One feature',
    tags: ['OGC API – Features'],
    request: {
      params: z.object({
        collectionId: z.string().openapi({ param: { name: 'collectionId', in: 'path' } }),
        featureId: z
          .string()
          .max(64)
          .openapi({ param: { name: 'featureId', in: 'path' } }),
      }),
      query: FOnly,
    },
    responses: { 200: answer('application/geo+json', 'Feature'), ...errorAnswers },
  }),
};

function knownCollection(id: string): void {
  if (id !== 'incidents') throw new DomainError('not_found', `No collection "${id}"`);
}

/**
 * A FeatureCollection as UTF-8 bytes from its features' bytes (each encoded once and kept:
 * feature-page-cache.ts); `members` follow the features.
 */
function featureCollection(features: Uint8Array[], members: Record<string, unknown>) {
  const comma = utf8(',');
  const parts: Uint8Array[] = [utf8('{"type":"FeatureCollection","features":[')];
  features.forEach((feature, i) => parts.push(...(i ? [comma, feature] : [feature])));
  parts.push(utf8(`],${JSON.stringify(members).slice(1)}`));
  const bytes = Buffer.concat(parts);
  return new Uint8Array(
    bytes.buffer,
    bytes.byteOffset,
    bytes.byteLength,
  ) as Uint8Array<ArrayBuffer>;
}

const geoJson = (c: ApiContext, body: unknown) =>
  fileAnswer(c, JSON.stringify(body), { type: 'application/geo+json' });

async function collectionDocument(c: ApiContext) {
  const root = base(c);
  const extent = await ogcIncidentExtent(requestContext(c));
  return {
    id: 'incidents',
    title: 'Incidents',
    description:
      'Incidents recorded or imported by the mission (category, casualties by group, sources, status). Records in sensitive compartments are not served.',
    itemType: 'feature',
    crs: [crs84],
    storageCrs: crs84,
    ...(extent
      ? {
          extent: {
            spatial: { bbox: [extent.bbox], crs: crs84 },
            temporal: {
              interval: [extent.interval],
              trs: 'http://www.opengis.net/def/uom/ISO-8601/0/Gregorian',
            },
          },
        }
      : {}),
    links: [
      link(`${root}/collections/incidents`, 'self', ['application/json', 'This collection']),
      link(`${root}/collections/incidents/items`, 'items', ['application/geo+json', 'Incidents']),
    ],
  };
}

export function ogcRoutes(app: ApiApp): void {
  app.openapi(routes.landing, (c) => {
    requestContext(c);
    const root = base(c);
    const origin = new URL(c.req.url).origin;
    return c.json(
      {
        title: 'peaceops – OGC API Features',
        description: 'The incidents of the missions in your view, for GIS tools.',
        links: [
          link(root, 'self', ['application/json', 'This document']),
          link(`${origin}/api/openapi.json`, 'service-desc', [
            'application/vnd.oai.openapi+json;version=3.0',
            'The API definition',
          ]),
          link(`${root}/conformance`, 'conformance', ['application/json', 'Conformance classes']),
          link(`${root}/collections`, 'data', ['application/json', 'Collections']),
        ],
      },
      200,
    );
  });
  app.openapi(routes.conformance, (c) => {
    requestContext(c);
    return c.json({ conformsTo }, 200);
  });
  app.openapi(routes.collections, async (c) => {
    const root = base(c);
    return c.json(
      {
        links: [link(`${root}/collections`, 'self', ['application/json', 'This document'])],
        collections: [await collectionDocument(c)],
      },
      200,
    );
  });
  app.openapi(routes.collection, async (c) => {
    knownCollection(c.req.valid('param').collectionId);
    return c.json(await collectionDocument(c), 200);
  });
  app.openapi(routes.items, async (c) => {
    knownCollection(c.req.valid('param').collectionId);
    const query = c.req.valid('query');
    const self = new URL(c.req.url);
    const bytes = await ogcIncidentItemsBytes(
      requestContext(c),
      { query, address: self.href },
      (page) => {
        const next = new URL(self);
        if (page.nextCursor) next.searchParams.set('cursor', page.nextCursor);
        next.searchParams.set('limit', String(query.limit));
        return featureCollection(page.features, {
          numberReturned: page.features.length,
          timeStamp: new Date().toISOString(),
          links: [
            link(self.href, 'self', ['application/geo+json', 'This page']),
            link(`${base(c)}/collections/incidents`, 'collection', [
              'application/json',
              'The collection',
            ]),
            ...(page.nextCursor
              ? [link(next.href, 'next', ['application/geo+json', 'Next page'])]
              : []),
          ],
        });
      },
    );
    return fileAnswer(c, bytes, { type: 'application/geo+json' });
  });
  app.openapi(routes.item, async (c) => {
    const { collectionId, featureId } = c.req.valid('param');
    knownCollection(collectionId);
    const feature = await ogcIncidentItem(requestContext(c), featureId);
    return geoJson(c, {
      ...feature,
      links: [
        link(`${base(c)}/collections/incidents/items/${feature.id}`, 'self', [
          'application/geo+json',
        ]),
        link(`${base(c)}/collections/incidents`, 'collection', [
          'application/json',
          'The collection',
        ]),
      ],
    });
  });
}

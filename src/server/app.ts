/**
 * The Hono application: middleware, every module's routes, OpenAPI, the one error handler and
 * the web UI. Tests call `createApp(ctx).request(...)` with no server.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { surveyUploadBytes } from '../modules/mandates/survey.schema.js';
import { DomainError } from '../core/errors.js';
import type { AppContext } from '../db/context.js';
import type { ApiEnv } from './env.js';
import { errorResponse } from './errors.js';
import { authenticate, base, jsonAsBytes, varyOnEncoding } from './middleware.js';
import { cleanJsonBodies } from './bidi.js';
import { registerRoutes } from './routes.js';
import { serveWeb } from './static.js';
import { finishDocument, type OpenApiDocument } from './openapi-document.js';
import { compress } from 'hono/compress';
import { validationError } from './validation.js';

export function createApp(ctx: AppContext, options: { webDir?: string | null } = {}) {
  const app = new OpenAPIHono<ApiEnv>({
    defaultHook: (result) => {
      if (!result.success)
        throw validationError(result.error, result.target === 'json' ? 'body' : result.target);
    },
  });
  app.use('*', base(ctx), jsonAsBytes);
  // API answers (JSON, CSV, GeoJSON, XML) compressed for browsers that accept it; the web's static
  // files come precompressed (static.ts).
  app.use('/api/*', compress(), varyOnEncoding);
  app.use('/ogc/*', compress(), varyOnEncoding);
  const limit = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: () => {
        throw new DomainError('payload_too_large', `Request body over ${maxSize} bytes`);
      },
    });
  const apiLimit = limit(ctx.config.bodyLimitBytes);
  // Uploads for imports may be large: they are streamed to disk, and the import counts the bytes
  // as they come (PEACEOPS_IMPORT_LIMIT_BYTES). Hono's limit would hold a chunked body in memory
  // first (F6), so it guards every other body, which is small.
  // A perception survey's export and its form come in one multipart body, read whole (D5).
  const surveyLimit = limit(surveyUploadBytes);
  app.use('/api/*', (c, next) => {
    // No route reads the body of a GET, HEAD or OPTIONS; asking for it (as the limit does) would
    // build a full web Request for every read (0.04 ms a request, issue 22).
    if (['GET', 'HEAD', 'OPTIONS'].includes(c.req.method)) return next();
    if (c.req.method === 'POST' && c.req.path === '/api/imports') return next();
    if (c.req.method === 'POST' && c.req.path === '/api/mandates/surveys')
      return surveyLimit(c, next);
    return apiLimit(c, next);
  });
  app.use('/api/*', authenticate);
  app.use('/api/*', cleanJsonBodies);
  app.use('/ogc', authenticate);
  app.use('/ogc/*', authenticate);
  registerRoutes(app);
  let document: OpenApiDocument | null = null;
  app.get('/api/openapi.json', (c) =>
    c.json(
      (document ??= finishDocument(
        app.getOpenAPI31Document({
          openapi: '3.1.0',
          info: {
            title: 'peaceops API',
            version: '0.1.0',
            description: 'Records of a peace operation, under one access policy.',
            license: {
              name: 'AGPL-3.0-or-later',
              url: 'https://www.gnu.org/licenses/agpl-3.0.html',
            },
          },
        }) as OpenApiDocument,
      )),
    ),
  );
  if (options.webDir) app.use('*', serveWeb(options.webDir));
  app.notFound((c) => errorResponse(c, new DomainError('not_found', 'No such route')));
  app.onError((error, c) => errorResponse(c, error));
  return app;
}

export type App = ReturnType<typeof createApp>;

/**
 * `/api/openapi.json` as outside tools read it (issue 18): the routes' own descriptions, finished
 * in one place with what every operation shares — an `operationId` from its method and path, the
 * security it needs (the session cookie with the CSRF header on writes, or a bearer token; none on
 * the public routes), path parameters required and never null, and only the error answers the
 * method can give (a read is never 409, 413 or 422).
 */
import { sessionCookieNames } from './cookies.js';

type Operation = {
  operationId?: string;
  parameters?: Parameter[];
  requestBody?: unknown;
  responses?: Record<string, unknown>;
  security?: Record<string, string[]>[];
};
type Parameter = { in: string; name: string; required?: boolean; schema?: Record<string, unknown> };
export interface OpenApiDocument {
  openapi: string;
  info: unknown;
  servers?: { url: string; description?: string }[];
  paths: Record<string, Record<string, Operation>>;
  components?: Record<string, unknown>;
  security?: Record<string, string[]>[];
  [key: string]: unknown;
}

const methods = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;
const unsafe = new Set(['put', 'post', 'delete', 'patch']);

/** Routes anyone may call, without a session or a token. */
export function isPublicRoute(method: string, path: string): boolean {
  return (
    path.startsWith('/api/public/') ||
    path === '/api/openapi.json' ||
    path === '/api/health' ||
    (method === 'post' && path === '/api/auth/sign-in')
  );
}

/** `GET /api/conduct/cases/{id}/status` → `getConductCasesByIdStatus`: unique, as method + path are. */
export function operationIdOf(method: string, path: string): string {
  const words = path
    .replace(/^\/api\//, '/')
    .split(/[/.\-_]/)
    .filter(Boolean)
    .map((part) => {
      const param = /^\{(.+)\}$/.exec(part);
      const word = param ? `by-${param[1]}` : part;
      return word
        .split(/-/)
        .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
        .join('');
    });
  return `${method}${words.join('')}`;
}

/** The schema of a path parameter: the value a path carries is always there, never null. */
function notNull(schema: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!schema) return schema;
  const { nullable: _nullable, ...rest } = schema;
  if (Array.isArray(rest.type)) {
    const types = rest.type.filter((t) => t !== 'null');
    rest.type = types.length === 1 ? types[0] : types;
  }
  if (Array.isArray(rest.anyOf)) {
    const kept = rest.anyOf.filter((s: { type?: string }) => s.type !== 'null');
    if (kept.length === 1) {
      delete rest.anyOf;
      Object.assign(rest, kept[0]);
    } else rest.anyOf = kept;
  }
  return rest;
}

function finishOperation(method: string, path: string, op: Operation): Operation {
  const parameters = op.parameters?.map((p) =>
    p.in === 'path' ? { ...p, required: true, schema: notNull(p.schema) } : p,
  );
  const responses = { ...op.responses };
  if (!unsafe.has(method)) for (const code of ['409', '413', '422']) delete responses[code];
  // Anything that reads input can refuse it with 400.
  const internal = responses['500'] as { content?: unknown } | undefined;
  if ((op.requestBody || parameters?.length) && !responses['400'] && internal)
    responses['400'] = {
      description: 'Invalid input; details name each field',
      content: internal.content,
    };
  if (isPublicRoute(method, path)) delete responses['401'];
  return {
    ...op,
    operationId: op.operationId ?? operationIdOf(method, path),
    ...(parameters ? { parameters } : {}),
    responses,
    security: isPublicRoute(method, path)
      ? []
      : unsafe.has(method)
        ? [{ sessionCookie: [], csrfHeader: [] }, { bearerToken: [] }]
        : [{ sessionCookie: [] }, { bearerToken: [] }],
  };
}

export function finishDocument(doc: OpenApiDocument): OpenApiDocument {
  const paths: OpenApiDocument['paths'] = {};
  for (const [path, item] of Object.entries(doc.paths)) {
    const finished: Record<string, Operation> = { ...item };
    for (const method of methods) {
      const op = item[method];
      if (op) finished[method] = finishOperation(method, path, op);
    }
    paths[path] = finished;
  }
  return {
    ...doc,
    servers: [{ url: '/', description: 'This server' }],
    paths,
    components: {
      ...doc.components,
      securitySchemes: {
        sessionCookie: {
          type: 'apiKey',
          in: 'cookie',
          name: sessionCookieNames[1],
          description: `The session set by POST /api/auth/sign-in (named ${sessionCookieNames[0]} behind TLS)`,
        },
        csrfHeader: {
          type: 'apiKey',
          in: 'header',
          name: 'X-CSRF-Token',
          description: "A session's writes carry its CSRF token (the sign-in answer's csrfToken)",
        },
        bearerToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'An API token for scripts (peaceops tokens create)',
        },
      },
    },
    security: [{ sessionCookie: [] }, { bearerToken: [] }],
  };
}

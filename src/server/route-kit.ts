/** Small helpers so every route declares its body, answers and errors the same way. */
import { Buffer } from 'node:buffer';
import { z } from '@hono/zod-openapi';
import type { ApiContext } from './env.js';
import { ErrorEnvelope } from './errors.js';

/** A JSON body that must be present and match (unknown fields are rejected by strict schemas). */
export function jsonBody<T extends z.ZodType>(schema: T) {
  return { body: { content: { 'application/json': { schema } }, required: true } };
}

export function jsonAnswer<T extends z.ZodType>(schema: T, description: string) {
  return { content: { 'application/json': { schema } }, description };
}

/** An error answer in the envelope, for statuses not in errorAnswers. */
export const error = (description: string) => ({
  content: { 'application/json': { schema: ErrorEnvelope } },
  description,
});

/** The errors any authenticated route may answer. */
export const errorAnswers = {
  400: error('Invalid input; details name each field'),
  401: error('Not signed in, or the session ended'),
  403: error('Missing permission or CSRF token'),
  404: error('Absent, or outside your missions and compartments'),
  409: error('Conflict, e.g. a stale version'),
  413: error('Body too large'),
  422: error("Not allowed in the record's current state"),
  500: error('Internal error; nothing was carried out'),
} as const;

export const IdParam = z.object({
  id: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: 'id', in: 'path' } }),
});
export const NoContent = { description: 'Done' } as const;

/**
 * A file or non-JSON document as a route's 200 answer: CSV, GeoJSON, XML, PDF. The typed handlers
 * of @hono/zod-openapi infer answers from `c.json` only; the route declares this content type in
 * its `responses`, so the one cast to the declared answer lives here, not in every route.
 */
export function fileAnswer(
  c: ApiContext,
  body: string | Uint8Array<ArrayBuffer>,
  file: {
    type: string;
    name?: string;
    disposition?: 'attachment' | 'inline';
    /** The app's own pages may show it in a frame (server/middleware.ts `sameOriginFrames`). */
    framable?: boolean;
  },
): never {
  const headers: Record<string, string> = { 'Content-Type': file.type };
  if (file.framable) headers['X-Frame-Options'] = 'SAMEORIGIN';
  if (file.name)
    headers['Content-Disposition'] = `${file.disposition ?? 'attachment'}; filename="${file.name}"`;
  return c.body(typeof body === 'string' ? utf8(body) : body, 200, headers) as never;
}

/**
 * A text answer as UTF-8 bytes. Node writes a string holding any character past U+00FF (one en
 * dash or typographic apostrophe is enough, an Arabic place name certainly; French accents are
 * not) to the socket through a slow path: a 76 KB answer written as such a string managed 1,170
 * a second, as bytes 4,923 (issue 22, bench/README.md). Encoding once here is the fast path.
 */
export function utf8(text: string): Uint8Array<ArrayBuffer> {
  const bytes = Buffer.from(text, 'utf8');
  return new Uint8Array(
    bytes.buffer,
    bytes.byteOffset,
    bytes.byteLength,
  ) as Uint8Array<ArrayBuffer>;
}

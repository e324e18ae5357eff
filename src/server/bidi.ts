/**
 * Bidirectional-text controls that could make what a reader sees differ from what was written
 * (Trojan Source, CVE-2021-42574): embeddings and overrides U+202A–U+202E and isolates
 * U+2066–U+2069. They are removed from every string of a JSON body before it is validated, so names,
 * titles and narratives are stored and shown in the order they were typed (the browser's own bidi
 * algorithm lays out Arabic and Latin text; marks U+200E/U+200F, which reorder nothing, stay).
 * Secrets (passwords, tokens) are left exactly as typed.
 */
import type { MiddlewareHandler } from 'hono';
import type { ApiEnv } from './env.js';

const controls = /[\u202A-\u202E\u2066-\u2069]/g;
const secretKey = /password|passphrase|secret|token/i;

export function stripBidiControls(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return secretKey.test(key) ? value : value.replace(controls, '');
  if (Array.isArray(value)) return value.map((item) => stripBidiControls(item, key));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stripBidiControls(v, k)]));
  return value;
}

/** Cleans a JSON body once, where the route's validator will read it. */
export const cleanJsonBodies: MiddlewareHandler<ApiEnv> = async (c, next) => {
  const type = c.req.header('Content-Type') ?? '';
  if (!['GET', 'HEAD', 'OPTIONS'].includes(c.req.method) && /^application\/json\b/i.test(type)) {
    let parsed: unknown;
    try {
      parsed = await c.req.json();
    } catch {
      return next(); // malformed: the validator answers 400
    }
    // HonoRequest keeps the body it read as a promise of its text and parses JSON from it (its
    // type says otherwise): the cleaned text is what the validator then reads. bidi.test.ts holds it.
    (c.req.bodyCache as Record<string, unknown>).text = Promise.resolve(
      JSON.stringify(stripBidiControls(parsed)),
    );
  }
  return next();
};

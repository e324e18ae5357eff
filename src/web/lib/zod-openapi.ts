/**
 * The browser's `@hono/zod-openapi` (vite.config.ts maps the import here): the modules' schemas
 * are plain zod plus `.openapi(…)` metadata for the server's OpenAPI document. In the browser they
 * only check answers, so `.openapi` keeps the schema as it is, and neither the OpenAPI generator nor
 * Hono is bundled.
 */
import { z } from 'zod';

const prototype = z.ZodType.prototype as unknown as { openapi?: (...args: unknown[]) => unknown };
prototype.openapi ??= function keep(this: unknown) {
  return this;
};

export { z };

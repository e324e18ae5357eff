/**
 * Answer shapes the API wraps around its records. Kept apart from query.ts so that the shell, which
 * reads nothing checked, does not load zod: the pages that check answers load it with their schemas.
 */
import { z } from '@hono/zod-openapi';

/** `{ items: [...] }`, the API's list answer. */
export const listOf = <S extends z.ZodType>(item: S) => z.object({ items: z.array(item) });

/** `{ items, nextCursor }`, the API's page of a longer list. */
export const pageOf = <S extends z.ZodType>(item: S) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

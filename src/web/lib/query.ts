/**
 * The web's one way to read the API (docs/adr/0007-web-data.md): TanStack Query with fetchers
 * that pass the query's AbortSignal and check the answer against the module's zod schema. A page
 * never holds an answer it did not check, and a stale answer never replaces a newer one: when a
 * query's key changes, the request in flight for the old key is aborted and its answer, if any,
 * stays under the old key. Writes go through `api()` and then `invalidate` the paths they change.
 */
import type { z } from '@hono/zod-openapi';
import {
  keepPreviousData,
  useInfiniteQuery,
  useQueries,
  QueryClient,
  useQuery,
  useQueryClient,
  type UseQueryResult,
} from '@tanstack/react-query';
import { useCallback } from 'react';
import { ApiError, read } from './api-client.js';

export function newQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // A refused or failed read shows at once, as the page's error; the user can try again.
      queries: { retry: false, refetchOnWindowFocus: false },
    },
  });
}

/** GET a path and check the answer. @throws ApiError (`unexpected_answer` when it does not match) */
export async function fetchChecked<S extends z.ZodType>(
  path: string,
  schema: S,
  options: { signal?: AbortSignal; public?: boolean } = {},
): Promise<z.output<S>> {
  const answer = await read<unknown>(path, options);
  const checked = schema.safeParse(answer);
  if (checked.success) return checked.data;
  throw new ApiError({
    status: 200,
    code: 'unexpected_answer',
    message: `${path.split('?')[0]}: the answer is not what this page expects`,
    details: checked.error.issues.slice(0, 5).map((issue) => ({
      path: issue.path.join('.'),
      message: issue.message,
    })),
    requestId: null,
  });
}

export interface ReadOptions<T = unknown> {
  /** A public page's read: no cookie goes out. */
  public?: boolean;
  /** Keep showing the last answer while the next key loads (maps, lists under filters). */
  keepPrevious?: boolean;
  /**
   * Read again every so many milliseconds while the page shows it, or as long as the answer says
   * (a running import: `(job) => (job?.status === 'running' ? 400 : false)`).
   */
  every?: number | ((answer: T | undefined) => number | false);
}

/**
 * Reads `path` (null: nothing to read yet) and checks it against `schema`. The key is the path, so
 * a new path is a new query; `invalidate(prefix)` reloads every query under a prefix.
 */
export function useApi<S extends z.ZodType>(
  path: string | null,
  schema: S,
  options: ReadOptions<z.output<S>> = {},
): UseQueryResult<z.output<S>> {
  const { every } = options;
  return useQuery({
    queryKey: [path, options.public === true],
    queryFn: ({ signal }) => fetchChecked(path!, schema, { signal, public: options.public }),
    enabled: path !== null,
    ...(options.keepPrevious ? { placeholderData: keepPreviousData } : {}),
    ...(every
      ? {
          refetchInterval: (q: { state: { data: z.output<S> | undefined } }) =>
            typeof every === 'function' ? every(q.state.data) : every,
        }
      : {}),
  });
}

/** `invalidate('/api/incidents')` reloads every read whose path starts with it. */
export function useInvalidate(): (...prefixes: string[]) => Promise<void> {
  const client = useQueryClient();
  return useCallback(
    (...prefixes: string[]) =>
      client.invalidateQueries({
        predicate: (q) =>
          typeof q.queryKey[0] === 'string' &&
          prefixes.some((p) => (q.queryKey[0] as string).startsWith(p)),
      }),
    [client],
  );
}

/** A query string from values, leaving out the empty ones. */
export const queryString = (values: Record<string, string | number | undefined | null>) =>
  new URLSearchParams(
    Object.entries(values).flatMap(([k, v]) =>
      v === undefined || v === null || v === '' ? [] : [[k, String(v)]],
    ),
  ).toString();

/** A list the API pages with `nextCursor`: the pages read so far, flattened, and a way to read on. */
export function useApiPages<S extends z.ZodType<{ items: unknown[]; nextCursor: string | null }>>(
  path: string | null,
  page: S,
) {
  const pages = useInfiniteQuery({
    queryKey: [path, false, 'pages'],
    queryFn: ({ signal, pageParam }) =>
      fetchChecked(
        pageParam ? `${path!}${path!.includes('?') ? '&' : '?'}cursor=${pageParam}` : path!,
        page,
        { signal },
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last: z.output<S>) => last.nextCursor,
    enabled: path !== null,
  });
  return {
    items: (pages.data?.pages.flatMap((p) => p.items) ?? []) as z.output<S>['items'],
    loaded: pages.data !== undefined,
    hasMore: pages.hasNextPage,
    more: () => void pages.fetchNextPage(),
    error: pages.error,
  };
}

/** The same kind of answer from several paths at once (one query each, checked the same way). */
export function useApis<S extends z.ZodType>(
  paths: readonly string[],
  schema: S,
  options: Pick<ReadOptions, 'public'> = {},
): UseQueryResult<z.output<S>>[] {
  return useQueries({
    queries: paths.map((path) => ({
      queryKey: [path, options.public === true],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        fetchChecked(path, schema, { signal, public: options.public }),
    })),
  });
}

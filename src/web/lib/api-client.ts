/** The browser's way to the API: JSON in and out, the CSRF header on writes, the error envelope as ApiError. */
export interface ErrorDetail {
  path: string;
  message: string;
  code?: string;
  params?: Record<string, string | number>;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: ErrorDetail[];
  readonly requestId: string | null;

  constructor(init: {
    status: number;
    code: string;
    message: string;
    details: ErrorDetail[];
    requestId: string | null;
  }) {
    super(init.message);
    this.status = init.status;
    this.code = init.code;
    this.details = init.details;
    this.requestId = init.requestId;
  }
}

let csrfToken: string | null = null;
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The header a write needs, for requests not made through api() (uploads with progress). */
export function csrfHeader(): Record<string, string> {
  return csrfToken ? { 'X-CSRF-Token': csrfToken } : {};
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export function api<T>(method: Method, path: string, body?: unknown): Promise<T> {
  return send<T>({ method, path, body, signedIn: true });
}

/**
 * A read for the data layer (lib/query.ts): `signal` aborts it when its answer is no longer wanted;
 * `public` sends it as the public pages do, without a cookie.
 */
export function read<T>(path: string, options: { signal?: AbortSignal; public?: boolean }) {
  return send<T>({
    method: 'GET',
    path,
    body: undefined,
    signedIn: !options.public,
    signal: options.signal,
  });
}

/**
 * The public pages' way to the API: no cookie goes out (a complaint is never tied to a staff
 * session on the same browser), so no CSRF token either.
 */
export function publicApi<T>(method: Method, path: string, body?: unknown): Promise<T> {
  return send<T>({ method, path, body, signedIn: false });
}

async function send<T>({
  method,
  path,
  body,
  signedIn,
  signal,
}: {
  method: Method;
  path: string;
  body: unknown;
  signedIn: boolean;
  signal?: AbortSignal | undefined;
}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  // A form (an upload) sets its own multipart type and boundary.
  const form = body instanceof FormData;
  if (body !== undefined && !form) headers['Content-Type'] = 'application/json';
  if (signedIn && method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : form ? body : JSON.stringify(body),
      credentials: signedIn ? 'same-origin' : 'omit',
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    // An aborted request is not a network failure: whoever aborted it no longer wants the answer.
    if (signal?.aborted) throw error;
    throw new ApiError({ status: 0, code: 'network', message: '', details: [], requestId: null });
  }
  const text = await response.text();
  const data: unknown = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const envelope = (
      data as {
        error?: { code: string; message: string; details: ErrorDetail[]; requestId: string };
      } | null
    )?.error;
    throw new ApiError({
      status: response.status,
      code: envelope?.code ?? 'internal',
      message: envelope?.message ?? response.statusText,
      details: envelope?.details ?? [],
      requestId: envelope?.requestId ?? null,
    });
  }
  return data as T;
}

// The typed API client: openapi-fetch over the paths generated from the committed contract
// (schema.gen.ts, from openapi/kindveilig.json). One middleware adds the CSRF token to changing
// requests and turns RFC 9457 problem+json answers (and a server that cannot be reached) into an
// ApiError with the stable `code`, the Dutch `detail` and any field errors.
import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema.gen.ts';

export type { paths, components } from './schema.gen.ts';

export interface FieldError {
  path: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly errors: FieldError[] = [],
    readonly problem: Record<string, unknown> = {},
  ) {
    super(detail);
    this.name = 'ApiError';
  }

  /** The server's message for one field (path as in the request body, e.g. "bsn"). */
  fieldError(path: string): string | undefined {
    return this.errors.find((e) => e.path === path)?.message;
  }
}

let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Field errors come as `errors: [{path, message}]`, or as `field`/`fields` next to the detail. */
function fieldErrorsOf(problem: Record<string, unknown>, detail: string): FieldError[] {
  const out: FieldError[] = [];
  if (Array.isArray(problem.errors)) {
    for (const e of problem.errors as Record<string, unknown>[]) {
      if (e && typeof e.path === 'string' && typeof e.message === 'string') out.push({ path: e.path, message: e.message });
    }
  }
  if (typeof problem.field === 'string') out.push({ path: problem.field, message: detail });
  if (Array.isArray(problem.fields)) {
    for (const f of problem.fields) if (typeof f === 'string') out.push({ path: f, message: detail });
  }
  return out;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** CSRF header on the way out; problem+json into an ApiError on the way back. */
export const problemMiddleware: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept', 'application/json, application/problem+json');
    if (UNSAFE.has(request.method) && csrfToken) request.headers.set('X-CSRF-Token', csrfToken);
    return request;
  },
  async onResponse({ response }) {
    if (response.ok) return undefined;
    const text = await response.text();
    let problem: Record<string, unknown> = {};
    try {
      const data: unknown = text ? JSON.parse(text) : null;
      if (data && typeof data === 'object') problem = data as Record<string, unknown>;
    } catch {
      // not JSON: the status alone says what happened
    }
    const code = typeof problem.code === 'string' ? problem.code : `http-${response.status}`;
    const detail = typeof problem.detail === 'string' ? problem.detail : 'Er ging iets mis. Probeer het later opnieuw.';
    throw new ApiError(response.status, code, detail, fieldErrorsOf(problem, detail), problem);
  },
  onError({ error }) {
    if (error instanceof ApiError) return error;
    return new ApiError(0, 'network-error', 'De server is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.');
  },
};

export const client = createClient<paths>({ credentials: 'same-origin', cache: 'no-store' });
client.use(problemMiddleware);

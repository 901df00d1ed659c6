// A small fetch client for the Kindveilig API: sends the session cookie and the CSRF token and
// turns RFC 9457 problem+json answers into an ApiError with the stable `code`, the Dutch
// `detail` and any field errors.

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
let unauthorizedListener: ((error: ApiError) => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when any request finds the session gone (expired or logged out elsewhere). */
export function onUnauthorized(listener: ((error: ApiError) => void) | null): void {
  unauthorizedListener = listener;
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

export interface RequestOptions {
  /** Do not report a 401 to the unauthorized listener (used when restoring the session). */
  quiet401?: boolean;
}

export async function api<T = unknown>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      cache: 'no-store',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network-error', 'De server is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.');
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (!response.ok) {
    const problem = data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
    const code = typeof problem.code === 'string' ? problem.code : `http-${response.status}`;
    const detail = typeof problem.detail === 'string' ? problem.detail : 'Er ging iets mis. Probeer het later opnieuw.';
    const error = new ApiError(response.status, code, detail, fieldErrorsOf(problem, detail), problem);
    if (response.status === 401 && (code === 'session-expired' || code === 'not-authenticated') && !options.quiet401) {
      unauthorizedListener?.(error);
    }
    throw error;
  }
  return data as T;
}

export const get = <T>(path: string, options?: RequestOptions) => api<T>('GET', path, undefined, options);
export const post = <T>(path: string, body?: unknown) => api<T>('POST', path, body);
export const put = <T>(path: string, body?: unknown) => api<T>('PUT', path, body);
export const patch = <T>(path: string, body?: unknown) => api<T>('PATCH', path, body);
export const del = <T>(path: string) => api<T>('DELETE', path);

// Calls to the Kindveilig API through the typed client (shared/api/client.ts). These helpers take a
// path below /api/v1 as the pages build it; the answer's type comes from the generated contract.
// A 401 that means the session is gone is reported to the listener the session provider sets.
import { ApiError, client } from './shared/api/client.ts';

export { ApiError, setCsrfToken, type FieldError } from './shared/api/client.ts';

let unauthorizedListener: ((error: ApiError) => void) | null = null;

/** Called when any request finds the session gone (expired or logged out elsewhere). */
export function onUnauthorized(listener: ((error: ApiError) => void) | null): void {
  unauthorizedListener = listener;
}

export interface RequestOptions {
  /** Do not report a 401 to the unauthorized listener (used when restoring the session). */
  quiet401?: boolean;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export async function api<T = unknown>(method: Method, path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
  try {
    // The path is already filled in (no {placeholders}), so it is passed as the URL as is.
    const request = client.request as unknown as (method: string, url: string, init: { body?: unknown }) => Promise<{ data?: unknown }>;
    const { data } = await request(method.toLowerCase(), `/api/v1${path}`, body === undefined ? {} : { body });
    return data as T;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401 && (error.code === 'session-expired' || error.code === 'not-authenticated') && !options.quiet401) {
      unauthorizedListener?.(error);
    }
    throw error;
  }
}

export const get = <T>(path: string, options?: RequestOptions) => api<T>('GET', path, undefined, options);
export const post = <T>(path: string, body?: unknown) => api<T>('POST', path, body);
export const put = <T>(path: string, body?: unknown) => api<T>('PUT', path, body);
export const patch = <T>(path: string, body?: unknown) => api<T>('PATCH', path, body);
export const del = <T>(path: string) => api<T>('DELETE', path);

/** A UUID, as the API's ids are: anything else cannot exist. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** GET under a dossier; an id that cannot exist is "not found" without asking the server (which would say "invalid request"). */
export function getUnderDossier<T>(id: string, rest = '', otherId?: string): Promise<T> {
  if (!UUID.test(id) || (otherId !== undefined && !UUID.test(otherId))) {
    return Promise.reject(new ApiError(404, 'not-found', 'Dit dossier of deze screening bestaat niet.'));
  }
  return get<T>(`/dossiers/${id}${rest}`);
}

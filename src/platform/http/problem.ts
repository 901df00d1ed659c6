// RFC 9457 problem details. Every refusal and error leaves the API as application/problem+json
// with a stable machine `code` and a Dutch `detail` that the UI can show as is.
import type { ErrorCode } from '../../contract/errors.ts';
export interface FieldError {
  path: string;
  message: string;
}

export interface AuditContext {
  recordType?: string;
  recordId?: string | null;
  personId?: string | null;
}

export class Problem extends Error {
  /** What a refusal was about, for the audit log (never sent to the client). */
  auditContext?: AuditContext;

  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    readonly detail: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(`${code}: ${detail}`);
  }

  about(context: AuditContext): this {
    this.auditContext = context;
    return this;
  }
}

const TITLES: Record<number, string> = {
  400: 'Ongeldig verzoek',
  401: 'Niet ingelogd',
  403: 'Geen toegang',
  404: 'Niet gevonden',
  408: 'Verzoek te traag',
  409: 'Conflict',
  413: 'Verzoek te groot',
  414: 'Adres te lang',
  415: 'Verkeerd inhoudstype',
  422: 'Niet te verwerken',
  423: 'Geblokkeerd',
  429: 'Te veel verzoeken',
  431: 'Kopregels te groot',
  500: 'Interne fout',
  503: 'Tijdelijk niet beschikbaar',
};

export function problemBody(status: number, code: ErrorCode, detail: string, instance?: string, extra: Record<string, unknown> = {}) {
  return {
    type: `https://kindveilig.nl/problemen/${code}`,
    title: TITLES[status] ?? 'Fout',
    status,
    code,
    detail,
    instance,
    ...extra,
  };
}

export const badRequest = (code: ErrorCode, detail: string, extra?: Record<string, unknown>) => new Problem(400, code, detail, extra);
export const unprocessable = (code: ErrorCode, detail: string, extra?: Record<string, unknown>) => new Problem(422, code, detail, extra);
export const forbidden = (detail = 'U heeft geen toegang tot deze gegevens.', code: ErrorCode = 'forbidden') => new Problem(403, code, detail);
export const notFound = (detail = 'Niet gevonden.') => new Problem(404, 'not-found', detail);
export const conflict = (code: ErrorCode, detail: string, extra?: Record<string, unknown>) => new Problem(409, code, detail, extra);

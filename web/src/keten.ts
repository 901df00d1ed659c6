// Shapes and rules of the chain pages as the UI uses them: conversations, sharing a worry, the
// kindcheck, the reach protocol and the warm handover (see src/modules/stap0/routes.ts and
// conversation.ts, zorgdelen/routes.ts, kindcheck/routes.ts, bereik/routes.ts and protocol.ts,
// overdracht/routes.ts).
import { ApiError } from './api.ts';
import type { ApiBody, ApiResponse } from './shared/api/types.ts';

// --- Conversations (seed 001 §4.3, §4.4) ---------------------------------------------------

export type ConversationWith = 'ouders' | 'kind';

export type ConversationSteps = ApiResponse<'/api/v1/stap0/gespreksstappen', 'get'>;

export type Agreement = NonNullable<ApiBody<'/api/v1/dossiers/{id}/gesprekken', 'post'>['agreements']>[number];

// --- Sharing a worry --------------------------------------------------------------------------

export const LEGAL_BASES = ['toestemming', 'conflict_van_plichten', 'meldrecht'] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

export const CONSENT_BY = ['ouders', 'jeugdige', 'ouders_en_jeugdige'] as const;
export type ConsentBy = (typeof CONSENT_BY)[number];

/** The sender sees the dossier id; the recipient never learns the sender's dossier. */
export type Sharing = ApiResponse<'/api/v1/zorg-delingen/{id}', 'get'>;

// --- Kindcheck --------------------------------------------------------------------------------


export type ChildrenInCare = 'ja' | 'nee' | 'onbekend';
export type Safe = 'ja' | 'nee' | 'twijfel';

export type RegisterChild = ApiResponse<'/api/v1/kindchecks/_kinderen', 'post'>['children'][number];
export type KindcheckOffer = ApiResponse<'/api/v1/kindchecks', 'post'>['offers'][number];

// --- Reach protocol ---------------------------------------------------------------------------

export const PROTOCOL_ACTIONS = ['contactpoging', 'huisbezoek', 'escalatie'] as const;
export type ProtocolAction = (typeof PROTOCOL_ACTIONS)[number];

export type ProtocolStep = ApiResponse<'/api/v1/bereik-protocol', 'get'>['steps'][number];

export const REACH_OUTCOMES = ['contact', 'verklaring', 'andere_hulp', 'onbereikbaar'] as const;
export type ReachOutcome = (typeof REACH_OUTCOMES)[number];

export type ReachResult = ApiResponse<'/api/v1/dossiers/{id}/niet-verschenen', 'post'>;

// --- Warm handover ----------------------------------------------------------------------------


export type Handover = ApiResponse<'/api/v1/overdrachten/{id}', 'get'>;

// --- Helpers ----------------------------------------------------------------------------------

export { UUID } from './api.ts';

/** A calendar date plus some days (YYYY-MM-DD), as the server computes a task's due date. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Age in whole years on a date (both YYYY-MM-DD). */
export function ageOn(dateOfBirth: string, on: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number);
  const [y, m, d] = on.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/**
 * The server's field errors of a failed request, keyed by the form's own field names: `paths`
 * maps a path of the request body ("consent.date") to a field name; unmapped paths are dropped.
 * A refusal with a stable code (`fields`) shows the catalog's text for the code (`errorText`);
 * a validation error (`errors[]`) the server's message for that path.
 */
export function serverFieldErrors(error: unknown, paths: Record<string, string>, errorText: (error: unknown) => string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!(error instanceof ApiError)) return out;
  const byCode = Array.isArray(error.problem.fields) || typeof error.problem.field === 'string';
  for (const e of error.errors) {
    const field = paths[e.path];
    if (field && !out[field]) out[field] = byCode ? errorText(error) : e.message;
  }
  return out;
}

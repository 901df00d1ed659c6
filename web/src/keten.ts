// Shapes and rules of the chain pages as the UI uses them: conversations, sharing a worry, the
// kindcheck, the reach protocol and the warm handover (see src/modules/stap0/routes.ts and
// conversation.ts, zorgdelen/routes.ts, kindcheck/routes.ts, bereik/routes.ts and protocol.ts,
// overdracht/routes.ts).
import { ApiError } from './api.ts';

// --- Conversations (seed 001 §4.3, §4.4) ---------------------------------------------------

export type ConversationWith = 'ouders' | 'kind';

export interface ConversationSteps {
  /** Step id → the seed's text, in the seed's order. */
  ouders: Record<string, string>;
  kind: Record<string, string>;
  /** Talking with the child from this age. */
  minChildAge: number;
}

export interface Agreement {
  description: string;
  dueDate: string;
  assigneeId?: string;
}

// --- Sharing a worry --------------------------------------------------------------------------

export const LEGAL_BASES = ['toestemming', 'conflict_van_plichten', 'meldrecht'] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

export const CONSENT_BY = ['ouders', 'jeugdige', 'ouders_en_jeugdige'] as const;
export type ConsentBy = (typeof CONSENT_BY)[number];

export interface Sharing {
  id: string;
  /** Only for the sender: the recipient never learns the sender's dossier. */
  dossierId: string | null;
  createdAt: string;
  from: { name: string; organisation: string; email: string | null; phone: string | null };
  toOrganisation: string;
  toUser: string | null;
  child: { id: string; name: string; dateOfBirth: string };
  message: string;
  legalBasis: string;
  consent: { by: string; date: string } | null;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
  feedback: string | null;
}

// --- Kindcheck --------------------------------------------------------------------------------


export type ChildrenInCare = 'ja' | 'nee' | 'onbekend';
export type Safe = 'ja' | 'nee' | 'twijfel';

export interface RegisterChild {
  id: string;
  bsn: string;
  name: string;
  dateOfBirth: string;
  relation: string;
  sameAddress: boolean;
}

export interface KindcheckOffer {
  childId: string | null;
  name: string;
  action: 'screening' | 'kind-vastleggen';
}

// --- Reach protocol ---------------------------------------------------------------------------

export const PROTOCOL_ACTIONS = ['contactpoging', 'huisbezoek', 'escalatie'] as const;
export type ProtocolAction = (typeof PROTOCOL_ACTIONS)[number];

export interface ProtocolStep {
  action: ProtocolAction;
  title: string;
  dueDays: number;
}

export const REACH_OUTCOMES = ['contact', 'verklaring', 'andere_hulp', 'onbereikbaar'] as const;
export type ReachOutcome = (typeof REACH_OUTCOMES)[number];

export interface ReachResult {
  /** Failed attempts in this episode. */
  failures: number;
  step: ProtocolStep | null;
  taskId: string | null;
  escalation: { options: ('zorg_delen' | 'meldcode_starten')[] } | null;
}

// --- Warm handover ----------------------------------------------------------------------------


export interface Handover {
  id: string;
  createdAt: string;
  fromOrganisation: string;
  fromProfessional: string;
  toOrganisation: string;
  child: { id: string; name: string; dateOfBirth: string };
  content: { ontwikkeling: string; ondersteuningsbehoeften: string; watWerkt?: string };
  consentDate: string;
  parentsSeenOn: string;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
}

// --- Helpers ----------------------------------------------------------------------------------

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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

// The professional's relationship with a child ("reden van betrokkenheid"), recorded when they
// open a dossier, register a Verwijsindex signal or do a kindcheck. The law rests on the
// professional's own judgement, so the claim is not checked, but made explicit, stored, audited
// and shown to the privacy officer (issue 17). It says why the professional knows the child,
// never what the worry is: it is shown to nobody in a match.
import { z } from 'zod';
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { AuthUser } from '../../platform/http/context.ts';
import type { AuditEvent } from '../../platform/audit/audit.ts';
import { unprocessable } from '../../platform/http/problem.ts';

export const RELATIONSHIP_REASONS = [
  'client_in_zorg', // cliënt in zorg of begeleiding
  'leerling', // leerling, of kind in de opvang
  'kind_van_client', // kind van een (volwassen) cliënt
  'gezinslid_van_client', // broer, zus of ander gezinslid van een cliënt
  'consult', // consult of advies over dit kind gevraagd
  'melding_of_advies', // melding of adviesvraag (Veilig Thuis)
  'anders', // anders, met toelichting
] as const;
export type RelationshipReason = (typeof RELATIONSHIP_REASONS)[number];

export const EXPLANATION_MAX = 500;

export const relationshipSchema = z.strictObject({
  reason: z.enum(RELATIONSHIP_REASONS).describe('Reden van betrokkenheid: waarom u dit kind kent, niet wat de zorg is'),
  explanation: z.string().trim().max(EXPLANATION_MAX).optional().describe('Toelichting; verplicht bij "anders"'),
});
export type Relationship = z.infer<typeof relationshipSchema>;

/** Optional in the schemas so that its absence gets its own code and Dutch message. */
export function requireRelationship(input: Relationship | undefined): Relationship {
  if (!input) {
    throw unprocessable('relationship-required', 'Leg vast wat uw relatie met het kind is, bijvoorbeeld leerling of cliënt in zorg.', { fields: ['relationship'] });
  }
  const explanation = input.explanation?.trim() || undefined;
  if (input.reason === 'anders' && !explanation) {
    throw unprocessable('relationship-explanation-required', 'Licht bij "anders" toe wat uw relatie met het kind is.', { fields: ['relationship.explanation'] });
  }
  return { reason: input.reason, ...(explanation ? { explanation } : {}) };
}

export type RelationshipRecord = { dossierId: string } | { signalId: string } | { kindcheckId: string };

/** What the audit entry of a relationship says: the record it belongs to, the reason and the text. */
export function relationshipAudit(rel: Relationship, recordType: 'dossier' | 'signaal' | 'kindcheck', recordId: string, personId: string): AuditEvent {
  return { action: 'create', recordType: 'betrokkenheid', recordId, personId, detail: { for: recordType, reason: rel.reason, explanation: rel.explanation ?? null } };
}

export async function recordRelationship(db: Kysely<DB>, user: AuthUser, personId: string, record: RelationshipRecord, rel: Relationship, at: Date): Promise<void> {
  await db.insertInto('relationship_reasons').values({
    person_id: personId, user_id: user.id, organisation_id: user.organisationId,
    dossier_id: 'dossierId' in record ? record.dossierId : null,
    signal_id: 'signalId' in record ? record.signalId : null,
    kindcheck_id: 'kindcheckId' in record ? record.kindcheckId : null,
    reason: rel.reason, explanation: rel.explanation ?? null, created_at: at,
  }).execute();
}

/** Has the user claimed a relationship with this person (a dossier, signal or kindcheck of theirs)? */
export async function hasRelationship(db: Kysely<DB>, userId: string, personId: string): Promise<boolean> {
  return !!(await db.selectFrom('relationship_reasons').select('id').where('person_id', '=', personId).where('user_id', '=', userId).limit(1).executeTakeFirst());
}

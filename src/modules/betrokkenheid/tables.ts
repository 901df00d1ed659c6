import type { Generated } from 'kysely';
import type { Timestamp } from '../../platform/db/schema.ts';
import type { RelationshipReason } from './relationship.ts';

export interface BetrokkenheidTables {
  relationship_reasons: {
    id: Generated<string>;
    person_id: string;
    user_id: string;
    organisation_id: string;
    /** Exactly one of these: the record the relationship was claimed for (deleted with it). */
    dossier_id: string | null;
    signal_id: string | null;
    kindcheck_id: string | null;
    reason: RelationshipReason;
    explanation: string | null;
    created_at: Generated<Timestamp>;
  };
}

import type { Generated } from 'kysely';
import type { Timestamp } from '../../platform/db/schema.ts';

export interface ZorgdossierTables {
  dossiers: {
    id: Generated<string>;
    person_id: string;
    organisation_id: string;
    created_by: string;
    created_at: Generated<Timestamp>;
    status: Generated<'open' | 'gesloten'>;
    closed_at: Timestamp | null;
  };
  dossier_members: {
    dossier_id: string;
    user_id: string;
    role: 'betrokken' | 'aandachtsfunctionaris';
    added_by: string;
    added_at: Generated<Timestamp>;
  };
  dossier_entries: {
    id: Generated<string>;
    /** Insertion order: the timeline's order when two entries share a moment. */
    seq: Generated<number>;
    dossier_id: string;
    at: Generated<Timestamp>;
    author_id: string;
    /** What happened: aangemaakt, betrokkene, notitie, screening, … (modules add their own). */
    kind: string;
    summary: string;
    record_type: string | null;
    record_id: string | null;
    body: string | null;
  };
}

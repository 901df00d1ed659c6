import type { Generated } from 'kysely';
import type { DateString, Timestamp } from '../../platform/db/schema.ts';

export interface ZorgdelenTables {
  zorg_delingen: {
    id: Generated<string>;
    dossier_id: string;
    person_id: string;
    from_user_id: string;
    from_organisation_id: string;
    to_organisation_id: string;
    to_user_id: string | null;
    message: string;
    legal_basis: 'toestemming' | 'conflict_van_plichten' | 'meldrecht';
    consent_by: string | null;
    consent_date: DateString | null;
    conflict_answers: unknown | null;
    created_at: Generated<Timestamp>;
    acknowledged_by: string | null;
    acknowledged_at: Timestamp | null;
    feedback: string | null;
  };
}

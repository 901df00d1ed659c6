import type { Generated } from 'kysely';
import type { DateString, Timestamp } from '../../platform/db/schema.ts';

export interface VerwijsindexTables {
  signals: {
    id: Generated<string>;
    person_id: string;
    organisation_id: string;
    user_id: string;
    contact_name: string;
    contact_phone: string;
    contact_email: string;
    start_date: DateString;
    /** The day the youth turns 23: all Verwijsindex data about them is destroyed then. */
    youth_until: DateString;
    informed_on: DateString;
    status: 'actief' | 'inactief';
    end_date: DateString | null;
    end_reason: 'afgesloten' | 'verlopen' | null;
    created_at: Generated<Timestamp>;
  };
  matches: {
    id: Generated<string>;
    type: 'kind' | 'gezin';
    key_person_id: string;
    created_at: Generated<Timestamp>;
    regievoerder_user_id: string | null;
    regie_since: DateString | null;
    regie_set_by: string | null;
    regie_set_at: Timestamp | null;
  };
  match_members: {
    match_id: string;
    signal_id: string;
    joined_at: Generated<Timestamp>;
    afgestemd_op: DateString | null;
    afgestemd_at: Timestamp | null;
  };
}

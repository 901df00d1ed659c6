import type { Generated } from 'kysely';
import type { DateString, Timestamp } from '../../platform/db/schema.ts';

export interface HandoverContent {
  ontwikkeling: string;
  ondersteuningsbehoeften: string;
  watWerkt?: string;
}

export interface OverdrachtTables {
  overdrachten: {
    id: Generated<string>;
    dossier_id: string;
    person_id: string;
    from_organisation_id: string;
    from_user_id: string;
    to_organisation_id: string;
    created_at: Generated<Timestamp>;
    content: HandoverContent;
    consent_date: DateString;
    parents_seen_on: DateString;
    acknowledged_by: string | null;
    acknowledged_at: Timestamp | null;
  };
}

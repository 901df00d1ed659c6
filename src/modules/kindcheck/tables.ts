import type { Generated } from 'kysely';
import type { Timestamp } from '../../platform/db/schema.ts';

export interface KindcheckTables {
  kindchecks: {
    id: Generated<string>;
    client_person_id: string;
    user_id: string;
    organisation_id: string;
    checked_at: Generated<Timestamp>;
    children_in_care: 'ja' | 'nee' | 'onbekend';
    children: unknown;
  };
}

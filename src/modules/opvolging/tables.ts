import type { Generated } from 'kysely';
import type { DateString, Timestamp } from '../../platform/db/schema.ts';

export type TaskSource = 'afspraak' | 'vervolgdatum' | 'bereik' | 'handmatig';

export interface OpvolgingTables {
  tasks: {
    id: Generated<string>;
    dossier_id: string;
    person_id: string;
    organisation_id: string;
    assignee_id: string;
    title: string;
    due_date: DateString;
    source: TaskSource;
    source_id: string | null;
    status: Generated<'open' | 'gedaan' | 'vervallen'>;
    created_by: string;
    created_at: Generated<Timestamp>;
    done_by: string | null;
    done_at: Timestamp | null;
    done_note: string | null;
    reminded_on: DateString | null;
  };
}

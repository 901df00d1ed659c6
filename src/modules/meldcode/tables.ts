import type { Generated } from 'kysely';
import type { DateString, Timestamp } from '../../platform/db/schema.ts';

export const TRAJECT_STATUSES = ['open', 'gepauzeerd', 'hulp', 'gemeld', 'afgesloten'] as const;
export type TrajectStatus = (typeof TRAJECT_STATUSES)[number];

export interface MeldcodeTables {
  meldcode_trajecten: {
    id: Generated<string>;
    dossier_id: string;
    person_id: string;
    organisation_id: string;
    started_by: string;
    started_at: Generated<Timestamp>;
    status: Generated<TrajectStatus>;
    pause_reason: string | null;
    follow_up_date: DateString | null;
    closed_at: Timestamp | null;
  };
  meldcode_records: {
    id: Generated<string>;
    seq: Generated<number>;
    traject_id: string;
    step: number;
    kind: string;
    author_id: string;
    recorded_at: Generated<Timestamp>;
    data: unknown;
  };
  veilig_thuis_meldingen: {
    id: Generated<string>;
    traject_id: string;
    person_id: string;
    from_organisation_id: string;
    from_user_id: string;
    to_organisation_id: string;
    created_at: Generated<Timestamp>;
    payload: unknown;
    received_by: string | null;
    received_at: Timestamp | null;
  };
}

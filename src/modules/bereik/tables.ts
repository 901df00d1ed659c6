import type { Generated } from 'kysely';
import type { DateString, Timestamp } from '../../platform/db/schema.ts';

export interface BereikTables {
  bereik_protocollen: { organisation_id: string; steps: unknown; updated_by: string; updated_at: Generated<Timestamp> };
  bereik_gebeurtenissen: {
    id: Generated<string>;
    seq: Generated<number>;
    dossier_id: string;
    kind: 'niet_verschenen' | 'uitkomst';
    on_date: DateString;
    outcome: 'contact' | 'verklaring' | 'andere_hulp' | 'onbereikbaar' | null;
    note: string | null;
    author_id: string;
    created_at: Generated<Timestamp>;
  };
}

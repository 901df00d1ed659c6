import type { Generated } from 'kysely';
import type { DateString, Timestamp } from '../../platform/db/schema.ts';

export const PARENT_KINDS = ['juridisch', 'biologisch', 'stief', 'pleeg', 'voogd'] as const;
export type ParentKind = (typeof PARENT_KINDS)[number];

export interface PersonTables {
  persons: {
    id: Generated<string>;
    bsn: string;
    given_names: string;
    tussenvoegsel: string | null;
    family_name: string;
    date_of_birth: DateString;
    sex: 'M' | 'V' | 'O';
    street: string | null;
    house_number: string | null;
    postcode: string | null;
    city: string | null;
    municipality_code: string | null;
    date_of_death: DateString | null;
    source: string;
    created_at: Generated<Timestamp>;
    updated_at: Generated<Timestamp>;
  };
  parent_child: { parent_id: string; child_id: string; kind: ParentKind };
}

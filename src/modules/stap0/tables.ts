import type { Generated } from 'kysely';
import type { Timestamp } from '../../platform/db/schema.ts';

export interface ScreeningAnswer {
  factorId: string;
  answer: 'aanwezig' | 'niet_aanwezig' | 'onbekend';
  note?: string;
  source?: string;
}

export interface Stap0Tables {
  conversations: {
    id: Generated<string>;
    dossier_id: string;
    person_id: string;
    author_id: string;
    recorded_at: Generated<Timestamp>;
    held_on: string;
    with_whom: 'ouders' | 'kind';
    participants: string;
    steps: Record<string, string>;
  };
  screenings: {
    id: Generated<string>;
    dossier_id: string;
    person_id: string;
    created_by: string;
    created_at: Generated<Timestamp>;
    judgement: 'geen_zorg' | 'zorg' | 'ernstige_zorg' | 'vermoeden_kindermishandeling';
    judgement_note: string | null;
    next_action: string;
    answers: ScreeningAnswer[];
  };
}

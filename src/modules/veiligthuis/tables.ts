import type { Generated } from 'kysely';
import type { DateString, Timestamp } from '../../platform/db/schema.ts';
import type { Melder, SafetyAssessmentData, DecisionData, ResearchAnswer, AssessmentAnswers, Status, ROLLEN } from './model.ts';

export interface VeiligThuisTables {
  vt_zaken: {
    id: Generated<string>;
    nummer: Generated<number>;
    organisation_id: string;
    soort: 'advies' | 'melding';
    bron: 'meldcode' | 'professional' | 'burger';
    vt_melding_id: string | null;
    ontvangen_at: Timestamp;
    zorg: string;
    acuut: Generated<boolean>;
    acuut_actie: string | null;
    acuut_actie_at: Timestamp | null;
    acuut_actie_by: string | null;
    deadline: DateString | null;
    melder: Melder | null;
    melder_user_id: string | null;
    melder_dossier_id: string | null;
    anoniem_advies: Generated<boolean>;
    anonimiteit_toegezegd: Generated<boolean>;
    terugkoppeling_gewenst: Generated<boolean>;
    ambtshalve_reden: string | null;
    ambtshalve_at: Timestamp | null;
    ambtshalve_by: string | null;
    status: Status;
    behandelaar_id: string | null;
    created_by: string;
    created_at: Generated<Timestamp>;
    closed_at: Timestamp | null;
  };
  vt_betrokkenen: {
    id: Generated<string>;
    zaak_id: string;
    person_id: string | null;
    naam: string;
    rol: (typeof ROLLEN)[number];
    toelichting: string | null;
  };
  vt_veiligheidsbeoordelingen: {
    id: Generated<string>;
    zaak_id: string;
    ronde: number;
    /** The statutory deadline this round was measured against. */
    deadline: DateString;
    gegevens: SafetyAssessmentData;
    uitkomst: SafetyAssessmentData['uitkomst'];
    vastgelegd_by: string;
    vastgelegd_at: Timestamp;
    goedgekeurd_by: string | null;
    goedgekeurd_at: Timestamp | null;
  };
  vt_onderzoeken: {
    id: Generated<string>;
    zaak_id: string;
    /** A reopened case gets a new investigation with its own clock; the highest is current. */
    ronde: number;
    gestart_op: DateString;
    streefdatum: DateString;
    onderzoeksplan: string | null;
    vragen: ResearchAnswer[];
    beoordelingen: Generated<Record<string, AssessmentAnswers>>;
    afgesloten_op: DateString | null;
  };
  vt_onderzoek_records: {
    id: Generated<string>;
    onderzoek_id: string;
    soort: 'informatie' | 'risicoscenario' | 'instrument' | 'gesprek';
    gegevens: Record<string, unknown>;
    vastgelegd_by: string;
    vastgelegd_at: Timestamp;
  };
  vt_besluiten: {
    id: Generated<string>;
    zaak_id: string;
    gegevens: DecisionData;
    voorgesteld_by: string;
    voorgesteld_at: Timestamp;
    goedgekeurd_by: string | null;
    goedgekeurd_at: Timestamp | null;
    raad_verzoek: Record<string, unknown> | null;
  };
  vt_overdrachten: {
    id: Generated<string>;
    zaak_id: string;
    naar_organisation_id: string;
    naar_user_id: string | null;
    veiligheidsvoorwaarden: string[];
    informatie: string;
    verzonden_at: Timestamp;
    verzonden_by: string;
    bevestigd_by: string | null;
    bevestigd_at: Timestamp | null;
  };
  vt_monitoring: {
    id: Generated<string>;
    zaak_id: string;
    gepland_op: DateString;
    uitgevoerd_op: DateString | null;
    uitkomst: 'stabiel_veilig' | 'niet_veilig' | null;
    bevraagd: string | null;
    bevindingen: string | null;
    vastgelegd_by: string | null;
  };
  vt_terugkoppelingen: {
    id: Generated<string>;
    zaak_id: string;
    moment: 'na_veiligheidsbeoordeling' | 'na_onderzoek';
    tekst: string;
    kanaal: 'kindveilig' | 'telefoon' | 'brief' | 'email';
    verzonden_at: Timestamp;
    verzonden_by: string;
  };
}

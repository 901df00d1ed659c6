// Shapes and lists of the Veilig Thuis case ("zaak") as the UI uses them (see
// src/modules/veiligthuis/model.ts, views.ts, routes.ts, investigation-routes.ts and lists.ts).
import type { Lang } from './i18n/index.tsx';

export const VT_STATUSES = [
  'advies', 'veiligheidsbeoordeling', 'vb_ter_goedkeuring', 'onderzoek', 'besluit_ter_goedkeuring', 'overdracht', 'monitoring', 'afgesloten',
] as const;
export type VtStatus = (typeof VT_STATUSES)[number];

export const VT_LISTS = ['wachtrij', 'mijn', 'te-laat', 'wacht-op-overdracht', 'open', 'alle'] as const;
export type VtList = (typeof VT_LISTS)[number];

export const ROLLEN = ['kind', 'ouder', 'verzorger', 'huisgenoot', 'vermoedelijke_pleger', 'overig'] as const;
export type Rol = (typeof ROLLEN)[number];

export const UITKOMSTEN = ['overdragen', 'vt_houdt', 'advies', 'beeindigen'] as const;
export type Uitkomst = (typeof UITKOMSTEN)[number];

export const KEEP_REASONS = ['directe_interventie', 'onduidelijk', 'ontkenning_weigering', 'te_weinig_informatie', 'anonimiteit'] as const;
export type KeepReason = (typeof KEEP_REASONS)[number];

export const DECISIONS = ['geen_actie', 'vrijwillige_hulp', 'raad', 'politie', 'huisverbod'] as const;
export type Decision = (typeof DECISIONS)[number];

export const ITEM_VALUES = ['zorg', 'sterk', 'nvt', 'onbekend'] as const;
export type ItemValue = (typeof ITEM_VALUES)[number];

export const INFO_SOURCES = ['ouders', 'kind', 'familie', 'netwerk', 'school', 'kinderopvang', 'huisarts', 'jgz', 'politie', 'forensisch_arts', 'ggz', 'overig'] as const;
export const MEANS = ['gesprek', 'observatie', 'dossieranalyse', 'vragenlijst'] as const;
export const LEGAL_BASES = ['toestemming', 'wettelijke_bevoegdheid'] as const;
export const LEADS_TO = ['veiligheidsvoorwaarden', 'veiligheidsplan'] as const;
export const MOMENTS = ['na_veiligheidsbeoordeling', 'na_onderzoek'] as const;
export type Moment = (typeof MOMENTS)[number];
export const CHANNELS = ['telefoon', 'brief', 'email'] as const;

/**
 * The instrument ids the API accepts for a filled-in instrument (model.ts recordSchemas). The
 * reference list calls the Delta list 'delta-veiligheidslijst'; the record schema says 'delta'.
 */

export interface Melder {
  naam: string;
  relatie: string;
  organisatie?: string;
  telefoon?: string;
  email?: string;
}

export interface Betrokkene {
  id: string;
  personId: string | null;
  naam: string;
  rol: Rol;
  toelichting: string | null;
  bsn: string | null;
  geboortedatum: string | null;
}

export interface HandoverInput {
  naarOrganisationId: string;
  naarUserId?: string;
  veiligheidsvoorwaarden: string[];
  informatie: string;
}

export interface SafetyAssessment {
  alarmsignalen: string[];
  alarmToelichting?: string;
  directeVeiligheid: string;
  acuteOnveiligheid: boolean;
  structureleOnveiligheid: boolean;
  toelichting: string;
  uitkomst: Uitkomst;
  redenenVtHoudt: KeepReason[];
  overdracht?: HandoverInput;
  onderbouwing: string;
}

export interface DecisionData {
  besluiten: Decision[];
  onderbouwing: string;
  overdracht?: HandoverInput;
  raad?: { vraag: string };
  politie?: { toelichting: string };
  huisverbod?: { ingangsdatum: string; uitTeHuizenPersoon: string; burgemeesterContact: string };
  huisverbodTot?: string;
}

export interface ResearchAnswer {
  nr: number;
  vraag: string;
  standaard: boolean;
  conclusie: string | null;
  bronnen: string | null;
  redenNietBeantwoord: string | null;
}

export type AssessmentAnswers = Record<string, { waarde: ItemValue; notitie?: string }>;

export interface OnderzoekRecord {
  id: string;
  soort: 'informatie' | 'risicoscenario' | 'instrument' | 'gesprek';
  gegevens: Record<string, unknown>;
  vastgelegdDoor: string | null;
  vastgelegdAt: string;
}

export interface Onderzoek {
  id: string;
  gestartOp: string;
  streefdatum: string;
  afgeslotenOp: string | null;
  teLaat: boolean;
  onderzoeksplan: string | null;
  vragen: ResearchAnswer[];
  openVragen: number[];
  beoordelingen: Record<string, AssessmentAnswers>;
  records: OnderzoekRecord[];
}

export interface VtZaak {
  id: string;
  nummer: number;
  soort: 'advies' | 'melding';
  bron: 'professional' | 'burger' | 'meldcode';
  status: VtStatus;
  zorg: string;
  ontvangenAt: string;
  deadline: string | null;
  acuutOpen: boolean;
  veiligheidsbeoordelingTeLaat: boolean;
  acuut: boolean;
  acuutActie: { actie: string; at: string; door: string | null } | null;
  melder: Melder | null;
  melderInKindveilig: boolean;
  anoniemAdvies: boolean;
  anonimiteitToegezegd: boolean;
  terugkoppelingGewenst: boolean;
  ambtshalve: { reden: string; at: string; door: string | null } | null;
  vtMeldingId: string | null;
  behandelaar: { id: string; naam: string } | null;
  betrokkenen: Betrokkene[];
  veiligheidsbeoordelingen: {
    id: string; ronde: number; gegevens: SafetyAssessment; uitkomst: Uitkomst;
    vastgelegdDoor: string | null; vastgelegdDoorId: string; vastgelegdAt: string; goedgekeurdDoor: string | null; goedgekeurdAt: string | null;
  }[];
  onderzoek: Onderzoek | null;
  besluiten: {
    id: string; gegevens: DecisionData; voorgesteldDoor: string | null; voorgesteldDoorId: string; voorgesteldAt: string;
    goedgekeurdDoor: string | null; goedgekeurdAt: string | null; raadVerzoek: boolean;
  }[];
  overdrachten: {
    id: string; naarOrganisatie: string; naarUser: string | null; veiligheidsvoorwaarden: string[]; informatie: string;
    verzondenAt: string; bevestigdDoor: string | null; bevestigdAt: string | null;
  }[];
  monitoring: { id: string; geplandOp: string; uitgevoerdOp: string | null; uitkomst: 'stabiel_veilig' | 'niet_veilig' | null; bevraagd: string | null; bevindingen: string | null }[];
  terugkoppelingen: { id: string; moment: Moment; tekst: string; kanaal: string; verzondenAt: string; door: string | null }[];
}

export interface VtZaakSummary {
  id: string;
  nummer: number;
  soort: 'advies' | 'melding';
  bron: string;
  status: VtStatus;
  ontvangenAt: string;
  deadline: string | null;
  vtMeldingId: string | null;
  kinderen: string[];
  behandelaar: { id: string; naam: string } | null;
  onderzoekStreefdatum: string | null;
  onderzoekTeLaat: boolean;
  acuutOpen: boolean;
  veiligheidsbeoordelingTeLaat: boolean;
}

export interface CaseloadRow {
  userId: string;
  naam: string;
  rol: 'veilig_thuis_medewerker' | 'teamleider';
  open: number;
  onderzoeken: number;
  teLaat: number;
}

export interface Share {
  totaal: number | null;
  binnenTermijn: number | null;
  aandeel: number | null;
}

export interface Kpis {
  teams: { team: string; organisationId: string; van: string; tot: string; meldingen: number | null; adviezen: number | null; veiligheidsbeoordelingen: Share; onderzoeken: Share }[];
  normen: { veiligheidsbeoordelingWerkdagen: number; onderzoekWeken: number };
}

export interface RadarItem {
  soort: 'vt-advies' | 'vt-melding' | 'verwijsindex-kindmatch' | 'verwijsindex-gezinsmatch';
  datum: string;
  organisatie: string;
  wie: string[];
  zaakId: string | null;
  nummer: number | null;
  status: VtStatus | null;
  uitkomst: Uitkomst | null;
  samenvatting: string | null;
}

export interface Radar {
  huishouden: string[];
  items: RadarItem[];
}

interface Texts {
  nl: string;
  en: string;
}

export interface RefItem extends Texts {
  id: string;
  ref: string;
}

export interface Referentie {
  onderzoeksvragen: (RefItem & { answeredIn: string })[];
  alarmsignalen: (RefItem & { items: RefItem[] })[];
  beoordelingen: Record<string, RefItem & { items: (RefItem & { group: string; kind: 'zorgpunt' | 'sterk' | 'aandachtspunt' })[] }>;
  instrumenten: { id: string; name: string; fullName: string; type: string; intendedUser: string; answersSafeNow: boolean; ref: string }[];
  termijnen: { veiligheidsbeoordelingWerkdagen: number; onderzoekWeken: number };
}

/** The reference text in the UI's language (Dutch by default). */
export const textOf = (item: Texts, lang: Lang) => (lang === 'en' ? item.en : item.nl);

/** A handover from Veilig Thuis as the receiving organisation sees it (views.ts handoverView). */
export interface VtHandover {
  id: string;
  van: string;
  naar: string;
  naarOrganisationId: string;
  naarUserId: string | null;
  contactVeiligThuis: { naam: string | null; telefoon: string | null; email: string | null };
  betrokkenen: { personId: string | null; naam: string; rol: Rol; geboortedatum: string | null }[];
  veiligheidsvoorwaarden: string[];
  informatie: string;
  verzondenAt: string;
  bevestigdAt: string | null;
  bevestigdDoor: string | null;
  melder: { naam: string; relatie: string; organisatie: string | null } | null;
  melderAnoniem: boolean;
}

/** "Lines of text" in a textarea → the non-empty lines. */
export const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

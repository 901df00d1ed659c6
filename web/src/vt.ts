// The Veilig Thuis case ("zaak") as the UI uses it: the API's shapes from the generated contract,
// and the lists the forms offer (src/modules/veiligthuis/model.ts).
import type { Lang } from './i18n/index.tsx';
import type { ApiResponse, ItemOf } from './shared/api/types.ts';

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

// The case and its parts, as the API sends them (generated contract).
export type VtZaak = ApiResponse<'/api/v1/vt-zaken/{id}', 'get'>;
export type Betrokkene = VtZaak['betrokkenen'][number];
export type Melder = NonNullable<VtZaak['melder']>;
export type SafetyAssessment = VtZaak['veiligheidsbeoordelingen'][number]['gegevens'];
export type HandoverInput = NonNullable<SafetyAssessment['overdracht']>;
export type DecisionData = VtZaak['besluiten'][number]['gegevens'];
export type Onderzoek = NonNullable<VtZaak['onderzoek']>;
export type ResearchAnswer = Onderzoek['vragen'][number];
export type OnderzoekRecord = Onderzoek['records'][number];
export type AssessmentAnswers = Onderzoek['beoordelingen'][string];

export type VtZaakSummary = ItemOf<ApiResponse<'/api/v1/vt-zaken', 'get'>>;
export type CaseloadRow = ItemOf<ApiResponse<'/api/v1/vt-caseload', 'get'>>;
export type Kpis = ApiResponse<'/api/v1/vt-kpis', 'get'>;
export type Share = Kpis['teams'][number]['onderzoeken'];
export type Radar = ApiResponse<'/api/v1/vt-zaken/{id}/radar', 'get'>;
export type RadarItem = Radar['items'][number];

interface Texts {
  nl: string;
  en: string;
}

export type Referentie = ApiResponse<'/api/v1/vt-referentie', 'get'>;
export type RefItem = Referentie['alarmsignalen'][number]['items'][number];

/** The reference text in the UI's language (Dutch by default). */
export const textOf = (item: Texts, lang: Lang) => (lang === 'en' ? item.en : item.nl);

/** A handover from Veilig Thuis as the receiving organisation sees it (views.ts handoverView). */
export type VtHandover = ApiResponse<'/api/v1/vt-overdrachten/{id}', 'get'>;

/** "Lines of text" in a textarea → the non-empty lines. */
export const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

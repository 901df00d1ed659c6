// The Veilig Thuis case model: statuses, the structured inputs and their zod schemas. The item
// lists the forms are built from live in lists.ts with their seed references.
import { z } from 'zod';
import { dateSchema, bsnSchema } from '../persons/validation.ts';
import { RISK_INSTRUMENTS } from './lists.ts';

export { VT_ROLES } from '../../contract/roles.ts';

/** Working days for the safety assessment (Uitvoeringsbesluit Wmo 2015 art. 4.1.7 lid 1). */
export const SAFETY_ASSESSMENT_WORKING_DAYS = 5;
/** Sector target for an investigation (Handelingsprotocol Veilig Thuis 2019). */
export const INVESTIGATION_WEEKS = 10;
/** A temporary house ban lasts ten days (Wet tijdelijk huisverbod). */
export const HOUSE_BAN_DAYS = 10;

export const STATUSES = [
  'advies', 'veiligheidsbeoordeling', 'vb_ter_goedkeuring', 'onderzoek', 'besluit_ter_goedkeuring', 'overdracht', 'monitoring', 'afgesloten',
] as const;
export type Status = (typeof STATUSES)[number];

const text = (max = 5000) => z.string().trim().min(1, 'Vul dit veld in.').max(max);
const shortText = text(300);

export const melderSchema = z.strictObject({
  naam: shortText,
  relatie: shortText.describe('Bijvoorbeeld buurvrouw, oom, leerkracht'),
  organisatie: z.string().trim().max(300).optional(),
  telefoon: z.string().trim().max(30).optional(),
  email: z.email().optional(),
});
export type Melder = z.infer<typeof melderSchema>;

export const ROLLEN = ['kind', 'ouder', 'verzorger', 'huisgenoot', 'vermoedelijke_pleger', 'overig'] as const;
export const betrokkeneSchema = z.strictObject({
  bsn: bsnSchema.optional(),
  naam: shortText.optional(),
  rol: z.enum(ROLLEN),
  toelichting: z.string().trim().max(1000).optional(),
}).refine((b) => b.bsn || b.naam, { message: 'Geef een BSN of een naam.', path: ['naam'] });

export const intakeSchema = z.strictObject({
  soort: z.enum(['advies', 'melding']),
  bron: z.enum(['professional', 'burger']).describe('Telefonisch of anders buiten Kindveilig; meldingen uit Kindveilig komen via de meldcode binnen'),
  zorg: text(10_000).describe('Waarover de adviesvrager of melder zich zorgen maakt'),
  melder: melderSchema.optional(),
  anoniem: z.boolean().default(false).describe('Alleen bij advies van een burger: geen identiteit vastgelegd'),
  anonimiteitToegezegd: z.boolean().default(false).describe('De melder is bekend bij Veilig Thuis, niet bij het gezin'),
  terugkoppelingGewenst: z.boolean().default(true),
  acuut: z.boolean().default(false),
  betrokkenen: z.array(betrokkeneSchema).max(30).default([]),
});
export type Intake = z.infer<typeof intakeSchema>;

export const KEEP_REASONS = {
  directe_interventie: 'Directe interventie is nodig',
  onduidelijk: 'Onduidelijk of er sprake is van geweld of mishandeling',
  ontkenning_weigering: 'Betrokkenen ontkennen, bagatelliseren of weigeren hulp',
  te_weinig_informatie: 'Te weinig informatie om te besluiten',
  anonimiteit: 'Anonimiteit van de melder is toegezegd',
} as const;

export const handoverSchema = z.strictObject({
  naarOrganisationId: z.uuid(),
  naarUserId: z.uuid().optional().describe('De regievoerder of vaste hulpverlener, als die bekend is'),
  veiligheidsvoorwaarden: z.array(text(1000)).max(30),
  informatie: text(10_000).describe('Wat de ontvanger nodig heeft om verder te gaan'),
});
export type Handover = z.infer<typeof handoverSchema>;

export const safetyAssessmentSchema = z.strictObject({
  alarmsignalen: z.array(z.string()).max(30).default([]),
  alarmToelichting: z.string().trim().max(5000).optional(),
  directeVeiligheid: text().describe('Oordeel over de directe fysieke veiligheid'),
  acuteOnveiligheid: z.boolean(),
  structureleOnveiligheid: z.boolean(),
  toelichting: text(),
  uitkomst: z.enum(['overdragen', 'vt_houdt', 'advies', 'beeindigen']),
  redenenVtHoudt: z.array(z.enum(Object.keys(KEEP_REASONS) as [keyof typeof KEEP_REASONS])).max(5).default([]),
  overdracht: handoverSchema.optional(),
  onderbouwing: text(),
});
export type SafetyAssessmentData = z.infer<typeof safetyAssessmentSchema>;

export const DECISIONS = {
  geen_actie: 'Geen verdere actie',
  vrijwillige_hulp: 'Vrijwillige hulp met overdracht van veiligheidsvoorwaarden',
  raad: 'Verzoek tot onderzoek aan de Raad voor de Kinderbescherming',
  politie: 'Melding of aangifte bij de politie',
  huisverbod: 'Tijdelijk huisverbod (10 dagen), voorbereid met de burgemeester',
} as const;
export type DecisionKind = keyof typeof DECISIONS;

export const decisionSchema = z.strictObject({
  besluiten: z.array(z.enum(Object.keys(DECISIONS) as [DecisionKind])).min(1, 'Kies ten minste één besluit.').max(5),
  onderbouwing: text(10_000),
  overdracht: handoverSchema.optional(),
  raad: z.strictObject({ vraag: text().describe('Waarom een beschermingsonderzoek nodig is') }).optional(),
  politie: z.strictObject({ toelichting: text() }).optional(),
  huisverbod: z.strictObject({
    ingangsdatum: dateSchema,
    uitTeHuizenPersoon: shortText,
    burgemeesterContact: shortText.describe('Contactpersoon bij de gemeente (burgemeester)'),
  }).optional(),
});
export type DecisionData = z.infer<typeof decisionSchema> & { huisverbodTot?: string };

export interface ResearchAnswer {
  nr: number;
  vraag: string;
  standaard: boolean;
  conclusie: string | null;
  bronnen: string | null;
  redenNietBeantwoord: string | null;
}

export const answerSchema = z.strictObject({
  conclusie: z.string().trim().max(10_000).optional(),
  bronnen: z.string().trim().max(5000).optional(),
  redenNietBeantwoord: z.string().trim().max(5000).optional(),
}).refine((a) => !(a.conclusie && a.redenNietBeantwoord), { message: 'Geef een conclusie of een reden, niet beide.', path: ['redenNietBeantwoord'] })
  .refine((a) => !a.conclusie || a.bronnen, { message: 'Noem de bronnen achter de conclusie.', path: ['bronnen'] });

export const ITEM_VALUES = ['zorg', 'sterk', 'nvt', 'onbekend'] as const;
export type AssessmentAnswers = Record<string, { waarde: (typeof ITEM_VALUES)[number]; notitie?: string }>;

export const INFO_SOURCES = {
  ouders: 'Ouders', kind: 'Kind', familie: 'Overige familie', netwerk: 'Netwerk', school: 'School', kinderopvang: 'Kinderopvang',
  huisarts: 'Huisarts', jgz: 'Jeugdgezondheidszorg', politie: 'Politie', forensisch_arts: 'Forensisch arts', ggz: 'GGZ', overig: 'Overig',
} as const;
export const MEANS = { gesprek: 'Gesprek', observatie: 'Observatie', dossieranalyse: 'Dossieranalyse', vragenlijst: 'Vragenlijst' } as const;
export const LEGAL_BASES = {
  toestemming: 'Toestemming van de betrokkene',
  wettelijke_bevoegdheid: 'Wettelijke bevoegdheid van Veilig Thuis (Wmo 2015), zonder toestemming',
} as const;

export const recordSchemas = {
  informatie: z.strictObject({
    bron: z.enum(Object.keys(INFO_SOURCES) as [keyof typeof INFO_SOURCES]),
    bronOmschrijving: z.string().trim().max(300).optional(),
    datum: dateSchema,
    middel: z.enum(Object.keys(MEANS) as [keyof typeof MEANS]),
    bevindingen: text(10_000),
    grondslag: z.enum(Object.keys(LEGAL_BASES) as [keyof typeof LEGAL_BASES]),
    grondslagToelichting: z.string().trim().max(1000).optional(),
  }),
  risicoscenario: z.strictObject({
    wat: text(2000).describe('Wat kan er gebeuren (aard)'),
    kans: z.number().int().min(0).max(100).describe('Kans in procenten, 0–100'),
    ernst: z.number().int().min(1).max(5).describe('Ernst voor het kind, 1–5'),
    meestRisicovol: z.boolean().describe('Oordeel van de professional, niet berekend'),
    leidtTot: z.enum(['veiligheidsvoorwaarden', 'veiligheidsplan']).optional(),
    voorkomen: z.string().trim().max(5000).optional().describe('Wie doet wat om het te voorkomen'),
    alsHetGebeurt: z.string().trim().max(5000).optional().describe('Wie doet wat als het toch gebeurt'),
  }),
  instrument: z.strictObject({
    instrument: z.enum(RISK_INSTRUMENTS.map((i) => i.id) as [string, ...string[]]).describe('Een instrument uit seed 001 bijlage 3.1'),
    ingevuldOp: dateSchema,
    ingevuldDoor: shortText,
    items: z.record(z.string().max(100), z.string().max(2000)).describe('Het ingevulde formulier, item voor item; Kindveilig scoort niet'),
    conclusie: z.string().trim().max(5000).optional(),
  }),
  gesprek: z.strictObject({
    met: z.enum(['ouders', 'kind']),
    personId: z.uuid().optional(),
    datum: dateSchema,
    aanwezigen: shortText,
    stappen: z.record(z.string().max(50), z.string().trim().max(5000)).default({}),
    besproken: text(10_000),
    afspraken: text(10_000),
  }),
} as const;
export type RecordKind = keyof typeof recordSchemas;

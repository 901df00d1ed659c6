// The Meldcode huiselijk geweld en kindermishandeling (2019): five steps, the last one two
// decisions worked through as the five questions of the afwegingskader
// (shared/domain/practice-and-peers.md §3). What each step records, and which outcomes the
// answers allow: the professional answers, the system only checks consistency.
import { z } from 'zod';
import { dateSchema } from '../persons/validation.ts';

/** The forms of abuse (seed 001 §1.2.1) and the specific forms the 2019 code names. */
export const FORMS_OF_ABUSE = [
  'lichamelijke_mishandeling', 'lichamelijke_verwaarlozing', 'psychische_mishandeling', 'psychische_verwaarlozing',
  'seksueel_misbruik', 'getuige_huiselijk_geweld', 'eergerelateerd_geweld', 'vrouwelijke_genitale_verminking', 'huwelijksdwang',
] as const;

const text = (max = 5000) => z.string().trim().min(1).max(max);

export const STEP_SCHEMAS = {
  /** Step 1: signals mapped factually: what, when, from whom, which forms they may point to. */
  signaal: z.strictObject({
    observedOn: dateSchema,
    source: text(200).describe('Bron: eigen waarneming, kind, ouder, collega, derde'),
    observationType: z.enum(['waarneming', 'uitspraak_kind', 'uitspraak_ouder', 'lichamelijk_letsel', 'gedrag', 'informatie_derde']),
    description: text(),
    forms: z.array(z.enum(FORMS_OF_ABUSE)).max(FORMS_OF_ABUSE.length).default([]),
  }),
  /** Step 2: collegial consultation and, when needed, advice of Veilig Thuis or a forensic doctor. */
  consultatie: z.strictObject({
    consultedOn: dateSchema,
    who: z.enum(['collega', 'aandachtsfunctionaris', 'veilig_thuis', 'forensisch_arts', 'andere_deskundige']),
    name: text(200),
    advice: text(),
  }),
  /** Step 3: the conversation with the people involved … */
  gesprek: z.strictObject({
    heldOn: dateSchema,
    withWhom: text(300),
    summary: text(),
    reaction: text().describe('Reactie van de betrokkenen op de zorgen'),
  }),
  /** … or why it was not held. */
  gesprek_overgeslagen: z.strictObject({
    reason: z.enum(['veiligheid_kind', 'veiligheid_professional', 'veiligheid_anderen', 'contact_verbroken']),
    explanation: text(),
  }),
  /** Step 4: weighing risk, nature and seriousness with the sector's afwegingskader. */
  weging: z.strictObject({
    weighedOn: dateSchema,
    framework: text(200).describe('Het afwegingskader van de eigen beroepsgroep'),
    forms: z.array(z.enum(FORMS_OF_ABUSE)).min(1),
    seriousness: z.enum(['licht', 'matig', 'ernstig']),
    risk: text().describe('Risico: wat kan er gebeuren, hoe waarschijnlijk, hoe ernstig'),
    reasoning: text(),
  }),
} as const;

export type RecordKind = keyof typeof STEP_SCHEMAS | 'besluit' | 'evaluatie' | 'pauze' | 'hervatting';
export const STEP_OF: Record<RecordKind, number> = {
  signaal: 1, consultatie: 2, gesprek: 3, gesprek_overgeslagen: 3, weging: 4, besluit: 5, evaluatie: 5, pauze: 0, hervatting: 0,
};

const answer = z.strictObject({ answer: z.enum(['ja', 'nee']), reasoning: text() });

/** Step 5: the five questions, the outcome and what it needs. */
export const decisionSchema = z.strictObject({
  decidedOn: dateSchema,
  q1Vermoeden: answer.describe('Heb ik op basis van stap 1 t/m 4 een vermoeden van huiselijk geweld of kindermishandeling?'),
  q2AcuutStructureel: answer.optional().describe('Is er sprake van acute en/of structurele onveiligheid?'),
  q3HulpMogelijk: answer.optional().describe('Kan ik effectieve hulp bieden of organiseren?'),
  q4HulpAanvaard: answer.optional().describe('Aanvaarden de betrokkenen de hulp en verbinden zij zich eraan?'),
  outcome: z.enum(['afsluiten', 'melden', 'hulp']),
  reasoning: text(),
  agreements: text().optional().describe('Bij hulp: de afspraken met de betrokkenen'),
  followUpDate: dateSchema.optional().describe('Bij hulp: wanneer wordt gekeken of de hulp de nodige resultaten bereikt'),
  /** Steps left empty must each have a stated reason. */
  emptyStepReasons: z.strictObject({ '1': text().optional(), '2': text().optional(), '3': text().optional(), '4': text().optional() }).optional(),
});
export type Decision = z.infer<typeof decisionSchema>;

/** Question 5, asked when the follow-up date of the help comes: does the help achieve the results in time? */
export const evaluationSchema = z.strictObject({
  evaluatedOn: dateSchema,
  q5ResultaatBereikt: answer.describe('Leidt de hulp binnen de gewenste termijn tot de noodzakelijke resultaten?'),
  monitoringAgreements: text().optional().describe('Bij ja: afspraken over het volgen van de (on)veiligheid'),
});

/** The outcome the answers lead to; null when the questions asked stop short of an outcome. */
export function outcomeOf(d: Pick<Decision, 'q1Vermoeden' | 'q2AcuutStructureel' | 'q3HulpMogelijk' | 'q4HulpAanvaard'>): Decision['outcome'] | 'incomplete' {
  if (d.q1Vermoeden.answer === 'nee') return 'afsluiten';
  if (!d.q2AcuutStructureel) return 'incomplete';
  if (d.q2AcuutStructureel.answer === 'ja') return 'melden';
  if (!d.q3HulpMogelijk) return 'incomplete';
  if (d.q3HulpMogelijk.answer === 'nee') return 'melden';
  if (!d.q4HulpAanvaard) return 'incomplete';
  return d.q4HulpAanvaard.answer === 'nee' ? 'melden' : 'hulp';
}

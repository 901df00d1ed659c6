// Response shapes of the Veilig Thuis API, for the OpenAPI document and response validation.
import { z } from 'zod';
import { reasonsSchema, ruleSchema } from '../../platform/disclosure/index.ts';
import { ITEM_VALUES, ROLLEN, STATUSES, decisionSchema, melderSchema, safetyAssessmentSchema } from './model.ts';
import { ASSESSMENT_SECTION_IDS, type AssessmentSectionId } from './lists.ts';

const named = z.object({ id: z.string(), naam: z.string() });

export const zaakSummarySchema = z.object({
  id: z.string(), nummer: z.number(), soort: z.enum(['advies', 'melding']), bron: z.enum(['meldcode', 'professional', 'burger']),
  status: z.enum(STATUSES), ontvangenAt: z.string(), deadline: z.string().nullable(), vtMeldingId: z.string().nullable(),
  kinderen: z.array(z.string()), behandelaar: named.nullable(), onderzoekStreefdatum: z.string().nullable(), onderzoekTeLaat: z.boolean(),
  acuutOpen: z.boolean().describe('Acuut en nog niet opgepakt'), veiligheidsbeoordelingTeLaat: z.boolean(),
});

export const radarSchema = z.object({
  huishouden: z.array(z.string()),
  items: z.array(z.object({
    soort: z.enum(['vt-advies', 'vt-melding', 'verwijsindex-kindmatch', 'verwijsindex-gezinsmatch']), datum: z.string(), organisatie: z.string(),
    wie: z.array(z.string()), zaakId: z.string().nullable().describe('Alleen bij zaken van het eigen team'), nummer: z.number().nullable(),
    status: z.string().nullable(), uitkomst: z.string().nullable(), samenvatting: z.string().nullable(),
  })),
});

export const handoverViewSchema = z.object({
  id: z.string(), van: z.string(), naar: z.string(), naarOrganisationId: z.string(), naarUserId: z.string().nullable(),
  contactVeiligThuis: z.object({ naam: z.string().nullable(), telefoon: z.string().nullable(), email: z.string().nullable() }),
  betrokkenen: z.array(z.object({ personId: z.string().nullable(), naam: z.string(), rol: z.string(), geboortedatum: z.string().nullable() })),
  veiligheidsvoorwaarden: z.array(z.string()), informatie: z.string(), verzondenAt: z.string(),
  bevestigdAt: z.string().nullable(), bevestigdDoor: z.string().nullable(),
  melder: z.object({ naam: z.string(), relatie: z.string(), organisatie: z.string().nullable() }).nullable().describe('Nooit bij toegezegde anonimiteit'),
  melderAnoniem: z.boolean(),
});

const share = z.object({ totaal: z.number().nullable(), binnenTermijn: z.number().nullable(), aandeel: z.number().nullable() });
export const kpiSchema = z.object({
  teams: z.array(z.object({
    team: z.string(), organisationId: z.string(), van: z.string(), tot: z.string(),
    meldingen: z.number().nullable(), adviezen: z.number().nullable(), veiligheidsbeoordelingen: share, onderzoeken: share,
    /** Regional view only: why a null is null, per field (e.g. "onderzoeken.totaal"). */
    onderdrukking: reasonsSchema.optional(),
  })),
  /** Regional view only: the region's total, through the same disclosure control. */
  regio: z.object({
    van: z.string(), tot: z.string(), meldingen: z.number().nullable(), adviezen: z.number().nullable(),
    veiligheidsbeoordelingen: share, onderzoeken: share, onderdrukking: reasonsSchema,
  }).optional(),
  normen: z.object({ veiligheidsbeoordelingWerkdagen: z.number(), onderzoekWeken: z.number() }),
  beveiliging: ruleSchema.optional(),
});

export const caseloadSchema = z.object({
  items: z.array(z.object({ userId: z.string(), naam: z.string(), rol: z.string(), open: z.number(), onderzoeken: z.number(), teLaat: z.number() })),
});

const byAt = z.object({ at: z.string(), door: z.string().nullable() });
const answer = z.object({ waarde: z.enum(ITEM_VALUES), notitie: z.string().optional() });

/** The whole case as the Veilig Thuis team sees it (views.ts, zaakDetail). */
export const zaakDetailSchema = z.object({
  id: z.string(), nummer: z.number(), soort: z.enum(['advies', 'melding']), bron: z.enum(['meldcode', 'professional', 'burger']),
  status: z.enum(STATUSES).describe(STATUSES.join(' → ')), zorg: z.string(), ontvangenAt: z.string(), deadline: z.string().nullable(),
  acuutOpen: z.boolean(), veiligheidsbeoordelingTeLaat: z.boolean(), acuut: z.boolean(),
  acuutActie: byAt.extend({ actie: z.string() }).nullable(),
  melder: melderSchema.nullable().describe('Alleen voor het Veilig Thuis-team'), melderInKindveilig: z.boolean(),
  anoniemAdvies: z.boolean(), anonimiteitToegezegd: z.boolean(), terugkoppelingGewenst: z.boolean(),
  ambtshalve: byAt.extend({ reden: z.string() }).nullable(), vtMeldingId: z.string().nullable(), behandelaar: named.nullable(),
  betrokkenen: z.array(z.object({
    id: z.string(), personId: z.string().nullable(), naam: z.string(), rol: z.enum(ROLLEN), toelichting: z.string().nullable(),
    bsn: z.string().nullable(), geboortedatum: z.string().nullable(),
  })),
  veiligheidsbeoordelingen: z.array(z.object({
    id: z.string(), ronde: z.number(), gegevens: safetyAssessmentSchema, uitkomst: safetyAssessmentSchema.shape.uitkomst,
    vastgelegdDoor: z.string().nullable(), vastgelegdDoorId: z.string(), vastgelegdAt: z.string(),
    goedgekeurdDoor: z.string().nullable(), goedgekeurdAt: z.string().nullable(),
  })),
  onderzoek: z.object({
    id: z.string(), ronde: z.number(), gestartOp: z.string(), streefdatum: z.string(), afgeslotenOp: z.string().nullable(), teLaat: z.boolean(),
    onderzoeksplan: z.string().nullable(),
    vragen: z.array(z.object({
      nr: z.number(), vraag: z.string(), standaard: z.boolean(), conclusie: z.string().nullable(), bronnen: z.string().nullable(), redenNietBeantwoord: z.string().nullable(),
    })),
    openVragen: z.array(z.number()),
    beoordelingen: z.record(z.string(), z.record(z.string(), answer)).describe('Per formulier (en kind): item-id → oordeel'),
    records: z.array(z.object({
      id: z.string(), soort: z.enum(['informatie', 'risicoscenario', 'instrument', 'gesprek']), gegevens: z.record(z.string(), z.unknown()),
      vastgelegdDoor: z.string().nullable(), vastgelegdAt: z.string(),
    })),
  }).nullable().describe('Het huidige (laatste) onderzoek'),
  eerdereOnderzoeken: z.array(z.object({ ronde: z.number(), gestartOp: z.string(), streefdatum: z.string(), afgeslotenOp: z.string().nullable() })),
  besluiten: z.array(z.object({
    id: z.string(), gegevens: decisionSchema.extend({ huisverbodTot: z.string().optional() }),
    voorgesteldDoor: z.string().nullable(), voorgesteldDoorId: z.string(), voorgesteldAt: z.string(),
    goedgekeurdDoor: z.string().nullable(), goedgekeurdAt: z.string().nullable(), raadVerzoek: z.boolean(),
  })),
  overdrachten: z.array(z.object({
    id: z.string(), naarOrganisatie: z.string(), naarUser: z.string().nullable(), veiligheidsvoorwaarden: z.array(z.string()), informatie: z.string(),
    verzondenAt: z.string(), bevestigdDoor: z.string().nullable(), bevestigdAt: z.string().nullable(),
  })),
  monitoring: z.array(z.object({
    id: z.string(), geplandOp: z.string(), uitgevoerdOp: z.string().nullable(), uitkomst: z.enum(['stabiel_veilig', 'niet_veilig']).nullable(),
    bevraagd: z.string().nullable(), bevindingen: z.string().nullable(),
  })),
  terugkoppelingen: z.array(z.object({
    id: z.string(), moment: z.enum(['na_veiligheidsbeoordeling', 'na_onderzoek']), tekst: z.string(), kanaal: z.enum(['kindveilig', 'telefoon', 'brief', 'email']),
    verzondenAt: z.string(), door: z.string().nullable(),
  })),
}).meta({ id: 'VtZaakDetail' });

const onderzoekSchema = zaakDetailSchema.shape.onderzoek.unwrap();
const recordGegevens = z.array(onderzoekSchema.shape.records.element.shape.gegevens);

/** The request to the Raad, built from the case at read time (views.ts, raadFindings). */
export const raadVerzoekSchema = z.object({
  zaaknummer: z.number(), vraag: z.string(),
  betrokkenen: z.array(zaakDetailSchema.shape.betrokkenen.element.pick({ naam: true, rol: true, bsn: true, geboortedatum: true })),
  melding: z.object({ ontvangenAt: z.string(), zorg: z.string(), melder: z.string() }).describe('Zonder de woorden van een melder aan wie anonimiteit is toegezegd'),
  veiligheidsbeoordeling: safetyAssessmentSchema.pick({ uitkomst: true, alarmsignalen: true, directeVeiligheid: true, onderbouwing: true })
    .extend({ redenen: z.array(z.string()) }).nullable(),
  onderzoek: onderzoekSchema.pick({ gestartOp: true, onderzoeksplan: true, vragen: true, beoordelingen: true })
    .extend({ informatie: recordGegevens, risicoscenarios: recordGegevens, instrumenten: recordGegevens, gesprekken: recordGegevens }),
}).describe('Verzoek met vraag, betrokkenen, melding (zonder beschermde melder), veiligheidsbeoordeling, onderzoek en besluit');

const listItem = z.object({ id: z.string(), nl: z.string(), en: z.string(), ref: z.string() });
const assessmentSection = listItem.extend({
  id: z.enum(ASSESSMENT_SECTION_IDS as [AssessmentSectionId, ...AssessmentSectionId[]]),
  items: z.array(listItem.extend({ group: z.string(), kind: z.enum(['zorgpunt', 'sterk', 'aandachtspunt']) })).readonly(),
});

/** The reference lists of lists.ts, for the forms. */
export const referentieSchema = z.object({
  onderzoeksvragen: z.array(listItem.extend({
    id: z.enum(['RQ1', 'RQ2', 'RQ3', 'RQ4', 'RQ5', 'RQ6']), answeredIn: z.enum(['§3.2.1', '§3.2.2', '§3.2.3', '§3.3', '§3.4']),
  })).readonly(),
  alarmsignalen: z.array(listItem.extend({ id: z.enum(['A', 'B', 'C', 'D']), items: z.array(listItem).readonly() })).readonly(),
  beoordelingen: z.record(assessmentSection.shape.id, assessmentSection),
  instrumenten: z.array(z.object({
    id: z.enum(['cfra', 'care-nl', 'delta-veiligheidslijst', 'lirik']), name: z.string(), fullName: z.string(), type: z.string(),
    intendedUser: z.string(), answersSafeNow: z.boolean(), ref: z.string(),
  })).readonly(),
  termijnen: z.object({ veiligheidsbeoordelingWerkdagen: z.number(), onderzoekWeken: z.number() }),
}).describe('onderzoeksvragen, alarmsignalen, beoordelingen, instrumenten en termijnen, met bronverwijzing');

// Response shapes of the Veilig Thuis API, for the OpenAPI document and response validation.
// The full case (GET /vt-zaken/:id) is described in views.ts (zaakDetail) and left open here.
import { z } from 'zod';

const named = z.object({ id: z.string(), naam: z.string() });

export const zaakSummarySchema = z.object({
  id: z.string(), nummer: z.number(), soort: z.enum(['advies', 'melding']), bron: z.enum(['meldcode', 'professional', 'burger']),
  status: z.string(), ontvangenAt: z.string(), deadline: z.string().nullable(), vtMeldingId: z.string().nullable(),
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
  })),
  normen: z.object({ veiligheidsbeoordelingWerkdagen: z.number(), onderzoekWeken: z.number() }),
});

export const caseloadSchema = z.object({
  items: z.array(z.object({ userId: z.string(), naam: z.string(), rol: z.string(), open: z.number(), onderzoeken: z.number(), teLaat: z.number() })),
});

export const zaakDetailSchema = z.any().describe('De volledige zaak: melding, betrokkenen, veiligheidsbeoordelingen, onderzoek, besluiten, overdrachten, monitoring en terugkoppelingen (zie views.ts, zaakDetail)');

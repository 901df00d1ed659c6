// The one way an aggregate leaves the server for an aggregate-only role (decision 0009):
// build the table's cells and lines, protect them here, and send the rule along.
import type { Config } from '../config.ts';
import { z } from 'zod';

export { protect, protectedMedian, determinedCells, isSmall, roundTo, type Line, type ProtectedCell, type Reason } from './protect.ts';
export { publicationPeriod, yearPeriods, ancestors, differencingRefusal, type PublicationPeriod } from './periods.ts';

export const ROUNDING_BASE = 5;

export interface DisclosureSettings { threshold: number; rounding: number }

/** Optional query parameter of every protected aggregate: CBS-style rounding on request. */
export const roundingQuery = z.enum(['ja', 'nee']).optional();

export function disclosureSettings(config: Pick<Config, 'disclosureThreshold' | 'disclosureRounding'>, afronden?: 'ja' | 'nee'): DisclosureSettings {
  return { threshold: config.disclosureThreshold, rounding: config.disclosureRounding || afronden === 'ja' ? ROUNDING_BASE : 0 };
}

export const ruleSchema = z.object({ drempel: z.number(), afronding: z.number().nullable(), regel: z.string() });

/** The rule as the reader gets it with every protected table. */
export function ruleOf(s: DisclosureSettings): z.infer<typeof ruleSchema> {
  const parts = [
    `Aantallen van 1 tot ${s.threshold} zijn onderdrukt (primair), bij een aandeel ook als het deel binnen of buiten de norm zo klein is.`,
    'Daarnaast zijn andere cellen onderdrukt (secundair), zodat geen onderdrukt aantal uit totalen, andere rijen of andere perioden terug te rekenen is.',
    'Een onderdrukt aantal wordt niet getoond.',
  ];
  if (s.rounding) parts.push(`Getoonde aantallen zijn afgerond op een veelvoud van ${s.rounding} (rest 1 en 2 naar beneden, 3 en 4 naar boven), elk afzonderlijk: een totaal kan daardoor afwijken van de som van zijn delen. Aandelen zijn berekend op de onafgeronde aantallen.`);
  return { drempel: s.threshold, afronding: s.rounding || null, regel: parts.join(' ') };
}

export const reasonsSchema = z.record(z.string(), z.enum(['primair', 'secundair']));

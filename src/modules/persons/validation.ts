// Shared validation of person data, used by manual entry and by the BRP import alike.
import { z } from 'zod';
import { isValidDate } from '../../platform/dates.ts';
import { bsnProblemText } from './bsn.ts';
import { PARENT_KINDS } from './tables.ts';

export const bsnSchema = z.string().superRefine((value, ctx) => {
  const problem = bsnProblemText(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

export const dateSchema = z.string().refine(isValidDate, { message: 'Geen geldige datum (JJJJ-MM-DD).' });

export const personInput = z.strictObject({
  bsn: bsnSchema,
  givenNames: z.string().trim().min(1).max(200),
  tussenvoegsel: z.string().trim().max(20).optional().nullable(),
  familyName: z.string().trim().min(1).max(200),
  dateOfBirth: dateSchema,
  sex: z.enum(['M', 'V', 'O']),
  street: z.string().trim().max(200).optional().nullable(),
  houseNumber: z.string().trim().max(20).optional().nullable(),
  postcode: z.string().trim().regex(/^\d{4} ?[A-Z]{2}$/, 'Postcode als 1234 AB.').optional().nullable(),
  city: z.string().trim().max(100).optional().nullable(),
  municipalityCode: z.string().max(10).optional().nullable(),
  dateOfDeath: dateSchema.optional().nullable(),
});
export type PersonInput = z.infer<typeof personInput>;

export const relationInput = z.strictObject({
  parentBsn: bsnSchema,
  childBsn: bsnSchema,
  kind: z.enum(PARENT_KINDS),
});
export type RelationInput = z.infer<typeof relationInput>;

/** Rules that need today's date; returns Dutch messages keyed by field. */
export function personDateProblems(p: Pick<PersonInput, 'dateOfBirth' | 'dateOfDeath'>, today: string): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  if (p.dateOfBirth > today) problems.push({ path: 'dateOfBirth', message: 'De geboortedatum ligt in de toekomst.' });
  if (p.dateOfBirth < '1900-01-01') problems.push({ path: 'dateOfBirth', message: 'De geboortedatum ligt voor 1900.' });
  if (p.dateOfDeath) {
    if (p.dateOfDeath > today) problems.push({ path: 'dateOfDeath', message: 'De overlijdensdatum ligt in de toekomst.' });
    if (p.dateOfDeath < p.dateOfBirth) problems.push({ path: 'dateOfDeath', message: 'De overlijdensdatum ligt voor de geboortedatum.' });
  }
  return problems;
}

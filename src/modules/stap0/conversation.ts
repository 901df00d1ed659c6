// The guided record of a conversation with the parents (seed 001 §4.3) or with the child
// (§4.4), each in the seed's seven steps, in order; agreements become follow-up tasks.
import { z } from 'zod';
import { dateSchema } from '../persons/validation.ts';

const part = z.string().trim().min(1).max(5000);

/** Seed 001 §4.3 "Stappen in het gesprek" with the parents. */
export const PARENT_STEPS = {
  doel: 'Het doel van het gesprek bespreken',
  zorgen: 'Concreet de zorgen over het kind benoemen',
  reactie: 'Ouders laten reageren',
  oorzaken: 'Bespreken wat volgens de ouders de oorzaak van de problemen zou kunnen zijn',
  zorgenUitgesproken: 'Zorgen uitspreken over de problemen die de hulpverlener ziet',
  verwachtingen: 'Verwachtingen bespreken en wijzen op de verantwoordelijkheid van de ouders',
  afronding: 'Afsluiten met concrete afspraken en informatie over het vervolg',
} as const;

/** Seed 001 §4.4 "Stappen in het gesprek" with the child. */
export const CHILD_STEPS = {
  weetWaarom: 'Bespreken of het kind weet waarom het er is',
  doel: 'Het doel uitleggen en wat de hulpverlener met de informatie doet',
  thuissituatie: 'De thuissituatie bespreken (het kind laten vertellen)',
  verantwoordelijkheid: 'Uitleggen dat ouders verantwoordelijk zijn en het kind geen schuld heeft',
  oplossingen: 'Mogelijke oplossingen bespreken',
  afronding: 'Afronden: wat er gaat gebeuren en wat aan de ouders verteld wordt',
  opvang: 'Opvang na afloop door iemand die het kind vertrouwt',
} as const;

/** Talking with children from four years (Delfos, 2005b; seed 001 §4.4). */
export const MIN_CHILD_AGE = 4;

const stepsOf = <T extends Record<string, string>>(steps: T) =>
  z.strictObject(Object.fromEntries(Object.keys(steps).map((k) => [k, part])) as { [K in keyof T]: typeof part });

const agreement = z.strictObject({ description: z.string().trim().min(1).max(300), dueDate: dateSchema, assigneeId: z.uuid().optional() });

export const conversationSchema = z.discriminatedUnion('with', [
  z.strictObject({ with: z.literal('ouders'), heldOn: dateSchema, participants: z.string().trim().min(1).max(300), steps: stepsOf(PARENT_STEPS), agreements: z.array(agreement).max(20).default([]) }),
  z.strictObject({ with: z.literal('kind'), heldOn: dateSchema, participants: z.string().trim().min(1).max(300), steps: stepsOf(CHILD_STEPS), agreements: z.array(agreement).max(20).default([]) }),
]);
export type Conversation = z.infer<typeof conversationSchema>;

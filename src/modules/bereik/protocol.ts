// The decision tree of the reach protocol. Each failure to reach the family (a missed
// appointment without notice, or an attempt that found nobody) moves one step on; contact, an
// explanation, or other help in view ends the episode. The last step proposes escalation.
import { z } from 'zod';

export const stepSchema = z.strictObject({
  action: z.enum(['contactpoging', 'huisbezoek', 'escalatie']),
  title: z.string().trim().min(1).max(200),
  dueDays: z.number().int().min(0).max(60),
});
export const protocolSchema = z.array(stepSchema).min(1, 'Het protocol heeft minstens één stap: de laatste is het voorstel tot escalatie.').max(10)
  // zod runs the refinement on an empty list too, so it must not assume a last step
  .refine((steps) => steps.length === 0 || steps.at(-1)!.action === 'escalatie', {
  message: 'De laatste stap van het protocol is het voorstel tot escalatie.',
});
export type ProtocolStep = z.infer<typeof stepSchema>;

/** After Vérian's "Risicoregistratie, Bereik en Niet verschenen zonder bericht" (seed 004). */
export const DEFAULT_PROTOCOL: ProtocolStep[] = [
  { action: 'contactpoging', title: 'Contact opnemen met het gezin (bellen, bericht)', dueDays: 2 },
  { action: 'contactpoging', title: 'Nieuwe afspraak maken en schriftelijk uitnodigen', dueDays: 5 },
  { action: 'huisbezoek', title: 'Huisbezoek afleggen', dueDays: 5 },
  { action: 'escalatie', title: 'Gezin blijft onbereikbaar zonder verklaring: zorg delen of meldcode starten', dueDays: 1 },
];

export const ENDS_EPISODE = ['contact', 'verklaring', 'andere_hulp'] as const;

/** The failures since the last outcome that ended an episode. */
export function failuresInEpisode(events: { kind: string; outcome: string | null }[]): number {
  let failures = 0;
  for (const e of events) {
    if (e.kind === 'uitkomst' && (ENDS_EPISODE as readonly string[]).includes(e.outcome ?? '')) failures = 0;
    else if (e.kind === 'niet_verschenen' || e.outcome === 'onbereikbaar') failures += 1;
  }
  return failures;
}

export function stepFor(protocol: ProtocolStep[], failures: number): ProtocolStep {
  return protocol[Math.min(failures, protocol.length) - 1];
}

// A stap 0 screening: every risk and protective factor answered (present / not present /
// unknown), then the professional's own judgement and next action. The system shows burden
// (draaglast) against capacity (draagkracht) side by side and never turns it into a score.
import { FACTOR_GROUPS } from './factors.ts';
import { unprocessable } from '../../platform/http/problem.ts';
import type { ScreeningAnswer } from './tables.ts';

export { JUDGEMENTS, NEXT_ACTIONS, type Judgement, type NextAction } from '../../contract/stap0.ts';
import type { Judgement, NextAction } from '../../contract/stap0.ts';

const FACTORS = new Map(FACTOR_GROUPS.flatMap((g) => g.factors.map((f) => [f.id, { factor: f, group: g }] as const)));

export function validateScreening(answers: ScreeningAnswer[], judgement: Judgement, nextAction: NextAction): void {
  const unknown = answers.map((a) => a.factorId).filter((id) => !FACTORS.has(id));
  if (unknown.length) throw unprocessable('factor-unknown', `Onbekende factoren: ${unknown.join(', ')}.`, { fields: unknown });
  const seen = new Set<string>();
  const twice = answers.map((a) => a.factorId).filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
  if (twice.length) throw unprocessable('factor-twice', `Factoren dubbel beantwoord: ${twice.join(', ')}.`, { fields: twice });
  const missing = [...FACTORS.keys()].filter((id) => !seen.has(id));
  if (missing.length) {
    throw unprocessable('screening-incomplete', `Beantwoord elke factor (aanwezig, niet aanwezig of onbekend); ${missing.length} ontbreken.`, { fields: missing });
  }
  const unsourced = answers.filter((a) => a.answer === 'aanwezig' && !a.source).map((a) => a.factorId);
  if (unsourced.length) {
    throw unprocessable('source-required', 'Vermeld bij elke aanwezige factor de bron van de kennis (eigen waarneming, ouder, kind, collega …).', { fields: unsourced });
  }
  if (nextAction === 'geen_actie' && judgement !== 'geen_zorg') {
    throw unprocessable('next-action-required', 'Bij een zorg hoort een vervolgstap: bespreken met de ouders, de zorg delen, hulp bieden of de meldcode starten.');
  }
  if (judgement === 'vermoeden_kindermishandeling' && nextAction !== 'meldcode_starten') {
    throw unprocessable('meldcode-required', 'Bij een vermoeden van kindermishandeling volgt u de meldcode.');
  }
}

/** Present risk factors (draaglast) and present protective factors (draagkracht), per group. */
export function balance(answers: ScreeningAnswer[]) {
  const present = answers.filter((a) => a.answer === 'aanwezig');
  const side = (kind: 'risico' | 'beschermend') => FACTOR_GROUPS.filter((g) => g.kind === kind).map((g) => ({
    groupId: g.id,
    group: g.nl,
    factors: present.filter((a) => FACTORS.get(a.factorId)!.group.id === g.id).map((a) => ({
      id: a.factorId, label: FACTORS.get(a.factorId)!.factor.nl, note: a.note ?? null, source: a.source ?? null,
    })),
  }));
  return {
    draaglast: side('risico'),
    draagkracht: side('beschermend'),
    unknown: answers.filter((a) => a.answer === 'onbekend').length,
  };
}

export const JUDGEMENT_LABEL: Record<Judgement, string> = {
  geen_zorg: 'geen zorg',
  zorg: 'een zorg',
  ernstige_zorg: 'een ernstige zorg',
  vermoeden_kindermishandeling: 'vermoeden van kindermishandeling',
};
export const NEXT_ACTION_LABEL: Record<NextAction, string> = {
  geen_actie: 'geen vervolg nodig',
  bespreken_met_ouders: 'bespreken met de ouders',
  zorg_delen: 'de zorg delen met een ketenpartner',
  hulp_aanbieden: 'hulp bieden of organiseren',
  meldcode_starten: 'de meldcode starten',
};

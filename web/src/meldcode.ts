// Shapes and rules of the Meldcode, Veilig Thuis' inbox and follow-up tasks as the UI uses them
// (see src/modules/meldcode/routes.ts and steps.ts, src/modules/opvolging/routes.ts).
import type { ApiBody, ApiResponse, ItemOf } from './shared/api/types.ts';

export const TRAJECT_STATUSES = ['open', 'gepauzeerd', 'hulp', 'gemeld', 'afgesloten'] as const;
export type TrajectStatus = (typeof TRAJECT_STATUSES)[number];
export const RUNNING_STATUSES: TrajectStatus[] = ['open', 'gepauzeerd', 'hulp'];

/** The forms of abuse (seed 001 §1.2.1) and the specific forms the 2019 code names. */
export const FORMS_OF_ABUSE = [
  'lichamelijke_mishandeling', 'lichamelijke_verwaarlozing', 'psychische_mishandeling', 'psychische_verwaarlozing',
  'seksueel_misbruik', 'getuige_huiselijk_geweld', 'eergerelateerd_geweld', 'vrouwelijke_genitale_verminking', 'huwelijksdwang',
] as const;
export type FormOfAbuse = (typeof FORMS_OF_ABUSE)[number];

export const OBSERVATION_TYPES = ['waarneming', 'uitspraak_kind', 'uitspraak_ouder', 'lichamelijk_letsel', 'gedrag', 'informatie_derde'] as const;
export type ObservationType = (typeof OBSERVATION_TYPES)[number];

export const CONSULTED = ['collega', 'aandachtsfunctionaris', 'veilig_thuis', 'forensisch_arts', 'andere_deskundige'] as const;
export type Consulted = (typeof CONSULTED)[number];

export const SKIP_REASONS = ['veiligheid_kind', 'veiligheid_professional', 'veiligheid_anderen', 'contact_verbroken'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export const SERIOUSNESS = ['licht', 'matig', 'ernstig'] as const;
export type Seriousness = (typeof SERIOUSNESS)[number];

export const OUTCOMES = ['afsluiten', 'melden', 'hulp'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export type YesNo = 'ja' | 'nee';
type StepBody = ApiBody<'/api/v1/meldcode-trajecten/{id}/stappen', 'post'>;
type StepData<K extends StepBody['kind']> = Omit<Extract<StepBody, { kind: K }>, 'kind'>;
export type SignaalData = StepData<'signaal'>;
export type ConsultatieData = StepData<'consultatie'>;
export type GesprekData = StepData<'gesprek'>;
export type GesprekOvergeslagenData = StepData<'gesprek_overgeslagen'>;
export type WegingData = StepData<'weging'>;
export type DecisionQuestion = 'q1Vermoeden' | 'q2AcuutStructureel' | 'q3HulpMogelijk' | 'q4HulpAanvaard';
export const DECISION_QUESTIONS: DecisionQuestion[] = ['q1Vermoeden', 'q2AcuutStructureel', 'q3HulpMogelijk', 'q4HulpAanvaard'];
export type EmptyStep = '1' | '2' | '3' | '4';

export type BesluitData = ApiBody<'/api/v1/meldcode-trajecten/{id}/besluiten', 'post'>;
export type QuestionAnswer = BesluitData['q1Vermoeden'];
export type EvaluatieData = ApiBody<'/api/v1/meldcode-trajecten/{id}/evaluaties', 'post'>;
/** The pause as recorded: the request, plus the status to return to (the server adds it). */
export type PauzeData = ApiBody<'/api/v1/meldcode-trajecten/{id}/pauze', 'post'> & { previousStatus?: 'open' | 'hulp' };

export type Traject = ApiResponse<'/api/v1/meldcode-trajecten/{id}', 'get'>;
export type TrajectRecord = Traject['records'][number];

/**
 * The outcome the answers to questions 1–4 lead to (as src/modules/meldcode/steps.ts outcomeOf),
 * or the next question to answer.
 */
export function outcomeOf(answers: Partial<Record<DecisionQuestion, YesNo | ''>>): { outcome: Outcome } | { ask: DecisionQuestion } {
  const q1 = answers.q1Vermoeden;
  if (!q1) return { ask: 'q1Vermoeden' };
  if (q1 === 'nee') return { outcome: 'afsluiten' };
  const q2 = answers.q2AcuutStructureel;
  if (!q2) return { ask: 'q2AcuutStructureel' };
  if (q2 === 'ja') return { outcome: 'melden' };
  const q3 = answers.q3HulpMogelijk;
  if (!q3) return { ask: 'q3HulpMogelijk' };
  if (q3 === 'nee') return { outcome: 'melden' };
  const q4 = answers.q4HulpAanvaard;
  if (!q4) return { ask: 'q4HulpAanvaard' };
  return { outcome: q4 === 'nee' ? 'melden' : 'hulp' };
}

/** The questions that are asked, in order, given the answers so far. */
export function questionsAsked(answers: Partial<Record<DecisionQuestion, YesNo | ''>>): DecisionQuestion[] {
  const asked: DecisionQuestion[] = [];
  for (const q of DECISION_QUESTIONS) {
    asked.push(q);
    const next = outcomeOf(Object.fromEntries(asked.map((a) => [a, answers[a]])));
    if ('outcome' in next || next.ask === q) break;
  }
  return asked;
}

export type VtMelding = ApiResponse<'/api/v1/veilig-thuis/meldingen/{id}', 'get'>;
export type VtPayload = VtMelding['payload'];

export const TASK_SOURCES = ['afspraak', 'vervolgdatum', 'bereik', 'handmatig'] as const;
export type TaskSource = (typeof TASK_SOURCES)[number];

export type Task = ItemOf<ApiResponse<'/api/v1/taken', 'get'>>;

export type MeldcodeOverview = ApiResponse<'/api/v1/meldcode/overzicht', 'get'>;

// Shapes and rules of the Meldcode, Veilig Thuis' inbox and follow-up tasks as the UI uses them
// (see src/modules/meldcode/routes.ts and steps.ts, src/modules/opvolging/routes.ts).

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
export interface QuestionAnswer {
  answer: YesNo;
  reasoning: string;
}

export interface SignaalData {
  observedOn: string;
  source: string;
  observationType: ObservationType;
  description: string;
  forms?: FormOfAbuse[];
}
export interface ConsultatieData {
  consultedOn: string;
  who: Consulted;
  name: string;
  advice: string;
}
export interface GesprekData {
  heldOn: string;
  withWhom: string;
  summary: string;
  reaction: string;
}
export interface GesprekOvergeslagenData {
  reason: SkipReason;
  explanation: string;
}
export interface WegingData {
  weighedOn: string;
  framework: string;
  forms: FormOfAbuse[];
  seriousness: Seriousness;
  risk: string;
  reasoning: string;
}
export type DecisionQuestion = 'q1Vermoeden' | 'q2AcuutStructureel' | 'q3HulpMogelijk' | 'q4HulpAanvaard';
export const DECISION_QUESTIONS: DecisionQuestion[] = ['q1Vermoeden', 'q2AcuutStructureel', 'q3HulpMogelijk', 'q4HulpAanvaard'];
export type EmptyStep = '1' | '2' | '3' | '4';

export interface BesluitData {
  decidedOn: string;
  q1Vermoeden: QuestionAnswer;
  q2AcuutStructureel?: QuestionAnswer;
  q3HulpMogelijk?: QuestionAnswer;
  q4HulpAanvaard?: QuestionAnswer;
  outcome: Outcome;
  reasoning: string;
  agreements?: string;
  followUpDate?: string;
  emptyStepReasons?: Partial<Record<EmptyStep, string>>;
}
export interface EvaluatieData {
  evaluatedOn: string;
  q5ResultaatBereikt: QuestionAnswer;
  monitoringAgreements?: string;
}
export interface PauzeData {
  reason: string;
  previousStatus?: 'open' | 'hulp';
}

export interface TrajectRecord {
  id: string;
  step: number;
  /** signaal, consultatie, gesprek, gesprek_overgeslagen, weging, besluit, evaluatie, pauze, hervatting */
  kind: string;
  author: string;
  recordedAt: string;
  data: unknown;
}

export interface Traject {
  id: string;
  dossierId: string;
  status: TrajectStatus;
  child: { id: string; name: string; dateOfBirth: string };
  startedAt: string;
  pauseReason: string | null;
  followUpDate: string | null;
  /** The first step still empty: guidance, not an obligation. */
  nextStep: number | null;
  records: TrajectRecord[];
  meldingen: { id: string; createdAt: string; receivedAt: string | null }[];
}

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

export interface VtMelding {
  id: string;
  createdAt: string;
  fromOrganisation: string;
  receivedAt: string | null;
  receivedBy: string | null;
  payload: VtPayload;
}

export interface VtPayload {
  kind: { id: string; bsn: string; naam: string; geboortedatum: string; adres: string };
  melder: { naam: string; organisatie: string; sector: string; telefoon: string | null; email: string | null };
  stappen: { stap: number; soort: string; vastgelegdOp: string; door: string; gegevens: unknown }[];
}

export const TASK_SOURCES = ['afspraak', 'vervolgdatum', 'bereik', 'handmatig'] as const;
export type TaskSource = (typeof TASK_SOURCES)[number];

export interface Task {
  id: string;
  dossierId: string;
  child: string;
  title: string;
  dueDate: string;
  overdue: boolean;
  source: TaskSource;
  status: 'open' | 'gedaan' | 'vervallen';
  assignee: string;
  doneAt: string | null;
  doneNote: string | null;
}

export interface MeldcodeOverview {
  trajecten: { id: string; dossierId: string; child: string; status: TrajectStatus; startedAt: string; ageDays: number; followUpDate: string | null; nextStep: number | null }[];
  screenings: { id: string; dossierId: string; child: string; judgement: string; nextAction: string; createdAt: string; ageDays: number }[];
}

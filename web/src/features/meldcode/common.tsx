// The Meldcode's shared pieces: loading a trajectory, the step and status labels, the status badge.
import { ApiError, get } from '../../api.ts';
import { type MessageKey, type Translate } from '../../i18n/index.tsx';
import { RUNNING_STATUSES, type DecisionQuestion, type Outcome, type Traject, type TrajectStatus } from '../../meldcode.ts';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const TEXT_MAX = 5000;
export const SHORT_MAX = 200;
export const STEPS = [1, 2, 3, 4, 5] as const;
/** Which record kinds belong under which step (pause and resume are shown with the status). */
export const STEP_KINDS: Record<number, string[]> = {
  1: ['signaal'], 2: ['consultatie'], 3: ['gesprek', 'gesprek_overgeslagen'], 4: ['weging'], 5: ['besluit', 'evaluatie'],
};

export function getTraject(id: string): Promise<Traject> {
  if (!UUID.test(id)) return Promise.reject(new ApiError(404, 'not-found', 'Dit meldcodetraject bestaat niet.'));
  return get<Traject>(`/meldcode-trajecten/${id}`);
}

export const STATUS_KEYS: Record<TrajectStatus, MessageKey> = {
  open: 'meldcode.status.open',
  gepauzeerd: 'meldcode.status.gepauzeerd',
  hulp: 'meldcode.status.hulp',
  gemeld: 'meldcode.status.gemeld',
  afgesloten: 'meldcode.status.afgesloten',
};
export const STEP_TITLE: Record<number, MessageKey> = {
  1: 'meldcode.step.1', 2: 'meldcode.step.2', 3: 'meldcode.step.3', 4: 'meldcode.step.4', 5: 'meldcode.step.5',
};
export const STEP_INTRO: Record<number, MessageKey> = {
  1: 'meldcode.step.intro.1', 2: 'meldcode.step.intro.2', 3: 'meldcode.step.intro.3', 4: 'meldcode.step.intro.4', 5: 'meldcode.step.intro.5',
};
export const OUTCOME_KEYS: Record<Outcome, MessageKey> = { afsluiten: 'meldcode.outcome.afsluiten', melden: 'meldcode.outcome.melden', hulp: 'meldcode.outcome.hulp' };
export const OUTCOME_LOWER: Record<Outcome, MessageKey> = {
  afsluiten: 'meldcode.outcomeLower.afsluiten', melden: 'meldcode.outcomeLower.melden', hulp: 'meldcode.outcomeLower.hulp',
};
export const QUESTION_KEYS: Record<DecisionQuestion | 'q5ResultaatBereikt', MessageKey> = {
  q1Vermoeden: 'meldcode.q.q1Vermoeden',
  q2AcuutStructureel: 'meldcode.q.q2AcuutStructureel',
  q3HulpMogelijk: 'meldcode.q.q3HulpMogelijk',
  q4HulpAanvaard: 'meldcode.q.q4HulpAanvaard',
  q5ResultaatBereikt: 'meldcode.q.q5ResultaatBereikt',
};

export function statusBadge(status: TrajectStatus, t: Translate) {
  const tone = status === 'gepauzeerd' ? 'warning' : RUNNING_STATUSES.includes(status) ? 'active' : 'inactive';
  return <span className={`utrecht-status-badge utrecht-status-badge--${tone} kv-status`}>{t(STATUS_KEYS[status])}</span>;
}

export const stepsRecorded = (traject: Traject, step: number) => traject.records.filter((r) => r.step === step && STEP_KINDS[step].includes(r.kind));

export const KIND_KEYS: Record<string, MessageKey> = {
  signaal: 'meldcode.kind.signaal',
  consultatie: 'meldcode.kind.consultatie',
  gesprek: 'meldcode.kind.gesprek',
  gesprek_overgeslagen: 'meldcode.kind.gesprek_overgeslagen',
  weging: 'meldcode.kind.weging',
  besluit: 'meldcode.kind.besluit',
  evaluatie: 'meldcode.kind.evaluatie',
  pauze: 'meldcode.kind.pauze',
  hervatting: 'meldcode.kind.hervatting',
};

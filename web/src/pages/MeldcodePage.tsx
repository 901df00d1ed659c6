// The Meldcode: one trajectory as a stepper of the five steps (what is recorded under each, by
// whom and when; the next step highlighted; a form per step), the afwegingskader of step 5 with
// only the outcome the answers lead to, pause and resume, question 5 while help runs, and the
// report's status after "melden". Also the Meldcode section of the dossier page.
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ApiError, get, post } from '../api.ts';
import { useErrorText, useLang, useT, type MessageKey, type Translate } from '../i18n/index.tsx';
import { useSessionView } from '../session.tsx';
import { useResource } from '../useResource.ts';
import { formatDate, formatDateTime, today } from '../format.ts';
import { navigate } from '../router.tsx';
import type { Dossier, TimelineEntry } from '../types.ts';
import {
  CONSULTED, FORMS_OF_ABUSE, OBSERVATION_TYPES, RUNNING_STATUSES, SERIOUSNESS, SKIP_REASONS,
  outcomeOf, questionsAsked,
  type DecisionQuestion, type EmptyStep, type FormOfAbuse, type Outcome, type Traject, type TrajectRecord, type TrajectStatus, type YesNo,
} from '../meldcode.ts';
import { Loaded, Page } from '../components/Page.tsx';
import { Heading2, Paragraph, Section, VisuallyHidden } from '../components/Typography.tsx';
import { Button, ButtonGroup } from '../components/Button.tsx';
import { Alert } from '../components/Alert.tsx';
import { RadioGroup, SelectField, TextAreaField, TextField } from '../components/FormField.tsx';
import { CheckboxGroup } from '../components/CheckboxGroup.tsx';
import { ButtonLink, Link } from '../components/Link.tsx';
import { getUnderDossier } from '../api.ts';
import { RecordData } from './MeldcodeRecords.tsx';
import { refreshOverdueCount } from '../tasks.ts';
import { useFocusFirstInvalid } from './KetenShared.tsx';
import '../meldcode.css';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TEXT_MAX = 5000;
const SHORT_MAX = 200;
const STEPS = [1, 2, 3, 4, 5] as const;
/** Which record kinds belong under which step (pause and resume are shown with the status). */
const STEP_KINDS: Record<number, string[]> = {
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
const STEP_TITLE: Record<number, MessageKey> = {
  1: 'meldcode.step.1', 2: 'meldcode.step.2', 3: 'meldcode.step.3', 4: 'meldcode.step.4', 5: 'meldcode.step.5',
};
const STEP_INTRO: Record<number, MessageKey> = {
  1: 'meldcode.step.intro.1', 2: 'meldcode.step.intro.2', 3: 'meldcode.step.intro.3', 4: 'meldcode.step.intro.4', 5: 'meldcode.step.intro.5',
};
const OUTCOME_KEYS: Record<Outcome, MessageKey> = { afsluiten: 'meldcode.outcome.afsluiten', melden: 'meldcode.outcome.melden', hulp: 'meldcode.outcome.hulp' };
const OUTCOME_LOWER: Record<Outcome, MessageKey> = {
  afsluiten: 'meldcode.outcomeLower.afsluiten', melden: 'meldcode.outcomeLower.melden', hulp: 'meldcode.outcomeLower.hulp',
};
const QUESTION_KEYS: Record<DecisionQuestion | 'q5ResultaatBereikt', MessageKey> = {
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

const stepsRecorded = (traject: Traject, step: number) => traject.records.filter((r) => r.step === step && STEP_KINDS[step].includes(r.kind));

// ---------------------------------------------------------------------------------------------
// The page

export function MeldcodePage({ id }: { id: string }) {
  const t = useT();
  const data = useResource(async () => {
    const traject = await getTraject(id);
    const dossier = await getUnderDossier<Dossier>(traject.dossierId);
    return { traject, dossier };
  }, [id]);
  const title = data.data ? t('meldcode.title', { name: data.data.traject.child.name }) : t('meldcode.titleShort');
  return (
    <Page title={title}>
      {data.data && <Paragraph><Link href={`/dossiers/${data.data.traject.dossierId}`}>{t('meldcode.back')}</Link></Paragraph>}
      <Loaded resource={data}>{(d) => <TrajectView initial={d.traject} dossier={d.dossier} />}</Loaded>
    </Page>
  );
}

type FlashAt = 'status' | number;
interface Flash {
  at: FlashAt;
  text: string;
  n: number;
}

/** A confirmation that takes focus (the form that was submitted has just closed). */
function FlashMessage({ flash }: { flash: Flash }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [flash.n]);
  return (
    <div ref={ref} tabIndex={-1} className="kv-result">
      <Alert type="ok">{flash.text}</Alert>
    </div>
  );
}

function TrajectView({ initial, dossier }: { initial: Traject; dossier: Dossier }) {
  const t = useT();
  const { lang } = useLang();
  const { user } = useSessionView();
  const [traject, setTraject] = useState(initial);
  const [flash, setFlash] = useState<Flash | null>(null);
  const member = dossier.members.some((m) => m.userId === user.id);
  const writable = member && dossier.status === 'open';
  const canDocument = writable && (traject.status === 'open' || traject.status === 'hulp');
  /** The step to highlight: the first empty one while open; question 5 while help runs. */
  const current = traject.status === 'open' ? traject.nextStep : traject.status === 'hulp' ? 5 : null;

  const onSaved = (next: Traject, at: FlashAt, text: string) => {
    setTraject(next);
    setFlash({ at, text, n: Date.now() });
  };
  const flashAt = (at: FlashAt) => (flash && flash.at === at ? <FlashMessage flash={flash} /> : null);

  return (
    <>
      <Paragraph>{t('meldcode.intro')}</Paragraph>
      <StatusSection traject={traject} writable={writable} onSaved={onSaved} flash={flashAt('status')} />
      {!member && <Alert type="info">{t('meldcode.readOnly')}</Alert>}

      <nav aria-label={t('meldcode.steps.label')} className="kv-stepper">
        <ol className="kv-stepper__list">
          {STEPS.map((step) => {
            const count = stepsRecorded(traject, step).length;
            const isCurrent = current === step;
            const state = isCurrent ? 'current' : count > 0 ? 'done' : 'empty';
            return (
              <li key={step} className={`kv-stepper__item kv-stepper__item--${state}`}>
                <a href={`#stap-${step}`} className="kv-stepper__link" aria-current={isCurrent ? 'step' : undefined}>
                  <span className="kv-stepper__number" aria-hidden="true">{count > 0 && !isCurrent ? '✓' : step}</span>
                  <span className="kv-stepper__text">
                    <span className="kv-stepper__title">{t('meldcode.stepTitle', { step, title: t(STEP_TITLE[step]) })}</span>
                    <span className="kv-stepper__state">
                      {isCurrent ? t('meldcode.state.next') : count > 0 ? t('meldcode.state.doneCount', { count }) : t('meldcode.state.empty')}
                    </span>
                  </span>
                </a>
              </li>
            );
          })}
        </ol>
      </nav>

      {STEPS.map((step) => {
        const records = stepsRecorded(traject, step);
        const isCurrent = current === step;
        return (
          <section key={step} id={`stap-${step}`} aria-labelledby={`stap-${step}-title`} className={`kv-section kv-step${isCurrent ? ' kv-step--current' : ''}`}>
            <Heading2 id={`stap-${step}-title`}>{t('meldcode.stepTitle', { step, title: t(STEP_TITLE[step]) })}</Heading2>
            <p className="utrecht-paragraph kv-step__state">
              <strong>{isCurrent ? t('meldcode.state.next') : records.length > 0 ? t('meldcode.state.done') : t('meldcode.state.empty')}</strong>
            </p>
            <Paragraph small>{t(STEP_INTRO[step])}</Paragraph>
            {records.length === 0 ? (
              <Paragraph>{t('meldcode.nothingYet')}</Paragraph>
            ) : (
              <ol className="kv-records" aria-label={t('meldcode.recordsLabel', { step })}>
                {records.map((r) => <RecordItem key={r.id} record={r} />)}
              </ol>
            )}
            {flashAt(step)}
            {step === 1 && canDocument && (
              <StepDetails summary={t(records.length ? 'meldcode.signaal.formAgain' : 'meldcode.signaal.form')} open={isCurrent}>
                <SignaalForm key={records.length} trajectId={traject.id} onSaved={(next) => onSaved(next, 1, t('meldcode.saved', { what: t('meldcode.signaal.saved') }))} />
              </StepDetails>
            )}
            {step === 2 && canDocument && (
              <StepDetails summary={t(records.length ? 'meldcode.consultatie.formAgain' : 'meldcode.consultatie.form')} open={isCurrent}>
                <ConsultatieForm key={records.length} trajectId={traject.id} onSaved={(next) => onSaved(next, 2, t('meldcode.saved', { what: t('meldcode.consultatie.saved') }))} />
              </StepDetails>
            )}
            {step === 3 && canDocument && (
              <StepDetails summary={t(records.length ? 'meldcode.gesprek.formAgain' : 'meldcode.gesprek.form')} open={isCurrent}>
                <GesprekForm key={records.length} trajectId={traject.id} onSaved={(next) => onSaved(next, 3, t('meldcode.saved', { what: t('meldcode.gesprek.saved') }))} />
              </StepDetails>
            )}
            {step === 4 && canDocument && (
              <StepDetails summary={t(records.length ? 'meldcode.weging.formAgain' : 'meldcode.weging.form')} open={isCurrent}>
                <WegingForm key={records.length} trajectId={traject.id} onSaved={(next) => onSaved(next, 4, t('meldcode.saved', { what: t('meldcode.weging.saved') }))} />
              </StepDetails>
            )}
            {step === 5 && writable && traject.status === 'open' && (
              <StepDetails summary={t('meldcode.besluit.form')} open={isCurrent}>
                <DecisionForm traject={traject} onSaved={(next) => onSaved(next, 5, t('meldcode.saved', { what: t('meldcode.besluit.saved') }))} />
              </StepDetails>
            )}
            {step === 5 && traject.status === 'hulp' && (
              <div className="kv-subsection">
                <h3 className="utrecht-heading-3">{t('meldcode.evaluatie.title')}</h3>
                <Paragraph>{t('meldcode.hulpInfo', { date: formatDate(traject.followUpDate, lang) })}</Paragraph>
                {writable && (
                  <EvaluationForm trajectId={traject.id} onSaved={(next) => onSaved(next, 5, t('meldcode.saved', { what: t('meldcode.evaluatie.saved') }))} />
                )}
              </div>
            )}
          </section>
        );
      })}
    </>
  );
}

function StepDetails({ summary, open, children }: { summary: string; open: boolean; children: ReactNode }) {
  return (
    <details className="kv-details kv-step__details" open={open}>
      <summary className="kv-details__summary">{summary}</summary>
      {children}
    </details>
  );
}

function RecordItem({ record }: { record: TrajectRecord }) {
  const t = useT();
  const { lang } = useLang();
  return (
    <li className="kv-record">
      <article aria-labelledby={`record-${record.id}`}>
        <h3 className="utrecht-heading-3 kv-record__title" id={`record-${record.id}`}>
          {record.kind in KIND_KEYS ? t(KIND_KEYS[record.kind]) : record.kind}
        </h3>
        <p className="utrecht-paragraph utrecht-paragraph--small kv-record__meta">
          {t('meldcode.recordMeta', { date: formatDateTime(record.recordedAt, lang), author: record.author })}
        </p>
        <RecordData kind={record.kind} data={record.data} />
      </article>
    </li>
  );
}

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

// ---------------------------------------------------------------------------------------------
// Status: the report to Veilig Thuis, pause and resume

function StatusSection({ traject, writable, onSaved, flash }: {
  traject: Traject;
  writable: boolean;
  onSaved: (next: Traject, at: FlashAt, text: string) => void;
  flash: ReactNode;
}) {
  const t = useT();
  const { lang } = useLang();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const history = traject.records.filter((r) => r.kind === 'pauze' || r.kind === 'hervatting');
  const ended = traject.status === 'gemeld' || traject.status === 'afgesloten';

  const resume = async () => {
    setBusy(true);
    setError(null);
    try {
      onSaved(await post<Traject>(`/meldcode-trajecten/${traject.id}/hervatting`), 'status', t('meldcode.resume.done'));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section id="meldcode-status" title={t('meldcode.status.title')}>
      <dl className="utrecht-data-list kv-data-list">
        <div className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">{t('meldcode.status')}</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{statusBadge(traject.status, t)}</dd>
        </div>
        <div className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">{t('meldcode.startedOn')}</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{formatDateTime(traject.startedAt, lang)}</dd>
        </div>
        {traject.followUpDate && (
          <div className="utrecht-data-list__item">
            <dt className="utrecht-data-list__item-key">{t('meldcode.followUpDate')}</dt>
            <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{formatDate(traject.followUpDate, lang)}</dd>
          </div>
        )}
      </dl>
      {traject.meldingen.map((m) => (
        <div key={m.id} className={`utrecht-alert utrecht-alert--${m.receivedAt ? 'ok' : 'info'} kv-alert kv-melding`}>
          <div className="utrecht-alert__content">
            <div className="utrecht-alert__message">
              <p className="utrecht-paragraph">{t('meldcode.melding.sent', { date: formatDateTime(m.createdAt, lang) })}</p>
              <p className="utrecht-paragraph">
                <strong>{m.receivedAt ? t('meldcode.melding.received', { date: formatDateTime(m.receivedAt, lang) }) : t('meldcode.melding.notReceived')}</strong>
              </p>
            </div>
          </div>
        </div>
      ))}
      {traject.status === 'gepauzeerd' && <Alert type="warning">{t('meldcode.paused', { reason: traject.pauseReason ?? '' })}</Alert>}
      {ended && <Alert type="info">{t('meldcode.closedInfo')}</Alert>}
      {flash}
      {error && <Alert type="error">{error}</Alert>}
      {writable && traject.status === 'gepauzeerd' && (
        <ButtonGroup>
          <Button appearance="primary" busy={busy} disabled={busy} onClick={() => void resume()}>{t('meldcode.resume')}</Button>
        </ButtonGroup>
      )}
      {writable && (traject.status === 'open' || traject.status === 'hulp') && (
        <details className="kv-details">
          <summary className="kv-details__summary">{t('meldcode.pause.title')}</summary>
          <PauseForm trajectId={traject.id} onSaved={(next) => onSaved(next, 'status', t('meldcode.pause.done'))} />
        </details>
      )}
      {history.length > 0 && (
        <>
          <h3 className="utrecht-heading-3">{t('meldcode.history')}</h3>
          <ul className="utrecht-unordered-list">
            {history.map((r) => (
              <li className="utrecht-unordered-list__item" key={r.id}>
                {r.kind === 'pauze'
                  ? t('meldcode.history.pauze', { date: formatDateTime(r.recordedAt, lang), author: r.author, reason: String((r.data as { reason?: string } | null)?.reason ?? '') })
                  : t('meldcode.history.hervatting', { date: formatDateTime(r.recordedAt, lang), author: r.author })}
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}

// ---------------------------------------------------------------------------------------------
// Forms

/** Errors, the form-level message, busy state and focus on the first invalid field after a failed submit. */
function useFormState() {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [form, focusFirstError] = useFocusFirstInvalid();
  const fail = (e: Record<string, string>, message: string | null) => {
    setErrors(e);
    setFormError(message);
    focusFirstError();
  };
  const clear = () => {
    setErrors({});
    setFormError(null);
  };
  return { errors, formError, busy, setBusy, form, fail, clear };
}

/** Field errors of a refused request, at the fields this form has. */
function serverFieldErrors(err: unknown, fields: readonly string[], t: Translate): Record<string, string> {
  const out: Record<string, string> = {};
  if (!(err instanceof ApiError)) return out;
  for (const f of err.errors) {
    const path = f.path.replace(/\.answer$/, '');
    if (!fields.includes(path) || out[path]) continue;
    out[path] = err.code === 'date-in-future' ? t('meldcode.dateFuture') : f.message;
  }
  return out;
}

function checkDate(value: string, e: Record<string, string>, key: string, t: Translate) {
  if (!value) e[key] = t('meldcode.dateRequired');
  else if (value > today()) e[key] = t('meldcode.dateFuture');
}

function checkText(value: string, e: Record<string, string>, key: string, t: Translate, required: string, max = TEXT_MAX) {
  if (!value.trim()) e[key] = required;
  else if (value.trim().length > max) e[key] = t('meldcode.tooLong', { max });
}

/** Posts a step (1–4) and hands the fresh trajectory on. */
function useStepSubmit(trajectId: string, fields: readonly string[], onSaved: (t: Traject) => void) {
  const t = useT();
  const errorText = useErrorText();
  const state = useFormState();
  const submit = async (validate: () => Record<string, string>, body: () => Record<string, unknown>) => {
    const e = validate();
    if (Object.keys(e).length) {
      state.fail(e, t('common.checkFields'));
      return;
    }
    state.clear();
    state.setBusy(true);
    try {
      const next = await post<Traject>(`/meldcode-trajecten/${trajectId}/stappen`, body());
      state.setBusy(false);
      onSaved(next);
    } catch (err) {
      state.setBusy(false);
      const fe = serverFieldErrors(err, fields, t);
      state.fail(fe, Object.keys(fe).length ? t('common.checkFields') : errorText(err));
    }
  };
  return { ...state, submit };
}

function FormFooter({ formError, busy, label }: { formError: string | null; busy: boolean; label: string }) {
  return (
    <>
      {formError && <Alert type="error">{formError}</Alert>}
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={busy} disabled={busy}>{label}</Button>
      </ButtonGroup>
    </>
  );
}

const SIGNAAL_FIELDS = ['observedOn', 'observationType', 'source', 'description', 'forms'] as const;

function SignaalForm({ trajectId, onSaved }: { trajectId: string; onSaved: (t: Traject) => void }) {
  const t = useT();
  const [observedOn, setObservedOn] = useState('');
  const [observationType, setObservationType] = useState('');
  const [source, setSource] = useState('');
  const [description, setDescription] = useState('');
  const [forms, setForms] = useState<FormOfAbuse[]>([]);
  const { errors, formError, busy, form, submit } = useStepSubmit(trajectId, SIGNAAL_FIELDS, onSaved);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit(() => {
      const e: Record<string, string> = {};
      checkDate(observedOn, e, 'observedOn', t);
      if (!observationType) e.observationType = t('meldcode.signaal.observationTypeRequired');
      checkText(source, e, 'source', t, t('meldcode.required'), SHORT_MAX);
      checkText(description, e, 'description', t, t('meldcode.required'));
      return e;
    }, () => ({ kind: 'signaal', observedOn, observationType, source: source.trim(), description: description.trim(), forms }));
  };

  return (
    <form ref={form} onSubmit={onSubmit} noValidate className="kv-form" aria-label={t('meldcode.signaal.form')}>
      <TextField label={t('meldcode.signaal.observedOn')} name="observedOn" type="date" max={today()} required value={observedOn} onValue={setObservedOn} error={errors.observedOn} className="kv-input--date" />
      <SelectField
        label={t('meldcode.signaal.observationType')}
        name="observationType"
        required
        placeholder={t('common.choose')}
        value={observationType}
        onValue={setObservationType}
        error={errors.observationType}
        options={OBSERVATION_TYPES.map((o) => ({ value: o, label: t(`meldcode.observation.${o}` as MessageKey) }))}
      />
      <TextField label={t('meldcode.signaal.source')} description={t('meldcode.signaal.sourceHelp')} name="source" required maxLength={SHORT_MAX} value={source} onValue={setSource} error={errors.source} />
      <TextAreaField label={t('meldcode.signaal.description')} description={t('meldcode.signaal.descriptionHelp')} name="description" required rows={4} maxLength={TEXT_MAX} value={description} onValue={setDescription} error={errors.description} />
      <CheckboxGroup
        legend={t('meldcode.signaal.forms')}
        description={t('meldcode.signaal.formsHelp')}
        name="forms"
        values={forms}
        onValues={setForms}
        error={errors.forms}
        options={FORMS_OF_ABUSE.map((f) => ({ value: f, label: t(`meldcode.form.${f}` as MessageKey) }))}
      />
      <FormFooter formError={formError} busy={busy} label={t('meldcode.signaal.submit')} />
    </form>
  );
}

const CONSULTATIE_FIELDS = ['consultedOn', 'who', 'name', 'advice'] as const;

function ConsultatieForm({ trajectId, onSaved }: { trajectId: string; onSaved: (t: Traject) => void }) {
  const t = useT();
  const [consultedOn, setConsultedOn] = useState('');
  const [who, setWho] = useState('');
  const [name, setName] = useState('');
  const [advice, setAdvice] = useState('');
  const { errors, formError, busy, form, submit } = useStepSubmit(trajectId, CONSULTATIE_FIELDS, onSaved);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit(() => {
      const e: Record<string, string> = {};
      checkDate(consultedOn, e, 'consultedOn', t);
      if (!who) e.who = t('meldcode.consultatie.whoRequired');
      checkText(name, e, 'name', t, t('meldcode.required'), SHORT_MAX);
      checkText(advice, e, 'advice', t, t('meldcode.required'));
      return e;
    }, () => ({ kind: 'consultatie', consultedOn, who, name: name.trim(), advice: advice.trim() }));
  };

  return (
    <form ref={form} onSubmit={onSubmit} noValidate className="kv-form" aria-label={t('meldcode.consultatie.form')}>
      <TextField label={t('meldcode.consultatie.consultedOn')} name="consultedOn" type="date" max={today()} required value={consultedOn} onValue={setConsultedOn} error={errors.consultedOn} className="kv-input--date" />
      <RadioGroup
        legend={t('meldcode.consultatie.who')}
        name="who"
        required
        value={who}
        onValue={setWho}
        error={errors.who}
        className="kv-field--stacked"
        options={CONSULTED.map((c) => ({ value: c, label: t(`meldcode.who.${c}` as MessageKey) }))}
      />
      <TextField label={t('meldcode.consultatie.name')} description={t('meldcode.consultatie.nameHelp')} name="name" required maxLength={SHORT_MAX} value={name} onValue={setName} error={errors.name} />
      <TextAreaField label={t('meldcode.consultatie.advice')} description={t('meldcode.consultatie.adviceHelp')} name="advice" required rows={4} maxLength={TEXT_MAX} value={advice} onValue={setAdvice} error={errors.advice} />
      <FormFooter formError={formError} busy={busy} label={t('meldcode.consultatie.submit')} />
    </form>
  );
}

const GESPREK_FIELDS = ['held', 'heldOn', 'withWhom', 'summary', 'reaction', 'reason', 'explanation'] as const;

function GesprekForm({ trajectId, onSaved }: { trajectId: string; onSaved: (t: Traject) => void }) {
  const t = useT();
  const [held, setHeld] = useState('');
  const [heldOn, setHeldOn] = useState('');
  const [withWhom, setWithWhom] = useState('');
  const [summary, setSummary] = useState('');
  const [reaction, setReaction] = useState('');
  const [reason, setReason] = useState('');
  const [explanation, setExplanation] = useState('');
  const { errors, formError, busy, form, submit } = useStepSubmit(trajectId, GESPREK_FIELDS, onSaved);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit(() => {
      const e: Record<string, string> = {};
      if (!held) e.held = t('meldcode.gesprek.heldRequired');
      if (held === 'ja') {
        checkDate(heldOn, e, 'heldOn', t);
        checkText(withWhom, e, 'withWhom', t, t('meldcode.required'), 300);
        checkText(summary, e, 'summary', t, t('meldcode.required'));
        checkText(reaction, e, 'reaction', t, t('meldcode.required'));
      }
      if (held === 'nee') {
        if (!reason) e.reason = t('meldcode.gesprek.reasonRequired');
        checkText(explanation, e, 'explanation', t, t('meldcode.required'));
      }
      return e;
    }, () => (held === 'ja'
      ? { kind: 'gesprek', heldOn, withWhom: withWhom.trim(), summary: summary.trim(), reaction: reaction.trim() }
      : { kind: 'gesprek_overgeslagen', reason, explanation: explanation.trim() }));
  };

  return (
    <form ref={form} onSubmit={onSubmit} noValidate className="kv-form" aria-label={t('meldcode.gesprek.form')}>
      <RadioGroup
        legend={t('meldcode.gesprek.held')}
        name="held"
        required
        value={held}
        onValue={setHeld}
        error={errors.held}
        className="kv-field--stacked"
        options={[{ value: 'ja', label: t('meldcode.gesprek.held.ja') }, { value: 'nee', label: t('meldcode.gesprek.held.nee') }]}
      />
      {held === 'ja' && (
        <>
          <TextField label={t('meldcode.gesprek.heldOn')} name="heldOn" type="date" max={today()} required value={heldOn} onValue={setHeldOn} error={errors.heldOn} className="kv-input--date" />
          <TextField label={t('meldcode.gesprek.withWhom')} description={t('meldcode.gesprek.withWhomHelp')} name="withWhom" required maxLength={300} value={withWhom} onValue={setWithWhom} error={errors.withWhom} />
          <TextAreaField label={t('meldcode.gesprek.summary')} description={t('meldcode.gesprek.summaryHelp')} name="summary" required rows={4} maxLength={TEXT_MAX} value={summary} onValue={setSummary} error={errors.summary} />
          <TextAreaField label={t('meldcode.gesprek.reaction')} description={t('meldcode.gesprek.reactionHelp')} name="reaction" required rows={3} maxLength={TEXT_MAX} value={reaction} onValue={setReaction} error={errors.reaction} />
        </>
      )}
      {held === 'nee' && (
        <>
          <RadioGroup
            legend={t('meldcode.gesprek.reason')}
            name="reason"
            required
            value={reason}
            onValue={setReason}
            error={errors.reason}
            className="kv-field--stacked"
            options={SKIP_REASONS.map((r) => ({ value: r, label: t(`meldcode.skip.${r}` as MessageKey) }))}
          />
          <TextAreaField label={t('meldcode.gesprek.explanation')} description={t('meldcode.gesprek.explanationHelp')} name="explanation" required rows={3} maxLength={TEXT_MAX} value={explanation} onValue={setExplanation} error={errors.explanation} />
        </>
      )}
      <FormFooter formError={formError} busy={busy} label={t('meldcode.gesprek.submit')} />
    </form>
  );
}

const WEGING_FIELDS = ['weighedOn', 'framework', 'forms', 'seriousness', 'risk', 'reasoning'] as const;

function WegingForm({ trajectId, onSaved }: { trajectId: string; onSaved: (t: Traject) => void }) {
  const t = useT();
  const [weighedOn, setWeighedOn] = useState('');
  const [framework, setFramework] = useState('');
  const [forms, setForms] = useState<FormOfAbuse[]>([]);
  const [seriousness, setSeriousness] = useState('');
  const [risk, setRisk] = useState('');
  const [reasoning, setReasoning] = useState('');
  const { errors, formError, busy, form, submit } = useStepSubmit(trajectId, WEGING_FIELDS, onSaved);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit(() => {
      const e: Record<string, string> = {};
      checkDate(weighedOn, e, 'weighedOn', t);
      checkText(framework, e, 'framework', t, t('meldcode.required'), SHORT_MAX);
      if (forms.length === 0) e.forms = t('meldcode.weging.formsRequired');
      if (!seriousness) e.seriousness = t('meldcode.weging.seriousnessRequired');
      checkText(risk, e, 'risk', t, t('meldcode.required'));
      checkText(reasoning, e, 'reasoning', t, t('meldcode.reasoningRequired'));
      return e;
    }, () => ({ kind: 'weging', weighedOn, framework: framework.trim(), forms, seriousness, risk: risk.trim(), reasoning: reasoning.trim() }));
  };

  return (
    <form ref={form} onSubmit={onSubmit} noValidate className="kv-form" aria-label={t('meldcode.weging.form')}>
      <TextField label={t('meldcode.weging.weighedOn')} name="weighedOn" type="date" max={today()} required value={weighedOn} onValue={setWeighedOn} error={errors.weighedOn} className="kv-input--date" />
      <TextField label={t('meldcode.weging.framework')} description={t('meldcode.weging.frameworkHelp')} name="framework" required maxLength={SHORT_MAX} value={framework} onValue={setFramework} error={errors.framework} />
      <CheckboxGroup
        legend={t('meldcode.weging.forms')}
        name="forms"
        required
        values={forms}
        onValues={setForms}
        error={errors.forms}
        options={FORMS_OF_ABUSE.map((f) => ({ value: f, label: t(`meldcode.form.${f}` as MessageKey) }))}
      />
      <RadioGroup
        legend={t('meldcode.weging.seriousness')}
        name="seriousness"
        required
        value={seriousness}
        onValue={setSeriousness}
        error={errors.seriousness}
        options={SERIOUSNESS.map((s) => ({ value: s, label: t(`meldcode.seriousness.${s}` as MessageKey) }))}
      />
      <TextAreaField label={t('meldcode.weging.risk')} description={t('meldcode.weging.riskHelp')} name="risk" required rows={3} maxLength={TEXT_MAX} value={risk} onValue={setRisk} error={errors.risk} />
      <TextAreaField label={t('meldcode.weging.reasoning')} description={t('meldcode.weging.reasoningHelp')} name="reasoning" required rows={4} maxLength={TEXT_MAX} value={reasoning} onValue={setReasoning} error={errors.reasoning} />
      <FormFooter formError={formError} busy={busy} label={t('meldcode.weging.submit')} />
    </form>
  );
}

/** One question of the afwegingskader: ja/nee with the reasoning. */
function QuestionField({ question, value, onValue, errors }: {
  question: DecisionQuestion | 'q5ResultaatBereikt';
  value: { answer: YesNo | ''; reasoning: string };
  onValue: (v: { answer: YesNo | ''; reasoning: string }) => void;
  errors: Record<string, string>;
}) {
  const t = useT();
  return (
    <RadioGroup
      legend={t(QUESTION_KEYS[question])}
      name={question}
      required
      value={value.answer}
      onValue={(answer) => onValue({ ...value, answer: answer as YesNo })}
      error={errors[question]}
      className="kv-question"
      options={[{ value: 'ja', label: t('meldcode.answer.ja') }, { value: 'nee', label: t('meldcode.answer.nee') }]}
    >
      <div className="kv-question__reasoning">
        <TextAreaField
          label={t('meldcode.besluit.reasoningLabel')}
          name={`${question}-reasoning`}
          required
          rows={3}
          maxLength={TEXT_MAX}
          value={value.reasoning}
          onValue={(reasoning) => onValue({ ...value, reasoning })}
          error={errors[`${question}.reasoning`]}
        />
      </div>
    </RadioGroup>
  );
}

type AnswerState = { answer: YesNo | ''; reasoning: string };
const EMPTY_ANSWER: AnswerState = { answer: '', reasoning: '' };
const DECISION_FIELDS = [
  'decidedOn', 'q1Vermoeden', 'q1Vermoeden.reasoning', 'q2AcuutStructureel', 'q2AcuutStructureel.reasoning', 'q3HulpMogelijk', 'q3HulpMogelijk.reasoning',
  'q4HulpAanvaard', 'q4HulpAanvaard.reasoning', 'outcome', 'reasoning', 'agreements', 'followUpDate',
  'emptyStepReasons.1', 'emptyStepReasons.2', 'emptyStepReasons.3', 'emptyStepReasons.4',
] as const;

function joinSteps(steps: string[], t: Translate): string {
  return steps.length <= 1 ? steps.join('') : `${steps.slice(0, -1).join(', ')} ${t('meldcode.and')} ${steps.at(-1)}`;
}

/** Step 5: questions 1 → (ja) 2 → (nee) 3 → (ja) 4; only the outcome the answers lead to is offered. */
function DecisionForm({ traject, onSaved }: { traject: Traject; onSaved: (t: Traject) => void }) {
  const t = useT();
  const errorText = useErrorText();
  const [decidedOn, setDecidedOn] = useState(today());
  const [answers, setAnswers] = useState<Record<DecisionQuestion, AnswerState>>({
    q1Vermoeden: EMPTY_ANSWER, q2AcuutStructureel: EMPTY_ANSWER, q3HulpMogelijk: EMPTY_ANSWER, q4HulpAanvaard: EMPTY_ANSWER,
  });
  const [outcome, setOutcome] = useState('');
  const [reasoning, setReasoning] = useState('');
  const [agreements, setAgreements] = useState('');
  const [followUpDate, setFollowUpDate] = useState('');
  const [reasons, setReasons] = useState<Record<EmptyStep, string>>({ 1: '', 2: '', 3: '', 4: '' });
  /** Steps the server says are empty (the page may be older than the trajectory). */
  const [serverEmpty, setServerEmpty] = useState<EmptyStep[]>([]);
  const { errors, formError, busy, setBusy, form, fail, clear } = useFormState();

  const emptySteps = (['1', '2', '3', '4'] as EmptyStep[]).filter((s) => stepsRecorded(traject, Number(s)).length === 0 || serverEmpty.includes(s));
  const answerValues = Object.fromEntries(Object.entries(answers).map(([q, a]) => [q, a.answer])) as Record<DecisionQuestion, YesNo | ''>;
  const asked = questionsAsked(answerValues);
  const derived = outcomeOf(answerValues);
  const leadsTo: Outcome | null = 'outcome' in derived ? derived.outcome : null;
  const chosen: Outcome | '' = leadsTo && outcome === leadsTo ? leadsTo : '';

  const validate = () => {
    const e: Record<string, string> = {};
    for (const s of emptySteps) {
      checkText(reasons[s], e, `emptyStepReasons.${s}`, t, t('meldcode.besluit.emptyStepReasonRequired', { step: s }));
    }
    checkDate(decidedOn, e, 'decidedOn', t);
    for (const q of asked) {
      if (!answers[q].answer) e[q] = t('meldcode.answerRequired');
      checkText(answers[q].reasoning, e, `${q}.reasoning`, t, t('meldcode.reasoningRequired'));
    }
    if (leadsTo && !chosen) e.outcome = t('meldcode.outcomeRequired');
    checkText(reasoning, e, 'reasoning', t, t('meldcode.besluit.reasoningRequired'));
    if (chosen === 'hulp') {
      checkText(agreements, e, 'agreements', t, t('meldcode.besluit.agreementsRequired'));
      if (!followUpDate) e.followUpDate = t('meldcode.besluit.followUpRequired');
      else if (followUpDate <= today()) e.followUpDate = t('meldcode.besluit.followUpFuture');
    }
    return e;
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const e = validate();
    if (Object.keys(e).length || !chosen) {
      fail(e, t('common.checkFields'));
      return;
    }
    clear();
    const body: Record<string, unknown> = { decidedOn, outcome: chosen, reasoning: reasoning.trim() };
    for (const q of asked) body[q] = { answer: answers[q].answer, reasoning: answers[q].reasoning.trim() };
    if (chosen === 'hulp') {
      body.agreements = agreements.trim();
      body.followUpDate = followUpDate;
    }
    const stepReasons = Object.fromEntries(emptySteps.map((s) => [s, reasons[s].trim()]).filter(([, r]) => r));
    if (Object.keys(stepReasons).length) body.emptyStepReasons = stepReasons;
    setBusy(true);
    try {
      const next = await post<Traject>(`/meldcode-trajecten/${traject.id}/besluiten`, body);
      setBusy(false);
      if (next.status === 'hulp') refreshOverdueCount();
      onSaved(next);
    } catch (err) {
      setBusy(false);
      let fe: Record<string, string> = {};
      if (err instanceof ApiError && err.code === 'step-missing') {
        const steps = err.errors.map((f) => f.path.replace('emptyStepReasons.', '')).filter((s): s is EmptyStep => ['1', '2', '3', '4'].includes(s));
        setServerEmpty(steps);
        for (const s of steps) fe[`emptyStepReasons.${s}`] = t('meldcode.besluit.emptyStepReasonRequired', { step: s });
      } else if (err instanceof ApiError && err.code === 'decision-inconsistent') {
        const expected = err.problem.expected as Outcome | undefined;
        fe.outcome = expected && expected in OUTCOME_LOWER ? t('meldcode.decision.inconsistent', { outcome: t(OUTCOME_LOWER[expected]) }) : errorText(err);
      } else if (err instanceof ApiError && err.code === 'decision-incomplete') {
        fe.outcome = errorText(err);
      } else {
        fe = serverFieldErrors(err, DECISION_FIELDS, t);
        if (err instanceof ApiError && err.code === 'agreements-required') {
          if (fe.agreements) fe.agreements = t('meldcode.besluit.agreementsRequired');
          if (fe.followUpDate) fe.followUpDate = t('meldcode.besluit.followUpRequired');
        }
        if (err instanceof ApiError && err.code === 'follow-up-in-past' && fe.followUpDate) fe.followUpDate = t('meldcode.besluit.followUpFuture');
      }
      fail(fe, Object.keys(fe).length ? t('common.checkFields') : errorText(err));
    }
  };

  const tomorrow = (() => {
    const d = new Date(`${today()}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 1);
    return d.toISOString().slice(0, 10);
  })();

  return (
    <form ref={form} onSubmit={(e) => void onSubmit(e)} noValidate className="kv-form kv-form--wide" aria-label={t('meldcode.besluit.form')}>
      {emptySteps.length > 0 && (
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset kv-factor-group">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend kv-factor-group__legend">
            <span className="utrecht-heading-3">{t('meldcode.besluit.emptyStepsLegend')}</span>
          </legend>
          <Paragraph>
            {t(emptySteps.length === 1 ? 'meldcode.besluit.emptyStep' : 'meldcode.besluit.emptySteps', { steps: joinSteps(emptySteps, t) })}
          </Paragraph>
          {emptySteps.map((s) => (
            <TextAreaField
              key={s}
              label={t('meldcode.besluit.emptyStepReason', { step: s, title: t(STEP_TITLE[Number(s)]) })}
              name={`emptyStepReason-${s}`}
              required
              rows={2}
              maxLength={TEXT_MAX}
              value={reasons[s]}
              onValue={(v) => setReasons((r) => ({ ...r, [s]: v }))}
              error={errors[`emptyStepReasons.${s}`]}
            />
          ))}
        </fieldset>
      )}
      <TextField label={t('meldcode.besluit.decidedOn')} name="decidedOn" type="date" max={today()} required value={decidedOn} onValue={setDecidedOn} error={errors.decidedOn} className="kv-input--date" />
      {asked.map((q) => (
        <QuestionField key={q} question={q} value={answers[q]} onValue={(v) => setAnswers((a) => ({ ...a, [q]: v }))} errors={errors} />
      ))}
      <div className={`kv-leads-to${leadsTo ? ' kv-leads-to--done' : ''}`} role="status">
        <p className="utrecht-paragraph">
          {leadsTo ? <strong>{t('meldcode.leadsTo', { outcome: t(OUTCOME_LOWER[leadsTo]) })}</strong> : t('meldcode.leadsToPending')}
        </p>
      </div>
      {leadsTo && (
        <>
          <RadioGroup
            legend={t('meldcode.outcome')}
            description={t('meldcode.outcomeHelp')}
            name="outcome"
            required
            value={chosen}
            onValue={setOutcome}
            error={errors.outcome}
            options={[{ value: leadsTo, label: t(OUTCOME_KEYS[leadsTo]) }]}
          />
          {chosen === 'melden' && <Alert type="warning">{t('meldcode.besluit.meldenInfo')}</Alert>}
          {chosen === 'hulp' && (
            <>
              <TextAreaField label={t('meldcode.besluit.agreements')} description={t('meldcode.besluit.agreementsHelp')} name="agreements" required rows={4} maxLength={TEXT_MAX} value={agreements} onValue={setAgreements} error={errors.agreements} />
              <TextField label={t('meldcode.besluit.followUpDate')} description={t('meldcode.besluit.followUpDateHelp')} name="followUpDate" type="date" min={tomorrow} required value={followUpDate} onValue={setFollowUpDate} error={errors.followUpDate} className="kv-input--date" />
            </>
          )}
          <TextAreaField label={t('meldcode.besluit.reasoning')} description={t('meldcode.besluit.reasoningHelp')} name="reasoning" required rows={4} maxLength={TEXT_MAX} value={reasoning} onValue={setReasoning} error={errors.reasoning} />
          <FormFooter formError={formError} busy={busy} label={t('meldcode.besluit.submit')} />
        </>
      )}
      {!leadsTo && formError && <Alert type="error">{formError}</Alert>}
    </form>
  );
}

/** Question 5, while help runs: ja closes with monitoring agreements, nee reports to Veilig Thuis. */
function EvaluationForm({ trajectId, onSaved }: { trajectId: string; onSaved: (t: Traject) => void }) {
  const t = useT();
  const errorText = useErrorText();
  const [evaluatedOn, setEvaluatedOn] = useState(today());
  const [q5, setQ5] = useState<AnswerState>(EMPTY_ANSWER);
  const [monitoring, setMonitoring] = useState('');
  const { errors, formError, busy, setBusy, form, fail, clear } = useFormState();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const e: Record<string, string> = {};
    checkDate(evaluatedOn, e, 'evaluatedOn', t);
    if (!q5.answer) e.q5ResultaatBereikt = t('meldcode.answerRequired');
    checkText(q5.reasoning, e, 'q5ResultaatBereikt.reasoning', t, t('meldcode.reasoningRequired'));
    if (q5.answer === 'ja') checkText(monitoring, e, 'monitoringAgreements', t, t('meldcode.evaluatie.monitoringRequired'));
    if (Object.keys(e).length) {
      fail(e, t('common.checkFields'));
      return;
    }
    clear();
    setBusy(true);
    try {
      const next = await post<Traject>(`/meldcode-trajecten/${trajectId}/evaluaties`, {
        evaluatedOn,
        q5ResultaatBereikt: { answer: q5.answer, reasoning: q5.reasoning.trim() },
        ...(q5.answer === 'ja' ? { monitoringAgreements: monitoring.trim() } : {}),
      });
      setBusy(false);
      onSaved(next);
    } catch (err) {
      setBusy(false);
      const fe = serverFieldErrors(err, ['evaluatedOn', 'q5ResultaatBereikt', 'q5ResultaatBereikt.reasoning', 'monitoringAgreements'], t);
      if (err instanceof ApiError && err.code === 'monitoring-required') fe.monitoringAgreements = t('meldcode.evaluatie.monitoringRequired');
      fail(fe, Object.keys(fe).length ? t('common.checkFields') : errorText(err));
    }
  };

  return (
    <form ref={form} onSubmit={(e) => void onSubmit(e)} noValidate className="kv-form kv-form--wide" aria-label={t('meldcode.evaluatie.title')}>
      <Paragraph small>{t('meldcode.evaluatie.intro')}</Paragraph>
      <TextField label={t('meldcode.evaluatie.evaluatedOn')} name="evaluatedOn" type="date" max={today()} required value={evaluatedOn} onValue={setEvaluatedOn} error={errors.evaluatedOn} className="kv-input--date" />
      <QuestionField question="q5ResultaatBereikt" value={q5} onValue={setQ5} errors={errors} />
      {q5.answer === 'ja' && (
        <TextAreaField label={t('meldcode.evaluatie.monitoring')} description={t('meldcode.evaluatie.monitoringHelp')} name="monitoringAgreements" required rows={3} maxLength={TEXT_MAX} value={monitoring} onValue={setMonitoring} error={errors.monitoringAgreements} />
      )}
      {q5.answer === 'nee' && <Alert type="warning">{t('meldcode.evaluatie.meldenInfo')}</Alert>}
      <FormFooter formError={formError} busy={busy} label={t(q5.answer === 'nee' ? 'meldcode.evaluatie.submitMelden' : 'meldcode.evaluatie.submit')} />
    </form>
  );
}

function PauseForm({ trajectId, onSaved }: { trajectId: string; onSaved: (t: Traject) => void }) {
  const t = useT();
  const errorText = useErrorText();
  const [reason, setReason] = useState('');
  const { errors, formError, busy, setBusy, form, fail, clear } = useFormState();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const e: Record<string, string> = {};
    checkText(reason, e, 'reason', t, t('meldcode.pause.reasonRequired'), 2000);
    if (Object.keys(e).length) {
      fail(e, null);
      return;
    }
    clear();
    setBusy(true);
    try {
      const next = await post<Traject>(`/meldcode-trajecten/${trajectId}/pauze`, { reason: reason.trim() });
      setBusy(false);
      onSaved(next);
    } catch (err) {
      setBusy(false);
      const fe = serverFieldErrors(err, ['reason'], t);
      fail(fe, Object.keys(fe).length ? null : errorText(err));
    }
  };

  return (
    <form ref={form} onSubmit={(e) => void onSubmit(e)} noValidate className="kv-form" aria-label={t('meldcode.pause.title')}>
      <TextAreaField label={t('meldcode.pause.reason')} description={t('meldcode.pause.reasonHelp')} name="pauseReason" required rows={3} maxLength={2000} value={reason} onValue={setReason} error={errors.reason} />
      <FormFooter formError={formError} busy={busy} label={t('meldcode.pause.submit')} />
    </form>
  );
}

// ---------------------------------------------------------------------------------------------
// The Meldcode section of the dossier page

/** The trajectories of a dossier, found through its timeline (the entries of kind meldcode-* carry the trajectory id). */
function trajectIdsOf(dossier: Dossier): string[] {
  const ids: string[] = [];
  for (const e of dossier.timeline) {
    if (e.recordType === 'meldcode' && e.recordId && !ids.includes(e.recordId)) ids.push(e.recordId);
  }
  return ids;
}

export function DossierMeldcode({ dossier, member }: { dossier: Dossier; member: boolean }) {
  const t = useT();
  const { lang } = useLang();
  const errorText = useErrorText();
  const ids = trajectIdsOf(dossier);
  const trajecten = useResource(() => Promise.all(ids.map((id) => get<Traject>(`/meldcode-trajecten/${id}`))), [ids.join(',')]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const open = dossier.status === 'open';

  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      const traject = await post<Traject>('/meldcode-trajecten', { dossierId: dossier.id });
      navigate(`/meldcode/${traject.id}`);
    } catch (e) {
      setBusy(false);
      if (e instanceof ApiError && e.code === 'traject-running' && typeof e.problem.trajectId === 'string') {
        navigate(`/meldcode/${e.problem.trajectId}`);
        return;
      }
      setError(errorText(e));
    }
  };

  return (
    <Section id="dossier-meldcode" title={t('dossier.meldcode.title')}>
      <Paragraph>{t('dossier.meldcode.intro')}</Paragraph>
      <Loaded resource={trajecten}>
        {(list) => {
          const running = list.find((tr) => RUNNING_STATUSES.includes(tr.status));
          const earlier = list.filter((tr) => tr !== running).sort((a, b) => b.startedAt.localeCompare(a.startedAt));
          return (
            <>
              {running && (
                <>
                  <Paragraph>{t('dossier.meldcode.running', { date: formatDate(running.startedAt, lang), status: t(STATUS_KEYS[running.status]).toLowerCase() })}</Paragraph>
                  <Paragraph>
                    <ButtonLink href={`/meldcode/${running.id}`} appearance="primary">{t('dossier.meldcode.open')}</ButtonLink>
                  </Paragraph>
                </>
              )}
              {!running && open && member && (
                <>
                  {error && <Alert type="error">{error}</Alert>}
                  <ButtonGroup>
                    <Button appearance="primary" busy={busy} disabled={busy} onClick={() => void start()}>{t('dossier.meldcode.start')}</Button>
                  </ButtonGroup>
                </>
              )}
              {!running && open && !member && <Paragraph>{t('dossier.meldcode.joinFirst')}</Paragraph>}
              {list.length === 0 && <Paragraph>{t('dossier.meldcode.none')}</Paragraph>}
              {earlier.length > 0 && (
                <>
                  <h3 className="utrecht-heading-3 kv-meldcode-earlier" id="dossier-meldcode-earlier">{t('dossier.meldcode.earlier')}</h3>
                  <ul className="utrecht-unordered-list" aria-labelledby="dossier-meldcode-earlier">
                    {earlier.map((tr) => (
                      <li className="utrecht-unordered-list__item" key={tr.id}>
                        <Link href={`/meldcode/${tr.id}`}>{t('dossier.meldcode.earlierItem', { date: formatDate(tr.startedAt, lang) })}</Link>
                        {' – '}{t(STATUS_KEYS[tr.status])}
                        {tr.meldingen.filter((m) => m.receivedAt).slice(-1).map((m) => (
                          <span key={m.id}>; {t('dossier.meldcode.received', { date: formatDate(m.receivedAt, lang) })}</span>
                        ))}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </>
          );
        }}
      </Loaded>
    </Section>
  );
}

/** In the dossier's timeline: a link from a Meldcode entry (and Veilig Thuis' receipt) to its trajectory. */
export function MeldcodeTimelineLink({ entry }: { entry: TimelineEntry }) {
  const t = useT();
  const { lang } = useLang();
  if (entry.recordType !== 'meldcode' || !entry.recordId) return null;
  return (
    <p className="utrecht-paragraph">
      <Link href={`/meldcode/${entry.recordId}`}>
        {t('dossier.timeline.viewTraject')}<VisuallyHidden> ({formatDateTime(entry.at, lang)})</VisuallyHidden>
      </Link>
    </p>
  );
}

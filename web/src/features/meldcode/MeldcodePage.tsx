// The Meldcode: one trajectory as a stepper of the five steps (what is recorded under each, by
// whom and when; the next step highlighted; a form per step, each in steps/), pause and resume,
// question 5 while help runs, and the report's status after "melden".
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { post } from '../../api.ts';
import { useErrorText, useLang, useT } from '../../i18n/index.tsx';
import { useSessionView } from '../../session.tsx';
import { useResource } from '../../useResource.ts';
import { formatDate, formatDateTime } from '../../format.ts';
import type { Dossier } from '../../types.ts';
import { type Traject, type TrajectRecord } from '../../meldcode.ts';
import { Loaded, Page } from '../../components/Page.tsx';
import { Heading2, Paragraph, Section } from '../../components/Typography.tsx';
import { Button, ButtonGroup } from '../../components/Button.tsx';
import { Alert } from '../../components/Alert.tsx';
import { Link } from '../../components/Link.tsx';
import { getUnderDossier } from '../../api.ts';
import { RecordData } from '../../pages/MeldcodeRecords.tsx';
import '../../meldcode.css';
import { KIND_KEYS, STEPS, STEP_INTRO, STEP_TITLE, getTraject, statusBadge, stepsRecorded } from './common.tsx';
import { DecisionForm } from './steps/BesluitStep.tsx';
import { ConsultatieForm } from './steps/ConsultatieStep.tsx';
import { EvaluationForm } from './steps/EvaluatieStep.tsx';
import { GesprekForm } from './steps/GesprekStep.tsx';
import { PauseForm } from './steps/PauzeForm.tsx';
import { SignaalForm } from './steps/SignaalStep.tsx';
import { WegingForm } from './steps/WegingStep.tsx';

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

export type FlashAt = 'status' | number;
export interface Flash {
  at: FlashAt;
  text: string;
  n: number;
}

/** A confirmation that takes focus (the form that was submitted has just closed). */
export function FlashMessage({ flash }: { flash: Flash }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [flash.n]);
  return (
    <div ref={ref} tabIndex={-1} className="kv-result">
      <Alert type="ok">{flash.text}</Alert>
    </div>
  );
}

export function TrajectView({ initial, dossier }: { initial: Traject; dossier: Dossier }) {
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

export function StepDetails({ summary, open, children }: { summary: string; open: boolean; children: ReactNode }) {
  return (
    <details className="kv-details kv-step__details" open={open}>
      <summary className="kv-details__summary">{summary}</summary>
      {children}
    </details>
  );
}

export function RecordItem({ record }: { record: TrajectRecord }) {
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


// ---------------------------------------------------------------------------------------------
// Status: the report to Veilig Thuis, pause and resume

export function StatusSection({ traject, writable, onSaved, flash }: {
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

// The reach protocol "niet verschenen zonder bericht" (seed 004, Apeldoorn): register a missed
// appointment and the outcome of each attempt; the organisation's protocol then sets the next
// task, and when the family stays out of reach it proposes escalation: share the worry or start
// the Meldcode. And, for the aandachtsfunctionaris, the organisation's protocol itself.
import type { ApiResponse } from '../shared/api/types.ts';
import { useState, type FormEvent } from 'react';
import { ApiError, get, post, put } from '../api.ts';
import { useErrorText, useLang, useT } from '../i18n/index.tsx';
import { useResource } from '../useResource.ts';
import { formatDate, today } from '../format.ts';
import { navigate } from '../router.tsx';
import {
  PROTOCOL_ACTIONS, REACH_OUTCOMES, addDays, serverFieldErrors,
  type ProtocolAction, type ProtocolStep, type ReachOutcome, type ReachResult,
} from '../keten.ts';
import type { Dossier } from '../types.ts';
import { Loaded, Page } from '../components/Page.tsx';
import { Heading2, Heading3, Paragraph, Section, VisuallyHidden } from '../components/Typography.tsx';
import { Button, ButtonGroup } from '../components/Button.tsx';
import { Alert } from '../components/Alert.tsx';
import { RadioGroup, SelectField, TextAreaField, TextField } from '../components/FormField.tsx';
import { ButtonLink } from '../components/Link.tsx';
import { DossierSubPage, useFocusResult, useSubmit } from './KetenShared.tsx';

const NOTE_MAX = 2000;
const TITLE_MAX = 200;
const STEPS_MAX = 10;

type Protocol = ApiResponse<'/api/v1/bereik-protocol', 'get'>;

interface Outcome {
  kind: 'niet_verschenen' | 'uitkomst';
  onDate: string;
  outcome?: ReachOutcome;
  result: ReachResult;
}

// ---------------------------------------------------------------------------------------------
// Missed appointments and attempts

export function NietVerschenenPage({ id }: { id: string }) {
  const t = useT();
  return (
    <DossierSubPage id={id} title={(name) => t('bereik.title', { name })} titleShort={t('bereik.titleShort')}>
      {(dossier) => <Bereik dossier={dossier} />}
    </DossierSubPage>
  );
}

function Bereik({ dossier }: { dossier: Dossier }) {
  const t = useT();
  const protocol = useResource(() => get<Protocol>('/bereik-protocol'), []);
  const [last, setLast] = useState<Outcome | null>(null);
  const [result, focusResult] = useFocusResult<HTMLDivElement>();
  const recorded = (o: Outcome) => {
    setLast(o);
    focusResult();
  };
  const current = last?.result.step ? last.result.failures : 0;
  return (
    <>
      <Paragraph lead>{t('bereik.intro')}</Paragraph>
      <div ref={result} tabIndex={-1} className="kv-result">
        {last && <ReachResultView dossier={dossier} outcome={last} />}
      </div>
      <div className="kv-bereik">
        <div className="kv-bereik__forms">
          <Section id="bereik-niet-verschenen" title={t('bereik.missed.title')}>
            <MissedForm dossier={dossier} onRecorded={recorded} />
          </Section>
          <Section id="bereik-uitkomst" title={t('bereik.outcome.title')}>
            <OutcomeForm dossier={dossier} onRecorded={recorded} />
          </Section>
        </div>
        <Section id="bereik-protocol" title={t('bereik.protocol.title')}>
          <Loaded resource={protocol}>{(p) => <ProtocolSteps protocol={p} current={current} />}</Loaded>
        </Section>
      </div>
    </>
  );
}

function ProtocolSteps({ protocol, current }: { protocol: Protocol; current: number }) {
  const t = useT();
  const at = current ? Math.min(current, protocol.steps.length) : 0;
  return (
    <>
      <Paragraph small>{t(protocol.isDefault ? 'bereik.protocol.default' : 'bereik.protocol.own')}</Paragraph>
      <ol className="kv-protocol">
        {protocol.steps.map((s, i) => (
          <li key={i} className={`kv-protocol__step${i + 1 === at ? ' kv-protocol__step--current' : ''}`} aria-current={i + 1 === at ? 'step' : undefined}>
            <span className="kv-protocol__when">{t('bereik.protocol.after', { n: i + 1 })}</span>{' '}
            <strong>{s.title}</strong>{' '}
            <span className="kv-muted">({t(`protocol.action.${s.action}`)}; {t(s.dueDays === 0 ? 'bereik.protocol.sameDay' : s.dueDays === 1 ? 'bereik.protocol.withinOne' : 'bereik.protocol.within', { days: s.dueDays })})</span>
            {i + 1 === at && <VisuallyHidden> ({t('bereik.protocol.current')})</VisuallyHidden>}
          </li>
        ))}
      </ol>
    </>
  );
}

function ReachResultView({ dossier, outcome }: { dossier: Dossier; outcome: Outcome }) {
  const t = useT();
  const { lang } = useLang();
  const r = outcome.result;
  const heading = outcome.kind === 'niet_verschenen'
    ? t('bereik.result.missed', { date: formatDate(outcome.onDate, lang) })
    : t('bereik.result.outcome', { date: formatDate(outcome.onDate, lang), outcome: t(`bereik.outcome.${outcome.outcome!}`) });
  return (
    <>
      {r.escalation && <Escalation dossier={dossier} />}
      <Alert type={r.escalation ? 'warning' : 'ok'} live="status">
        <p className="utrecht-paragraph"><strong>{heading}</strong></p>
        {r.step ? (
          <>
            <p className="utrecht-paragraph">{t('bereik.result.failures', { count: r.failures })}</p>
            <p className="utrecht-paragraph">
              {t('bereik.result.task', { title: r.step.title, date: formatDate(addDays(today(), r.step.dueDays), lang) })}
            </p>
          </>
        ) : (
          <p className="utrecht-paragraph">{outcome.outcome && outcome.outcome !== 'onbereikbaar' ? t('bereik.result.ended') : t('bereik.result.noTask')}</p>
        )}
      </Alert>
    </>
  );
}

/** The protocol's proposal at its last step: two prominent choices. */
function Escalation({ dossier }: { dossier: Dossier }) {
  const t = useT();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const startMeldcode = async () => {
    setBusy(true);
    setError(null);
    try {
      const traject = await post<{ id: string }>('/meldcode-trajecten', { dossierId: dossier.id });
      navigate(`/meldcode/${traject.id}`);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'traject-running' && typeof err.problem.trajectId === 'string') {
        navigate(`/meldcode/${err.problem.trajectId}`);
        return;
      }
      setError(errorText(err));
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="bereik-escalatie" className="kv-escalation">
      <Heading2 id="bereik-escalatie">{t('bereik.escalation.title')}</Heading2>
      <Paragraph>{t('bereik.escalation.text')}</Paragraph>
      {error && <Alert type="error">{error}</Alert>}
      <div className="kv-escalation__choices">
        <div className="kv-escalation__choice">
          <Heading3>{t('bereik.escalation.shareTitle')}</Heading3>
          <Paragraph small>{t('bereik.escalation.shareHelp')}</Paragraph>
          <ButtonLink href={`/dossiers/${dossier.id}/zorg-delen`} appearance="primary">{t('bereik.escalation.share')}</ButtonLink>
        </div>
        <div className="kv-escalation__choice">
          <Heading3>{t('bereik.escalation.meldcodeTitle')}</Heading3>
          <Paragraph small>{t('bereik.escalation.meldcodeHelp')}</Paragraph>
          <Button appearance="primary" busy={busy} disabled={busy} onClick={() => void startMeldcode()}>{t('bereik.escalation.meldcode')}</Button>
        </div>
      </div>
    </section>
  );
}

function useDateAndNote() {
  const t = useT();
  const [onDate, setOnDate] = useState(today());
  const [note, setNote] = useState('');
  const checkDate = (e: Record<string, string>) => {
    if (!onDate) e.onDate = t('bereik.dateRequired');
    else if (onDate > today()) e.onDate = t('error.date-in-future');
  };
  return { onDate, setOnDate, note, setNote, checkDate };
}

function MissedForm({ dossier, onRecorded }: { dossier: Dossier; onRecorded: (o: Outcome) => void }) {
  const t = useT();
  const errorText = useErrorText();
  const { onDate, setOnDate, note, setNote, checkDate } = useDateAndNote();
  const { form, errors, formError, busy, submit: run } = useSubmit();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const e: Record<string, string> = {};
    checkDate(e);
    void run(e, async () => {
      const result = await post<ReachResult>(`/dossiers/${dossier.id}/niet-verschenen`, { onDate, ...(note.trim() ? { note: note.trim() } : {}) });
      setNote('');
      onRecorded({ kind: 'niet_verschenen', onDate, result });
    }, (err) => [serverFieldErrors(err, { onDate: 'onDate', note: 'note' }, errorText), errorText(err)]);
  };

  return (
    <form ref={form} onSubmit={submit} noValidate className="kv-form" aria-label={t('bereik.missed.title')}>
      <TextField label={t('bereik.missed.date')} name="missedOn" type="date" max={today()} required value={onDate} onValue={setOnDate} error={errors.onDate} className="kv-input--date" />
      <TextAreaField label={t('bereik.note')} description={t('bereik.noteHelp')} name="missedNote" rows={2} maxLength={NOTE_MAX} value={note} onValue={setNote} error={errors.note} />
      {formError && <Alert type="error">{formError}</Alert>}
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={busy} disabled={busy}>{t('bereik.missed.submit')}</Button>
      </ButtonGroup>
    </form>
  );
}

function OutcomeForm({ dossier, onRecorded }: { dossier: Dossier; onRecorded: (o: Outcome) => void }) {
  const t = useT();
  const errorText = useErrorText();
  const { onDate, setOnDate, note, setNote, checkDate } = useDateAndNote();
  const [outcome, setOutcome] = useState<ReachOutcome | ''>('');
  const { form, errors, formError, busy, submit: run } = useSubmit();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const e: Record<string, string> = {};
    checkDate(e);
    if (!outcome) e.outcome = t('bereik.outcomeRequired');
    void run(e, async () => {
      const result = await post<ReachResult>(`/dossiers/${dossier.id}/bereik-uitkomsten`, { onDate, outcome, ...(note.trim() ? { note: note.trim() } : {}) });
      setNote('');
      setOutcome('');
      onRecorded({ kind: 'uitkomst', onDate, outcome: outcome || undefined, result });
    }, (err) => [serverFieldErrors(err, { onDate: 'onDate', outcome: 'outcome', note: 'note' }, errorText), errorText(err)]);
  };

  return (
    <form ref={form} onSubmit={submit} noValidate className="kv-form" aria-label={t('bereik.outcome.title')}>
      <Paragraph small>{t('bereik.outcome.intro')}</Paragraph>
      <TextField label={t('bereik.outcome.date')} name="attemptOn" type="date" max={today()} required value={onDate} onValue={setOnDate} error={errors.onDate} className="kv-input--date" />
      <RadioGroup
        legend={t('bereik.outcome.legend')}
        name="outcome"
        required
        value={outcome}
        onValue={(v) => setOutcome(v as ReachOutcome)}
        error={errors.outcome}
        className="kv-field--stacked"
        options={REACH_OUTCOMES.map((o) => ({ value: o, label: t(`bereik.outcome.${o}`) }))}
      />
      <TextAreaField label={t('bereik.note')} description={t('bereik.noteHelp')} name="attemptNote" rows={2} maxLength={NOTE_MAX} value={note} onValue={setNote} error={errors.note} />
      {formError && <Alert type="error">{formError}</Alert>}
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={busy} disabled={busy}>{t('bereik.outcome.submit')}</Button>
      </ButtonGroup>
    </form>
  );
}

// ---------------------------------------------------------------------------------------------
// The organisation's protocol (aandachtsfunctionaris)

export function BereikProtocolPage() {
  const t = useT();
  const protocol = useResource(() => get<Protocol>('/bereik-protocol'), []);
  return (
    <Page title={t('protocol.title')}>
      <Paragraph lead>{t('protocol.intro')}</Paragraph>
      <Loaded resource={protocol}>{(p) => <ProtocolEditor protocol={p} onSaved={protocol.setData} />}</Loaded>
    </Page>
  );
}

interface StepRow {
  key: number;
  action: ProtocolAction | '';
  title: string;
  dueDays: string;
}

let nextStepKey = 1;
const toRows = (steps: ProtocolStep[]): StepRow[] => steps.map((s) => ({ key: nextStepKey++, action: s.action, title: s.title, dueDays: String(s.dueDays) }));

function ProtocolEditor({ protocol, onSaved }: { protocol: Protocol; onSaved: (p: Protocol) => void }) {
  const t = useT();
  const errorText = useErrorText();
  const [rows, setRows] = useState<StepRow[]>(() => toRows(protocol.steps));
  const [message, setMessage] = useState<string | null>(null);
  const { form, errors, formError, busy, submit: run } = useSubmit();

  const setRow = (key: number, patch: Partial<StepRow>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const move = (index: number, by: -1 | 1) => setRows((rs) => {
    const next = [...rs];
    [next[index], next[index + by]] = [next[index + by], next[index]];
    return next;
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    const e: Record<string, string> = {};
    rows.forEach((r, i) => {
      if (!r.action) e[`${i}:action`] = t('protocol.actionRequired');
      if (!r.title.trim()) e[`${i}:title`] = t('protocol.titleRequired');
      const days = Number(r.dueDays);
      if (r.dueDays.trim() === '' || !Number.isInteger(days) || days < 0 || days > 60) e[`${i}:dueDays`] = t('protocol.dueDaysRange');
    });
    if (rows.length === 0) e.steps = t('protocol.stepsRequired');
    else if (rows.at(-1)!.action !== 'escalatie' && !e[`${rows.length - 1}:action`]) e[`${rows.length - 1}:action`] = t('protocol.lastEscalation');
    void run(e, async () => {
      const saved = await put<Protocol>('/bereik-protocol', { steps: rows.map((r) => ({ action: r.action, title: r.title.trim(), dueDays: Number(r.dueDays) })) });
      onSaved(saved);
      setRows(toRows(saved.steps));
      setMessage(t('protocol.saved'));
    }, (err) => {
      const paths: Record<string, string> = {};
      rows.forEach((_, i) => {
        for (const f of ['action', 'title', 'dueDays']) paths[`steps.${i}.${f}`] = `${i}:${f}`;
      });
      const fe = serverFieldErrors(err, paths, errorText);
      // The protocol's own rule (the last step escalates) comes on the list as a whole.
      const whole = err instanceof ApiError ? err.errors.find((x) => x.path === 'steps')?.message : undefined;
      if (whole && rows.length) fe[`${rows.length - 1}:action`] = whole;
      return [fe, Object.keys(fe).length ? t('common.checkFields') : errorText(err)];
    }, e.steps ?? t('common.checkFields'));
  };

  return (
    <>
      <Alert type="info">{t(protocol.isDefault ? 'bereik.protocol.default' : 'bereik.protocol.own')}</Alert>
      {message && <Alert type="ok">{message}</Alert>}
      <form ref={form} onSubmit={submit} noValidate className="kv-form kv-form--wide" aria-label={t('protocol.title')}>
        <Paragraph small>{t('protocol.help')}</Paragraph>
        <ol className="kv-protocol-edit">
          {rows.map((r, i) => (
            <li key={r.key} className="kv-protocol-edit__item">
              <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset kv-row">
                <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend kv-row__legend">
                  {t('protocol.step', { n: i + 1 })}
                </legend>
                <SelectField
                  label={t('protocol.action')}
                  name={`step-${i}-action`}
                  required
                  placeholder={t('common.choose')}
                  value={r.action}
                  onValue={(v) => setRow(r.key, { action: v as ProtocolAction })}
                  error={errors[`${i}:action`]}
                  options={PROTOCOL_ACTIONS.map((a) => ({ value: a, label: t(`protocol.action.${a}`) }))}
                />
                <TextField
                  label={t('protocol.stepTitle')}
                  name={`step-${i}-title`}
                  autoComplete="off"
                  required
                  maxLength={TITLE_MAX}
                  value={r.title}
                  onValue={(title) => setRow(r.key, { title })}
                  error={errors[`${i}:title`]}
                />
                <TextField
                  label={t('protocol.dueDays')}
                  description={t('protocol.dueDaysHelp')}
                  name={`step-${i}-dueDays`}
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={60}
                  required
                  value={r.dueDays}
                  onValue={(dueDays) => setRow(r.key, { dueDays })}
                  error={errors[`${i}:dueDays`]}
                  className="kv-input--short"
                />
                <ButtonGroup>
                  {i > 0 && <Button appearance="subtle" onClick={() => move(i, -1)}>{t('protocol.up')}<VisuallyHidden> ({t('protocol.step', { n: i + 1 })})</VisuallyHidden></Button>}
                  {i < rows.length - 1 && <Button appearance="subtle" onClick={() => move(i, 1)}>{t('protocol.down')}<VisuallyHidden> ({t('protocol.step', { n: i + 1 })})</VisuallyHidden></Button>}
                  {rows.length > 1 && (
                    <Button appearance="subtle" onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}>
                      {t('protocol.remove', { n: i + 1 })}
                    </Button>
                  )}
                </ButtonGroup>
              </fieldset>
            </li>
          ))}
        </ol>
        {rows.length < STEPS_MAX && (
          <ButtonGroup>
            <Button onClick={() => setRows((rs) => [...rs.slice(0, -1), { key: nextStepKey++, action: '', title: '', dueDays: '' }, ...rs.slice(-1)])}>
              {t('protocol.add')}
            </Button>
          </ButtonGroup>
        )}
        {formError && <Alert type="error">{formError}</Alert>}
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={busy} disabled={busy}>{t('protocol.submit')}</Button>
        </ButtonGroup>
      </form>
    </>
  );
}

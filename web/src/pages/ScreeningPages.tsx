// Stap 0: the screening form (every risk and protective factor present / not present / unknown,
// then the professional's own judgement and next action) and one screening's result (draaglast
// beside draagkracht). Kindveilig never turns the answers into a score: the professional judges.
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { ApiError, get, post } from '../api.ts';
import { useErrorText, useLang, useT, type Translate } from '../i18n/index.tsx';
import { useSessionView } from '../session.tsx';
import { useResource } from '../useResource.ts';
import { formatDateTime } from '../format.ts';
import { navigate } from '../router.tsx';
import {
  JUDGEMENTS, NEXT_ACTIONS,
  type Answer, type BalanceSide, type Dossier, type Factor, type FactorGroup, type Judgement, type NextAction, type Screening, type ScreeningAnswer,
} from '../types.ts';
import type { Lang, MessageKey } from '../i18n/index.tsx';
import { Loaded, Page } from '../components/Page.tsx';
import { Heading2, Heading3, Paragraph, Section } from '../components/Typography.tsx';
import { Button, ButtonGroup } from '../components/Button.tsx';
import { Alert } from '../components/Alert.tsx';
import { RadioGroup, TextAreaField, TextField } from '../components/FormField.tsx';
import { Link } from '../components/Link.tsx';
import { getUnderDossier } from '../api.ts';
import { useFocusFirstInvalid } from './KetenShared.tsx';

const NOTE_MAX = 1000;
const SOURCE_MAX = 200;
const JUDGEMENT_NOTE_MAX = 5000;

const ANSWER_KEYS: Record<Answer, MessageKey> = {
  aanwezig: 'screening.answer.aanwezig',
  niet_aanwezig: 'screening.answer.niet_aanwezig',
  onbekend: 'screening.answer.onbekend',
};
export const JUDGEMENT_KEYS: Record<Judgement, MessageKey> = {
  geen_zorg: 'screening.judgement.geen_zorg',
  zorg: 'screening.judgement.zorg',
  ernstige_zorg: 'screening.judgement.ernstige_zorg',
  vermoeden_kindermishandeling: 'screening.judgement.vermoeden_kindermishandeling',
};
export const NEXT_ACTION_KEYS: Record<NextAction, MessageKey> = {
  geen_actie: 'screening.next.geen_actie',
  bespreken_met_ouders: 'screening.next.bespreken_met_ouders',
  zorg_delen: 'screening.next.zorg_delen',
  hulp_aanbieden: 'screening.next.hulp_aanbieden',
  meldcode_starten: 'screening.next.meldcode_starten',
};

const label = (item: { nl: string; en: string }, lang: Lang) => (lang === 'en' ? item.en : item.nl);

/** The screening just saved, so its result page can confirm it once. */
let justSaved: string | null = null;

function useDossierAndFactors(id: string) {
  return useResource(
    () => Promise.all([getUnderDossier<Dossier>(id), get<{ groups: FactorGroup[] }>('/stap0/factoren')])
      .then(([dossier, factors]) => ({ dossier, groups: factors.groups })),
    [id],
  );
}

// ---------------------------------------------------------------------------------------------
// The form

export function ScreeningFormPage({ id }: { id: string }) {
  const t = useT();
  const data = useDossierAndFactors(id);
  const title = data.data ? t('screening.title', { name: data.data.dossier.child.fullName }) : t('screening.titleShort');
  return (
    <Page title={title}>
      <Paragraph><Link href={`/dossiers/${encodeURIComponent(id)}`}>{t('screening.back')}</Link></Paragraph>
      <Loaded resource={data}>{(d) => <ScreeningForm dossier={d.dossier} groups={d.groups} />}</Loaded>
    </Page>
  );
}

interface AnswerState {
  answer: Answer;
  note: string;
  source: string;
}

function ScreeningForm({ dossier, groups }: { dossier: Dossier; groups: FactorGroup[] }) {
  const t = useT();
  const errorText = useErrorText();
  const { user } = useSessionView();
  const [answers, setAnswers] = useState<Record<string, AnswerState>>(() =>
    Object.fromEntries(groups.flatMap((g) => g.factors.map((f) => [f.id, { answer: 'onbekend', note: '', source: '' }]))),
  );
  const [judgement, setJudgement] = useState('');
  const [judgementNote, setJudgementNote] = useState('');
  const [nextAction, setNextAction] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [form, focusFirstError] = useFocusFirstInvalid();

  const member = dossier.members.some((m) => m.userId === user.id);
  if (dossier.status !== 'open') return <Alert type="warning">{t('dossier.closed')}</Alert>;
  if (!member) return <Alert type="warning">{t('dossier.stap0.joinFirst')}</Alert>;

  const setAnswer = (factorId: string, patch: Partial<AnswerState>) =>
    setAnswers((a) => ({ ...a, [factorId]: { ...a[factorId], ...patch } }));

  const failed = (e: Record<string, string>, message: string) => {
    setErrors(e);
    setFormError(message);
    focusFirstError();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const e: Record<string, string> = {};
    for (const [factorId, a] of Object.entries(answers)) {
      if (a.answer !== 'aanwezig') continue;
      if (a.note.trim().length > NOTE_MAX) e[`note:${factorId}`] = t('screening.tooLong', { max: NOTE_MAX });
      if (a.source.trim().length > SOURCE_MAX) e[`source:${factorId}`] = t('screening.tooLong', { max: SOURCE_MAX });
    }
    if (!judgement) e.judgement = t('screening.judgementRequired');
    if (judgementNote.trim().length > JUDGEMENT_NOTE_MAX) e.judgementNote = t('screening.tooLong', { max: JUDGEMENT_NOTE_MAX });
    if (!nextAction) e.nextAction = t('screening.nextActionRequired');
    if (Object.keys(e).length) {
      failed(e, t('common.checkFields'));
      return;
    }
    setErrors({});
    setFormError(null);
    const body = {
      answers: groups.flatMap((g) => g.factors.map((f): ScreeningAnswer => {
        const a = answers[f.id];
        const out: ScreeningAnswer = { factorId: f.id, answer: a.answer };
        if (a.answer === 'aanwezig' && a.note.trim()) out.note = a.note.trim();
        if (a.answer === 'aanwezig' && a.source.trim()) out.source = a.source.trim();
        return out;
      })),
      judgement,
      nextAction,
      ...(judgementNote.trim() ? { judgementNote: judgementNote.trim() } : {}),
    };
    setBusy(true);
    try {
      const saved = await post<Screening>(`/dossiers/${dossier.id}/screenings`, body);
      justSaved = saved.id;
      navigate(`/dossiers/${dossier.id}/screenings/${saved.id}`);
    } catch (err) {
      const fe: Record<string, string> = {};
      if (err instanceof ApiError) {
        if (err.code === 'next-action-required' || err.code === 'meldcode-required') fe.nextAction = errorText(err);
        if (['screening-incomplete', 'factor-unknown', 'factor-twice'].includes(err.code)) {
          for (const f of err.errors) if (f.path in answers) fe[`factor:${f.path}`] = t('screening.incompleteFactor');
        }
        for (const f of err.errors) if (f.path === 'judgement' || f.path === 'judgementNote' || f.path === 'nextAction') fe[f.path] = f.message;
      }
      failed(fe, Object.keys(fe).length ? t('common.checkFields') : errorText(err));
    } finally {
      setBusy(false);
    }
  };

  const risks = groups.filter((g) => g.kind === 'risico');
  const protective = groups.filter((g) => g.kind === 'beschermend');

  return (
    <>
      <Alert type="info">
        <p className="utrecht-paragraph"><strong>{t('screening.noScoreTitle')}</strong> {t('screening.noScore')}</p>
      </Alert>
      <Paragraph>{t('screening.intro')}</Paragraph>
      <form ref={form} onSubmit={submit} noValidate className="kv-form kv-form--wide" aria-label={t('screening.titleShort')}>
        <section aria-labelledby="screening-risks" className="kv-section">
          <Heading2 id="screening-risks">{t('screening.risks.title')}</Heading2>
          <Paragraph small>{t('screening.risks.intro')}</Paragraph>
          {risks.map((g) => <FactorGroupFieldset key={g.id} group={g} answers={answers} errors={errors} onAnswer={setAnswer} />)}
        </section>
        <section aria-labelledby="screening-protective" className="kv-section">
          <Heading2 id="screening-protective">{t('screening.protective.title')}</Heading2>
          <Paragraph small>{t('screening.protective.intro')}</Paragraph>
          {protective.map((g) => <FactorGroupFieldset key={g.id} group={g} answers={answers} errors={errors} onAnswer={setAnswer} />)}
        </section>
        <section aria-labelledby="screening-judgement" className="kv-section">
          <Heading2 id="screening-judgement">{t('screening.judgement.title')}</Heading2>
          <Paragraph>{t('screening.judgement.intro')}</Paragraph>
          <RadioGroup
            legend={t('screening.judgement')}
            name="judgement"
            required
            value={judgement}
            onValue={setJudgement}
            error={errors.judgement}
            className="kv-field--stacked"
            options={JUDGEMENTS.map((j) => ({ value: j, label: t(JUDGEMENT_KEYS[j]) }))}
          />
          <TextAreaField
            label={t('screening.judgementNote')}
            description={t('screening.judgementNoteHelp')}
            name="judgementNote"
            rows={4}
            maxLength={JUDGEMENT_NOTE_MAX}
            value={judgementNote}
            onValue={setJudgementNote}
            error={errors.judgementNote}
          />
        </section>
        <section aria-labelledby="screening-next" className="kv-section">
          <Heading2 id="screening-next">{t('screening.nextAction.title')}</Heading2>
          <RadioGroup
            legend={t('screening.nextAction')}
            description={t('screening.nextActionHelp')}
            name="nextAction"
            required
            value={nextAction}
            onValue={setNextAction}
            error={errors.nextAction}
            className="kv-field--stacked"
            options={NEXT_ACTIONS.map((a) => ({ value: a, label: t(NEXT_ACTION_KEYS[a]) }))}
          />
          <div className="kv-placeholder">
            <Button disabled aria-describedby="sociale-kaart-help">{t('screening.socialeKaart')}</Button>
            <p className="utrecht-paragraph utrecht-paragraph--small" id="sociale-kaart-help">{t('screening.socialeKaartHelp')}</p>
          </div>
        </section>
        {formError && <Alert type="error">{formError}</Alert>}
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={busy} disabled={busy}>{t('screening.submit')}</Button>
          <Link href={`/dossiers/${dossier.id}`}>{t('common.cancel')}</Link>
        </ButtonGroup>
      </form>
    </>
  );
}

function FactorGroupFieldset({ group, answers, errors, onAnswer }: {
  group: FactorGroup;
  answers: Record<string, AnswerState>;
  errors: Record<string, string>;
  onAnswer: (factorId: string, patch: Partial<AnswerState>) => void;
}) {
  const t = useT();
  const { lang } = useLang();
  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset kv-factor-group">
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend kv-factor-group__legend">
        <h3 className="utrecht-heading-3">{label(group, lang)}</h3>
      </legend>
      <p className="utrecht-paragraph utrecht-paragraph--small kv-ref">{t('screening.ref', { ref: group.ref })}</p>
      {group.factors.map((f) => (
        <FactorQuestion key={f.id} factor={f} state={answers[f.id]} errors={errors} onAnswer={(patch) => onAnswer(f.id, patch)} />
      ))}
    </fieldset>
  );
}

function FactorQuestion({ factor, state, errors, onAnswer }: {
  factor: Factor;
  state: AnswerState;
  errors: Record<string, string>;
  onAnswer: (patch: Partial<AnswerState>) => void;
}) {
  const t = useT();
  const { lang } = useLang();
  const options = useMemo(() => (['aanwezig', 'niet_aanwezig', 'onbekend'] as const).map((a) => ({ value: a, label: t(ANSWER_KEYS[a]) })), [t]);
  return (
    <RadioGroup
      legend={label(factor, lang)}
      description={
        <>
          {factor.hint && <span className="kv-factor__hint">{factor.hint} </span>}
          <span className="kv-ref">{t('screening.ref', { ref: factor.ref })}</span>
        </>
      }
      name={`factor-${factor.id}`}
      required
      value={state.answer}
      onValue={(v) => onAnswer({ answer: v as Answer })}
      error={errors[`factor:${factor.id}`]}
      className={`kv-factor${state.answer === 'aanwezig' ? ' kv-factor--present' : ''}`}
      options={options}
    >
      {state.answer === 'aanwezig' && (
        <div className="kv-factor__details">
          <TextAreaField
            label={t('screening.note')}
            description={t('screening.noteHelp')}
            name={`note-${factor.id}`}
            rows={2}
            maxLength={NOTE_MAX}
            value={state.note}
            onValue={(note) => onAnswer({ note })}
            error={errors[`note:${factor.id}`]}
          />
          <TextField
            label={t('screening.source')}
            description={t('screening.sourceHelp')}
            name={`source-${factor.id}`}
            maxLength={SOURCE_MAX}
            value={state.source}
            onValue={(source) => onAnswer({ source })}
            error={errors[`source:${factor.id}`]}
          />
        </div>
      )}
    </RadioGroup>
  );
}

// ---------------------------------------------------------------------------------------------
// The result

export function ScreeningResultPage({ id, screeningId }: { id: string; screeningId: string }) {
  const t = useT();
  const data = useResource(
    () => Promise.all([
      getUnderDossier<Dossier>(id),
      getUnderDossier<Screening>(id, `/screenings/${screeningId}`, screeningId),
      get<{ groups: FactorGroup[] }>('/stap0/factoren'),
    ]).then(([dossier, screening, factors]) => ({ dossier, screening, groups: factors.groups })),
    [id, screeningId],
  );
  // Read while rendering, cleared once committed: a render React throws away and redoes (as when
  // a lazy page or a query answer interrupts it) must see the same value.
  const [saved] = useState(() => justSaved === screeningId);
  useEffect(() => {
    if (justSaved === screeningId) justSaved = null;
  }, [screeningId]);
  const title = data.data ? t('screeningResult.title', { name: data.data.dossier.child.fullName }) : t('screening.titleShort');
  return (
    <Page title={title}>
      <Paragraph><Link href={`/dossiers/${encodeURIComponent(id)}`}>{t('screening.back')}</Link></Paragraph>
      {saved && <Alert type="ok">{t('screeningResult.saved')}</Alert>}
      <Loaded resource={data}>{(d) => <ScreeningResult screening={d.screening} groups={d.groups} />}</Loaded>
    </Page>
  );
}

function ScreeningResult({ screening, groups }: { screening: Screening; groups: FactorGroup[] }) {
  const t = useT();
  const { lang } = useLang();
  return (
    <>
      <Paragraph>{t('screeningResult.meta', { date: formatDateTime(screening.createdAt, lang), author: screening.author })}</Paragraph>
      <Alert type="info">{t('screeningResult.noScore')}</Alert>

      <div className="kv-balance">
        <BalanceColumn id="balance-draaglast" title={t('screeningResult.draaglast')} intro={t('screeningResult.draaglastIntro')} side={screening.balance.draaglast} groups={groups} t={t} lang={lang} />
        <BalanceColumn id="balance-draagkracht" title={t('screeningResult.draagkracht')} intro={t('screeningResult.draagkrachtIntro')} side={screening.balance.draagkracht} groups={groups} t={t} lang={lang} />
      </div>

      <Section id="screening-outcome" title={t('screeningResult.outcomeTitle')}>
        <dl className="utrecht-data-list kv-data-list">
          <div className="utrecht-data-list__item">
            <dt className="utrecht-data-list__item-key">{t('screeningResult.judgement')}</dt>
            <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{t(JUDGEMENT_KEYS[screening.judgement])}</dd>
          </div>
          {screening.judgementNote && (
            <div className="utrecht-data-list__item">
              <dt className="utrecht-data-list__item-key">{t('screeningResult.judgementNote')}</dt>
              <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd kv-prewrap">{screening.judgementNote}</dd>
            </div>
          )}
          <div className="utrecht-data-list__item">
            <dt className="utrecht-data-list__item-key">{t('screeningResult.nextAction')}</dt>
            <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{t(NEXT_ACTION_KEYS[screening.nextAction])}</dd>
          </div>
          <div className="utrecht-data-list__item">
            <dt className="utrecht-data-list__item-key">{t('screeningResult.unknown')}</dt>
            <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
              {t('screeningResult.unknownCount', { count: screening.balance.unknown, total: screening.answers.length })}
            </dd>
          </div>
        </dl>
      </Section>
    </>
  );
}

function BalanceColumn({ id, title, intro, side, groups, t, lang }: {
  id: string;
  title: string;
  intro: string;
  side: BalanceSide[];
  groups: FactorGroup[];
  t: Translate;
  lang: Lang;
}) {
  const groupById = new Map(groups.map((g) => [g.id, g]));
  const factorById = new Map(groups.flatMap((g) => g.factors.map((f) => [f.id, f] as const)));
  return (
    <section aria-labelledby={id} className="kv-balance__side">
      <Heading2 id={id}>{title}</Heading2>
      <Paragraph small>{intro}</Paragraph>
      {side.map((g) => {
        const group = groupById.get(g.groupId);
        return (
          <div key={g.groupId} className="kv-balance__group">
            <Heading3 id={`${id}-${g.groupId}`}>{group ? label(group, lang) : g.group}</Heading3>
            {g.factors.length === 0 ? (
              <p className="utrecht-paragraph kv-muted">{t('screeningResult.groupNone')}</p>
            ) : (
              <ul className="utrecht-unordered-list kv-balance__factors" aria-labelledby={`${id}-${g.groupId}`}>
                {g.factors.map((f) => {
                  const factor = factorById.get(f.id);
                  return (
                    <li className="utrecht-unordered-list__item" key={f.id}>
                      <strong>{factor ? label(factor, lang) : f.label}</strong>
                      {f.note && <span className="kv-balance__note">{f.note}</span>}
                      {f.source && <span className="kv-balance__source kv-muted">{t('screeningResult.source', { source: f.source })}</span>}
                    </li>
                  );
                })}
              </ul>
            )}
          </div>
        );
      })}
    </section>
  );
}

// Step 5: the afwegingskader's questions 1-4 and the decision they lead to.
import { useState, type FormEvent } from 'react';
import { ApiError, post } from '../../../api.ts';
import { useErrorText, useT, type Translate } from '../../../i18n/index.tsx';
import { today } from '../../../format.ts';
import { outcomeOf, questionsAsked, type DecisionQuestion, type EmptyStep, type Outcome, type Traject, type YesNo } from '../../../meldcode.ts';
import { Paragraph } from '../../../components/Typography.tsx';
import { Alert } from '../../../components/Alert.tsx';
import { RadioGroup, TextAreaField, TextField } from '../../../components/FormField.tsx';
import { refreshOverdueCount } from '../../../tasks.ts';
import { OUTCOME_KEYS, OUTCOME_LOWER, STEP_TITLE, TEXT_MAX, stepsRecorded } from '../common.tsx';
import { AnswerState, EMPTY_ANSWER, FormFooter, QuestionField, checkDate, checkText, serverFieldErrors, useFormState } from '../forms.tsx';

export const DECISION_FIELDS = [
  'decidedOn', 'q1Vermoeden', 'q1Vermoeden.reasoning', 'q2AcuutStructureel', 'q2AcuutStructureel.reasoning', 'q3HulpMogelijk', 'q3HulpMogelijk.reasoning',
  'q4HulpAanvaard', 'q4HulpAanvaard.reasoning', 'outcome', 'reasoning', 'agreements', 'followUpDate',
  'emptyStepReasons.1', 'emptyStepReasons.2', 'emptyStepReasons.3', 'emptyStepReasons.4',
] as const;

export function joinSteps(steps: string[], t: Translate): string {
  return steps.length <= 1 ? steps.join('') : `${steps.slice(0, -1).join(', ')} ${t('meldcode.and')} ${steps.at(-1)}`;
}

/** Step 5: questions 1 → (ja) 2 → (nee) 3 → (ja) 4; only the outcome the answers lead to is offered. */
export function DecisionForm({ traject, onSaved }: { traject: Traject; onSaved: (t: Traject) => void }) {
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

// Step 5 while help runs: question 5.
import { useState, type FormEvent } from 'react';
import { ApiError, post } from '../../../api.ts';
import { useErrorText, useT } from '../../../i18n/index.tsx';
import { today } from '../../../format.ts';
import { type Traject } from '../../../meldcode.ts';
import { Paragraph } from '../../../components/Typography.tsx';
import { Alert } from '../../../components/Alert.tsx';
import { TextAreaField, TextField } from '../../../components/FormField.tsx';
import { TEXT_MAX } from '../common.tsx';
import { AnswerState, EMPTY_ANSWER, FormFooter, QuestionField, checkDate, checkText, serverFieldErrors, useFormState } from '../forms.tsx';

/** Question 5, while help runs: ja closes with monitoring agreements, nee reports to Veilig Thuis. */
export function EvaluationForm({ trajectId, onSaved }: { trajectId: string; onSaved: (t: Traject) => void }) {
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

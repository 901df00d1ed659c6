// The Meldcode forms' kit: error state with focus on the first invalid field, the server's field
// errors, the date and text checks, posting a step, the footer, and one question of the afwegingskader.
import { useState } from 'react';
import { ApiError, post } from '../../api.ts';
import { useErrorText, useT, type Translate } from '../../i18n/index.tsx';
import { today } from '../../format.ts';
import { type DecisionQuestion, type Traject, type YesNo } from '../../meldcode.ts';
import { Button, ButtonGroup } from '../../components/Button.tsx';
import { Alert } from '../../components/Alert.tsx';
import { RadioGroup, TextAreaField } from '../../components/FormField.tsx';
import { useFocusFirstInvalid } from '../../pages/KetenShared.tsx';
import { QUESTION_KEYS, TEXT_MAX } from './common.tsx';

// ---------------------------------------------------------------------------------------------
// Forms

/** Errors, the form-level message, busy state and focus on the first invalid field after a failed submit. */
export function useFormState() {
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
export function serverFieldErrors(err: unknown, fields: readonly string[], t: Translate): Record<string, string> {
  const out: Record<string, string> = {};
  if (!(err instanceof ApiError)) return out;
  for (const f of err.errors) {
    const path = f.path.replace(/\.answer$/, '');
    if (!fields.includes(path) || out[path]) continue;
    out[path] = err.code === 'date-in-future' ? t('meldcode.dateFuture') : f.message;
  }
  return out;
}

export function checkDate(value: string, e: Record<string, string>, key: string, t: Translate) {
  if (!value) e[key] = t('meldcode.dateRequired');
  else if (value > today()) e[key] = t('meldcode.dateFuture');
}

export function checkText(value: string, e: Record<string, string>, key: string, t: Translate, required: string, max = TEXT_MAX) {
  if (!value.trim()) e[key] = required;
  else if (value.trim().length > max) e[key] = t('meldcode.tooLong', { max });
}

/** Posts a step (1–4) and hands the fresh trajectory on. */
export function useStepSubmit(trajectId: string, fields: readonly string[], onSaved: (t: Traject) => void) {
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

export function FormFooter({ formError, busy, label }: { formError: string | null; busy: boolean; label: string }) {
  return (
    <>
      {formError && <Alert type="error">{formError}</Alert>}
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={busy} disabled={busy}>{label}</Button>
      </ButtonGroup>
    </>
  );
}

/** One question of the afwegingskader: ja/nee with the reasoning. */
export function QuestionField({ question, value, onValue, errors }: {
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

export type AnswerState = { answer: YesNo | ''; reasoning: string };
export const EMPTY_ANSWER: AnswerState = { answer: '', reasoning: '' };

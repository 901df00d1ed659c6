// Step 2: consulting a colleague, the aandachtsfunctionaris or Veilig Thuis.
import { useState, type FormEvent } from 'react';
import { useT, type MessageKey } from '../../../i18n/index.tsx';
import { today } from '../../../format.ts';
import { CONSULTED, type Traject } from '../../../meldcode.ts';
import { RadioGroup, TextAreaField, TextField } from '../../../components/FormField.tsx';
import { SHORT_MAX, TEXT_MAX } from '../common.tsx';
import { FormFooter, checkDate, checkText, useStepSubmit } from '../forms.tsx';

export const CONSULTATIE_FIELDS = ['consultedOn', 'who', 'name', 'advice'] as const;

export function ConsultatieForm({ trajectId, onSaved }: { trajectId: string; onSaved: (t: Traject) => void }) {
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

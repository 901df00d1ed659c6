// Step 1: a signal (what was observed, by whom, when).
import { useState, type FormEvent } from 'react';
import { useT, type MessageKey } from '../../../i18n/index.tsx';
import { today } from '../../../format.ts';
import { FORMS_OF_ABUSE, OBSERVATION_TYPES, type FormOfAbuse, type Traject } from '../../../meldcode.ts';
import { SelectField, TextAreaField, TextField } from '../../../components/FormField.tsx';
import { CheckboxGroup } from '../../../components/CheckboxGroup.tsx';
import { SHORT_MAX, TEXT_MAX } from '../common.tsx';
import { FormFooter, checkDate, checkText, useStepSubmit } from '../forms.tsx';

export const SIGNAAL_FIELDS = ['observedOn', 'observationType', 'source', 'description', 'forms'] as const;

export function SignaalForm({ trajectId, onSaved }: { trajectId: string; onSaved: (t: Traject) => void }) {
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

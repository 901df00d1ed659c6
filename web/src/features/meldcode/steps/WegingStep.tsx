// Step 4: weighing the violence or abuse (framework, forms, seriousness, risk).
import { useState, type FormEvent } from 'react';
import { useT, type MessageKey } from '../../../i18n/index.tsx';
import { today } from '../../../format.ts';
import { FORMS_OF_ABUSE, SERIOUSNESS, type FormOfAbuse, type Traject } from '../../../meldcode.ts';
import { RadioGroup, TextAreaField, TextField } from '../../../components/FormField.tsx';
import { CheckboxGroup } from '../../../components/CheckboxGroup.tsx';
import { SHORT_MAX, TEXT_MAX } from '../common.tsx';
import { FormFooter, checkDate, checkText, useStepSubmit } from '../forms.tsx';

export const WEGING_FIELDS = ['weighedOn', 'framework', 'forms', 'seriousness', 'risk', 'reasoning'] as const;

export function WegingForm({ trajectId, onSaved }: { trajectId: string; onSaved: (t: Traject) => void }) {
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

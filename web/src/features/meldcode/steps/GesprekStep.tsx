// Step 3: the conversation with the parents and child, or why it was skipped.
import { useState, type FormEvent } from 'react';
import { useT, type MessageKey } from '../../../i18n/index.tsx';
import { today } from '../../../format.ts';
import { SKIP_REASONS, type Traject } from '../../../meldcode.ts';
import { RadioGroup, TextAreaField, TextField } from '../../../components/FormField.tsx';
import { TEXT_MAX } from '../common.tsx';
import { FormFooter, checkDate, checkText, useStepSubmit } from '../forms.tsx';

export const GESPREK_FIELDS = ['held', 'heldOn', 'withWhom', 'summary', 'reaction', 'reason', 'explanation'] as const;

export function GesprekForm({ trajectId, onSaved }: { trajectId: string; onSaved: (t: Traject) => void }) {
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

// Pausing a trajectory.
import { useState, type FormEvent } from 'react';
import { post } from '../../../api.ts';
import { useErrorText, useT } from '../../../i18n/index.tsx';
import { type Traject } from '../../../meldcode.ts';
import { TextAreaField } from '../../../components/FormField.tsx';
import { FormFooter, checkText, serverFieldErrors, useFormState } from '../forms.tsx';

export function PauseForm({ trajectId, onSaved }: { trajectId: string; onSaved: (t: Traject) => void }) {
  const t = useT();
  const errorText = useErrorText();
  const [reason, setReason] = useState('');
  const { errors, formError, busy, setBusy, form, fail, clear } = useFormState();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const e: Record<string, string> = {};
    checkText(reason, e, 'reason', t, t('meldcode.pause.reasonRequired'), 2000);
    if (Object.keys(e).length) {
      fail(e, null);
      return;
    }
    clear();
    setBusy(true);
    try {
      const next = await post<Traject>(`/meldcode-trajecten/${trajectId}/pauze`, { reason: reason.trim() });
      setBusy(false);
      onSaved(next);
    } catch (err) {
      setBusy(false);
      const fe = serverFieldErrors(err, ['reason'], t);
      fail(fe, Object.keys(fe).length ? null : errorText(err));
    }
  };

  return (
    <form ref={form} onSubmit={(e) => void onSubmit(e)} noValidate className="kv-form" aria-label={t('meldcode.pause.title')}>
      <TextAreaField label={t('meldcode.pause.reason')} description={t('meldcode.pause.reasonHelp')} name="pauseReason" required rows={3} maxLength={2000} value={reason} onValue={setReason} error={errors.reason} />
      <FormFooter formError={formError} busy={busy} label={t('meldcode.pause.submit')} />
    </form>
  );
}

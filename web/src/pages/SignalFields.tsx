// What registering a Verwijsindex signal asks in both places it is offered (Mijn signalen and
// the dossier): the notice that a signal holds no content, the date the youth and/or parents
// were informed, and the confirmation that they were.
import type { Translate } from '../i18n/index.tsx';
import { useT } from '../i18n/index.tsx';
import { today } from '../format.ts';
import { Alert } from '../components/Alert.tsx';
import { CheckboxField, TextField } from '../components/FormField.tsx';

export function NoContentNotice() {
  const t = useT();
  return (
    <Alert type="info">
      <strong>{t('signalForm.noContentTitle')}</strong> {t('signalForm.noContent')}
    </Alert>
  );
}

/** Adds the errors of the informed date and the confirmation to `e`. */
export function checkInformed(e: Record<string, string>, informedOn: string, confirmed: boolean, t: Translate): void {
  if (!informedOn) e.informedOn = t('signalForm.informedOnRequired');
  else if (informedOn > today()) e.informedOn = t('signalForm.informedOnFuture');
  if (!confirmed) e.confirmed = t('signalForm.confirmRequired');
}

export function InformedFields({ informedOn, onInformedOn, confirmed, onConfirmed, errors }: {
  informedOn: string;
  onInformedOn: (value: string) => void;
  confirmed: boolean;
  onConfirmed: (checked: boolean) => void;
  errors: Record<string, string>;
}) {
  const t = useT();
  return (
    <>
      <TextField
        label={t('signalForm.informedOn')}
        description={t('signalForm.informedOnHelp')}
        name="informedOn"
        type="date"
        max={today()}
        required
        value={informedOn}
        onValue={onInformedOn}
        error={errors.informedOn}
        className="kv-input--date"
      />
      <CheckboxField
        label={t('signalForm.confirm')}
        name="informedConfirmed"
        required
        checked={confirmed}
        onChecked={onConfirmed}
        error={errors.confirmed}
      />
    </>
  );
}

// The head of a case: number, kind, status and the statutory deadline (marked "te laat"), the
// acute alert with the form for what was done at once, who handles it (take it yourself, or the
// team leader assigns it) and the case's properties (acute, anonymity promised, feedback wanted).
import { useState, type FormEvent } from 'react';
import { patch, post } from '../api.ts';
import { useErrorText, useLang, useT } from '../i18n/index.tsx';
import { formatDate, formatDateTime } from '../format.ts';
import type { VtZaak } from '../vt.ts';
import { Section } from '../components/Typography.tsx';
import { Button, ButtonGroup } from '../components/Button.tsx';
import { Alert } from '../components/Alert.tsx';
import { CheckboxField, SelectField } from '../components/FormField.tsx';
import { DataItem, DataList, useSubmit } from './KetenShared.tsx';
import { AcuutBadge, Disclosure, ReasonForm, StatusBadge, TeLaatBadge, isOpen, useLabel, useRefusal, useZaak } from './VtShared.tsx';

export function ZaakHeader() {
  const t = useT();
  const label = useLabel();
  const { lang } = useLang();
  const { zaak: z } = useZaak();
  return (
    <Section id="zaak-kop" title={t('vtz.header.title')}>
      <DataList>
        <DataItem label={t('vtz.header.nummer')}>{z.nummer}</DataItem>
        <DataItem label={t('vtz.header.soort')}>{label('soort', z.soort)}{z.acuutOpen && <> <AcuutBadge /></>}</DataItem>
        <DataItem label={t('vtz.header.bron')}>{label('bron', z.bron)}</DataItem>
        <DataItem label={t('vtz.header.status')}><StatusBadge status={z.status} /></DataItem>
        <DataItem label={t('vtz.header.ontvangen')}>{formatDateTime(z.ontvangenAt, lang)}</DataItem>
        {z.deadline && (
          <DataItem label={t('vtz.header.deadline')}>
            {formatDate(z.deadline, lang)}
            {z.veiligheidsbeoordelingTeLaat && <> <TeLaatBadge /></>}
          </DataItem>
        )}
        <DataItem label={t('vtz.header.behandelaar')}>{z.behandelaar?.naam ?? t('vtz.col.nobody')}</DataItem>
        {z.acuutActie && (
          <DataItem label={t('vtz.acute.done')} prewrap>
            {z.acuutActie.actie}{'\n'}
            <span className="kv-muted">{t('vtz.byOn', { name: z.acuutActie.door ?? '—', date: formatDateTime(z.acuutActie.at, lang) })}</span>
          </DataItem>
        )}
      </DataList>
      {z.acuutOpen && <AcuteAlert zaak={z} />}
      {isOpen(z) && <Assignment />}
      {isOpen(z) && <Properties />}
    </Section>
  );
}

function AcuteAlert({ zaak }: { zaak: VtZaak }) {
  const t = useT();
  return (
    <div className="kv-acute">
      <Alert type="warning">
        <p className="utrecht-paragraph"><AcuutBadge /> <strong>{t('vtz.acute.alert')}</strong></p>
      </Alert>
      <ReasonForm
        label={t('vtz.acute.action')}
        description={t('vtz.acute.actionHelp')}
        field="actie"
        submitLabel={t('vtz.acute.submit')}
        send={(actie) => post<VtZaak>(`/vt-zaken/${zaak.id}/acute-actie`, { actie })}
        done={t('vtz.acute.saved')}
      />
    </div>
  );
}

function Assignment() {
  const t = useT();
  const errorText = useErrorText();
  const { zaak: z, user, team, update } = useZaak();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [assignee, setAssignee] = useState('');
  const assign = async (userId: string) => {
    setBusy(true);
    setError(null);
    try {
      const zaak = await post<VtZaak>(`/vt-zaken/${z.id}/toewijzing`, { userId });
      update(zaak, t('vtz.assign.done', { name: zaak.behandelaar?.naam ?? '' }));
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  const canTake = z.behandelaar?.id !== user.id;
  const canAssign = user.role === 'teamleider' && team.length > 0;
  if (!canTake && !canAssign) return null;
  const onAssign = (event: FormEvent) => {
    event.preventDefault();
    if (!assignee) setError(t('vtz.assign.chooseFirst'));
    else void assign(assignee);
  };
  return (
    <div className="kv-inline-form">
      {error && <Alert type="error">{error}</Alert>}
      {canTake && (
        <ButtonGroup>
          <Button appearance="primary" busy={busy} disabled={busy} onClick={() => void assign(user.id)}>{t('vtz.assign.take')}</Button>
        </ButtonGroup>
      )}
      {canAssign && (
        <form onSubmit={onAssign} noValidate className="kv-form kv-form--narrow" aria-label={t('vtz.assign.title')}>
          <SelectField
            label={t('vtz.assign.to')}
            name="behandelaar"
            required
            placeholder={t('common.choose')}
            value={assignee}
            onValue={setAssignee}
            options={team.map((m) => ({ value: m.userId, label: t('vtz.assign.option', { name: m.naam, open: m.open }) }))}
          />
          <ButtonGroup>
            <Button type="submit" busy={busy} disabled={busy}>{t('vtz.assign.submit')}</Button>
          </ButtonGroup>
        </form>
      )}
    </div>
  );
}

function Properties() {
  const t = useT();
  const refusal = useRefusal();
  const { zaak: z, update } = useZaak();
  const [acuut, setAcuut] = useState(z.acuut);
  const [anonimiteit, setAnonimiteit] = useState(z.anonimiteitToegezegd);
  const [terugkoppeling, setTerugkoppeling] = useState(z.terugkoppelingGewenst);
  const { form, errors, formError, busy, submit } = useSubmit();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const body = {
      ...(acuut && !z.acuut ? { acuut: true } : {}),
      ...(anonimiteit !== z.anonimiteitToegezegd ? { anonimiteitToegezegd: anonimiteit } : {}),
      ...(terugkoppeling !== z.terugkoppelingGewenst ? { terugkoppelingGewenst: terugkoppeling } : {}),
    };
    void submit({}, async () => {
      if (Object.keys(body).length === 0) {
        update(z, t('vtz.props.nothing'));
        return;
      }
      update(await patch<VtZaak>(`/vt-zaken/${z.id}`, body), t('vtz.props.saved'));
    }, (err) => refusal(err, { anonimiteitToegezegd: 'anonimiteitToegezegd', terugkoppelingGewenst: 'terugkoppelingGewenst' }));
  };
  return (
    <Disclosure summary={t('vtz.props.title')}>
      <form ref={form} onSubmit={onSubmit} noValidate className="kv-form" aria-label={t('vtz.props.title')}>
        <CheckboxField
          label={t('vtz.props.acuut')}
          description={t(z.acuut ? 'vtz.props.acuutFixed' : 'vtz.props.acuutHelp')}
          name="acuut"
          checked={acuut}
          disabled={z.acuut}
          onChecked={setAcuut}
        />
        {z.soort === 'melding' && (
          <CheckboxField label={t('vtz.intake.anonimiteit')} description={t('vtz.intake.anonimiteitHelp')} name="anonimiteitToegezegd" checked={anonimiteit} onChecked={setAnonimiteit} error={errors.anonimiteitToegezegd} />
        )}
        {z.melder && (
          <CheckboxField label={t('vtz.intake.terugkoppeling')} name="terugkoppelingGewenst" checked={terugkoppeling} onChecked={setTerugkoppeling} error={errors.terugkoppelingGewenst} />
        )}
        {formError && <Alert type="error">{formError}</Alert>}
        <ButtonGroup>
          <Button type="submit" busy={busy} disabled={busy}>{t('vtz.props.submit')}</Button>
        </ButtonGroup>
      </form>
    </Disclosure>
  );
}

// After the decision: the handovers (with the receiver's acknowledgement), monitoring (plan a
// moment, record whether the situation is stably safe; "not safe" reopens the safety assessment;
// close when safe) and the feedback to the reporter at its two moments (a concept made from the
// case, edited and sent; by phone, letter or e-mail when the reporter is not in Kindveilig).
import { useState, type FormEvent } from 'react';
import { get, patch, post } from '../api.ts';
import { useErrorText, useLang, useT } from '../i18n/index.tsx';
import { formatDate, formatDateTime, today } from '../format.ts';
import { CHANNELS, MOMENTS, type Moment, type VtZaak } from '../vt.ts';
import { Heading3, Paragraph, Section } from '../components/Typography.tsx';
import { Button, ButtonGroup } from '../components/Button.tsx';
import { Alert } from '../components/Alert.tsx';
import { RadioGroup, SelectField, TextAreaField, TextField } from '../components/FormField.tsx';
import { AckBadge, DataItem, DataList, useSubmit } from './KetenShared.tsx';
import { Conditions, Disclosure, SubSection, useLabel, useRefusal, useZaak } from './VtShared.tsx';
import { CloseForm } from './VtZaakMelding.tsx';

export function OverdrachtenSection() {
  const t = useT();
  const { lang } = useLang();
  const { zaak: z } = useZaak();
  return (
    <Section id="zaak-overdrachten" title={t('vtz.overdracht.title')}>
      {z.overdrachten.map((h) => (
        <SubSection key={h.id} id={`overdracht-${h.id}`} title={t('vtz.overdracht.to', { org: h.naarOrganisatie })}>
          <DataList>
            <DataItem label={t('vtz.overdracht.verzonden')}>{formatDateTime(h.verzondenAt, lang)}</DataItem>
            {h.naarUser && <DataItem label={t('vtz.overdracht.naarUser')}>{h.naarUser}</DataItem>}
            <DataItem label={t('vtz.overdracht.status')}>
              <AckBadge acknowledged={!!h.bevestigdAt} />
              {h.bevestigdAt && <> {t('vtz.byOn', { name: h.bevestigdDoor ?? '—', date: formatDateTime(h.bevestigdAt, lang) })}</>}
            </DataItem>
            <DataItem label={t('vtz.handover.conditions')}><Conditions items={h.veiligheidsvoorwaarden} label={t('vtz.handover.conditions')} /></DataItem>
            <DataItem label={t('vtz.handover.informatie')} prewrap>{h.informatie}</DataItem>
          </DataList>
        </SubSection>
      ))}
    </Section>
  );
}

export function MonitoringSection() {
  const t = useT();
  const label = useLabel();
  const { lang } = useLang();
  const { zaak: z } = useZaak();
  const canPlan = z.status === 'overdracht' || z.status === 'monitoring';
  return (
    <Section id="zaak-monitoring" title={t('vtz.monitoring.title')}>
      <Paragraph>{t('vtz.monitoring.intro')}</Paragraph>
      {z.monitoring.length === 0 ? <Paragraph>{t('vtz.monitoring.none')}</Paragraph> : (
        <ol className="kv-records" aria-label={t('vtz.monitoring.list')}>
          {z.monitoring.map((m) => (
            <li className="kv-record" key={m.id}>
              <h3 className="utrecht-heading-3 kv-record__title">{t('vtz.monitoring.moment', { date: formatDate(m.geplandOp, lang) })}</h3>
              {m.uitgevoerdOp ? (
                <DataList>
                  <DataItem label={t('vtz.monitoring.uitgevoerdOp')}>{formatDate(m.uitgevoerdOp, lang)}</DataItem>
                  <DataItem label={t('vtz.monitoring.uitkomst')}><strong>{label('monitoring', m.uitkomst ?? '')}</strong></DataItem>
                  <DataItem label={t('vtz.monitoring.bevraagd')}>{m.bevraagd}</DataItem>
                  <DataItem label={t('vtz.monitoring.bevindingen')} prewrap>{m.bevindingen}</DataItem>
                </DataList>
              ) : z.status !== 'afgesloten' ? (
                <Disclosure summary={t('vtz.monitoring.record', { date: formatDate(m.geplandOp, lang) })}>
                  <RecordMoment id={m.id} />
                </Disclosure>
              ) : <Paragraph>{t('vtz.monitoring.notDone')}</Paragraph>}
            </li>
          ))}
        </ol>
      )}
      {canPlan && <PlanMoment />}
      {z.status === 'monitoring' && <CloseForm />}
    </Section>
  );
}

function PlanMoment() {
  const t = useT();
  const refusal = useRefusal();
  const { zaak: z, update } = useZaak();
  const [date, setDate] = useState('');
  const { form, errors, formError, busy, submit } = useSubmit();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const e: Record<string, string> = {};
    if (!date) e.geplandOp = t('vtz.required');
    else if (date < today()) e.geplandOp = t('vtz.monitoring.inPast');
    void submit(e, async () => {
      const zaak = await post<VtZaak>(`/vt-zaken/${z.id}/monitoring`, { geplandOp: date });
      setDate('');
      update(zaak, t('vtz.monitoring.planned'));
    }, (err) => refusal(err, { geplandOp: 'geplandOp' }));
  };
  return (
    <form ref={form} onSubmit={onSubmit} noValidate className="kv-form kv-form--narrow" aria-label={t('vtz.monitoring.plan')}>
      <TextField label={t('vtz.monitoring.geplandOp')} name="geplandOp" type="date" min={today()} required value={date} onValue={setDate} error={errors.geplandOp} className="kv-input--date" />
      {formError && <Alert type="error">{formError}</Alert>}
      <ButtonGroup><Button type="submit" busy={busy} disabled={busy}>{t('vtz.monitoring.plan')}</Button></ButtonGroup>
    </form>
  );
}

function RecordMoment({ id }: { id: string }) {
  const t = useT();
  const label = useLabel();
  const refusal = useRefusal();
  const { update } = useZaak();
  const [v, setV] = useState({ uitgevoerdOp: today(), uitkomst: '', bevraagd: '', bevindingen: '' });
  const set = (f: keyof typeof v) => (x: string) => setV((s) => ({ ...s, [f]: x }));
  const { form, errors, formError, busy, submit } = useSubmit();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const e: Record<string, string> = {};
    if (!v.uitgevoerdOp) e.uitgevoerdOp = t('vtz.required');
    else if (v.uitgevoerdOp > today()) e.uitgevoerdOp = t('error.date-in-future');
    if (!v.uitkomst) e.uitkomst = t('vtz.chooseOne');
    if (!v.bevraagd.trim()) e.bevraagd = t('vtz.required');
    if (!v.bevindingen.trim()) e.bevindingen = t('vtz.required');
    void submit(e, async () => {
      const zaak = await patch<VtZaak>(`/vt-monitoring/${id}`, { uitgevoerdOp: v.uitgevoerdOp, uitkomst: v.uitkomst, bevraagd: v.bevraagd.trim(), bevindingen: v.bevindingen.trim() });
      update(zaak, t(v.uitkomst === 'niet_veilig' ? 'vtz.monitoring.reopened' : 'vtz.monitoring.recorded'));
    }, (err) => refusal(err, { uitgevoerdOp: 'uitgevoerdOp', uitkomst: 'uitkomst', bevraagd: 'bevraagd', bevindingen: 'bevindingen' }));
  };
  return (
    <form ref={form} onSubmit={onSubmit} noValidate className="kv-form" aria-label={t('vtz.monitoring.recordForm')}>
      <TextField label={t('vtz.monitoring.uitgevoerdOp')} name="uitgevoerdOp" type="date" max={today()} required value={v.uitgevoerdOp} onValue={set('uitgevoerdOp')} error={errors.uitgevoerdOp} className="kv-input--date" />
      <RadioGroup legend={t('vtz.monitoring.uitkomst')} description={t('vtz.monitoring.uitkomstHelp')} name="uitkomst" required value={v.uitkomst} onValue={set('uitkomst')} error={errors.uitkomst} className="kv-field--stacked"
        options={['stabiel_veilig', 'niet_veilig'].map((u) => ({ value: u, label: label('monitoring', u) }))} />
      <TextField label={t('vtz.monitoring.bevraagd')} description={t('vtz.monitoring.bevraagdHelp')} name="bevraagd" required maxLength={2000} value={v.bevraagd} onValue={set('bevraagd')} error={errors.bevraagd} />
      <TextAreaField label={t('vtz.monitoring.bevindingen')} name="bevindingen" required rows={4} maxLength={10_000} value={v.bevindingen} onValue={set('bevindingen')} error={errors.bevindingen} />
      {formError && <Alert type="error">{formError}</Alert>}
      <ButtonGroup><Button type="submit" appearance="primary" busy={busy} disabled={busy}>{t('vtz.monitoring.recordSubmit')}</Button></ButtonGroup>
    </form>
  );
}

// --- Feedback to the reporter ------------------------------------------------------------------

export function FeedbackSection() {
  const t = useT();
  const { zaak: z } = useZaak();
  return (
    <Section id="zaak-terugkoppeling" title={t('vtz.feedback.title')}>
      <Paragraph>{t(z.melderInKindveilig ? 'vtz.feedback.introKindveilig' : 'vtz.feedback.introOutside', { name: z.melder?.naam ?? '' })}</Paragraph>
      {z.anonimiteitToegezegd && <Alert type="warning">{t('vtz.feedback.anonymity')}</Alert>}
      {MOMENTS.map((m) => <FeedbackMoment key={m} moment={m} />)}
    </Section>
  );
}

function FeedbackMoment({ moment }: { moment: Moment }) {
  const t = useT();
  const label = useLabel();
  const { lang } = useLang();
  const { zaak: z } = useZaak();
  const sent = z.terugkoppelingen.find((f) => f.moment === moment);
  const available = moment === 'na_veiligheidsbeoordeling' ? z.veiligheidsbeoordelingen.some((b) => b.goedgekeurdAt) : !!z.onderzoek?.afgeslotenOp;
  const id = `feedback-${moment}`;
  return (
    <section aria-labelledby={id} className="kv-section">
      <Heading3 id={id}>{label('moment', moment)}</Heading3>
      {sent ? (
        <DataList>
          <DataItem label={t('vtz.feedback.tekst')} prewrap>{sent.tekst}</DataItem>
          <DataItem label={t('vtz.feedback.kanaal')}>{label('kanaal', sent.kanaal)}</DataItem>
          <DataItem label={t('vtz.feedback.verzonden')}>{t('vtz.byOn', { name: sent.door ?? '—', date: formatDateTime(sent.verzondenAt, lang) })}</DataItem>
        </DataList>
      ) : !z.terugkoppelingGewenst ? <Paragraph>{t('vtz.feedback.notWanted')}</Paragraph>
        : !available ? <Paragraph>{t(moment === 'na_veiligheidsbeoordeling' ? 'vtz.feedback.afterVb' : 'vtz.feedback.afterOnderzoek')}</Paragraph>
        : <FeedbackForm moment={moment} />}
    </section>
  );
}

function FeedbackForm({ moment }: { moment: Moment }) {
  const t = useT();
  const label = useLabel();
  const errorText = useErrorText();
  const refusal = useRefusal();
  const { zaak: z, update } = useZaak();
  const [tekst, setTekst] = useState('');
  const [kanaal, setKanaal] = useState('');
  const [loading, setLoading] = useState(false);
  const [conceptError, setConceptError] = useState<string | null>(null);
  const { form, errors, formError, busy, submit } = useSubmit();

  const concept = async () => {
    setLoading(true);
    setConceptError(null);
    try {
      const r = await get<{ tekst: string }>(`/vt-zaken/${z.id}/terugkoppelingen/concept?moment=${moment}`);
      setTekst(r.tekst);
      document.getElementById(`tekst-${moment}`)?.focus();
    } catch (err) {
      setConceptError(errorText(err));
    } finally {
      setLoading(false);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const e: Record<string, string> = {};
    if (!tekst.trim()) e.tekst = t('vtz.feedback.tekstRequired');
    if (!z.melderInKindveilig && !kanaal) e.kanaal = t('vtz.feedback.kanaalRequired');
    void submit(e, async () => {
      const zaak = await post<VtZaak>(`/vt-zaken/${z.id}/terugkoppelingen`, { moment, tekst: tekst.trim(), ...(z.melderInKindveilig ? {} : { kanaal }) });
      update(zaak, t('vtz.feedback.sent'));
    }, (err) => refusal(err, { tekst: 'tekst', kanaal: 'kanaal' }));
  };

  return (
    <>
      <Paragraph small>{t('vtz.feedback.conceptHelp')}</Paragraph>
      {conceptError && <Alert type="error">{conceptError}</Alert>}
      <ButtonGroup>
        <Button busy={loading} disabled={loading} onClick={() => void concept()}>{t('vtz.feedback.concept')}</Button>
      </ButtonGroup>
      <form ref={form} onSubmit={onSubmit} noValidate className="kv-form kv-form--wide" aria-label={t('vtz.feedback.form', { moment: label('moment', moment) })}>
        <TextAreaField id={`tekst-${moment}`} label={t('vtz.feedback.tekst')} description={t('vtz.feedback.tekstHelp')} name="tekst" required rows={8} maxLength={10_000} value={tekst} onValue={setTekst} error={errors.tekst} />
        {!z.melderInKindveilig && (
          <SelectField label={t('vtz.feedback.kanaal')} name="kanaal" required placeholder={t('common.choose')} value={kanaal} onValue={setKanaal} error={errors.kanaal}
            options={CHANNELS.map((c) => ({ value: c, label: label('kanaal', c) }))} />
        )}
        {formError && <Alert type="error">{formError}</Alert>}
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={busy} disabled={busy}>{t('vtz.feedback.send')}</Button>
        </ButtonGroup>
      </form>
    </>
  );
}

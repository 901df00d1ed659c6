// The safety assessment (veiligheidsbeoordeling): the 19 alarm signals (seed 001 §3.2.1) in
// groups A–D, the judgement on direct, acute and structural safety, and the outcome with its
// details (reasons to keep the case, or the handover with safety conditions). It goes to a team
// leader for approval (four eyes); the recorded assessment is shown with approve / reject.
import { useState, type FormEvent } from 'react';
import { post } from '../api.ts';
import { useLang, useT } from '../i18n/index.tsx';
import { formatDate, formatDateTime } from '../format.ts';
import { KEEP_REASONS, UITKOMSTEN, textOf, type KeepReason, type Uitkomst, type VtZaak } from '../vt.ts';
import { Heading3, Paragraph, Section } from '../components/Typography.tsx';
import { Button, ButtonGroup } from '../components/Button.tsx';
import { Alert } from '../components/Alert.tsx';
import { CheckboxGroup } from '../components/CheckboxGroup.tsx';
import { RadioGroup, TextAreaField } from '../components/FormField.tsx';
import { DataItem, DataList, useSubmit } from './KetenShared.tsx';
import {
  ApprovalPanel, Conditions, Disclosure, HandoverFields, emptyHandover, handoverBody, handoverPaths, handoverProblems, useLabel, useRefusal, useZaak,
  type HandoverState,
} from './VtShared.tsx';

type Assessment = VtZaak['veiligheidsbeoordelingen'][number];

export function VeiligheidSection() {
  const t = useT();
  const { lang } = useLang();
  const { zaak: z } = useZaak();
  const pending = z.status === 'vb_ter_goedkeuring' ? z.veiligheidsbeoordelingen.find((b) => !b.goedgekeurdAt) : undefined;
  const earlier = z.veiligheidsbeoordelingen.filter((b) => b !== pending);
  return (
    <Section id="zaak-veiligheid" title={t('vtz.vb.title')}>
      {z.deadline && (z.status === 'veiligheidsbeoordeling' || z.status === 'vb_ter_goedkeuring') && (
        <Paragraph>{t('vtz.vb.deadline', { date: formatDate(z.deadline, lang) })}</Paragraph>
      )}
      {earlier.map((b) => (
        <Disclosure key={b.id} summary={t('vtz.vb.earlier', { ronde: b.ronde, date: formatDateTime(b.vastgelegdAt, lang) })}>
          <AssessmentView assessment={b} />
        </Disclosure>
      ))}
      {pending && (
        <>
          <Heading3>{t('vtz.vb.pending')}</Heading3>
          <AssessmentView assessment={pending} />
          <ApprovalPanel
            recordedBy={pending.vastgelegdDoor}
            recordedById={pending.vastgelegdDoorId}
            approvePath={`/vt-veiligheidsbeoordelingen/${pending.id}/goedkeuring`}
            rejectPath={`/vt-veiligheidsbeoordelingen/${pending.id}/afwijzing`}
            approvedMessage={t('vtz.vb.approved')}
            rejectedMessage={t('vtz.vb.rejected')}
          />
        </>
      )}
      {z.status === 'veiligheidsbeoordeling' && <SafetyForm />}
    </Section>
  );
}

function AssessmentView({ assessment: b }: { assessment: Assessment }) {
  const t = useT();
  const label = useLabel();
  const { lang } = useLang();
  const { referentie } = useZaak();
  const g = b.gegevens;
  const signals = referentie.alarmsignalen.flatMap((grp) => grp.items).filter((i) => g.alarmsignalen.includes(i.id));
  return (
    <DataList>
      <DataItem label={t('vtz.vb.uitkomst')}><strong>{label('uitkomst', b.uitkomst)}</strong></DataItem>
      <DataItem label={t('vtz.vb.recorded')}>{t('vtz.byOn', { name: b.vastgelegdDoor ?? '—', date: formatDateTime(b.vastgelegdAt, lang) })}</DataItem>
      <DataItem label={t('vtz.vb.approval')}>
        {b.goedgekeurdAt ? t('vtz.byOn', { name: b.goedgekeurdDoor ?? '—', date: formatDateTime(b.goedgekeurdAt, lang) }) : t('vtz.fourEyes.notYet')}
      </DataItem>
      <DataItem label={t('vtz.vb.alarmsignalen')}>
        {signals.length === 0 ? t('vtz.vb.noAlarm') : (
          <ul className="utrecht-unordered-list">{signals.map((s) => <li className="utrecht-unordered-list__item" key={s.id}>{s.id}: {textOf(s, lang)}</li>)}</ul>
        )}
      </DataItem>
      {g.alarmToelichting && <DataItem label={t('vtz.vb.alarmToelichting')} prewrap>{g.alarmToelichting}</DataItem>}
      <DataItem label={t('vtz.vb.directeVeiligheid')} prewrap>{g.directeVeiligheid}</DataItem>
      <DataItem label={t('vtz.vb.acute')}>{t(g.acuteOnveiligheid ? 'common.yes' : 'common.no')}</DataItem>
      <DataItem label={t('vtz.vb.structureel')}>{t(g.structureleOnveiligheid ? 'common.yes' : 'common.no')}</DataItem>
      <DataItem label={t('vtz.vb.toelichting')} prewrap>{g.toelichting}</DataItem>
      {g.redenenVtHoudt.length > 0 && <DataItem label={t('vtz.vb.redenen')}>{g.redenenVtHoudt.map((r) => label('reden', r)).join('; ')}</DataItem>}
      {g.overdracht && (
        <DataItem label={t('vtz.handover.conditions')}>
          <Conditions items={g.overdracht.veiligheidsvoorwaarden} label={t('vtz.handover.conditions')} />
        </DataItem>
      )}
      <DataItem label={t('vtz.vb.onderbouwing')} prewrap>{g.onderbouwing}</DataItem>
    </DataList>
  );
}

type YesNo = '' | 'ja' | 'nee';

interface SafetyState {
  alarmsignalen: string[];
  alarmToelichting: string;
  directeVeiligheid: string;
  acute: YesNo;
  structureel: YesNo;
  toelichting: string;
  uitkomst: Uitkomst | '';
  redenen: KeepReason[];
  handover: HandoverState;
  onderbouwing: string;
}

function SafetyForm() {
  const t = useT();
  const label = useLabel();
  const { lang } = useLang();
  const refusal = useRefusal();
  const { zaak: z, referentie, update } = useZaak();
  const [v, setV] = useState<SafetyState>({
    alarmsignalen: [], alarmToelichting: '', directeVeiligheid: '', acute: '', structureel: '', toelichting: '', uitkomst: '', redenen: [], handover: emptyHandover(), onderbouwing: '',
  });
  const { form, errors, formError, busy, submit } = useSubmit();
  const set = <K extends keyof SafetyState>(field: K) => (value: SafetyState[K]) => setV((s) => ({ ...s, [field]: value }));
  const yesNo = [{ value: 'ja', label: t('common.yes') }, { value: 'nee', label: t('common.no') }];
  const allSignals = referentie.alarmsignalen.flatMap((g) => g.items.map((i) => i.id));

  const check = () => {
    const e: Record<string, string> = {};
    if (v.alarmsignalen.length && !v.alarmToelichting.trim()) e.alarmToelichting = t('vtz.vb.alarmToelichtingRequired');
    if (!v.directeVeiligheid.trim()) e.directeVeiligheid = t('vtz.required');
    if (!v.acute) e.acuteOnveiligheid = t('vtz.chooseOne');
    if (!v.structureel) e.structureleOnveiligheid = t('vtz.chooseOne');
    if (!v.toelichting.trim()) e.toelichting = t('vtz.required');
    if (!v.uitkomst) e.uitkomst = t('vtz.vb.uitkomstRequired');
    if (v.uitkomst === 'vt_houdt' && v.redenen.length === 0) e.redenenVtHoudt = t('vtz.vb.redenRequired');
    if (v.uitkomst === 'overdragen') Object.assign(e, handoverProblems(v.handover, t));
    if (!v.onderbouwing.trim()) e.onderbouwing = t('vtz.required');
    return e;
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit(check(), async () => {
      const zaak = await post<VtZaak>(`/vt-zaken/${z.id}/veiligheidsbeoordelingen`, {
        alarmsignalen: allSignals.filter((id) => v.alarmsignalen.includes(id)),
        ...(v.alarmToelichting.trim() ? { alarmToelichting: v.alarmToelichting.trim() } : {}),
        directeVeiligheid: v.directeVeiligheid.trim(),
        acuteOnveiligheid: v.acute === 'ja',
        structureleOnveiligheid: v.structureel === 'ja',
        toelichting: v.toelichting.trim(),
        uitkomst: v.uitkomst,
        redenenVtHoudt: v.uitkomst === 'vt_houdt' ? v.redenen : [],
        ...(v.uitkomst === 'overdragen' ? { overdracht: handoverBody(v.handover) } : {}),
        onderbouwing: v.onderbouwing.trim(),
      });
      update(zaak, t('vtz.vb.saved'));
    }, (err) => refusal(err, {
      alarmsignalen: 'alarmsignalen', alarmToelichting: 'alarmToelichting', directeVeiligheid: 'directeVeiligheid', acuteOnveiligheid: 'acuteOnveiligheid',
      structureleOnveiligheid: 'structureleOnveiligheid', toelichting: 'toelichting', uitkomst: 'uitkomst', redenenVtHoudt: 'redenenVtHoudt', onderbouwing: 'onderbouwing',
      ...handoverPaths('overdracht'),
    }));
  };

  return (
    <form ref={form} onSubmit={onSubmit} noValidate className="kv-form kv-form--wide" aria-label={t('vtz.vb.form')}>
      <Heading3>{t('vtz.vb.alarmsignalen')}</Heading3>
      <Paragraph small>{t('vtz.vb.alarmIntro')}</Paragraph>
      {referentie.alarmsignalen.map((g, i) => {
        const ids = g.items.map((item) => item.id);
        return (
          <CheckboxGroup
            key={g.id}
            legend={`${g.id}. ${textOf(g, lang)}`}
            name={`alarm-${g.id}`}
            values={v.alarmsignalen.filter((id) => ids.includes(id))}
            options={g.items.map((item) => ({ value: item.id, label: textOf(item, lang) }))}
            onValues={(vs) => set('alarmsignalen')([...v.alarmsignalen.filter((id) => !ids.includes(id)), ...vs])}
            error={i === 0 ? errors.alarmsignalen : undefined}
          />
        );
      })}
      <TextAreaField label={t('vtz.vb.alarmToelichting')} description={t('vtz.vb.alarmToelichtingHelp')} name="alarmToelichting" required={v.alarmsignalen.length > 0} rows={3} maxLength={5000} value={v.alarmToelichting} onValue={set('alarmToelichting')} error={errors.alarmToelichting} />

      <Heading3>{t('vtz.vb.oordeel')}</Heading3>
      <TextAreaField label={t('vtz.vb.directeVeiligheid')} description={t('vtz.vb.directeVeiligheidHelp')} name="directeVeiligheid" required rows={3} maxLength={5000} value={v.directeVeiligheid} onValue={set('directeVeiligheid')} error={errors.directeVeiligheid} />
      <RadioGroup legend={t('vtz.vb.acute')} name="acuteOnveiligheid" required value={v.acute} onValue={(x) => set('acute')(x as YesNo)} error={errors.acuteOnveiligheid} options={yesNo} />
      <RadioGroup legend={t('vtz.vb.structureel')} name="structureleOnveiligheid" required value={v.structureel} onValue={(x) => set('structureel')(x as YesNo)} error={errors.structureleOnveiligheid} options={yesNo} />
      <TextAreaField label={t('vtz.vb.toelichting')} name="toelichting" required rows={4} maxLength={5000} value={v.toelichting} onValue={set('toelichting')} error={errors.toelichting} />

      <Heading3>{t('vtz.vb.uitkomst')}</Heading3>
      <RadioGroup
        legend={t('vtz.vb.uitkomstLegend')}
        description={t('vtz.vb.uitkomstHelp')}
        name="uitkomst"
        required
        value={v.uitkomst}
        onValue={(x) => set('uitkomst')(x as Uitkomst)}
        error={errors.uitkomst}
        className="kv-field--stacked"
        options={UITKOMSTEN.map((u) => ({ value: u, label: label('uitkomst', u) }))}
      />
      {v.uitkomst === 'vt_houdt' && (
        <CheckboxGroup
          legend={t('vtz.vb.redenen')}
          name="redenenVtHoudt"
          required
          values={v.redenen}
          options={KEEP_REASONS.map((r) => ({ value: r, label: label('reden', r) }))}
          onValues={set('redenen')}
          error={errors.redenenVtHoudt}
        />
      )}
      {v.uitkomst === 'overdragen' && <HandoverFields value={v.handover} onChange={set('handover')} errors={errors} />}
      <TextAreaField label={t('vtz.vb.onderbouwing')} description={t('vtz.vb.onderbouwingHelp')} name="onderbouwing" required rows={4} maxLength={5000} value={v.onderbouwing} onValue={set('onderbouwing')} error={errors.onderbouwing} />
      <Alert type="info">{t('vtz.vb.fourEyesNote')}</Alert>
      {formError && <Alert type="error">{formError}</Alert>}
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={busy} disabled={busy}>{t('vtz.vb.submit')}</Button>
      </ButtonGroup>
    </form>
  );
}

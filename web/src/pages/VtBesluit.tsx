// The decision after the investigation: one or more of the five decisions with their details
// (the handover with safety conditions, the question to the Raad, the police, the temporary house
// ban prepared with the mayor) and the reasoning. It goes to a team leader (four eyes); an
// approved request to the Raad can be downloaded as a PDF with the investigation's findings.
import { useState, type FormEvent, type ReactNode } from 'react';
import { post } from '../api.ts';
import { useLang, useT } from '../i18n/index.tsx';
import { formatDate, formatDateTime, today } from '../format.ts';
import { DECISIONS, type Decision, type VtZaak } from '../vt.ts';
import { Heading3, Paragraph, Section } from '../components/Typography.tsx';
import { Button, ButtonGroup } from '../components/Button.tsx';
import { Alert } from '../components/Alert.tsx';
import { CheckboxGroup } from '../components/CheckboxGroup.tsx';
import { TextAreaField, TextField } from '../components/FormField.tsx';
import { DataItem, DataList, useSubmit } from './KetenShared.tsx';
import {
  ApprovalPanel, Conditions, HandoverFields, emptyHandover, handoverBody, handoverPaths, handoverProblems, useLabel, useRefusal, useZaak,
  type HandoverState,
} from './VtShared.tsx';

type Besluit = VtZaak['besluiten'][number];

export function BesluitSection() {
  const t = useT();
  const { lang } = useLang();
  const { zaak: z } = useZaak();
  const pending = z.status === 'besluit_ter_goedkeuring' ? z.besluiten.find((b) => !b.goedgekeurdAt) : undefined;
  const done = z.besluiten.filter((b) => b !== pending);
  return (
    <Section id="zaak-besluit" title={t('vtz.besluit.title')}>
      {done.map((b) => (
        <div key={b.id}>
          <Heading3>{t('vtz.besluit.approvedOn', { date: formatDateTime(b.goedgekeurdAt ?? b.voorgesteldAt, lang) })}</Heading3>
          <DecisionView besluit={b} />
        </div>
      ))}
      {pending && (
        <>
          <Heading3>{t('vtz.besluit.pending')}</Heading3>
          <DecisionView besluit={pending} />
          <ApprovalPanel
            recordedBy={pending.voorgesteldDoor}
            recordedById={pending.voorgesteldDoorId}
            approvePath={`/vt-besluiten/${pending.id}/goedkeuring`}
            rejectPath={`/vt-besluiten/${pending.id}/afwijzing`}
            approvedMessage={t('vtz.besluit.approved')}
            rejectedMessage={t('vtz.besluit.rejected')}
          />
        </>
      )}
      {z.status === 'onderzoek' && <DecisionForm />}
    </Section>
  );
}

function DecisionView({ besluit: b }: { besluit: Besluit }) {
  const t = useT();
  const label = useLabel();
  const { lang } = useLang();
  const { zaak: z } = useZaak();
  const d = b.gegevens;
  return (
    <>
      <DataList>
        <DataItem label={t('vtz.besluit.besluiten')}>
          <ul className="utrecht-unordered-list">{d.besluiten.map((k) => <li className="utrecht-unordered-list__item" key={k}>{label('besluitKind', k)}</li>)}</ul>
        </DataItem>
        {d.overdracht && (
          <DataItem label={t('vtz.handover.conditions')}>
            <Conditions items={d.overdracht.veiligheidsvoorwaarden} label={t('vtz.handover.conditions')} />
          </DataItem>
        )}
        {d.overdracht && <DataItem label={t('vtz.handover.informatie')} prewrap>{d.overdracht.informatie}</DataItem>}
        {d.raad && <DataItem label={t('vtz.besluit.raadVraag')} prewrap>{d.raad.vraag}</DataItem>}
        {d.politie && <DataItem label={t('vtz.besluit.politie')} prewrap>{d.politie.toelichting}</DataItem>}
        {d.huisverbod && (
          <DataItem label={t('vtz.besluit.huisverbod')}>
            {t('vtz.besluit.huisverbodText', {
              from: formatDate(d.huisverbod.ingangsdatum, lang), to: formatDate(d.huisverbodTot ?? '', lang),
              person: d.huisverbod.uitTeHuizenPersoon, contact: d.huisverbod.burgemeesterContact,
            })}
          </DataItem>
        )}
        <DataItem label={t('vtz.besluit.onderbouwing')} prewrap>{d.onderbouwing}</DataItem>
        <DataItem label={t('vtz.besluit.voorgesteld')}>{t('vtz.byOn', { name: b.voorgesteldDoor ?? '—', date: formatDateTime(b.voorgesteldAt, lang) })}</DataItem>
        <DataItem label={t('vtz.vb.approval')}>
          {b.goedgekeurdAt ? t('vtz.byOn', { name: b.goedgekeurdDoor ?? '—', date: formatDateTime(b.goedgekeurdAt, lang) }) : t('vtz.fourEyes.notYet')}
        </DataItem>
      </DataList>
      {b.raadVerzoek && (
        <Paragraph>
          {/* A real download from the API, not an in-app route. */}
          <a href={`/api/v1/vt-zaken/${z.id}/raad-verzoek/pdf`} download className="utrecht-link utrecht-link--html-a">{t('vtz.besluit.raadPdf')}</a>
        </Paragraph>
      )}
    </>
  );
}

interface DecisionState {
  besluiten: Decision[];
  handover: HandoverState;
  raadVraag: string;
  politie: string;
  ingangsdatum: string;
  uitTeHuizenPersoon: string;
  burgemeesterContact: string;
  onderbouwing: string;
}

function DecisionForm() {
  const t = useT();
  const label = useLabel();
  const refusal = useRefusal();
  const { zaak: z, update } = useZaak();
  const open = z.onderzoek?.openVragen ?? [];
  const [v, setV] = useState<DecisionState>({
    besluiten: [], handover: emptyHandover(), raadVraag: '', politie: '', ingangsdatum: '', uitTeHuizenPersoon: '', burgemeesterContact: '', onderbouwing: '',
  });
  const { form, errors, formError, busy, submit } = useSubmit();
  const set = <K extends keyof DecisionState>(field: K) => (value: DecisionState[K]) => setV((s) => ({ ...s, [field]: value }));
  const has = (d: Decision) => v.besluiten.includes(d);

  const check = () => {
    const e: Record<string, string> = {};
    if (v.besluiten.length === 0) e.besluiten = t('vtz.besluit.chooseOne');
    else if (has('geen_actie') && v.besluiten.length > 1) e.besluiten = t('vtz.besluit.exclusive');
    if (has('vrijwillige_hulp')) Object.assign(e, handoverProblems(v.handover, t));
    if (has('raad') && !v.raadVraag.trim()) e.raadVraag = t('vtz.required');
    if (has('politie') && !v.politie.trim()) e.politie = t('vtz.required');
    if (has('huisverbod')) {
      if (!v.ingangsdatum) e.ingangsdatum = t('vtz.required');
      else if (v.ingangsdatum < today()) e.ingangsdatum = t('vtz.besluit.ingangInPast');
      if (!v.uitTeHuizenPersoon.trim()) e.uitTeHuizenPersoon = t('vtz.required');
      if (!v.burgemeesterContact.trim()) e.burgemeesterContact = t('vtz.required');
    }
    if (!v.onderbouwing.trim()) e.onderbouwing = t('vtz.required');
    return e;
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit(check(), async () => {
      const zaak = await post<VtZaak>(`/vt-zaken/${z.id}/besluiten`, {
        besluiten: DECISIONS.filter(has),
        onderbouwing: v.onderbouwing.trim(),
        ...(has('vrijwillige_hulp') ? { overdracht: handoverBody(v.handover) } : {}),
        ...(has('raad') ? { raad: { vraag: v.raadVraag.trim() } } : {}),
        ...(has('politie') ? { politie: { toelichting: v.politie.trim() } } : {}),
        ...(has('huisverbod') ? { huisverbod: { ingangsdatum: v.ingangsdatum, uitTeHuizenPersoon: v.uitTeHuizenPersoon.trim(), burgemeesterContact: v.burgemeesterContact.trim() } } : {}),
      });
      update(zaak, t('vtz.besluit.saved'));
    }, (err) => refusal(err, {
      besluiten: 'besluiten', onderbouwing: 'onderbouwing', ...handoverPaths('overdracht'),
      raad: 'raadVraag', 'raad.vraag': 'raadVraag', politie: 'politie', 'politie.toelichting': 'politie',
      huisverbod: 'ingangsdatum', 'huisverbod.ingangsdatum': 'ingangsdatum', 'huisverbod.uitTeHuizenPersoon': 'uitTeHuizenPersoon', 'huisverbod.burgemeesterContact': 'burgemeesterContact',
    }));
  };

  return (
    <>
      {open.length > 0 && <Alert type="info">{t('vtz.besluit.openVragen', { nrs: open.join(', ') })}</Alert>}
      <form ref={form} onSubmit={onSubmit} noValidate className="kv-form kv-form--wide" aria-label={t('vtz.besluit.form')}>
        <CheckboxGroup
          legend={t('vtz.besluit.besluiten')}
          description={t('vtz.besluit.besluitenHelp')}
          name="besluiten"
          required
          values={v.besluiten}
          options={DECISIONS.map((d) => ({ value: d, label: label('besluitKind', d) }))}
          onValues={set('besluiten')}
          error={errors.besluiten}
          className="kv-field--stacked"
        />
        {has('vrijwillige_hulp') && (
          <Detail legend={label('besluitKind', 'vrijwillige_hulp')}>
            <HandoverFields value={v.handover} onChange={set('handover')} errors={errors} />
          </Detail>
        )}
        {has('raad') && (
          <Detail legend={label('besluitKind', 'raad')}>
            <TextAreaField label={t('vtz.besluit.raadVraag')} description={t('vtz.besluit.raadVraagHelp')} name="raadVraag" required rows={3} maxLength={5000} value={v.raadVraag} onValue={set('raadVraag')} error={errors.raadVraag} />
          </Detail>
        )}
        {has('politie') && (
          <Detail legend={label('besluitKind', 'politie')}>
            <TextAreaField label={t('vtz.besluit.politie')} name="politie" required rows={3} maxLength={5000} value={v.politie} onValue={set('politie')} error={errors.politie} />
          </Detail>
        )}
        {has('huisverbod') && (
          <Detail legend={label('besluitKind', 'huisverbod')}>
            <TextField label={t('vtz.besluit.ingangsdatum')} description={t('vtz.besluit.ingangsdatumHelp')} name="ingangsdatum" type="date" min={today()} required value={v.ingangsdatum} onValue={set('ingangsdatum')} error={errors.ingangsdatum} className="kv-input--date" />
            <TextField label={t('vtz.besluit.uitTeHuizen')} name="uitTeHuizenPersoon" required maxLength={300} value={v.uitTeHuizenPersoon} onValue={set('uitTeHuizenPersoon')} error={errors.uitTeHuizenPersoon} />
            <TextField label={t('vtz.besluit.burgemeester')} name="burgemeesterContact" required maxLength={300} value={v.burgemeesterContact} onValue={set('burgemeesterContact')} error={errors.burgemeesterContact} />
          </Detail>
        )}
        <TextAreaField label={t('vtz.besluit.onderbouwing')} name="onderbouwing" required rows={5} maxLength={10_000} value={v.onderbouwing} onValue={set('onderbouwing')} error={errors.onderbouwing} />
        <Alert type="info">{t('vtz.besluit.fourEyesNote')}</Alert>
        {formError && <Alert type="error">{formError}</Alert>}
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={busy} disabled={busy}>{t('vtz.besluit.submit')}</Button>
        </ButtonGroup>
      </form>
    </>
  );
}

function Detail({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset kv-row">
      <legend className="utrecht-form-fieldset__legend kv-row__legend">{legend}</legend>
      {children}
    </fieldset>
  );
}

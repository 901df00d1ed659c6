// What the investigation records, each with its list and its form: information gathered (source,
// date, means, findings, legal basis), risk scenarios (chance, severity, the professional's own
// "most risky" judgement and who does what), filled-in instruments (Kindveilig does not score)
// and conversations with the parents or the child, guided by the seed's seven steps.
import { useState, type FormEvent, type ReactNode } from 'react';
import { get, post } from '../api.ts';
import { useLang, useT } from '../i18n/index.tsx';
import { useResource } from '../useResource.ts';
import { formatDate, formatDateTime, today } from '../format.ts';
import type { ConversationSteps } from '../keten.ts';
import { INFO_SOURCES, LEADS_TO, LEGAL_BASES, MEANS, type OnderzoekRecord, type VtZaak } from '../vt.ts';
import { Loaded } from '../components/Page.tsx';
import { Paragraph } from '../components/Typography.tsx';
import { Button, ButtonGroup } from '../components/Button.tsx';
import { Alert } from '../components/Alert.tsx';
import { CheckboxField, RadioGroup, SelectField, TextAreaField, TextField } from '../components/FormField.tsx';
import { DataItem, DataList, useSubmit } from './KetenShared.tsx';
import { Disclosure, SubSection, useLabel, useRefusal, useZaak } from './VtShared.tsx';

const RECORD_PATHS = { informatie: 'informatie', risicoscenario: 'risicoscenarios', instrument: 'instrumenten', gesprek: 'gesprekken' } as const;
type Kind = keyof typeof RECORD_PATHS;

export function RecordBlocks({ writable }: { writable: boolean }) {
  const t = useT();
  return (
    <>
      <RecordBlock kind="informatie" title={t('vtz.rec.informatie')} formTitle={t('vtz.rec.informatieAdd')} writable={writable} form={<InformatieForm />} />
      <RecordBlock kind="risicoscenario" title={t('vtz.rec.risico')} formTitle={t('vtz.rec.risicoAdd')} writable={writable} form={<RisicoForm />} />
      <RecordBlock kind="instrument" title={t('vtz.rec.instrument')} formTitle={t('vtz.rec.instrumentAdd')} writable={writable} form={<InstrumentForm />} />
      <RecordBlock kind="gesprek" title={t('vtz.rec.gesprek')} formTitle={t('vtz.rec.gesprekAdd')} writable={writable} form={<GesprekForm />} />
    </>
  );
}

function RecordBlock({ kind, title, formTitle, writable, form }: { kind: Kind; title: string; formTitle: string; writable: boolean; form: ReactNode }) {
  const t = useT();
  const { lang } = useLang();
  const { zaak: z } = useZaak();
  const records = z.onderzoek!.records.filter((r) => r.soort === kind);
  return (
    <SubSection id={`ond-${kind}`} title={title}>
      {records.length === 0 ? <Paragraph>{t('vtz.rec.none')}</Paragraph> : (
        <ol className="kv-records" aria-label={title}>
          {records.map((r) => (
            <li className="kv-record" key={r.id}>
              <p className="utrecht-paragraph utrecht-paragraph--small kv-record__meta">{t('vtz.byOn', { name: r.vastgelegdDoor ?? '—', date: formatDateTime(r.vastgelegdAt, lang) })}</p>
              <RecordView record={r} />
            </li>
          ))}
        </ol>
      )}
      {writable && <Disclosure summary={formTitle}>{form}</Disclosure>}
    </SubSection>
  );
}

function RecordView({ record }: { record: OnderzoekRecord }) {
  const t = useT();
  const label = useLabel();
  const { lang } = useLang();
  const g = record.gegevens as Record<string, unknown>;
  const s = (k: string) => (typeof g[k] === 'string' ? (g[k] as string) : '');
  switch (record.soort) {
    case 'informatie':
      return (
        <DataList>
          <DataItem label={t('vtz.rec.datum')}>{formatDate(s('datum'), lang)}</DataItem>
          <DataItem label={t('vtz.rec.bron')}>{label('infoBron', s('bron'))}{s('bronOmschrijving') && ` (${s('bronOmschrijving')})`}</DataItem>
          <DataItem label={t('vtz.rec.middel')}>{label('middel', s('middel'))}</DataItem>
          <DataItem label={t('vtz.rec.bevindingen')} prewrap>{s('bevindingen')}</DataItem>
          <DataItem label={t('vtz.rec.grondslag')}>{label('grondslag', s('grondslag'))}{s('grondslagToelichting') && ` – ${s('grondslagToelichting')}`}</DataItem>
        </DataList>
      );
    case 'risicoscenario':
      return (
        <DataList>
          <DataItem label={t('vtz.rec.wat')} prewrap>{s('wat')}</DataItem>
          <DataItem label={t('vtz.rec.kans')}>{t('vtz.rec.kansValue', { kans: Number(g.kans) })}</DataItem>
          <DataItem label={t('vtz.rec.ernst')}>{t('vtz.rec.ernstValue', { ernst: Number(g.ernst) })}</DataItem>
          <DataItem label={t('vtz.rec.meestRisicovol')}>{t(g.meestRisicovol ? 'common.yes' : 'common.no')}</DataItem>
          {s('leidtTot') && <DataItem label={t('vtz.rec.leidtTot')}>{label('leidtTot', s('leidtTot'))}</DataItem>}
          {s('voorkomen') && <DataItem label={t('vtz.rec.voorkomen')} prewrap>{s('voorkomen')}</DataItem>}
          {s('alsHetGebeurt') && <DataItem label={t('vtz.rec.alsHetGebeurt')} prewrap>{s('alsHetGebeurt')}</DataItem>}
        </DataList>
      );
    case 'instrument':
      return (
        <DataList>
          <DataItem label={t('vtz.rec.instrumentNaam')}>{label('instrument', s('instrument'))}</DataItem>
          <DataItem label={t('vtz.rec.ingevuld')}>{t('vtz.byOn', { name: s('ingevuldDoor'), date: formatDate(s('ingevuldOp'), lang) })}</DataItem>
          <DataItem label={t('vtz.rec.items')} prewrap>{Object.entries((g.items ?? {}) as Record<string, string>).map(([k, v]) => `${k} = ${v}`).join('\n') || '—'}</DataItem>
          {s('conclusie') && <DataItem label={t('vtz.rec.conclusie')} prewrap>{s('conclusie')}</DataItem>}
        </DataList>
      );
    case 'gesprek':
      return (
        <DataList>
          <DataItem label={t('vtz.rec.met')}>{label('met', s('met'))}</DataItem>
          <DataItem label={t('vtz.rec.datum')}>{formatDate(s('datum'), lang)}</DataItem>
          <DataItem label={t('vtz.rec.aanwezigen')}>{s('aanwezigen')}</DataItem>
          <GesprekSteps met={s('met')} stappen={(g.stappen ?? {}) as Record<string, string>} />
          <DataItem label={t('vtz.rec.besproken')} prewrap>{s('besproken')}</DataItem>
          <DataItem label={t('vtz.rec.afspraken')} prewrap>{s('afspraken')}</DataItem>
        </DataList>
      );
  }
}

/** The steps of a recorded conversation, each under the seed's text of the step. */
function GesprekSteps({ met, stappen }: { met: string; stappen: Record<string, string> }) {
  const steps = useConversationSteps();
  const guide: Record<string, string> = steps.data ? (met === 'kind' ? steps.data.kind : steps.data.ouders) : {};
  return <>{Object.entries(stappen).map(([k, v]) => <DataItem key={k} label={guide[k] ?? k} prewrap>{v}</DataItem>)}</>;
}

/** Posts a record and announces it; the form empties itself through `reset`. */
function useRecordSubmit(kind: Kind, paths: Record<string, string>) {
  const t = useT();
  const refusal = useRefusal();
  const { zaak: z, update } = useZaak();
  const state = useSubmit();
  const run = (checked: Record<string, string>, body: () => Record<string, unknown>, reset: () => void) => {
    void state.submit(checked, async () => {
      const zaak = await post<VtZaak>(`/vt-zaken/${z.id}/onderzoek/${RECORD_PATHS[kind]}`, body());
      reset();
      update(zaak, t('vtz.rec.saved'));
    }, (err) => refusal(err, paths));
  };
  return { ...state, run };
}

const opt = (s: string) => (s.trim() ? s.trim() : undefined);

function InformatieForm() {
  const t = useT();
  const label = useLabel();
  const empty = { bron: '', bronOmschrijving: '', datum: today(), middel: '', bevindingen: '', grondslag: '', grondslagToelichting: '' };
  const [v, setV] = useState(empty);
  const set = (f: keyof typeof empty) => (x: string) => setV((s) => ({ ...s, [f]: x }));
  const fields = Object.keys(empty);
  const { form, errors, formError, busy, run } = useRecordSubmit('informatie', Object.fromEntries(fields.map((f) => [f, f])));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const e: Record<string, string> = {};
    if (!v.bron) e.bron = t('vtz.chooseOne');
    if (!v.datum) e.datum = t('vtz.required');
    else if (v.datum > today()) e.datum = t('error.date-in-future');
    if (!v.middel) e.middel = t('vtz.chooseOne');
    if (!v.bevindingen.trim()) e.bevindingen = t('vtz.required');
    if (!v.grondslag) e.grondslag = t('vtz.chooseOne');
    run(e, () => ({
      bron: v.bron, bronOmschrijving: opt(v.bronOmschrijving), datum: v.datum, middel: v.middel, bevindingen: v.bevindingen.trim(),
      grondslag: v.grondslag, grondslagToelichting: opt(v.grondslagToelichting),
    }), () => setV(empty));
  };
  return (
    <form ref={form} onSubmit={onSubmit} noValidate className="kv-form kv-form--wide" aria-label={t('vtz.rec.informatieAdd')}>
      <SelectField label={t('vtz.rec.bron')} name="bron" required placeholder={t('common.choose')} value={v.bron} onValue={set('bron')} error={errors.bron} options={INFO_SOURCES.map((s) => ({ value: s, label: label('infoBron', s) }))} />
      <TextField label={t('vtz.rec.bronOmschrijving')} description={t('vtz.rec.bronOmschrijvingHelp')} name="bronOmschrijving" maxLength={300} value={v.bronOmschrijving} onValue={set('bronOmschrijving')} error={errors.bronOmschrijving} />
      <TextField label={t('vtz.rec.datum')} name="datum" type="date" max={today()} required value={v.datum} onValue={set('datum')} error={errors.datum} className="kv-input--date" />
      <SelectField label={t('vtz.rec.middel')} name="middel" required placeholder={t('common.choose')} value={v.middel} onValue={set('middel')} error={errors.middel} options={MEANS.map((m) => ({ value: m, label: label('middel', m) }))} />
      <TextAreaField label={t('vtz.rec.bevindingen')} name="bevindingen" required rows={5} maxLength={10_000} value={v.bevindingen} onValue={set('bevindingen')} error={errors.bevindingen} />
      <RadioGroup legend={t('vtz.rec.grondslag')} description={t('vtz.rec.grondslagHelp')} name="grondslag" required value={v.grondslag} onValue={set('grondslag')} error={errors.grondslag} className="kv-field--stacked"
        options={LEGAL_BASES.map((b) => ({ value: b, label: label('grondslag', b) }))} />
      <TextField label={t('vtz.rec.grondslagToelichting')} name="grondslagToelichting" maxLength={1000} value={v.grondslagToelichting} onValue={set('grondslagToelichting')} error={errors.grondslagToelichting} />
      {formError && <Alert type="error">{formError}</Alert>}
      <ButtonGroup><Button type="submit" appearance="primary" busy={busy} disabled={busy}>{t('vtz.rec.submit')}</Button></ButtonGroup>
    </form>
  );
}

function RisicoForm() {
  const t = useT();
  const label = useLabel();
  const empty = { wat: '', kans: '', ernst: '', meestRisicovol: false, leidtTot: '', voorkomen: '', alsHetGebeurt: '' };
  const [v, setV] = useState(empty);
  const set = <K extends keyof typeof empty>(f: K) => (x: (typeof empty)[K]) => setV((s) => ({ ...s, [f]: x }));
  const { form, errors, formError, busy, run } = useRecordSubmit('risicoscenario', {
    wat: 'wat', kans: 'kans', ernst: 'ernst', meestRisicovol: 'meestRisicovol', leidtTot: 'leidtTot', voorkomen: 'voorkomen', alsHetGebeurt: 'alsHetGebeurt',
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const e: Record<string, string> = {};
    const kans = Number(v.kans);
    if (!v.wat.trim()) e.wat = t('vtz.required');
    if (!v.kans.trim() || !Number.isInteger(kans) || kans < 0 || kans > 100) e.kans = t('vtz.rec.kansInvalid');
    if (!v.ernst) e.ernst = t('vtz.chooseOne');
    if (v.meestRisicovol) {
      if (!v.leidtTot) e.leidtTot = t('vtz.rec.planRequired');
      if (!v.voorkomen.trim()) e.voorkomen = t('vtz.rec.planRequired');
      if (!v.alsHetGebeurt.trim()) e.alsHetGebeurt = t('vtz.rec.planRequired');
    }
    run(e, () => ({
      wat: v.wat.trim(), kans, ernst: Number(v.ernst), meestRisicovol: v.meestRisicovol,
      leidtTot: v.leidtTot || undefined, voorkomen: opt(v.voorkomen), alsHetGebeurt: opt(v.alsHetGebeurt),
    }), () => setV(empty));
  };
  return (
    <form ref={form} onSubmit={onSubmit} noValidate className="kv-form kv-form--wide" aria-label={t('vtz.rec.risicoAdd')}>
      <TextAreaField label={t('vtz.rec.wat')} description={t('vtz.rec.watHelp')} name="wat" required rows={3} maxLength={2000} value={v.wat} onValue={set('wat')} error={errors.wat} />
      <TextField label={t('vtz.rec.kansLabel')} description={t('vtz.rec.kansHelp')} name="kans" type="number" inputMode="numeric" min={0} max={100} step={1} required value={v.kans} onValue={set('kans')} error={errors.kans} className="kv-input--short" />
      <SelectField label={t('vtz.rec.ernstLabel')} name="ernst" required placeholder={t('common.choose')} value={v.ernst} onValue={set('ernst')} error={errors.ernst}
        options={[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: t('vtz.rec.ernstValue', { ernst: n }) }))} />
      <CheckboxField label={t('vtz.rec.meestRisicovol')} description={t('vtz.rec.meestRisicovolHelp')} name="meestRisicovol" checked={v.meestRisicovol} onChecked={set('meestRisicovol')} />
      <SelectField label={t('vtz.rec.leidtTot')} name="leidtTot" required={v.meestRisicovol} placeholder={t('common.choose')} value={v.leidtTot} onValue={set('leidtTot')} error={errors.leidtTot}
        options={LEADS_TO.map((l) => ({ value: l, label: label('leidtTot', l) }))} />
      <TextAreaField label={t('vtz.rec.voorkomen')} name="voorkomen" required={v.meestRisicovol} rows={3} maxLength={5000} value={v.voorkomen} onValue={set('voorkomen')} error={errors.voorkomen} />
      <TextAreaField label={t('vtz.rec.alsHetGebeurt')} name="alsHetGebeurt" required={v.meestRisicovol} rows={3} maxLength={5000} value={v.alsHetGebeurt} onValue={set('alsHetGebeurt')} error={errors.alsHetGebeurt} />
      {formError && <Alert type="error">{formError}</Alert>}
      <ButtonGroup><Button type="submit" appearance="primary" busy={busy} disabled={busy}>{t('vtz.rec.submit')}</Button></ButtonGroup>
    </form>
  );
}

/** "item = waarde" lines → the items; the number of the first bad line, or 0. */
function parseItems(text: string): [Record<string, string>, number] {
  const items: Record<string, string> = {};
  const rows = text.split('\n');
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i].trim();
    if (!row) continue;
    const at = row.indexOf('=');
    const key = at > 0 ? row.slice(0, at).trim() : '';
    if (!key || key.length > 100) return [items, i + 1];
    items[key] = row.slice(at + 1).trim().slice(0, 2000);
  }
  return [items, 0];
}

function InstrumentForm() {
  const t = useT();
  const { referentie, user } = useZaak();
  const empty = { instrument: '', ingevuldOp: today(), ingevuldDoor: user.displayName, items: '', conclusie: '' };
  const [v, setV] = useState(empty);
  const set = (f: keyof typeof empty) => (x: string) => setV((s) => ({ ...s, [f]: x }));
  const { form, errors, formError, busy, run } = useRecordSubmit('instrument', { instrument: 'instrument', ingevuldOp: 'ingevuldOp', ingevuldDoor: 'ingevuldDoor', items: 'items', conclusie: 'conclusie' });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const e: Record<string, string> = {};
    const [items, bad] = parseItems(v.items);
    if (!v.instrument) e.instrument = t('vtz.chooseOne');
    if (!v.ingevuldOp) e.ingevuldOp = t('vtz.required');
    else if (v.ingevuldOp > today()) e.ingevuldOp = t('error.date-in-future');
    if (!v.ingevuldDoor.trim()) e.ingevuldDoor = t('vtz.required');
    if (bad) e.items = t('vtz.rec.itemsBadLine', { line: bad });
    run(e, () => ({ instrument: v.instrument, ingevuldOp: v.ingevuldOp, ingevuldDoor: v.ingevuldDoor.trim(), items, conclusie: opt(v.conclusie) }), () => setV(empty));
  };
  return (
    <form ref={form} onSubmit={onSubmit} noValidate className="kv-form kv-form--wide" aria-label={t('vtz.rec.instrumentAdd')}>
      <Alert type="info">{t('vtz.rec.noScore')}</Alert>
      <SelectField label={t('vtz.rec.instrumentNaam')} name="instrument" required placeholder={t('common.choose')} value={v.instrument} onValue={set('instrument')} error={errors.instrument}
        options={referentie.instrumenten.map((i) => ({ value: i.id, label: `${i.name} – ${i.fullName}` }))} />
      <TextField label={t('vtz.rec.ingevuldOp')} name="ingevuldOp" type="date" max={today()} required value={v.ingevuldOp} onValue={set('ingevuldOp')} error={errors.ingevuldOp} className="kv-input--date" />
      <TextField label={t('vtz.rec.ingevuldDoor')} name="ingevuldDoor" required maxLength={300} value={v.ingevuldDoor} onValue={set('ingevuldDoor')} error={errors.ingevuldDoor} />
      <TextAreaField label={t('vtz.rec.items')} description={t('vtz.rec.itemsHelp')} name="items" rows={6} value={v.items} onValue={set('items')} error={errors.items} />
      <TextAreaField label={t('vtz.rec.conclusie')} description={t('vtz.rec.conclusieHelp')} name="conclusie" rows={3} maxLength={5000} value={v.conclusie} onValue={set('conclusie')} error={errors.conclusie} />
      {formError && <Alert type="error">{formError}</Alert>}
      <ButtonGroup><Button type="submit" appearance="primary" busy={busy} disabled={busy}>{t('vtz.rec.submit')}</Button></ButtonGroup>
    </form>
  );
}

/** The seed's conversation steps (the same for everyone): asked once per page load. */
let stepsRequest: Promise<ConversationSteps> | null = null;
function useConversationSteps() {
  return useResource(() => {
    stepsRequest ??= get<ConversationSteps>('/stap0/gespreksstappen').catch((err: unknown) => {
      stepsRequest = null;
      throw err;
    });
    return stepsRequest;
  }, []);
}

function GesprekForm() {
  const steps = useConversationSteps();
  return <Loaded resource={steps}>{(s) => <GesprekFields steps={s} />}</Loaded>;
}

function GesprekFields({ steps }: { steps: ConversationSteps }) {
  const t = useT();
  const label = useLabel();
  const { zaak: z } = useZaak();
  const empty = { met: '' as '' | 'ouders' | 'kind', personId: '', datum: today(), aanwezigen: '', besproken: '', afspraken: '' };
  const [v, setV] = useState(empty);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const set = <K extends keyof typeof empty>(f: K) => (x: (typeof empty)[K]) => setV((s) => ({ ...s, [f]: x }));
  const { form, errors, formError, busy, run } = useRecordSubmit('gesprek', { met: 'met', personId: 'personId', datum: 'datum', aanwezigen: 'aanwezigen', besproken: 'besproken', afspraken: 'afspraken' });
  const guide = v.met ? steps[v.met] : {};
  const persons = z.betrokkenen.filter((b) => b.personId && (v.met === 'kind' ? b.rol === 'kind' : b.rol !== 'kind'));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const e: Record<string, string> = {};
    if (!v.met) e.met = t('vtz.chooseOne');
    if (!v.datum) e.datum = t('vtz.required');
    else if (v.datum > today()) e.datum = t('error.date-in-future');
    if (!v.aanwezigen.trim()) e.aanwezigen = t('vtz.required');
    if (!v.besproken.trim()) e.besproken = t('vtz.required');
    if (!v.afspraken.trim()) e.afspraken = t('vtz.required');
    const stappen = Object.fromEntries(Object.keys(guide).filter((k) => answers[k]?.trim()).map((k) => [k, answers[k].trim()]));
    run(e, () => ({ met: v.met, personId: v.personId || undefined, datum: v.datum, aanwezigen: v.aanwezigen.trim(), stappen, besproken: v.besproken.trim(), afspraken: v.afspraken.trim() }), () => {
      setV(empty);
      setAnswers({});
    });
  };
  return (
    <form ref={form} onSubmit={onSubmit} noValidate className="kv-form kv-form--wide" aria-label={t('vtz.rec.gesprekAdd')}>
      <RadioGroup legend={t('vtz.rec.met')} name="met" required value={v.met} onValue={(m) => set('met')(m as 'ouders' | 'kind')} error={errors.met}
        options={[{ value: 'ouders', label: label('met', 'ouders') }, { value: 'kind', label: label('met', 'kind') }]} />
      {v.met === 'kind' && <Paragraph small>{t('vtz.rec.kindVanaf', { age: steps.minChildAge })}</Paragraph>}
      {persons.length > 0 && (
        <SelectField label={t('vtz.rec.persoon')} name="personId" placeholder={t('vtz.rec.persoonNone')} value={v.personId} onValue={set('personId')} error={errors.personId}
          options={persons.map((p) => ({ value: p.personId!, label: `${p.naam} (${label('rol', p.rol)})` }))} />
      )}
      <TextField label={t('vtz.rec.datum')} name="datum" type="date" max={today()} required value={v.datum} onValue={set('datum')} error={errors.datum} className="kv-input--date" />
      <TextField label={t('vtz.rec.aanwezigen')} name="aanwezigen" required maxLength={300} value={v.aanwezigen} onValue={set('aanwezigen')} error={errors.aanwezigen} />
      {v.met && (
        <>
          <Paragraph>{t('vtz.rec.stappenIntro')}</Paragraph>
          <ol className="kv-steps" aria-label={t('vtz.rec.stappen')}>
            {Object.entries(guide).map(([key, text], i) => (
              <li className="kv-steps__item" key={key}>
                <TextAreaField label={text} description={<span className="kv-step-guidance">{t('vtz.rec.stap', { n: i + 1 })}</span>} name={`stap-${key}`} rows={2} maxLength={5000}
                  value={answers[key] ?? ''} onValue={(x) => setAnswers((a) => ({ ...a, [key]: x }))} />
              </li>
            ))}
          </ol>
        </>
      )}
      <TextAreaField label={t('vtz.rec.besproken')} name="besproken" required rows={4} maxLength={10_000} value={v.besproken} onValue={set('besproken')} error={errors.besproken} />
      <TextAreaField label={t('vtz.rec.afspraken')} name="afspraken" required rows={3} maxLength={10_000} value={v.afspraken} onValue={set('afspraken')} error={errors.afspraken} />
      {formError && <Alert type="error">{formError}</Alert>}
      <ButtonGroup><Button type="submit" appearance="primary" busy={busy} disabled={busy}>{t('vtz.rec.submit')}</Button></ButtonGroup>
    </form>
  );
}

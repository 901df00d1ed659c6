// The investigation (onderzoek) of a case Veilig Thuis keeps: the target date (10 weeks), the
// research plan, the six standard research questions in order (each a conclusion with sources, or
// the reason it cannot be answered) plus specific questions, and the assessment forms of seed 001
// chapter 3 (per item: zorg / sterk / n.v.t. / onbekend, with a note). Kindveilig computes
// nothing from the answers: the judgement is the professional's. Information, risk scenarios,
// instruments and conversations are in VtOnderzoekRecords.tsx.
import { useState, type FormEvent } from 'react';
import { post, put } from '../api.ts';
import { useLang, useT } from '../i18n/index.tsx';
import { formatDate } from '../format.ts';
import { ITEM_VALUES, textOf, type AssessmentAnswers, type ItemValue, type Referentie, type ResearchAnswer, type VtZaak } from '../vt.ts';
import { Paragraph, Section } from '../components/Typography.tsx';
import { Button, ButtonGroup } from '../components/Button.tsx';
import { Alert } from '../components/Alert.tsx';
import { RadioGroup, SelectField, TextAreaField, TextField } from '../components/FormField.tsx';
import { DataItem, DataList, useSubmit } from './KetenShared.tsx';
import { Disclosure, SubSection, TeLaatBadge, useLabel, useRefusal, useZaak } from './VtShared.tsx';
import { RecordBlocks } from './VtOnderzoekRecords.tsx';

export function OnderzoekSection() {
  const t = useT();
  const { lang } = useLang();
  const { zaak: z, referentie } = useZaak();
  const o = z.onderzoek!;
  const writable = z.status === 'onderzoek' && !o.afgeslotenOp;
  return (
    <Section id="zaak-onderzoek" title={t('vtz.ond.title')}>
      <DataList>
        <DataItem label={t('vtz.ond.gestartOp')}>{formatDate(o.gestartOp, lang)}</DataItem>
        <DataItem label={t('vtz.ond.streefdatum')}>
          {formatDate(o.streefdatum, lang)}
          {o.teLaat && <> <TeLaatBadge /></>}
        </DataItem>
        {o.afgeslotenOp && <DataItem label={t('vtz.ond.afgeslotenOp')}>{formatDate(o.afgeslotenOp, lang)}</DataItem>}
      </DataList>
      <SubSection id="ond-plan" title={t('vtz.ond.plan')}>
        {writable ? <PlanForm /> : <Paragraph>{o.onderzoeksplan ?? t('vtz.ond.noPlan')}</Paragraph>}
      </SubSection>
      <SubSection id="ond-vragen" title={t('vtz.ond.vragen')}>
        <Paragraph small>{t('vtz.ond.vragenIntro')}</Paragraph>
        <ol className="kv-records" aria-label={t('vtz.ond.vragen')}>
          {o.vragen.map((q) => <QuestionItem key={q.nr} q={q} writable={writable} />)}
        </ol>
        {writable && (
          <Disclosure summary={t('vtz.ond.addVraag')}>
            <AddQuestionForm />
          </Disclosure>
        )}
      </SubSection>
      <SubSection id="ond-beoordelingen" title={t('vtz.ond.beoordelingen')}>
        <Alert type="info">{t('vtz.ond.noScore')}</Alert>
        {Object.keys(referentie.beoordelingen).map((id) => <AssessmentSection key={id} sectionId={id} writable={writable} />)}
      </SubSection>
      <RecordBlocks writable={writable} />
    </Section>
  );
}

function PlanForm() {
  const t = useT();
  const refusal = useRefusal();
  const { zaak: z, update } = useZaak();
  const [plan, setPlan] = useState(z.onderzoek?.onderzoeksplan ?? '');
  const { form, errors, formError, busy, submit } = useSubmit();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit(plan.trim() ? {} : { onderzoeksplan: t('vtz.required') }, async () => {
      update(await put<VtZaak>(`/vt-zaken/${z.id}/onderzoek/plan`, { onderzoeksplan: plan.trim() }), t('vtz.ond.planSaved'));
    }, (err) => refusal(err, { onderzoeksplan: 'onderzoeksplan' }));
  };
  return (
    <form ref={form} onSubmit={onSubmit} noValidate className="kv-form kv-form--wide" aria-label={t('vtz.ond.plan')}>
      <TextAreaField label={t('vtz.ond.plan')} description={t('vtz.ond.planHelp')} name="onderzoeksplan" required rows={6} maxLength={20_000} value={plan} onValue={setPlan} error={errors.onderzoeksplan} />
      {formError && <Alert type="error">{formError}</Alert>}
      <ButtonGroup>
        <Button type="submit" busy={busy} disabled={busy}>{t('vtz.ond.planSubmit')}</Button>
      </ButtonGroup>
    </form>
  );
}

/** The question's text in the UI's language: the reference list's for a standard question. */
function questionText(q: ResearchAnswer, referentie: Referentie, lang: 'nl' | 'en') {
  const ref = q.standaard ? referentie.onderzoeksvragen[q.nr - 1] : undefined;
  return ref ? textOf(ref, lang) : q.vraag;
}

function QuestionItem({ q, writable }: { q: ResearchAnswer; writable: boolean }) {
  const t = useT();
  const { lang } = useLang();
  const { referentie } = useZaak();
  const answered = !!(q.conclusie || q.redenNietBeantwoord);
  const headingId = `vraag-${q.nr}`;
  return (
    <li className={`kv-record kv-vt-question${answered ? ' kv-vt-question--answered' : ''}`}>
      <article aria-labelledby={headingId}>
        <h4 className="utrecht-heading-4" id={headingId}>{t('vtz.ond.vraag', { nr: q.nr, vraag: questionText(q, referentie, lang) })}</h4>
        {!q.standaard && <Paragraph small>{t('vtz.ond.specifiek')}</Paragraph>}
        {q.conclusie ? (
          <DataList>
            <DataItem label={t('vtz.ond.conclusie')} prewrap>{q.conclusie}</DataItem>
            <DataItem label={t('vtz.ond.bronnen')} prewrap>{q.bronnen ?? '—'}</DataItem>
          </DataList>
        ) : q.redenNietBeantwoord ? (
          <DataList>
            <DataItem label={t('vtz.ond.reden')} prewrap>{q.redenNietBeantwoord}</DataItem>
          </DataList>
        ) : <Paragraph>{t('vtz.ond.open')}</Paragraph>}
        {writable && (answered
          ? <Disclosure summary={t('vtz.ond.change', { nr: q.nr })}><AnswerForm q={q} /></Disclosure>
          : <AnswerForm q={q} />)}
      </article>
    </li>
  );
}

function AnswerForm({ q }: { q: ResearchAnswer }) {
  const t = useT();
  const refusal = useRefusal();
  const { zaak: z, update } = useZaak();
  const [mode, setMode] = useState<'' | 'conclusie' | 'reden'>(q.conclusie ? 'conclusie' : q.redenNietBeantwoord ? 'reden' : '');
  const [conclusie, setConclusie] = useState(q.conclusie ?? '');
  const [bronnen, setBronnen] = useState(q.bronnen ?? '');
  const [reden, setReden] = useState(q.redenNietBeantwoord ?? '');
  const { form, errors, formError, busy, submit } = useSubmit();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const e: Record<string, string> = {};
    if (!mode) e.mode = t('vtz.chooseOne');
    if (mode === 'conclusie' && !conclusie.trim()) e.conclusie = t('vtz.required');
    if (mode === 'conclusie' && !bronnen.trim()) e.bronnen = t('vtz.ond.bronnenRequired');
    if (mode === 'reden' && !reden.trim()) e.redenNietBeantwoord = t('vtz.required');
    void submit(e, async () => {
      const body = mode === 'conclusie' ? { conclusie: conclusie.trim(), bronnen: bronnen.trim() } : { redenNietBeantwoord: reden.trim() };
      update(await put<VtZaak>(`/vt-zaken/${z.id}/onderzoek/vragen/${q.nr}`, body), t('vtz.ond.answerSaved', { nr: q.nr }));
    }, (err) => refusal(err, { nr: 'mode', conclusie: 'conclusie', bronnen: 'bronnen', redenNietBeantwoord: 'redenNietBeantwoord' }));
  };
  return (
    <form ref={form} onSubmit={onSubmit} noValidate className="kv-form kv-form--wide" aria-label={t('vtz.ond.answerForm', { nr: q.nr })}>
      <RadioGroup
        legend={t('vtz.ond.mode')}
        name={`mode-${q.nr}`}
        required
        value={mode}
        onValue={(m) => setMode(m as 'conclusie' | 'reden')}
        error={errors.mode}
        options={[{ value: 'conclusie', label: t('vtz.ond.modeConclusie') }, { value: 'reden', label: t('vtz.ond.modeReden') }]}
      />
      {mode === 'conclusie' && (
        <>
          <TextAreaField label={t('vtz.ond.conclusie')} name="conclusie" required rows={4} maxLength={10_000} value={conclusie} onValue={setConclusie} error={errors.conclusie} />
          <TextAreaField label={t('vtz.ond.bronnen')} description={t('vtz.ond.bronnenHelp')} name="bronnen" required rows={2} maxLength={5000} value={bronnen} onValue={setBronnen} error={errors.bronnen} />
        </>
      )}
      {mode === 'reden' && (
        <TextAreaField label={t('vtz.ond.reden')} description={t('vtz.ond.redenHelp')} name="redenNietBeantwoord" required rows={3} maxLength={5000} value={reden} onValue={setReden} error={errors.redenNietBeantwoord} />
      )}
      {formError && <Alert type="error">{formError}</Alert>}
      <ButtonGroup>
        <Button type="submit" busy={busy} disabled={busy}>{t('vtz.ond.answerSubmit', { nr: q.nr })}</Button>
      </ButtonGroup>
    </form>
  );
}

function AddQuestionForm() {
  const t = useT();
  const refusal = useRefusal();
  const { zaak: z, update } = useZaak();
  const [vraag, setVraag] = useState('');
  const { form, errors, formError, busy, submit } = useSubmit();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit(vraag.trim().length >= 5 ? {} : { vraag: t('vtz.ond.vraagTooShort') }, async () => {
      const zaak = await post<VtZaak>(`/vt-zaken/${z.id}/onderzoek/vragen`, { vraag: vraag.trim() });
      setVraag('');
      update(zaak, t('vtz.ond.vraagAdded'));
    }, (err) => refusal(err, { vraag: 'vraag' }));
  };
  return (
    <form ref={form} onSubmit={onSubmit} noValidate className="kv-form" aria-label={t('vtz.ond.addVraag')}>
      <TextAreaField label={t('vtz.ond.nieuweVraag')} description={t('vtz.ond.nieuweVraagHelp')} name="vraag" required rows={2} maxLength={1000} value={vraag} onValue={setVraag} error={errors.vraag} />
      {formError && <Alert type="error">{formError}</Alert>}
      <ButtonGroup>
        <Button type="submit" busy={busy} disabled={busy}>{t('vtz.ond.addVraagSubmit')}</Button>
      </ButtonGroup>
    </form>
  );
}

// --- Assessment forms ------------------------------------------------------------------------

function AssessmentSection({ sectionId, writable }: { sectionId: string; writable: boolean }) {
  const t = useT();
  const { lang } = useLang();
  const { zaak: z, referentie } = useZaak();
  const section = referentie.beoordelingen[sectionId];
  const answers = z.onderzoek!.beoordelingen;
  const answered = Object.entries(answers).filter(([k]) => k === sectionId || k.startsWith(`${sectionId}:`))
    .reduce((n, [, a]) => n + Object.keys(a).length, 0);
  return (
    <Disclosure summary={t('vtz.ond.sectie', { name: textOf(section, lang), answered, total: section.items.length })}>
      <AssessmentForm sectionId={sectionId} writable={writable} />
    </Disclosure>
  );
}

function AssessmentForm({ sectionId, writable }: { sectionId: string; writable: boolean }) {
  const t = useT();
  const { zaak: z } = useZaak();
  const [kindId, setKindId] = useState('');
  const children = z.betrokkenen.filter((b) => b.rol === 'kind' && b.personId);
  return (
    <div className="kv-form kv-form--wide">
      {children.length > 0 && (
        <SelectField
          label={t('vtz.ond.kind')}
          description={t('vtz.ond.kindHelp')}
          name={`kind-${sectionId}`}
          placeholder={t('vtz.ond.kindNone')}
          value={kindId}
          onValue={setKindId}
          options={children.map((c) => ({ value: c.personId!, label: c.naam }))}
        />
      )}
      <AssessmentAnswersForm key={kindId} sectionId={sectionId} kindId={kindId} writable={writable} />
    </div>
  );
}

type AnswerState = Record<string, { waarde: ItemValue | ''; notitie: string }>;

function AssessmentAnswersForm({ sectionId, kindId, writable }: { sectionId: string; kindId: string; writable: boolean }) {
  const t = useT();
  const label = useLabel();
  const { lang } = useLang();
  const refusal = useRefusal();
  const { zaak: z, referentie, update } = useZaak();
  const section = referentie.beoordelingen[sectionId];
  const stored: AssessmentAnswers = z.onderzoek!.beoordelingen[kindId ? `${sectionId}:${kindId}` : sectionId] ?? {};
  const [answers, setAnswers] = useState<AnswerState>(() => Object.fromEntries(section.items.map((i) => [i.id, { waarde: stored[i.id]?.waarde ?? '', notitie: stored[i.id]?.notitie ?? '' }])));
  const { form, formError, busy, submit } = useSubmit();
  const groups = [...new Set(section.items.map((i) => i.group))];
  const options = ITEM_VALUES.map((v) => ({ value: v, label: label('waarde', v) }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const chosen = Object.entries(answers).filter(([, a]) => a.waarde);
    void submit({}, async () => {
      if (chosen.length === 0) throw new Error('empty');
      const antwoorden = Object.fromEntries(chosen.map(([id, a]) => [id, { waarde: a.waarde, ...(a.notitie.trim() ? { notitie: a.notitie.trim() } : {}) }]));
      update(await put<VtZaak>(`/vt-zaken/${z.id}/onderzoek/beoordelingen/${sectionId}`, { ...(kindId ? { kindId } : {}), antwoorden }), t('vtz.ond.sectieSaved', { name: textOf(section, lang) }));
    }, (err) => (err instanceof Error && err.message === 'empty' ? [{}, t('vtz.ond.sectieEmpty')] : refusal(err, {})));
  };

  return (
    <form ref={form} onSubmit={onSubmit} noValidate aria-label={textOf(section, lang)}>
      <Paragraph small>{t('vtz.ref', { ref: section.ref })}</Paragraph>
      {groups.map((g) => (
        <fieldset key={g} className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset kv-factor-group">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend kv-factor-group__legend">
            <span className="utrecht-heading-4">{g}</span>
          </legend>
          {section.items.filter((i) => i.group === g).map((item) => {
            const a = answers[item.id];
            return (
              <RadioGroup
                key={item.id}
                legend={textOf(item, lang)}
                description={<span className="kv-ref">{label('itemKind', item.kind)} · {item.ref}</span>}
                name={`${sectionId}-${item.id}`}
                value={a.waarde}
                onValue={(w) => writable && setAnswers((s) => ({ ...s, [item.id]: { ...s[item.id], waarde: w as ItemValue } }))}
                className="kv-factor kv-assessment-item"
                options={options}
              >
                {a.waarde && writable && (
                  <TextField label={t('vtz.ond.notitie')} name={`${sectionId}-${item.id}-notitie`} maxLength={2000} value={a.notitie}
                    onValue={(n) => setAnswers((s) => ({ ...s, [item.id]: { ...s[item.id], notitie: n } }))} />
                )}
                {!writable && a.notitie && <Paragraph small>{a.notitie}</Paragraph>}
              </RadioGroup>
            );
          })}
        </fieldset>
      ))}
      {formError && <Alert type="error">{formError}</Alert>}
      {writable && (
        <ButtonGroup>
          <Button type="submit" busy={busy} disabled={busy}>{t('vtz.ond.sectieSubmit')}</Button>
        </ButtonGroup>
      )}
    </form>
  );
}

// "Nieuw advies of melding": Veilig Thuis records an advice request or a report that came in by
// phone or otherwise outside Kindveilig (reports from the Meldcode arrive as a case by themselves).
// An anonymous advice is only possible for a citizen's advice; anonymity towards the family can
// be promised for a report. On success the case page opens.
import { useState, type FormEvent } from 'react';
import { post } from '../api.ts';
import { useT } from '../i18n/index.tsx';
import { navigate } from '../router.tsx';
import { ROLLEN, type Rol, type VtZaak } from '../vt.ts';
import { Page } from '../components/Page.tsx';
import { Heading2, Paragraph } from '../components/Typography.tsx';
import { Button, ButtonGroup } from '../components/Button.tsx';
import { Alert } from '../components/Alert.tsx';
import { CheckboxField, RadioGroup, SelectField, TextAreaField, TextField } from '../components/FormField.tsx';
import { Link } from '../components/Link.tsx';
import { useSubmit } from './KetenShared.tsx';
import { useLabel, useRefusal } from './VtShared.tsx';
import '../vt.css';
import { bsnProblem } from '../../../src/contract/bsn.ts';

// --- A person involved: BSN or name, and the role --------------------------------------------

export interface BetrokkeneState {
  key: number;
  bsn: string;
  naam: string;
  rol: Rol | '';
  toelichting: string;
}

let nextKey = 1;
export const emptyBetrokkene = (rol: Rol | '' = ''): BetrokkeneState => ({ key: nextKey++, bsn: '', naam: '', rol, toelichting: '' });

/** The row's own errors, keyed `${prefix}bsn` etc. */
export function betrokkeneProblems(b: BetrokkeneState, prefix: string, t: ReturnType<typeof useT>): Record<string, string> {
  const e: Record<string, string> = {};
  const bsn = b.bsn.trim();
  if (!bsn && !b.naam.trim()) e[`${prefix}naam`] = t('vtz.betrokkene.bsnOrName');
  if (bsn && bsnProblem(bsn) === 'format') e[`${prefix}bsn`] = t('validation.bsnFormat');
  else if (bsn && bsnProblem(bsn) === 'elfproef') e[`${prefix}bsn`] = t('validation.bsnElfproef');
  if (!b.rol) e[`${prefix}rol`] = t('vtz.betrokkene.rolRequired');
  return e;
}

export const betrokkeneBody = (b: BetrokkeneState) => ({
  ...(b.bsn.trim() ? { bsn: b.bsn.trim() } : { naam: b.naam.trim() }),
  rol: b.rol,
  ...(b.toelichting.trim() ? { toelichting: b.toelichting.trim() } : {}),
});

export function BetrokkeneFields({ value, onChange, errors, prefix }: {
  value: BetrokkeneState;
  onChange: (b: BetrokkeneState) => void;
  errors: Record<string, string>;
  /** Field names and error keys start with this (e.g. "betrokkenen.0."). */
  prefix: string;
}) {
  const t = useT();
  const label = useLabel();
  const set = (field: 'bsn' | 'naam' | 'rol' | 'toelichting') => (v: string) => onChange({ ...value, [field]: v });
  return (
    <>
      <TextField label={t('vtz.betrokkene.bsn')} description={t('vtz.betrokkene.bsnHelp')} name={`${prefix}bsn`} inputMode="numeric" autoComplete="off" maxLength={9} value={value.bsn} onValue={set('bsn')} error={errors[`${prefix}bsn`]} className="kv-input--bsn" />
      <TextField label={t('vtz.betrokkene.naam')} description={t('vtz.betrokkene.naamHelp')} name={`${prefix}naam`} maxLength={300} value={value.naam} onValue={set('naam')} error={errors[`${prefix}naam`]} />
      <SelectField
        label={t('vtz.betrokkene.rol')}
        name={`${prefix}rol`}
        required
        placeholder={t('common.choose')}
        value={value.rol}
        onValue={set('rol')}
        error={errors[`${prefix}rol`]}
        options={ROLLEN.map((r) => ({ value: r, label: label('rol', r) }))}
      />
      <TextField label={t('vtz.betrokkene.toelichting')} name={`${prefix}toelichting`} maxLength={1000} value={value.toelichting} onValue={set('toelichting')} error={errors[`${prefix}toelichting`]} />
    </>
  );
}

// --- The intake form ---------------------------------------------------------------------------

interface IntakeState {
  soort: '' | 'advies' | 'melding';
  bron: '' | 'professional' | 'burger';
  zorg: string;
  anoniem: boolean;
  melder: { naam: string; relatie: string; organisatie: string; telefoon: string; email: string };
  anonimiteitToegezegd: boolean;
  terugkoppelingGewenst: boolean;
  acuut: boolean;
  betrokkenen: BetrokkeneState[];
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function VtIntakePage() {
  const t = useT();
  return (
    <Page title={t('vtz.intake.title')}>
      <Paragraph><Link href="/veilig-thuis">{t('vtz.backToTeam')}</Link></Paragraph>
      <Paragraph lead>{t('vtz.intake.intro')}</Paragraph>
      <IntakeForm />
    </Page>
  );
}

function IntakeForm() {
  const t = useT();
  const refusal = useRefusal();
  const [v, setV] = useState<IntakeState>({
    soort: '', bron: '', zorg: '', anoniem: false, melder: { naam: '', relatie: '', organisatie: '', telefoon: '', email: '' },
    anonimiteitToegezegd: false, terugkoppelingGewenst: true, acuut: false, betrokkenen: [emptyBetrokkene('kind')],
  });
  const { form, errors, formError, busy, submit } = useSubmit();
  const set = <K extends keyof IntakeState>(field: K) => (value: IntakeState[K]) => setV((s) => ({ ...s, [field]: value }));
  const setMelder = (field: keyof IntakeState['melder']) => (value: string) => setV((s) => ({ ...s, melder: { ...s.melder, [field]: value } }));
  const anonymousAllowed = v.soort === 'advies' && v.bron === 'burger';
  const anoniem = anonymousAllowed && v.anoniem;

  const check = () => {
    const e: Record<string, string> = {};
    if (!v.soort) e.soort = t('vtz.intake.soortRequired');
    if (!v.bron) e.bron = t('vtz.intake.bronRequired');
    if (!v.zorg.trim()) e.zorg = t('vtz.required');
    if (!anoniem) {
      if (!v.melder.naam.trim()) e['melder.naam'] = t('vtz.required');
      if (!v.melder.relatie.trim()) e['melder.relatie'] = t('vtz.required');
      if (v.melder.email.trim() && !EMAIL.test(v.melder.email.trim())) e['melder.email'] = t('vtz.intake.emailInvalid');
    }
    v.betrokkenen.forEach((b, i) => Object.assign(e, betrokkeneProblems(b, `betrokkenen.${i}.`, t)));
    if (v.soort === 'melding' && !v.betrokkenen.some((b) => b.rol === 'kind')) {
      // At the first row's role, so the focus goes there; without rows above the list.
      if (v.betrokkenen.length) e['betrokkenen.0.rol'] ??= t('vtz.intake.childRequired');
      else e.betrokkenen = t('vtz.intake.childRequired');
    }
    return e;
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit(check(), async () => {
      const m = v.melder;
      const zaak = await post<VtZaak>('/vt-zaken', {
        soort: v.soort,
        bron: v.bron,
        zorg: v.zorg.trim(),
        anoniem,
        ...(anoniem ? {} : {
          melder: {
            naam: m.naam.trim(), relatie: m.relatie.trim(),
            ...(m.organisatie.trim() ? { organisatie: m.organisatie.trim() } : {}),
            ...(m.telefoon.trim() ? { telefoon: m.telefoon.trim() } : {}),
            ...(m.email.trim() ? { email: m.email.trim() } : {}),
          },
        }),
        anonimiteitToegezegd: v.soort === 'melding' && v.anonimiteitToegezegd,
        terugkoppelingGewenst: !anoniem && v.terugkoppelingGewenst,
        acuut: v.acuut,
        betrokkenen: v.betrokkenen.map(betrokkeneBody),
      });
      navigate(`/veilig-thuis/zaken/${zaak.id}`);
    }, (err) => refusal(err, {
      soort: 'soort', bron: 'bron', zorg: 'zorg', anoniem: 'soort', melder: 'melder.naam', 'melder.naam': 'melder.naam', 'melder.relatie': 'melder.relatie',
      'melder.organisatie': 'melder.organisatie', 'melder.telefoon': 'melder.telefoon', 'melder.email': 'melder.email',
      anonimiteitToegezegd: 'anonimiteitToegezegd', betrokkenen: 'betrokkenen',
      ...Object.fromEntries(v.betrokkenen.flatMap((_, i) => ['bsn', 'naam', 'rol', 'toelichting'].map((f) => [`betrokkenen.${i}.${f}`, `betrokkenen.${i}.${f}`]))),
    }));
  };

  const setRow = (i: number) => (b: BetrokkeneState) => set('betrokkenen')(v.betrokkenen.map((x, j) => (j === i ? b : x)));

  return (
    <form ref={form} onSubmit={onSubmit} noValidate className="kv-form kv-form--wide" aria-label={t('vtz.intake.title')}>
      <RadioGroup legend={t('vtz.intake.soort')} name="soort" required value={v.soort} onValue={(s) => set('soort')(s as IntakeState['soort'])} error={errors.soort}
        options={[{ value: 'advies', label: t('vtz.soort.advies') }, { value: 'melding', label: t('vtz.soort.melding') }]} />
      <RadioGroup legend={t('vtz.intake.bron')} description={t('vtz.intake.bronHelp')} name="bron" required value={v.bron} onValue={(b) => set('bron')(b as IntakeState['bron'])} error={errors.bron}
        options={[{ value: 'professional', label: t('vtz.bron.professional') }, { value: 'burger', label: t('vtz.bron.burger') }]} />
      <TextAreaField label={t('vtz.intake.zorg')} description={t('vtz.intake.zorgHelp')} name="zorg" required rows={6} maxLength={10_000} value={v.zorg} onValue={set('zorg')} error={errors.zorg} />

      <section aria-labelledby="intake-melder" className="kv-section">
        <Heading2 id="intake-melder">{t(v.soort === 'advies' ? 'vtz.intake.adviesvrager' : 'vtz.intake.melder')}</Heading2>
        {anonymousAllowed && (
          <CheckboxField label={t('vtz.intake.anoniem')} description={t('vtz.intake.anoniemHelp')} name="anoniem" checked={v.anoniem} onChecked={set('anoniem')} />
        )}
        {!anoniem && (
          <div className="kv-subform">
            <TextField label={t('vtz.melder.naam')} name="melder.naam" required maxLength={300} value={v.melder.naam} onValue={setMelder('naam')} error={errors['melder.naam']} />
            <TextField label={t('vtz.melder.relatie')} description={t('vtz.melder.relatieHelp')} name="melder.relatie" required maxLength={300} value={v.melder.relatie} onValue={setMelder('relatie')} error={errors['melder.relatie']} />
            <TextField label={t('vtz.melder.organisatie')} name="melder.organisatie" maxLength={300} value={v.melder.organisatie} onValue={setMelder('organisatie')} error={errors['melder.organisatie']} />
            <TextField label={t('vtz.melder.telefoon')} name="melder.telefoon" type="tel" maxLength={30} value={v.melder.telefoon} onValue={setMelder('telefoon')} error={errors['melder.telefoon']} />
            <TextField label={t('vtz.melder.email')} name="melder.email" type="email" value={v.melder.email} onValue={setMelder('email')} error={errors['melder.email']} />
          </div>
        )}
        {v.soort === 'melding' && (
          <CheckboxField label={t('vtz.intake.anonimiteit')} description={t('vtz.intake.anonimiteitHelp')} name="anonimiteitToegezegd" checked={v.anonimiteitToegezegd} onChecked={set('anonimiteitToegezegd')} error={errors.anonimiteitToegezegd} />
        )}
        {!anoniem && (
          <CheckboxField label={t('vtz.intake.terugkoppeling')} description={t('vtz.intake.terugkoppelingHelp')} name="terugkoppelingGewenst" checked={v.terugkoppelingGewenst} onChecked={set('terugkoppelingGewenst')} />
        )}
      </section>

      <CheckboxField label={t('vtz.intake.acuut')} description={t('vtz.intake.acuutHelp')} name="acuut" checked={v.acuut} onChecked={set('acuut')} />

      <section aria-labelledby="intake-betrokkenen" className="kv-section">
        <Heading2 id="intake-betrokkenen">{t('vtz.betrokkenen.title')}</Heading2>
        <Paragraph small>{t('vtz.intake.betrokkenenHelp')}</Paragraph>
        {errors.betrokkenen && <Alert type="error" id="betrokkenen-error">{errors.betrokkenen}</Alert>}
        {v.betrokkenen.map((b, i) => (
          <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset kv-row" key={b.key}>
            <legend className="utrecht-form-fieldset__legend kv-row__legend">{t('vtz.intake.betrokkene', { n: i + 1 })}</legend>
            <BetrokkeneFields value={b} onChange={setRow(i)} errors={errors} prefix={`betrokkenen.${i}.`} />
            <ButtonGroup>
              <Button onClick={() => set('betrokkenen')(v.betrokkenen.filter((_, j) => j !== i))}>
                {t('vtz.intake.removeBetrokkene', { n: i + 1 })}
              </Button>
            </ButtonGroup>
          </fieldset>
        ))}
        <ButtonGroup>
          <Button onClick={() => set('betrokkenen')([...v.betrokkenen, emptyBetrokkene()])} disabled={v.betrokkenen.length >= 30}>{t('vtz.intake.addBetrokkene')}</Button>
        </ButtonGroup>
      </section>

      {formError && <Alert type="error">{formError}</Alert>}
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={busy} disabled={busy}>{t('vtz.intake.submit')}</Button>
        <Link href="/veilig-thuis">{t('common.cancel')}</Link>
      </ButtonGroup>
    </form>
  );
}

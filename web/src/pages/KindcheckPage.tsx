// The kindcheck for professionals who see adults (GGZ, verslavingszorg, schuldhulpverlening,
// huisarts, AMW, reclassering): with an adult client, are there children in their care, and are
// they safe? For every child whose safety is not certain the stap 0 screening is offered: a
// dossier is opened for the child and its screening form follows.
import { useState, type FormEvent } from 'react';
import { ApiError, get, post } from '../api.ts';
import { useErrorText, useLang, useT, useTDynamic } from '../i18n/index.tsx';
import { useSessionView } from '../session.tsx';
import { formatDate, today } from '../format.ts';
import { navigate } from '../router.tsx';
import { ageOn, serverFieldErrors, type ChildrenInCare, type KindcheckOffer, type RegisterChild, type Safe } from '../keten.ts';
import type { Dossier } from '../types.ts';
import { Page } from '../components/Page.tsx';
import { Heading2, Heading3, Paragraph, Section, VisuallyHidden } from '../components/Typography.tsx';
import { Button, ButtonGroup } from '../components/Button.tsx';
import { Alert } from '../components/Alert.tsx';
import { CheckboxField, RadioGroup, TextAreaField, TextField } from '../components/FormField.tsx';
import { useFocusResult, useSubmit } from './KetenShared.tsx';
import { bsnProblem } from '../../../src/contract/bsn.ts';
import { ADULT_CARE_SECTORS } from '../../../src/contract/sectors.ts';

const NOTE_MAX = 2000;
const NAME_MAX = 200;
const CHILDREN_MAX = 20;

interface Client {
  bsn: string;
  dateOfBirth: string;
  id: string;
  name: string;
  children: RegisterChild[];
}

interface ChildState {
  included: boolean;
  safe: Safe | '';
  note: string;
}

interface ExtraChild {
  key: number;
  name: string;
  dateOfBirth: string;
  safe: Safe | '';
  note: string;
}

interface Checked {
  offers: KindcheckOffer[];
  /** Date of birth of children named without a register entry, to record them. */
  dateOfBirthOf: Record<string, string>;
}

export function KindcheckPage() {
  const t = useT();
  const { user } = useSessionView();
  if (!ADULT_CARE_SECTORS.includes(user.sector)) {
    return (
      <Page title={t('forbidden.title')}>
        <Paragraph>{t('kindcheck.notForSector')}</Paragraph>
      </Page>
    );
  }
  return <Kindcheck />;
}

function Kindcheck() {
  const t = useT();
  const [client, setClient] = useState<Client | null>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [result, focusResult] = useFocusResult<HTMLDivElement>();
  const restart = () => {
    setClient(null);
    setChecked(null);
  };
  return (
    <Page title={t('kindcheck.title')}>
      <Paragraph lead>{t('kindcheck.intro')}</Paragraph>
      {!client && (
        <Section id="kindcheck-client" title={t('kindcheck.client.title')}>
          <ClientForm onFound={setClient} />
        </Section>
      )}
      {client && !checked && (
        <Section id="kindcheck-children" title={t('kindcheck.check.title', { name: client.name })}>
          <CheckForm
            client={client}
            onCancel={restart}
            onChecked={(c) => {
              setChecked(c);
              focusResult();
            }}
          />
        </Section>
      )}
      {client && checked && (
        <div ref={result} tabIndex={-1} className="kv-result">
          <Offers client={client} checked={checked} />
          <ButtonGroup>
            <Button onClick={restart}>{t('kindcheck.again')}</Button>
          </ButtonGroup>
        </div>
      )}
    </Page>
  );
}

function ClientForm({ onFound }: { onFound: (c: Client) => void }) {
  const t = useT();
  const errorText = useErrorText();
  const [bsn, setBsn] = useState('');
  const [dateOfBirth, setDateOfBirth] = useState('');
  const { form, errors, formError, busy, submit: run } = useSubmit();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const e: Record<string, string> = {};
    const b = bsn.trim();
    if (!b) e.bsn = t('kindcheck.client.bsnRequired');
    else if (bsnProblem(b) === 'format') e.bsn = t('validation.bsnFormat');
    else if (bsnProblem(b) === 'elfproef') e.bsn = t('validation.bsnElfproef');
    if (!dateOfBirth) e.dateOfBirth = t('kindcheck.client.dateOfBirthRequired');
    else if (dateOfBirth > today()) e.dateOfBirth = t('person.dateOfBirthFuture');
    void run(e, async () => {
      const r = await post<{ client: { id: string; name: string }; children: RegisterChild[] }>('/kindchecks/_kinderen', { clientBsn: b, clientDateOfBirth: dateOfBirth });
      onFound({ bsn: b, dateOfBirth, id: r.client.id, name: r.client.name, children: r.children });
    }, (err) => [
      serverFieldErrors(err, { clientBsn: 'bsn', clientDateOfBirth: 'dateOfBirth' }, errorText),
      err instanceof ApiError && err.status === 404 ? t('kindcheck.client.notFound') : errorText(err),
    ]);
  };

  return (
    <>
      {formError && <Alert type="error">{formError}</Alert>}
      <form ref={form} onSubmit={submit} noValidate className="kv-form kv-form--narrow" aria-label={t('kindcheck.client.title')}>
        <Paragraph small>{t('kindcheck.client.help')}</Paragraph>
        <TextField
          label={t('kindcheck.client.bsn')}
          description={t('dossierForm.bsnHelp')}
          name="clientBsn"
          inputMode="numeric"
          autoComplete="off"
          required
          value={bsn}
          onValue={(v) => setBsn(v.replace(/\s/g, ''))}
          error={errors.bsn}
          className="kv-input--short"
        />
        <TextField
          label={t('kindcheck.client.dateOfBirth')}
          name="clientDateOfBirth"
          type="date"
          max={today()}
          required
          value={dateOfBirth}
          onValue={setDateOfBirth}
          error={errors.dateOfBirth}
          className="kv-input--date"
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={busy} disabled={busy}>{t('kindcheck.client.submit')}</Button>
        </ButtonGroup>
      </form>
    </>
  );
}

let nextKey = 1;

function CheckForm({ client, onChecked, onCancel }: { client: Client; onChecked: (c: Checked) => void; onCancel: () => void }) {
  const t = useT();
  const tDynamic = useTDynamic();
  const { lang } = useLang();
  const errorText = useErrorText();
  const [inCare, setInCare] = useState<ChildrenInCare | ''>('');
  // A child on the client's address is probably in their care; the professional decides.
  const [children, setChildren] = useState<Record<string, ChildState>>(() =>
    Object.fromEntries(client.children.map((c) => [c.id, { included: c.sameAddress, safe: '', note: '' }])));
  const [extra, setExtra] = useState<ExtraChild[]>([]);
  const { form, errors, formError, busy, submit: run } = useSubmit();

  const setChild = (id: string, patch: Partial<ChildState>) => setChildren((c) => ({ ...c, [id]: { ...c[id], ...patch } }));
  const setExtraChild = (key: number, patch: Partial<ExtraChild>) => setExtra((rows) => rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const safeOptions = (['ja', 'nee', 'twijfel'] as const).map((s) => ({ value: s, label: t(`kindcheck.safe.${s}`) }));
  const registerList = client.children.map((c) => t('kindcheck.registerChild', { name: c.name, age: ageOn(c.dateOfBirth, today()) })).join(', ');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const e: Record<string, string> = {};
    if (!inCare) e.inCare = t('kindcheck.inCareRequired');
    const included = inCare === 'ja' ? client.children.filter((c) => children[c.id].included) : [];
    const named = inCare === 'ja' ? extra : [];
    if (inCare === 'ja') {
      for (const c of included) if (!children[c.id].safe) e[`safe:${c.id}`] = t('kindcheck.safeRequired', { name: c.name });
      named.forEach((x, i) => {
        if (!x.name.trim()) e[`extra:${i}:name`] = t('kindcheck.extra.nameRequired');
        if (x.dateOfBirth && (x.dateOfBirth > today() || ageOn(x.dateOfBirth, today()) >= 18)) e[`extra:${i}:dateOfBirth`] = t('kindcheck.extra.notAChild');
        if (!x.safe) e[`extra:${i}:safe`] = t('kindcheck.safeRequired', { name: x.name.trim() || t('kindcheck.extra.thisChild') });
      });
      if (included.length + named.length === 0) e.children = t('error.children-required');
    }
    const body = {
      clientBsn: client.bsn,
      clientDateOfBirth: client.dateOfBirth,
      childrenInCare: inCare,
      children: [
        ...included.map((c) => ({
          personId: c.id, name: c.name, dateOfBirth: c.dateOfBirth, safe: children[c.id].safe,
          ...(children[c.id].note.trim() ? { note: children[c.id].note.trim() } : {}),
        })),
        ...named.map((x) => ({
          name: x.name.trim(), ...(x.dateOfBirth ? { dateOfBirth: x.dateOfBirth } : {}), safe: x.safe, ...(x.note.trim() ? { note: x.note.trim() } : {}),
        })),
      ],
    };
    void run(e, async () => {
      const r = await post<{ id: string; offers: KindcheckOffer[] }>('/kindchecks', body);
      onChecked({
        offers: r.offers,
        dateOfBirthOf: Object.fromEntries(named.filter((x) => x.dateOfBirth).map((x) => [x.name.trim(), x.dateOfBirth])),
      });
    }, (err) => {
      const fe = serverFieldErrors(err, { childrenInCare: 'inCare' }, errorText);
      if (err instanceof ApiError && ['children-required', 'child-not-of-client', 'not-a-child'].includes(err.code)) fe.children = errorText(err);
      return [fe, errorText(err)];
    }, e.children && Object.keys(e).length === 1 ? e.children : undefined);
  };

  return (
    <>
      <Paragraph>{t('kindcheck.check.intro')}</Paragraph>
      <form ref={form} onSubmit={submit} noValidate className="kv-form kv-form--wide" aria-label={t('kindcheck.check.form')}>
        <RadioGroup
          legend={t('kindcheck.inCare', { name: client.name })}
          description={client.children.length ? t('kindcheck.inCareRegister', { children: registerList }) : t('kindcheck.inCareRegisterNone')}
          name="childrenInCare"
          required
          value={inCare}
          onValue={(v) => setInCare(v as ChildrenInCare)}
          error={errors.inCare}
          options={[
            { value: 'ja', label: t('common.yes') },
            { value: 'nee', label: t('common.no') },
            { value: 'onbekend', label: t('kindcheck.inCare.onbekend') },
          ]}
        />
        {inCare === 'ja' && (
          <div className="kv-subform">
            <Paragraph>{t('kindcheck.children.intro')}</Paragraph>
            {errors.children && <Alert type="error" id="kindcheck-children-error">{errors.children}</Alert>}
            {client.children.map((c) => {
              const state = children[c.id];
              return (
                <fieldset key={c.id} className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset kv-row">
                  <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend kv-row__legend">
                    <Heading3>{c.name}</Heading3>
                  </legend>
                  <p className="utrecht-paragraph utrecht-paragraph--small kv-muted">
                    {t('kindcheck.child.meta', { date: formatDate(c.dateOfBirth, lang), relation: tDynamic(`dossier.relation.${c.relation}`, c.relation).toLowerCase() })}
                    {c.sameAddress ? ` ${t('kindcheck.child.sameAddress')}` : ` ${t('kindcheck.child.otherAddress')}`}
                  </p>
                  <CheckboxField
                    label={t('kindcheck.child.included', { name: c.name })}
                    name={`included-${c.id}`}
                    checked={state.included}
                    onChecked={(included) => setChild(c.id, { included })}
                  />
                  {state.included && (
                    <>
                      <RadioGroup
                        legend={t('kindcheck.safe', { name: c.name })}
                        name={`safe-${c.id}`}
                        required
                        value={state.safe}
                        onValue={(v) => setChild(c.id, { safe: v as Safe })}
                        error={errors[`safe:${c.id}`]}
                        options={safeOptions}
                      />
                      <TextAreaField
                        label={t('kindcheck.note', { name: c.name })}
                        description={t('kindcheck.noteHelp')}
                        name={`note-${c.id}`}
                        rows={2}
                        maxLength={NOTE_MAX}
                        value={state.note}
                        onValue={(note) => setChild(c.id, { note })}
                      />
                    </>
                  )}
                </fieldset>
              );
            })}
            {extra.map((x, i) => (
              <fieldset key={x.key} className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset kv-row">
                <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend kv-row__legend">
                  <Heading3>{t('kindcheck.extra.legend', { n: i + 1 })}</Heading3>
                </legend>
                <TextField
                  label={t('kindcheck.extra.name')}
                  name={`extra-${i}-name`}
                  autoComplete="off"
                  // A row only mounts when the user adds it: the cursor goes to its first field.
                  autoFocus
                  required
                  maxLength={NAME_MAX}
                  value={x.name}
                  onValue={(name) => setExtraChild(x.key, { name })}
                  error={errors[`extra:${i}:name`]}
                />
                <TextField
                  label={t('kindcheck.extra.dateOfBirth')}
                  name={`extra-${i}-dateOfBirth`}
                  type="date"
                  max={today()}
                  value={x.dateOfBirth}
                  onValue={(dateOfBirth) => setExtraChild(x.key, { dateOfBirth })}
                  error={errors[`extra:${i}:dateOfBirth`]}
                  className="kv-input--date"
                />
                <RadioGroup
                  legend={t('kindcheck.safe', { name: x.name.trim() || t('kindcheck.extra.thisChild') })}
                  name={`extra-${i}-safe`}
                  required
                  value={x.safe}
                  onValue={(v) => setExtraChild(x.key, { safe: v as Safe })}
                  error={errors[`extra:${i}:safe`]}
                  options={safeOptions}
                />
                <TextAreaField
                  label={t('kindcheck.note', { name: x.name.trim() || t('kindcheck.extra.thisChild') })}
                  description={t('kindcheck.noteHelp')}
                  name={`extra-${i}-note`}
                  rows={2}
                  maxLength={NOTE_MAX}
                  value={x.note}
                  onValue={(note) => setExtraChild(x.key, { note })}
                />
                <ButtonGroup>
                  <Button appearance="subtle" onClick={() => setExtra((rows) => rows.filter((r) => r.key !== x.key))}>{t('kindcheck.extra.remove', { n: i + 1 })}</Button>
                </ButtonGroup>
              </fieldset>
            ))}
            {client.children.length + extra.length < CHILDREN_MAX && (
              <ButtonGroup>
                <Button onClick={() => setExtra((rows) => [...rows, { key: nextKey++, name: '', dateOfBirth: '', safe: '', note: '' }])}>{t('kindcheck.extra.add')}</Button>
              </ButtonGroup>
            )}
          </div>
        )}
        {formError && <Alert type="error">{formError}</Alert>}
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={busy} disabled={busy}>{t('kindcheck.submit')}</Button>
          <Button appearance="subtle" onClick={onCancel}>{t('kindcheck.otherClient')}</Button>
        </ButtonGroup>
      </form>
    </>
  );
}

function Offers({ client, checked }: { client: Client; checked: Checked }) {
  const t = useT();
  const offers = checked.offers;
  return (
    <section aria-labelledby="kindcheck-result" className="kv-section">
      <Heading2 id="kindcheck-result">{t('kindcheck.result.title')}</Heading2>
      <Alert type="ok">
        <p className="utrecht-paragraph"><strong>{t('kindcheck.result.saved', { name: client.name })}</strong></p>
        <p className="utrecht-paragraph">{offers.length === 0 ? t('kindcheck.result.noOffers') : t('kindcheck.result.offers')}</p>
      </Alert>
      {offers.length > 0 && (
        <ul className="kv-offers" role="list">
          {offers.map((o, i) => (
            <li key={`${o.childId ?? o.name}-${i}`} className="kv-offers__item">
              {o.action === 'screening' && o.childId
                ? <ScreeningOffer name={o.name} bsn={o.bsn ?? undefined} />
                : <RecordChildOffer name={o.name} dateOfBirth={checked.dateOfBirthOf[o.name] ?? ''} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Opens (or finds) the child's dossier at the user's organisation, and goes to its screening. */
function useStartScreening() {
  const t = useT();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const start = async (bsn: string): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      // Offered by the kindcheck: the relationship is being the client's child.
      const dossier = await post<Dossier>('/dossiers', { bsn, relationship: { reason: 'kind_van_client' } });
      navigate(`/dossiers/${dossier.id}/screening`);
      return true;
    } catch (err) {
      if (err instanceof ApiError && err.code === 'dossier-exists' && typeof err.problem.dossierId === 'string') {
        const existing = err.problem.dossierId;
        try {
          await get<Dossier>(`/dossiers/${existing}`);
          navigate(`/dossiers/${existing}/screening`);
          return true;
        } catch {
          setError(`${t('error.dossier-exists')} ${t('dossierForm.existsAsk')}`);
        }
      } else {
        setError(errorText(err));
      }
      setBusy(false);
      return false;
    }
  };
  return { busy, error, start };
}

function ScreeningOffer({ name, bsn }: { name: string; bsn: string | undefined }) {
  const t = useT();
  const { busy, error, start } = useStartScreening();
  return (
    <div className="kv-offer">
      <Heading3>{name}</Heading3>
      <Paragraph>{t('kindcheck.offer.screening', { name })}</Paragraph>
      {error && <Alert type="error">{error}</Alert>}
      <ButtonGroup>
        <Button appearance="primary" busy={busy} disabled={busy || !bsn} onClick={() => bsn && void start(bsn)}>
          {t('kindcheck.offer.start')}<VisuallyHidden> {t('kindcheck.offer.for', { name })}</VisuallyHidden>
        </Button>
      </ButtonGroup>
    </div>
  );
}

/** A child not in the register: record it (BSN, name, date of birth, sex), then open the dossier. */
function RecordChildOffer({ name, dateOfBirth }: { name: string; dateOfBirth: string }) {
  const t = useT();
  const errorText = useErrorText();
  const { busy: starting, error: startError, start } = useStartScreening();
  const [open, setOpen] = useState(false);
  const parts = name.trim().split(/\s+/);
  const [values, setValues] = useState({ bsn: '', givenNames: parts.length > 1 ? parts.slice(0, -1).join(' ') : name.trim(), familyName: parts.length > 1 ? parts.at(-1)! : '', dateOfBirth, sex: '' });
  const { form, errors, formError, busy, submit: run } = useSubmit();
  const set = (field: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const e: Record<string, string> = {};
    const b = values.bsn.trim();
    if (!b) e.bsn = t('dossierForm.bsnRequired');
    else if (bsnProblem(b) === 'format') e.bsn = t('validation.bsnFormat');
    else if (bsnProblem(b) === 'elfproef') e.bsn = t('validation.bsnElfproef');
    if (!values.givenNames.trim()) e.givenNames = t('person.givenNamesRequired');
    if (!values.familyName.trim()) e.familyName = t('person.familyNameRequired');
    if (!values.dateOfBirth) e.dateOfBirth = t('person.dateOfBirthRequired');
    else if (values.dateOfBirth > today()) e.dateOfBirth = t('person.dateOfBirthFuture');
    if (!values.sex) e.sex = t('person.sexRequired');
    void run(e, async () => {
      try {
        await post('/personen', { bsn: b, givenNames: values.givenNames.trim(), familyName: values.familyName.trim(), dateOfBirth: values.dateOfBirth, sex: values.sex });
      } catch (err) {
        // Already known by this BSN: open the dossier for that child.
        if (!(err instanceof ApiError && err.code === 'person-exists')) throw err;
      }
      await start(b);
    }, (err) => [serverFieldErrors(err, { bsn: 'bsn', givenNames: 'givenNames', familyName: 'familyName', dateOfBirth: 'dateOfBirth', sex: 'sex' }, errorText), errorText(err)]);
  };

  return (
    <div className="kv-offer">
      <Heading3>{name}</Heading3>
      <Paragraph>{t('kindcheck.offer.record', { name })}</Paragraph>
      {!open ? (
        <ButtonGroup>
          <Button appearance="primary" onClick={() => setOpen(true)}>
            {t('kindcheck.offer.recordButton')}<VisuallyHidden> {t('kindcheck.offer.for', { name })}</VisuallyHidden>
          </Button>
        </ButtonGroup>
      ) : (
        <form ref={form} onSubmit={submit} noValidate className="kv-form" aria-label={t('kindcheck.offer.recordForm', { name })}>
          <TextField label={t('person.bsn')} description={t('dossierForm.bsnHelp')} name="childBsn" inputMode="numeric" autoComplete="off" autoFocus required value={values.bsn} onValue={(v) => set('bsn')(v.replace(/\s/g, ''))} error={errors.bsn} className="kv-input--short" />
          <TextField label={t('person.givenNames')} name="givenNames" autoComplete="off" required value={values.givenNames} onValue={set('givenNames')} error={errors.givenNames} />
          <TextField label={t('person.familyName')} description={t('kindcheck.offer.familyNameHelp')} name="familyName" autoComplete="off" required value={values.familyName} onValue={set('familyName')} error={errors.familyName} />
          <TextField label={t('person.dateOfBirth')} name="dateOfBirth" type="date" max={today()} required value={values.dateOfBirth} onValue={set('dateOfBirth')} error={errors.dateOfBirth} className="kv-input--date" />
          <RadioGroup
            legend={t('person.sex')}
            name="sex"
            required
            value={values.sex}
            onValue={set('sex')}
            error={errors.sex}
            options={[{ value: 'M', label: t('person.sex.M') }, { value: 'V', label: t('person.sex.V') }, { value: 'O', label: t('person.sex.O') }]}
          />
          {(formError || startError) && <Alert type="error">{formError ?? startError}</Alert>}
          <ButtonGroup>
            <Button type="submit" appearance="primary" busy={busy || starting} disabled={busy || starting}>{t('kindcheck.offer.recordSubmit')}</Button>
            <Button appearance="subtle" onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
          </ButtonGroup>
        </form>
      )}
    </div>
  );
}

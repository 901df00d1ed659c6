// Mijn signalen: the user's own signals, closing one, and registering a new signal. A signal
// only says *that* the professional is involved with a youth, never why. When no youth with the
// BSN is known, the youth can be recorded first, after which the signal is registered again.
import type { ApiBody, ApiResponse } from '../shared/api/types.ts';
import { useRef, useState, type FormEvent, type RefObject } from 'react';
import { ApiError, get, patch, post } from '../api.ts';
import { useErrorText, useLang, useT } from '../i18n/index.tsx';
import { useSessionView } from '../session.tsx';
import { useResource } from '../useResource.ts';
import { focusFirstInvalid, formatDate, today } from '../format.ts';
import type { MatchChange, Municipality, Signal } from '../types.ts';
import { Loaded, Page } from '../components/Page.tsx';
import { Heading3, Paragraph, Section, VisuallyHidden } from '../components/Typography.tsx';
import { Table, TBody, Td, Th, THead, Tr } from '../components/Table.tsx';
import { Button, ButtonGroup } from '../components/Button.tsx';
import { Alert } from '../components/Alert.tsx';
import { RadioGroup, SelectField, TextField } from '../components/FormField.tsx';
import { Link } from '../components/Link.tsx';
import { checkInformed, InformedFields, NoContentNotice } from './SignalFields.tsx';
import { checkRelationship, emptyRelationship, RelationshipFields, relationshipBody, type RelationshipValue } from './RelationshipFields.tsx';
import { bsnProblem } from '../../../src/contract/bsn.ts';

type SignalBody = ApiBody<'/api/v1/signalen', 'post'>;
type Registered = ApiResponse<'/api/v1/signalen', 'post'>;

export function SignalsPage() {
  const t = useT();
  const signals = useResource(() => get<{ items: Signal[] }>('/signalen'), []);
  return (
    <Page title={t('signals.title')}>
      <Paragraph lead>{t('signals.intro')}</Paragraph>
      <Section id="signals-list" title={t('signals.listTitle')}>
        <Loaded resource={signals}>
          {(data) => (data.items.length === 0 ? <Paragraph>{t('signals.none')}</Paragraph> : <SignalTable items={data.items} onChanged={signals.reload} />)}
        </Loaded>
      </Section>
      <Section id="signal-new" title={t('signalForm.title')}>
        <SignalForm onRegistered={signals.reload} />
      </Section>
    </Page>
  );
}

function SignalTable({ items, onChanged }: { items: Signal[]; onChanged: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const errorText = useErrorText();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);

  const close = async (signal: Signal) => {
    setBusy(true);
    setMessage(null);
    try {
      await patch<Signal>(`/signalen/${signal.id}`, { status: 'inactief' });
      setMessage({ type: 'ok', text: t('signals.closed', { name: signal.youth.name }) });
      setConfirming(null);
      onChanged();
    } catch (e) {
      setMessage({ type: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
    }
  };

  const statusText = (s: Signal) => {
    if (s.status === 'actief') return t('signal.status.actief');
    const reason = s.endReason === 'verlopen' ? t('signal.endReason.verlopen') : t('signal.endReason.afgesloten');
    return `${t('signal.status.inactief')} (${reason}${s.endDate ? ` ${formatDate(s.endDate, lang)}` : ''})`;
  };

  return (
    <>
      {message && <Alert type={message.type}>{message.text}</Alert>}
      <Table caption={t('signals.caption')} captionHidden>
        <THead>
          <Tr>
            <Th>{t('signals.col.youth')}</Th>
            <Th>{t('signals.col.bsn')}</Th>
            <Th>{t('signals.col.dateOfBirth')}</Th>
            <Th>{t('signals.col.startDate')}</Th>
            <Th>{t('signals.col.status')}</Th>
            <Th numeric>{t('signals.col.matches')}</Th>
            <Th>{t('signals.col.actions')}</Th>
          </Tr>
        </THead>
        <TBody>
          {items.map((s) => (
            <Tr key={s.id}>
              <Th scope="row">{s.youth.name}</Th>
              <Td className="kv-nowrap">{s.youth.bsn}</Td>
              <Td>{formatDate(s.youth.dateOfBirth, lang)}</Td>
              <Td>{formatDate(s.startDate, lang)}</Td>
              <Td>
                <span className={`utrecht-status-badge utrecht-status-badge--${s.status === 'actief' ? 'active' : 'inactive'} kv-status`}>{statusText(s)}</span>
              </Td>
              <Td numeric>
                {s.matchCount > 0 ? <Link href="/matches">{s.matchCount}<VisuallyHidden> {t('signals.matchesLink')}</VisuallyHidden></Link> : 0}
              </Td>
              <Td>
                {s.status === 'actief' && confirming !== s.id && (
                  <Button onClick={() => setConfirming(s.id)}>
                    {t('signals.close')}<VisuallyHidden> {t('signals.closeFor', { name: s.youth.name })}</VisuallyHidden>
                  </Button>
                )}
                {confirming === s.id && (
                  <div className="kv-confirm">
                    <span>{t('signals.closeConfirm', { name: s.youth.name })}</span>
                    <ButtonGroup>
                      <Button appearance="primary" danger autoFocus busy={busy} disabled={busy} onClick={() => void close(s)}>{t('signals.closeYes')}</Button>
                      <Button appearance="subtle" onClick={() => setConfirming(null)}>{t('common.cancel')}</Button>
                    </ButtonGroup>
                  </div>
                )}
              </Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </>
  );
}

const SIGNAL_FIELDS = ['bsn', 'informedOn', 'startDate', 'contactPhone', 'contactEmail'] as const;

function SignalForm({ onRegistered }: { onRegistered: () => void }) {
  const t = useT();
  const errorText = useErrorText();
  const { user } = useSessionView();
  const [bsn, setBsn] = useState('');
  const [informedOn, setInformedOn] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [startDate, setStartDate] = useState('');
  const [contactPhone, setContactPhone] = useState('');
  const [contactEmail, setContactEmail] = useState('');
  const [relationship, setRelationship] = useState<RelationshipValue>(emptyRelationship);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Registered | null>(null);
  const [missingPerson, setMissingPerson] = useState<SignalBody | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  const validate = (): Record<string, string> => {
    const e: Record<string, string> = {};
    const b = bsn.trim();
    if (!b) e.bsn = t('signalForm.bsnRequired');
    else if (bsnProblem(b) === 'format') e.bsn = t('validation.bsnFormat');
    else if (bsnProblem(b) === 'elfproef') e.bsn = t('validation.bsnElfproef');
    checkInformed(e, informedOn, confirmed, t);
    checkRelationship(e, relationship, t);
    if (startDate && startDate > today()) e.startDate = t('signalForm.startDateFuture');
    return e;
  };

  const register = async (body: SignalBody) => {
    setBusy(true);
    setFormError(null);
    try {
      const registered = await post<Registered>('/signalen', body);
      setResult(registered);
      setMissingPerson(null);
      setBsn('');
      setInformedOn('');
      setConfirmed(false);
      setStartDate('');
      setContactPhone('');
      setContactEmail('');
      setRelationship(emptyRelationship);
      onRegistered();
      window.setTimeout(() => resultRef.current?.focus());
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) {
        setMissingPerson(body);
        return;
      }
      if (e instanceof ApiError) {
        const fieldErrors: Record<string, string> = {};
        for (const f of e.errors) if ((SIGNAL_FIELDS as readonly string[]).includes(f.path)) fieldErrors[f.path] = f.message;
        if (e.code.startsWith('relationship-')) fieldErrors[e.code === 'relationship-required' ? 'relationshipReason' : 'relationshipExplanation'] = errorText(e);
        setErrors(fieldErrors);
        setFormError(errorText(e));
        window.setTimeout(() => focusFirstInvalid(form.current));
      } else {
        setFormError(errorText(e));
      }
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setResult(null);
    setMissingPerson(null);
    const e = validate();
    setErrors(e);
    setFormError(null);
    if (Object.keys(e).length) {
      setFormError(t('common.checkFields'));
      window.setTimeout(() => focusFirstInvalid(form.current));
      return;
    }
    const body: SignalBody = { bsn: bsn.trim(), informedOn, relationship: relationshipBody(relationship) };
    if (startDate) body.startDate = startDate;
    if (contactPhone.trim()) body.contactPhone = contactPhone.trim();
    if (contactEmail.trim()) body.contactEmail = contactEmail.trim();
    void register(body);
  };

  return (
    <>
      <NoContentNotice />
      {result && <RegisteredResult result={result} resultRef={resultRef} />}
      {formError && <Alert type="error">{formError}</Alert>}
      <form ref={form} onSubmit={submit} noValidate className="kv-form" aria-describedby="signal-form-help">
        <Paragraph id="signal-form-help" small>{t('signalForm.help')}</Paragraph>
        <TextField
          label={t('signalForm.bsn')}
          description={t('signalForm.bsnHelp')}
          name="bsn"
          inputMode="numeric"
          autoComplete="off"
          required
          value={bsn}
          onValue={(v) => setBsn(v.replace(/\s/g, ''))}
          error={errors.bsn}
          className="kv-input--short"
        />
        <InformedFields informedOn={informedOn} onInformedOn={setInformedOn} confirmed={confirmed} onConfirmed={setConfirmed} errors={errors} />
        <RelationshipFields value={relationship} onValue={setRelationship} errors={errors} />
        <TextField
          label={t('signalForm.startDate')}
          description={t('signalForm.startDateHelp')}
          name="startDate"
          type="date"
          max={today()}
          value={startDate}
          onValue={setStartDate}
          error={errors.startDate}
          className="kv-input--date"
        />
        <TextField
          label={t('signalForm.contactPhone')}
          description={user.phone ? t('signalForm.contactPhoneHelp', { phone: user.phone }) : t('signalForm.contactMissingHelp')}
          name="contactPhone"
          type="tel"
          autoComplete="tel"
          value={contactPhone}
          onValue={setContactPhone}
          error={errors.contactPhone}
        />
        <TextField
          label={t('signalForm.contactEmail')}
          description={user.email ? t('signalForm.contactEmailHelp', { email: user.email }) : t('signalForm.contactMissingHelp')}
          name="contactEmail"
          type="email"
          autoComplete="email"
          value={contactEmail}
          onValue={setContactEmail}
          error={errors.contactEmail}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={busy} disabled={busy}>{t('signalForm.submit')}</Button>
        </ButtonGroup>
      </form>
      {missingPerson && (
        <PersonForm
          bsn={missingPerson.bsn}
          onCancel={() => setMissingPerson(null)}
          onCreated={async () => {
            const body = missingPerson;
            setMissingPerson(null);
            await register(body);
          }}
        />
      )}
    </>
  );
}

function RegisteredResult({ result, resultRef }: { result: Registered; resultRef: RefObject<HTMLDivElement | null> }) {
  const t = useT();
  const typeName = (type: 'kind' | 'gezin') => t(type === 'kind' ? 'match.type.kind' : 'match.type.gezin');
  return (
    <div ref={resultRef} tabIndex={-1} className="kv-result">
      <Alert type="ok">
        <p className="utrecht-paragraph"><strong>{t('signalForm.registered', { name: result.signal.youth.name, bsn: result.signal.youth.bsn })}</strong></p>
        {result.matches.length === 0 ? (
          <p className="utrecht-paragraph">{t('signalForm.noMatch')}</p>
        ) : (
          <ul className="utrecht-unordered-list">
            {result.matches.map((m) => (
              <li className="utrecht-unordered-list__item" key={m.matchId}>
                {m.created ? t('signalForm.matchCreated', { type: typeName(m.type) }) : t('signalForm.matchJoined', { type: typeName(m.type) })}{' '}
                <Link href={`/matches/${m.matchId}`}>{t('signalForm.viewMatch', { type: typeName(m.type) })}</Link>
              </li>
            ))}
          </ul>
        )}
      </Alert>
    </div>
  );
}

const PERSON_FIELDS = ['givenNames', 'tussenvoegsel', 'familyName', 'dateOfBirth', 'sex', 'street', 'houseNumber', 'postcode', 'city', 'municipalityCode'] as const;
type PersonField = (typeof PERSON_FIELDS)[number];

/** "Jeugdige vastleggen": shown when no youth with the BSN is known. */
function PersonForm({ bsn, onCreated, onCancel }: { bsn: string; onCreated: () => Promise<void>; onCancel: () => void }) {
  const t = useT();
  const errorText = useErrorText();
  const municipalities = useResource(() => get<{ items: Municipality[] }>('/gemeenten'), []);
  const [values, setValues] = useState<Record<PersonField, string>>({
    givenNames: '', tussenvoegsel: '', familyName: '', dateOfBirth: '', sex: '', street: '', houseNumber: '', postcode: '', city: '', municipalityCode: '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const set = (field: PersonField) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const e: Record<string, string> = {};
    if (!values.givenNames.trim()) e.givenNames = t('person.givenNamesRequired');
    if (!values.familyName.trim()) e.familyName = t('person.familyNameRequired');
    if (!values.dateOfBirth) e.dateOfBirth = t('person.dateOfBirthRequired');
    else if (values.dateOfBirth > today()) e.dateOfBirth = t('person.dateOfBirthFuture');
    if (!values.sex) e.sex = t('person.sexRequired');
    const postcode = values.postcode.trim().toUpperCase();
    if (postcode && !/^\d{4} ?[A-Z]{2}$/.test(postcode)) e.postcode = t('person.postcodeFormat');
    setErrors(e);
    setFormError(null);
    if (Object.keys(e).length) {
      setFormError(t('common.checkFields'));
      window.setTimeout(() => focusFirstInvalid(form.current));
      return;
    }
    const optional = (v: string) => (v.trim() ? v.trim() : null);
    setBusy(true);
    try {
      await post('/personen', {
        bsn,
        givenNames: values.givenNames.trim(),
        tussenvoegsel: optional(values.tussenvoegsel),
        familyName: values.familyName.trim(),
        dateOfBirth: values.dateOfBirth,
        sex: values.sex,
        street: optional(values.street),
        houseNumber: optional(values.houseNumber),
        postcode: optional(postcode),
        city: optional(values.city),
        municipalityCode: optional(values.municipalityCode),
      });
      await onCreated();
    } catch (err) {
      if (err instanceof ApiError && err.code === 'person-exists') {
        await onCreated();
        return;
      }
      if (err instanceof ApiError) {
        const fieldErrors: Record<string, string> = {};
        for (const f of err.errors) if ((PERSON_FIELDS as readonly string[]).includes(f.path)) fieldErrors[f.path] = f.message;
        if (err.code === 'municipality-unknown') fieldErrors.municipalityCode = errorText(err);
        setErrors(fieldErrors);
        window.setTimeout(() => focusFirstInvalid(form.current));
      }
      setFormError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="person-form-title" className="kv-subsection">
      <Heading3 id="person-form-title">{t('person.title')}</Heading3>
      <Alert type="warning" live="alert">{t('person.notFound', { bsn })}</Alert>
      {formError && <Alert type="error">{formError}</Alert>}
      <form ref={form} onSubmit={submit} noValidate className="kv-form">
        <TextField label={t('person.bsn')} name="personBsn" value={bsn} readOnly required className="kv-input--short" />
        <TextField label={t('person.givenNames')} name="givenNames" autoComplete="off" autoFocus required value={values.givenNames} onValue={set('givenNames')} error={errors.givenNames} />
        <TextField label={t('person.tussenvoegsel')} name="tussenvoegsel" autoComplete="off" value={values.tussenvoegsel} onValue={set('tussenvoegsel')} error={errors.tussenvoegsel} className="kv-input--short" />
        <TextField label={t('person.familyName')} name="familyName" autoComplete="off" required value={values.familyName} onValue={set('familyName')} error={errors.familyName} />
        <TextField label={t('person.dateOfBirth')} name="dateOfBirth" type="date" max={today()} required value={values.dateOfBirth} onValue={set('dateOfBirth')} error={errors.dateOfBirth} className="kv-input--date" />
        <RadioGroup
          legend={t('person.sex')}
          name="sex"
          required
          value={values.sex}
          onValue={set('sex')}
          error={errors.sex}
          options={[
            { value: 'M', label: t('person.sex.M') },
            { value: 'V', label: t('person.sex.V') },
            { value: 'O', label: t('person.sex.O') },
          ]}
        />
        <TextField label={t('person.street')} name="street" autoComplete="off" value={values.street} onValue={set('street')} error={errors.street} />
        <TextField label={t('person.houseNumber')} name="houseNumber" autoComplete="off" value={values.houseNumber} onValue={set('houseNumber')} error={errors.houseNumber} className="kv-input--short" />
        <TextField label={t('person.postcode')} description={t('person.postcodeHelp')} name="postcode" autoComplete="off" value={values.postcode} onValue={set('postcode')} error={errors.postcode} className="kv-input--short" />
        <TextField label={t('person.city')} name="city" autoComplete="off" value={values.city} onValue={set('city')} error={errors.city} />
        <SelectField
          label={t('person.municipality')}
          name="municipalityCode"
          value={values.municipalityCode}
          onValue={set('municipalityCode')}
          error={errors.municipalityCode}
          placeholder={t('person.municipalityNone')}
          options={(municipalities.data?.items ?? []).map((m) => ({ value: m.code, label: `${m.name} (${m.code})` }))}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={busy} disabled={busy}>{t('person.submit')}</Button>
          <Button appearance="subtle" onClick={onCancel}>{t('common.cancel')}</Button>
        </ButtonGroup>
      </form>
    </section>
  );
}

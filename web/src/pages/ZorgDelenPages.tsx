// Sharing a worry ("zorg delen") with a chain partner from the dossier, with the legal basis
// recorded each time (consent, the conflict of duties, or the right to report); the shared
// worries received and sent; and one shared worry, which the recipient acknowledges (with
// feedback the sender may know) and whose acknowledgement the sender sees.
import { useState, type FormEvent } from 'react';
import { ApiError, get, post } from '../api.ts';
import { useErrorText, useLang, useT, useTDynamic } from '../i18n/index.tsx';
import { useSessionView } from '../session.tsx';
import { useResource } from '../useResource.ts';
import { formatDate, formatDateTime, today } from '../format.ts';
import { CONSENT_BY, LEGAL_BASES, UUID, serverFieldErrors, type LegalBasis, type Sharing } from '../keten.ts';
import type { Dossier, Organisation } from '../types.ts';
import { Loaded, Page } from '../components/Page.tsx';
import { Paragraph, Section } from '../components/Typography.tsx';
import { Table, TBody, Td, Th, THead, Tr } from '../components/Table.tsx';
import { Button, ButtonGroup } from '../components/Button.tsx';
import { Alert } from '../components/Alert.tsx';
import { RadioGroup, SelectField, TextAreaField, TextField } from '../components/FormField.tsx';
import { ButtonLink, ExternalLink, Link } from '../components/Link.tsx';
import { AckBadge, DataItem, DataList, DossierSubPage, useFocusFirstInvalid, useFocusResult, useSubmit } from './KetenShared.tsx';

const MESSAGE_MAX = 10_000;
const ANSWER_MAX = 2000;
const FEEDBACK_MAX = 2000;

// ---------------------------------------------------------------------------------------------
// Sharing from the dossier

export function ZorgDelenPage({ id }: { id: string }) {
  const t = useT();
  return (
    <DossierSubPage id={id} title={(name) => t('zorgDelen.title', { name })} titleShort={t('zorgDelen.titleShort')}>
      {(dossier) => <ZorgDelenLoader dossier={dossier} />}
    </DossierSubPage>
  );
}

function ZorgDelenLoader({ dossier }: { dossier: Dossier }) {
  const data = useResource(
    () => Promise.all([get<{ items: Organisation[] }>('/zorg-delen/organisaties'), get<Record<string, string>>('/zorg-delen/conflict-van-plichten')])
      .then(([organisations, questions]) => ({ organisations: organisations.items, questions })),
    [],
  );
  return <Loaded resource={data}>{(d) => <ZorgDelenForm dossier={dossier} organisations={d.organisations} questions={d.questions} />}</Loaded>;
}

function ZorgDelenForm({ dossier, organisations, questions }: { dossier: Dossier; organisations: Organisation[]; questions: Record<string, string> }) {
  const t = useT();
  const tDynamic = useTDynamic();
  const errorText = useErrorText();
  const { user } = useSessionView();
  const [toOrganisationId, setToOrganisationId] = useState('');
  const [toUserId, setToUserId] = useState('');
  const [message, setMessage] = useState('');
  const [legalBasis, setLegalBasis] = useState<LegalBasis | ''>('');
  const [consentBy, setConsentBy] = useState('');
  const [consentDate, setConsentDate] = useState('');
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [shared, setShared] = useState<Sharing | null>(null);
  const { form, errors, formError, busy, submit: run } = useSubmit();
  const [result, focusResult] = useFocusResult<HTMLDivElement>();

  const others = organisations.filter((o) => o.id !== user.organisationId);

  const validate = () => {
    const e: Record<string, string> = {};
    if (!toOrganisationId) e.toOrganisationId = t('zorgDelen.organisationRequired');
    if (toUserId.trim() && !UUID.test(toUserId.trim())) e.toUserId = t('zorgDelen.userIdFormat');
    if (!message.trim()) e.message = t('zorgDelen.messageRequired');
    if (!legalBasis) e.legalBasis = t('error.legal-basis-required');
    if (legalBasis === 'toestemming') {
      if (!consentBy) e.consentBy = t('zorgDelen.consentByRequired');
      if (!consentDate) e.consentDate = t('zorgDelen.consentDateRequired');
      else if (consentDate > today()) e.consentDate = t('error.consent-date-in-future');
    }
    if (legalBasis === 'conflict_van_plichten') {
      for (const key of Object.keys(questions)) if (!(answers[key] ?? '').trim()) e[`answer:${key}`] = t('zorgDelen.answerRequired');
    }
    return e;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(validate(), async () => {
      const body = {
        toOrganisationId,
        ...(toUserId.trim() ? { toUserId: toUserId.trim() } : {}),
        message: message.trim(),
        legalBasis,
        ...(legalBasis === 'toestemming' ? { consent: { by: consentBy, date: consentDate } } : {}),
        ...(legalBasis === 'conflict_van_plichten'
          ? { conflictAnswers: Object.fromEntries(Object.keys(questions).map((k) => [k, answers[k].trim()])) }
          : {}),
      };
      setShared(await post<Sharing>(`/dossiers/${dossier.id}/zorg-delingen`, body));
      focusResult();
    }, (err) => {
      const paths: Record<string, string> = {
        toOrganisationId: 'toOrganisationId', toUserId: 'toUserId', message: 'message', legalBasis: 'legalBasis',
        consent: 'consentBy', 'consent.by': 'consentBy', 'consent.date': 'consentDate', conflictAnswers: `answer:${Object.keys(questions)[0]}`,
      };
      for (const key of Object.keys(questions)) paths[`conflictAnswers.${key}`] = `answer:${key}`;
      const fe = serverFieldErrors(err, paths, errorText);
      if (err instanceof ApiError && err.code === 'share-within-organisation') fe.toOrganisationId = errorText(err);
      return [fe, Object.keys(fe).length ? t('common.checkFields') : errorText(err)];
    });
  };

  if (shared) {
    return (
      <div ref={result} tabIndex={-1} className="kv-result">
        <Alert type="ok">
          <p className="utrecht-paragraph"><strong>{t('zorgDelen.done', { organisation: shared.toOrganisation })}</strong></p>
          <p className="utrecht-paragraph">{t('zorgDelen.doneStayInvolved')}</p>
        </Alert>
        <ButtonGroup>
          <ButtonLink href={`/zorg-delingen/${shared.id}`} appearance="primary">{t('zorgDelen.viewShared')}</ButtonLink>
          <Link href={`/dossiers/${dossier.id}`}>{t('screening.back')}</Link>
        </ButtonGroup>
      </div>
    );
  }

  return (
    <>
      <Paragraph lead>{t('zorgDelen.intro')}</Paragraph>
      <form ref={form} onSubmit={submit} noValidate className="kv-form kv-form--wide" aria-label={t('zorgDelen.titleShort')}>
        <SelectField
          label={t('zorgDelen.organisation')}
          description={t('zorgDelen.organisationHelp')}
          name="toOrganisationId"
          required
          placeholder={t('common.choose')}
          value={toOrganisationId}
          onValue={setToOrganisationId}
          error={errors.toOrganisationId}
          options={others.map((o) => ({ value: o.id, label: `${o.name} (${tDynamic(`sector.${o.sector}`, o.sector)})` }))}
        />
        <TextField
          label={t('zorgDelen.userId')}
          description={t('zorgDelen.userIdHelp')}
          name="toUserId"
          autoComplete="off"
          spellCheck={false}
          value={toUserId}
          onValue={setToUserId}
          error={errors.toUserId}
        />
        <TextAreaField
          label={t('zorgDelen.message')}
          description={t('zorgDelen.messageHelp')}
          name="message"
          required
          rows={6}
          maxLength={MESSAGE_MAX}
          value={message}
          onValue={setMessage}
          error={errors.message}
        />
        <RadioGroup
          legend={t('zorgDelen.legalBasis')}
          description={t('zorgDelen.legalBasisHelp')}
          name="legalBasis"
          required
          value={legalBasis}
          onValue={(v) => setLegalBasis(v as LegalBasis)}
          error={errors.legalBasis}
          className="kv-field--stacked"
          options={LEGAL_BASES.map((b) => ({ value: b, label: t(`zorgDelen.basis.${b}`) }))}
        />
        {legalBasis === 'toestemming' && (
          <div className="kv-subform">
            <RadioGroup
              legend={t('zorgDelen.consentBy')}
              name="consentBy"
              required
              value={consentBy}
              onValue={setConsentBy}
              error={errors.consentBy}
              options={CONSENT_BY.map((c) => ({ value: c, label: t(`zorgDelen.consentBy.${c}`) }))}
            />
            <TextField
              label={t('zorgDelen.consentDate')}
              name="consentDate"
              type="date"
              max={today()}
              required
              value={consentDate}
              onValue={setConsentDate}
              error={errors.consentDate}
              className="kv-input--date"
            />
          </div>
        )}
        {legalBasis === 'conflict_van_plichten' && (
          <div className="kv-subform">
            <Paragraph>{t('zorgDelen.conflictIntro')}</Paragraph>
            {Object.entries(questions).map(([key, question]) => (
              <TextAreaField
                key={key}
                label={question}
                name={`answer-${key}`}
                required
                rows={3}
                maxLength={ANSWER_MAX}
                value={answers[key] ?? ''}
                onValue={(v) => setAnswers((a) => ({ ...a, [key]: v }))}
                error={errors[`answer:${key}`]}
              />
            ))}
          </div>
        )}
        {legalBasis === 'meldrecht' && (
          <div className="kv-subform">
            <Paragraph>{t('zorgDelen.meldrechtText')}</Paragraph>
          </div>
        )}
        {formError && <Alert type="error">{formError}</Alert>}
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={busy} disabled={busy}>{t('zorgDelen.submit')}</Button>
          <Link href={`/dossiers/${dossier.id}`}>{t('common.cancel')}</Link>
        </ButtonGroup>
      </form>
    </>
  );
}

// ---------------------------------------------------------------------------------------------
// Received and sent

export function ZorgDelingenPage() {
  const t = useT();
  const list = useResource(() => get<{ ontvangen: Sharing[]; verzonden: Sharing[] }>('/zorg-delingen'), []);
  return (
    <Page title={t('zorgDelingen.title')}>
      <Paragraph lead>{t('zorgDelingen.intro')}</Paragraph>
      <Loaded resource={list}>
        {(data) => (
          <>
            <Section id="zorg-ontvangen" title={t('zorgDelingen.received')}>
              {data.ontvangen.length === 0 ? <Paragraph>{t('zorgDelingen.receivedNone')}</Paragraph> : <SharingTable items={data.ontvangen} received />}
            </Section>
            <Section id="zorg-verzonden" title={t('zorgDelingen.sent')}>
              {data.verzonden.length === 0 ? <Paragraph>{t('zorgDelingen.sentNone')}</Paragraph> : <SharingTable items={data.verzonden} received={false} />}
            </Section>
          </>
        )}
      </Loaded>
    </Page>
  );
}

function SharingTable({ items, received }: { items: Sharing[]; received: boolean }) {
  const t = useT();
  const { lang } = useLang();
  return (
    <Table caption={t(received ? 'zorgDelingen.received' : 'zorgDelingen.sent')} captionHidden>
      <THead>
        <Tr>
          <Th>{t('zorgDelingen.col.child')}</Th>
          <Th>{t(received ? 'zorgDelingen.col.from' : 'zorgDelingen.col.to')}</Th>
          <Th>{t('zorgDelingen.col.date')}</Th>
          <Th>{t('zorgDelingen.col.basis')}</Th>
          <Th>{t('zorgDelingen.col.status')}</Th>
        </Tr>
      </THead>
      <TBody>
        {items.map((s) => (
          <Tr key={s.id}>
            <Th scope="row"><Link href={`/zorg-delingen/${s.id}`}>{s.child.name}</Link></Th>
            <Td>{received ? `${s.from.name}, ${s.from.organisation}` : [s.toUser, s.toOrganisation].filter(Boolean).join(', ')}</Td>
            <Td>{formatDateTime(s.createdAt, lang)}</Td>
            <Td><BasisText sharing={s} /></Td>
            <Td><AckBadge acknowledged={!!s.acknowledgedAt} /></Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}

function BasisText({ sharing }: { sharing: Sharing }) {
  const tDynamic = useTDynamic();
  return <>{tDynamic(`zorgDelen.basis.${sharing.legalBasis}`, sharing.legalBasis)}</>;
}

// ---------------------------------------------------------------------------------------------
// One shared worry

export function ZorgDelingPage({ id }: { id: string }) {
  const t = useT();
  const sharing = useResource(
    () => (UUID.test(id) ? get<Sharing>(`/zorg-delingen/${id}`) : Promise.reject(new ApiError(404, 'not-found', 'Deze gedeelde zorg bestaat niet.'))),
    [id],
  );
  const title = sharing.data ? t('zorgDeling.title', { name: sharing.data.child.name }) : t('zorgDeling.titleShort');
  return (
    <Page title={title}>
      <Paragraph><Link href="/zorg-delingen">{t('zorgDeling.back')}</Link></Paragraph>
      <Loaded resource={sharing}>{(s) => <SharingDetail sharing={s} onUpdated={sharing.setData} />}</Loaded>
    </Page>
  );
}

function SharingDetail({ sharing: s, onUpdated }: { sharing: Sharing; onUpdated: (s: Sharing) => void }) {
  const t = useT();
  const tDynamic = useTDynamic();
  const { lang } = useLang();
  // Only the sender gets the dossier id (src/modules/zorgdelen/routes.ts).
  const sender = s.dossierId !== null;
  return (
    <>
      <Paragraph>
        {sender
          ? t('zorgDeling.metaSent', { date: formatDateTime(s.createdAt, lang), to: [s.toUser, s.toOrganisation].filter(Boolean).join(', ') })
          : t('zorgDeling.metaReceived', { date: formatDateTime(s.createdAt, lang), name: s.from.name, organisation: s.from.organisation })}
      </Paragraph>
      <Section id="zorg-deling-inhoud" title={t('zorgDeling.content')}>
        <DataList>
          <DataItem label={t('zorgDeling.child')}>{s.child.name} ({formatDate(s.child.dateOfBirth, lang)})</DataItem>
          <DataItem label={t('zorgDeling.message')} prewrap>{s.message}</DataItem>
          <DataItem label={t('zorgDeling.basis')}>{tDynamic(`zorgDelen.basis.${s.legalBasis}`, s.legalBasis)}</DataItem>
          {s.consent && (
            <DataItem label={t('zorgDeling.consent')}>
              {t('zorgDeling.consentText', { by: tDynamic(`zorgDelen.consentBy.${s.consent.by}`, s.consent.by), date: formatDate(s.consent.date, lang) })}
            </DataItem>
          )}
          {!sender && (
            <DataItem label={t('zorgDeling.contact')}>
              {s.from.name}, {s.from.organisation}
              {s.from.phone && <> · <ExternalLink href={`tel:${s.from.phone}`} telephone>{s.from.phone}</ExternalLink></>}
              {s.from.email && <> · <ExternalLink href={`mailto:${s.from.email}`}>{s.from.email}</ExternalLink></>}
            </DataItem>
          )}
        </DataList>
      </Section>
      <Section id="zorg-deling-ontvangst" title={t('zorgDeling.ack')}>
        {s.acknowledgedAt ? (
          <DataList>
            <DataItem label={t('zorgDeling.ackStatus')}><AckBadge acknowledged /></DataItem>
            <DataItem label={t('zorgDeling.ackBy')}>{t('zorgDeling.ackByText', { name: s.acknowledgedBy ?? '—', date: formatDateTime(s.acknowledgedAt, lang) })}</DataItem>
            <DataItem label={t('zorgDeling.feedback')} prewrap>{s.feedback ?? t('zorgDeling.feedbackNone')}</DataItem>
          </DataList>
        ) : sender ? (
          <>
            <DataList>
              <DataItem label={t('zorgDeling.ackStatus')}><AckBadge acknowledged={false} /></DataItem>
            </DataList>
            <Paragraph>{t('zorgDeling.waitingSender')}</Paragraph>
          </>
        ) : (
          <AckForm sharing={s} onUpdated={onUpdated} />
        )}
        {sender && s.dossierId && <Paragraph><Link href={`/dossiers/${s.dossierId}`}>{t('zorgDeling.toDossier')}</Link></Paragraph>}
      </Section>
    </>
  );
}

function AckForm({ sharing, onUpdated }: { sharing: Sharing; onUpdated: (s: Sharing) => void }) {
  const t = useT();
  const errorText = useErrorText();
  const [feedback, setFeedback] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [form, focusFirstError] = useFocusFirstInvalid();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFormError(null);
    try {
      onUpdated(await post<Sharing>(`/zorg-delingen/${sharing.id}/ontvangst`, feedback.trim() ? { feedback: feedback.trim() } : {}));
    } catch (err) {
      const fe = serverFieldErrors(err, { feedback: 'feedback' }, errorText);
      setError(fe.feedback);
      setFormError(errorText(err));
      focusFirstError();
    } finally {
      setBusy(false);
    }
  };

  return (
    <form ref={form} onSubmit={submit} noValidate className="kv-form" aria-label={t('zorgDeling.ackSubmit')}>
      <Paragraph>{t('zorgDeling.ackIntro')}</Paragraph>
      <TextAreaField
        label={t('zorgDeling.feedback')}
        description={t('zorgDeling.feedbackHelp')}
        name="feedback"
        rows={4}
        maxLength={FEEDBACK_MAX}
        value={feedback}
        onValue={setFeedback}
        error={error}
      />
      {formError && <Alert type="error">{formError}</Alert>}
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={busy} disabled={busy}>{t('zorgDeling.ackSubmit')}</Button>
      </ButtonGroup>
    </form>
  );
}

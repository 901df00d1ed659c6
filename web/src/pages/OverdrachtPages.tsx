// The warm handover (seed 004, Breda): a preschool, childcare or JGZ sends a child's development
// and support needs to the primary school, with the parents' consent and after the parents saw
// what is sent (their own copy is a PDF). The school sees what it received and acknowledges it;
// the sender sees that.
import type { ApiResponse } from '../shared/api/types.ts';
import { useState, type FormEvent } from 'react';
import { ApiError, get, post } from '../api.ts';
import { useErrorText, useLang, useT } from '../i18n/index.tsx';
import { useSessionView } from '../session.tsx';
import { useResource } from '../useResource.ts';
import { formatDate, formatDateTime, today } from '../format.ts';
import { UUID, serverFieldErrors, type Handover } from '../keten.ts';
import type { Dossier, Organisation } from '../types.ts';
import { Loaded, Page } from '../components/Page.tsx';
import { Paragraph, Section } from '../components/Typography.tsx';
import { Table, TBody, Td, Th, THead, Tr } from '../components/Table.tsx';
import { Button, ButtonGroup } from '../components/Button.tsx';
import { Alert } from '../components/Alert.tsx';
import { SelectField, TextAreaField, TextField } from '../components/FormField.tsx';
import { ButtonLink, Link } from '../components/Link.tsx';
import { AckBadge, DataItem, DataList, DossierSubPage, useFocusResult, useSubmit } from './KetenShared.tsx';
import { HANDOVER_RECEIVERS, HANDOVER_SENDERS } from '../../../src/contract/sectors.ts';

const TEXT_MAX = 10_000;

/** The parents' copy: a real download from the API, not an in-app route. */
function ParentCopyLink({ id }: { id: string }) {
  const t = useT();
  return <a href={`/api/v1/overdrachten/${id}/ouderversie`} download className="utrecht-link utrecht-link--html-a">{t('overdracht.parentCopy')}</a>;
}

// ---------------------------------------------------------------------------------------------
// Sending from the dossier

export function OverdrachtFormPage({ id }: { id: string }) {
  const t = useT();
  const { user } = useSessionView();
  if (!HANDOVER_SENDERS.includes(user.sector)) {
    return (
      <Page title={t('forbidden.title')}>
        <Paragraph>{t('error.sector-not-allowed')}</Paragraph>
      </Page>
    );
  }
  return (
    <DossierSubPage id={id} title={(name) => t('overdracht.title', { name })} titleShort={t('overdracht.titleShort')}>
      {(dossier) => <OverdrachtLoader dossier={dossier} />}
    </DossierSubPage>
  );
}

function OverdrachtLoader({ dossier }: { dossier: Dossier }) {
  const schools = useResource(() => get<{ items: Organisation[] }>('/organisaties').then((r) => r.items.filter((o) => HANDOVER_RECEIVERS.includes(o.sector))), []);
  return <Loaded resource={schools}>{(s) => <OverdrachtForm dossier={dossier} schools={s} />}</Loaded>;
}

const FIELDS = ['toOrganisationId', 'ontwikkeling', 'ondersteuningsbehoeften', 'watWerkt', 'consentDate', 'parentsSeenOn'] as const;
type Field = (typeof FIELDS)[number];

function OverdrachtForm({ dossier, schools }: { dossier: Dossier; schools: Organisation[] }) {
  const t = useT();
  const errorText = useErrorText();
  const [values, setValues] = useState<Record<Field, string>>({ toOrganisationId: '', ontwikkeling: '', ondersteuningsbehoeften: '', watWerkt: '', consentDate: '', parentsSeenOn: '' });
  const [sent, setSent] = useState<Handover | null>(null);
  const { form, errors, formError, busy, submit: run } = useSubmit();
  const [result, focusResult] = useFocusResult<HTMLDivElement>();
  const set = (field: Field) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const e: Record<string, string> = {};
    if (!values.toOrganisationId) e.toOrganisationId = t('overdracht.schoolRequired');
    if (!values.ontwikkeling.trim()) e.ontwikkeling = t('overdracht.textRequired');
    if (!values.ondersteuningsbehoeften.trim()) e.ondersteuningsbehoeften = t('overdracht.textRequired');
    if (!values.consentDate) e.consentDate = t('overdracht.consentRequired');
    else if (values.consentDate > today()) e.consentDate = t('error.date-in-future');
    if (!values.parentsSeenOn) e.parentsSeenOn = t('error.parents-not-informed');
    else if (values.parentsSeenOn > today()) e.parentsSeenOn = t('error.date-in-future');
    void run(e, async () => {
      const handover = await post<Handover>(`/dossiers/${dossier.id}/overdrachten`, {
        toOrganisationId: values.toOrganisationId,
        content: {
          ontwikkeling: values.ontwikkeling.trim(),
          ondersteuningsbehoeften: values.ondersteuningsbehoeften.trim(),
          ...(values.watWerkt.trim() ? { watWerkt: values.watWerkt.trim() } : {}),
        },
        consentDate: values.consentDate,
        parentsSeenOn: values.parentsSeenOn,
      });
      setSent(handover);
      focusResult();
    }, (err) => {
      const fe = serverFieldErrors(err, {
        toOrganisationId: 'toOrganisationId', 'content.ontwikkeling': 'ontwikkeling', 'content.ondersteuningsbehoeften': 'ondersteuningsbehoeften',
        'content.watWerkt': 'watWerkt', consentDate: 'consentDate', parentsSeenOn: 'parentsSeenOn',
      }, errorText);
      return [fe, Object.keys(fe).length ? t('common.checkFields') : errorText(err)];
    });
  };

  if (sent) {
    return (
      <div ref={result} tabIndex={-1} className="kv-result">
        <Alert type="ok">
          <p className="utrecht-paragraph"><strong>{t('overdracht.sent', { school: sent.toOrganisation })}</strong></p>
          <p className="utrecht-paragraph">{t('overdracht.sentParents')}</p>
        </Alert>
        <Paragraph><ParentCopyLink id={sent.id} /></Paragraph>
        <ButtonGroup>
          <ButtonLink href={`/overdrachten/${sent.id}`} appearance="primary">{t('overdracht.view')}</ButtonLink>
          <Link href={`/dossiers/${dossier.id}`}>{t('screening.back')}</Link>
        </ButtonGroup>
      </div>
    );
  }

  return (
    <>
      <Paragraph lead>{t('overdracht.intro')}</Paragraph>
      <Alert type="info">{t('overdracht.parentsSee')}</Alert>
      <form ref={form} onSubmit={submit} noValidate className="kv-form kv-form--wide" aria-label={t('overdracht.titleShort')}>
        <SelectField
          label={t('overdracht.school')}
          name="toOrganisationId"
          required
          placeholder={t('common.choose')}
          value={values.toOrganisationId}
          onValue={set('toOrganisationId')}
          error={errors.toOrganisationId}
          options={schools.map((s) => ({ value: s.id, label: s.name }))}
        />
        <TextAreaField label={t('overdracht.ontwikkeling')} description={t('overdracht.ontwikkelingHelp')} name="ontwikkeling" required rows={6} maxLength={TEXT_MAX} value={values.ontwikkeling} onValue={set('ontwikkeling')} error={errors.ontwikkeling} />
        <TextAreaField label={t('overdracht.ondersteuningsbehoeften')} description={t('overdracht.ondersteuningsbehoeftenHelp')} name="ondersteuningsbehoeften" required rows={6} maxLength={TEXT_MAX} value={values.ondersteuningsbehoeften} onValue={set('ondersteuningsbehoeften')} error={errors.ondersteuningsbehoeften} />
        <TextAreaField label={t('overdracht.watWerkt')} description={t('overdracht.watWerktHelp')} name="watWerkt" rows={4} maxLength={TEXT_MAX} value={values.watWerkt} onValue={set('watWerkt')} error={errors.watWerkt} />
        <TextField label={t('overdracht.consentDate')} description={t('overdracht.consentDateHelp')} name="consentDate" type="date" max={today()} required value={values.consentDate} onValue={set('consentDate')} error={errors.consentDate} className="kv-input--date" />
        <TextField label={t('overdracht.parentsSeenOn')} description={t('overdracht.parentsSeenOnHelp')} name="parentsSeenOn" type="date" max={today()} required value={values.parentsSeenOn} onValue={set('parentsSeenOn')} error={errors.parentsSeenOn} className="kv-input--date" />
        {formError && <Alert type="error">{formError}</Alert>}
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={busy} disabled={busy}>{t('overdracht.submit')}</Button>
          <Link href={`/dossiers/${dossier.id}`}>{t('common.cancel')}</Link>
        </ButtonGroup>
      </form>
    </>
  );
}

// ---------------------------------------------------------------------------------------------
// Received and sent

type Lists = ApiResponse<'/api/v1/overdrachten', 'get'>;

export function OverdrachtenPage() {
  const t = useT();
  const lists = useResource(() => get<Lists>('/overdrachten'), []);
  return (
    <Page title={t('overdrachten.title')}>
      <Paragraph lead>{t('overdrachten.intro')}</Paragraph>
      <Loaded resource={lists}>
        {(data) => (
          <>
            <Section id="overdrachten-ontvangen" title={t('overdrachten.received')}>
              {data.ontvangen.length === 0 ? <Paragraph>{t('overdrachten.receivedNone')}</Paragraph> : <HandoverTable items={data.ontvangen} received />}
            </Section>
            <Section id="overdrachten-verzonden" title={t('overdrachten.sent')}>
              {data.verzonden.length === 0 ? <Paragraph>{t('overdrachten.sentNone')}</Paragraph> : <HandoverTable items={data.verzonden} received={false} />}
            </Section>
          </>
        )}
      </Loaded>
    </Page>
  );
}

function HandoverTable({ items, received }: { items: Handover[]; received: boolean }) {
  const t = useT();
  const { lang } = useLang();
  return (
    <Table caption={t(received ? 'overdrachten.received' : 'overdrachten.sent')} captionHidden>
      <THead>
        <Tr>
          <Th>{t('overdrachten.col.child')}</Th>
          <Th>{t(received ? 'overdrachten.col.from' : 'overdrachten.col.to')}</Th>
          <Th>{t('overdrachten.col.date')}</Th>
          <Th>{t('overdrachten.col.status')}</Th>
        </Tr>
      </THead>
      <TBody>
        {items.map((h) => (
          <Tr key={h.id}>
            <Th scope="row"><Link href={`/overdrachten/${h.id}`}>{h.child.name}</Link></Th>
            <Td>{received ? `${h.fromProfessional}, ${h.fromOrganisation}` : h.toOrganisation}</Td>
            <Td>{formatDateTime(h.createdAt, lang)}</Td>
            <Td><AckBadge acknowledged={!!h.acknowledgedAt} /></Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}

// ---------------------------------------------------------------------------------------------
// One handover. The API has no GET for one handover: it is looked up in the user's lists, which
// also tells whether the user's organisation received it.

export function OverdrachtPage({ id }: { id: string }) {
  const t = useT();
  const found = useResource(
    () => (UUID.test(id) ? get<Lists>('/overdrachten') : Promise.resolve<Lists>({ ontvangen: [], verzonden: [] })).then((lists) => {
      const received = lists.ontvangen.find((h) => h.id === id);
      const handover = received ?? lists.verzonden.find((h) => h.id === id);
      if (!handover) throw new ApiError(404, 'not-found', 'Deze overdracht bestaat niet.');
      return { handover, received: !!received };
    }),
    [id],
  );
  const title = found.data ? t('overdrachtDetail.title', { name: found.data.handover.child.name }) : t('overdrachtDetail.titleShort');
  return (
    <Page title={title}>
      <Paragraph><Link href="/overdrachten">{t('overdrachtDetail.back')}</Link></Paragraph>
      <Loaded resource={found}>
        {(d) => <HandoverDetail handover={d.handover} received={d.received} onUpdated={(handover) => found.setData({ handover, received: d.received })} />}
      </Loaded>
    </Page>
  );
}

function HandoverDetail({ handover: h, received, onUpdated }: { handover: Handover; received: boolean; onUpdated: (h: Handover) => void }) {
  const t = useT();
  const { lang } = useLang();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  const acknowledge = async () => {
    setBusy(true);
    setError(null);
    try {
      onUpdated(await post<Handover>(`/overdrachten/${h.id}/ontvangst`, {}));
      setDone(true);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Paragraph>{t('overdrachtDetail.meta', { date: formatDateTime(h.createdAt, lang), from: `${h.fromProfessional}, ${h.fromOrganisation}`, to: h.toOrganisation })}</Paragraph>
      <Section id="overdracht-inhoud" title={t('overdrachtDetail.content')}>
        <DataList>
          <DataItem label={t('zorgDeling.child')}>{h.child.name} ({formatDate(h.child.dateOfBirth, lang)})</DataItem>
          <DataItem label={t('overdracht.ontwikkeling')} prewrap>{h.content.ontwikkeling}</DataItem>
          <DataItem label={t('overdracht.ondersteuningsbehoeften')} prewrap>{h.content.ondersteuningsbehoeften}</DataItem>
          {h.content.watWerkt && <DataItem label={t('overdracht.watWerkt')} prewrap>{h.content.watWerkt}</DataItem>}
          <DataItem label={t('overdracht.consentDate')}>{formatDate(h.consentDate, lang)}</DataItem>
          <DataItem label={t('overdracht.parentsSeenOn')}>{formatDate(h.parentsSeenOn, lang)}</DataItem>
        </DataList>
        <Paragraph><ParentCopyLink id={h.id} /></Paragraph>
      </Section>
      <Section id="overdracht-ontvangst" title={t('overdrachtDetail.ack')}>
        {done && <Alert type="ok">{t('overdrachtDetail.ackDone')}</Alert>}
        <DataList>
          <DataItem label={t('zorgDeling.ackStatus')}><AckBadge acknowledged={!!h.acknowledgedAt} /></DataItem>
          {h.acknowledgedAt && (
            <DataItem label={t('zorgDeling.ackBy')}>{t('zorgDeling.ackByText', { name: h.acknowledgedBy ?? '—', date: formatDateTime(h.acknowledgedAt, lang) })}</DataItem>
          )}
        </DataList>
        {received && !h.acknowledgedAt && (
          <>
            <Paragraph>{t('overdrachtDetail.ackIntro')}</Paragraph>
            {error && <Alert type="error">{error}</Alert>}
            <ButtonGroup>
              <Button appearance="primary" busy={busy} disabled={busy} onClick={() => void acknowledge()}>{t('overdrachtDetail.ackSubmit')}</Button>
            </ButtonGroup>
          </>
        )}
        {!received && !h.acknowledgedAt && <Paragraph>{t('overdrachtDetail.waiting')}</Paragraph>}
      </Section>
    </>
  );
}

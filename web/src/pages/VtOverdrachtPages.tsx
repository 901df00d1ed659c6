// Handovers from Veilig Thuis, for the receiving organisation: the list, and one handover with
// the persons involved, the safety conditions, what the receiver needs to continue, the contact
// at Veilig Thuis and the reporter (never a reporter who was promised anonymity). "Ontvangst
// bevestigen" takes the family over; only then does the case leave Veilig Thuis' list.
import { useState } from 'react';
import { ApiError, get, post } from '../api.ts';
import { useErrorText, useLang, useT } from '../i18n/index.tsx';
import { useResource } from '../useResource.ts';
import { formatDate, formatDateTime } from '../format.ts';
import { UUID } from '../keten.ts';
import type { VtHandover } from '../vt.ts';
import { Loaded, Page } from '../components/Page.tsx';
import { Paragraph, Section } from '../components/Typography.tsx';
import { Table, TBody, Td, Th, THead, Tr } from '../components/Table.tsx';
import { Button, ButtonGroup } from '../components/Button.tsx';
import { Alert } from '../components/Alert.tsx';
import { ExternalLink, Link } from '../components/Link.tsx';
import { AckBadge, DataItem, DataList, useFocusResult } from './KetenShared.tsx';
import { Conditions, useLabel } from './VtShared.tsx';
import '../vt.css';

const childrenOf = (h: VtHandover) => h.betrokkenen.filter((b) => b.rol === 'kind').map((b) => b.naam);

export function VtOverdrachtenPage() {
  const t = useT();
  const { lang } = useLang();
  const list = useResource(() => get<{ items: VtHandover[] }>('/vt-overdrachten'), []);
  return (
    <Page title={t('vtz.ontv.title')}>
      <Paragraph lead>{t('vtz.ontv.intro')}</Paragraph>
      <Loaded resource={list}>
        {(data) => data.items.length === 0 ? <Paragraph>{t('vtz.ontv.none')}</Paragraph> : (
          <Table caption={t('vtz.ontv.caption')}>
            <THead>
              <Tr>
                <Th>{t('vtz.ontv.kinderen')}</Th>
                <Th>{t('vtz.ontv.van')}</Th>
                <Th>{t('vtz.ontv.verzonden')}</Th>
                <Th>{t('vtz.ontv.status')}</Th>
              </Tr>
            </THead>
            <TBody>
              {data.items.map((h) => (
                <Tr key={h.id}>
                  <Th scope="row"><Link href={`/vt-overdrachten/${h.id}`}>{childrenOf(h).join(', ') || t('vtz.ontv.gezin')}</Link></Th>
                  <Td>{h.van}</Td>
                  <Td>{formatDateTime(h.verzondenAt, lang)}</Td>
                  <Td><AckBadge acknowledged={!!h.bevestigdAt} /></Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
      </Loaded>
    </Page>
  );
}

export function VtOverdrachtPage({ id }: { id: string }) {
  const t = useT();
  const handover = useResource(
    () => (UUID.test(id) ? get<VtHandover>(`/vt-overdrachten/${id}`) : Promise.reject(new ApiError(404, 'not-found', 'Deze overdracht bestaat niet.'))),
    [id],
  );
  const names = handover.data ? childrenOf(handover.data) : [];
  const title = names.length ? t('vtz.ontv.detailTitle', { names: names.join(', ') }) : t('vtz.ontv.detailTitleShort');
  return (
    <Page title={title}>
      <Paragraph><Link href="/vt-overdrachten">{t('vtz.ontv.back')}</Link></Paragraph>
      <Loaded resource={handover}>{(h) => <HandoverDetail handover={h} onUpdated={handover.setData} />}</Loaded>
    </Page>
  );
}

function HandoverDetail({ handover: h, onUpdated }: { handover: VtHandover; onUpdated: (h: VtHandover) => void }) {
  const t = useT();
  const label = useLabel();
  const { lang } = useLang();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, focusResult] = useFocusResult<HTMLDivElement>();
  const [done, setDone] = useState(false);

  const acknowledge = async () => {
    setBusy(true);
    setError(null);
    try {
      onUpdated(await post<VtHandover>(`/vt-overdrachten/${h.id}/ontvangst`, {}));
      setDone(true);
      focusResult();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  const c = h.contactVeiligThuis;
  return (
    <>
      <Paragraph>{t('vtz.ontv.meta', { van: h.van, naar: h.naar, date: formatDateTime(h.verzondenAt, lang) })}</Paragraph>
      <Section id="ontv-voorwaarden" title={t('vtz.handover.conditions')}>
        <Paragraph small>{t('vtz.ontv.voorwaardenIntro')}</Paragraph>
        <Conditions items={h.veiligheidsvoorwaarden} label={t('vtz.handover.conditions')} />
      </Section>
      <Section id="ontv-informatie" title={t('vtz.handover.informatie')}>
        <Paragraph><span className="kv-prewrap">{h.informatie}</span></Paragraph>
      </Section>
      <Section id="ontv-betrokkenen" title={t('vtz.betrokkenen.title')}>
        <Table caption={t('vtz.betrokkenen.title')} captionHidden>
          <THead>
            <Tr>
              <Th>{t('vtz.betrokkene.naam')}</Th>
              <Th>{t('vtz.betrokkene.rol')}</Th>
              <Th>{t('vtz.betrokkenen.geboortedatum')}</Th>
            </Tr>
          </THead>
          <TBody>
            {h.betrokkenen.map((b, i) => (
              <Tr key={`${b.personId ?? b.naam}-${i}`}>
                <Th scope="row">{b.naam}</Th>
                <Td>{label('rol', b.rol)}</Td>
                <Td>{b.geboortedatum ? formatDate(b.geboortedatum, lang) : '—'}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      </Section>
      <Section id="ontv-contact" title={t('vtz.ontv.contact')}>
        <DataList>
          <DataItem label={t('vtz.ontv.contactNaam')}>{c.naam ?? '—'}</DataItem>
          <DataItem label={t('vtz.melder.telefoon')}>{c.telefoon ? <ExternalLink href={`tel:${c.telefoon.replace(/[^\d+]/g, '')}`} telephone>{c.telefoon}</ExternalLink> : '—'}</DataItem>
          <DataItem label={t('vtz.melder.email')}>{c.email ? <ExternalLink href={`mailto:${c.email}`}>{c.email}</ExternalLink> : '—'}</DataItem>
          <DataItem label={t('vtz.melding.melder')}>
            {h.melderAnoniem || !h.melder ? t('vtz.ontv.melderAnoniem') : `${h.melder.naam} (${h.melder.relatie}${h.melder.organisatie ? `, ${h.melder.organisatie}` : ''})`}
          </DataItem>
        </DataList>
      </Section>
      <Section id="ontv-ontvangst" title={t('vtz.ontv.ack')}>
        <div ref={result} tabIndex={-1} className="kv-result">
          {done && <Alert type="ok">{t('vtz.ontv.ackDone')}</Alert>}
        </div>
        <DataList>
          <DataItem label={t('vtz.ontv.status')}><AckBadge acknowledged={!!h.bevestigdAt} /></DataItem>
          {h.bevestigdAt && <DataItem label={t('vtz.ontv.ackBy')}>{t('vtz.byOn', { name: h.bevestigdDoor ?? '—', date: formatDateTime(h.bevestigdAt, lang) })}</DataItem>}
        </DataList>
        {!h.bevestigdAt && (
          <>
            <Paragraph>{t('vtz.ontv.ackIntro')}</Paragraph>
            {error && <Alert type="error">{error}</Alert>}
            <ButtonGroup>
              <Button appearance="primary" busy={busy} disabled={busy} onClick={() => void acknowledge()}>{t('vtz.ontv.ackSubmit')}</Button>
            </ButtonGroup>
          </>
        )}
      </Section>
    </>
  );
}

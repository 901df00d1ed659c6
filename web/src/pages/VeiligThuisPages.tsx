// Veilig Thuis: the reports that arrive through the Meldcode, and one report with the child, the
// reporter and every documented step; "Ontvangst bevestigen" lets the reporter see it arrived.
import { useState, type ReactNode } from 'react';
import { ApiError, get, post } from '../api.ts';
import { useErrorText, useLang, useT, useTDynamic } from '../i18n/index.tsx';
import { useResource } from '../useResource.ts';
import { formatDate, formatDateTime } from '../format.ts';
import type { VtMelding } from '../meldcode.ts';
import { Loaded, Page } from '../components/Page.tsx';
import { Paragraph, Section } from '../components/Typography.tsx';
import { Table, TBody, Td, Th, THead, Tr } from '../components/Table.tsx';
import { Button, ButtonGroup } from '../components/Button.tsx';
import { Alert } from '../components/Alert.tsx';
import { ExternalLink, Link } from '../components/Link.tsx';
import { RecordData } from './MeldcodeRecords.tsx';
import { KIND_KEYS } from '../features/meldcode/common.tsx';
import { MeldingZaakLink } from './VtZaakMelding.tsx';
import '../meldcode.css';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function MeldingenPage() {
  const t = useT();
  const { lang } = useLang();
  const list = useResource(() => get<{ items: VtMelding[] }>('/veilig-thuis/meldingen'), []);
  return (
    <Page title={t('vt.list.title')}>
      <Paragraph lead>{t('vt.list.intro')}</Paragraph>
      <Loaded resource={list}>
        {(data) => data.items.length === 0 ? <Paragraph>{t('vt.list.none')}</Paragraph> : (
          <Table caption={t('vt.list.caption')}>
            <THead>
              <Tr>
                <Th>{t('vt.col.child')}</Th>
                <Th>{t('vt.col.createdAt')}</Th>
                <Th>{t('vt.col.from')}</Th>
                <Th>{t('vt.col.status')}</Th>
              </Tr>
            </THead>
            <TBody>
              {data.items.map((m) => (
                <Tr key={m.id}>
                  <Th scope="row"><Link href={`/veilig-thuis/meldingen/${m.id}`}>{m.payload.kind.naam}</Link></Th>
                  <Td>{formatDateTime(m.createdAt, lang)}</Td>
                  <Td>{m.fromOrganisation}</Td>
                  <Td>
                    {m.receivedAt ? (
                      <span className="utrecht-status-badge utrecht-status-badge--inactive kv-status">{t('vt.status.received', { date: formatDateTime(m.receivedAt, lang) })}</span>
                    ) : (
                      <span className="utrecht-status-badge utrecht-status-badge--warning kv-status">{t('vt.status.new')}</span>
                    )}
                  </Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
      </Loaded>
    </Page>
  );
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="utrecht-data-list__item">
      <dt className="utrecht-data-list__item-key">{label}</dt>
      <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{children}</dd>
    </div>
  );
}

export function MeldingPage({ id }: { id: string }) {
  const t = useT();
  const melding = useResource(
    () => (UUID.test(id) ? get<VtMelding>(`/veilig-thuis/meldingen/${id}`) : Promise.reject(new ApiError(404, 'not-found', 'Deze melding bestaat niet.'))),
    [id],
  );
  const title = melding.data ? t('vt.detail.title', { name: melding.data.payload.kind.naam }) : t('vt.detail.titleShort');
  return (
    <Page title={title}>
      <Paragraph><Link href="/veilig-thuis/meldingen">{t('vt.detail.back')}</Link></Paragraph>
      <Loaded resource={melding}>{(m) => <MeldingDetail melding={m} onUpdated={melding.setData} />}</Loaded>
    </Page>
  );
}

function MeldingDetail({ melding, onUpdated }: { melding: VtMelding; onUpdated: (m: VtMelding) => void }) {
  const t = useT();
  const tDynamic = useTDynamic();
  const { lang } = useLang();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const { kind, melder, stappen } = melding.payload;

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      onUpdated(await post<VtMelding>(`/veilig-thuis/meldingen/${melding.id}/ontvangst`));
      setConfirmed(true);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Paragraph>{t('vt.detail.meta', { date: formatDateTime(melding.createdAt, lang), organisation: melding.fromOrganisation })}</Paragraph>
      <MeldingZaakLink meldingId={melding.id} />

      <Section id="melding-receipt" title={t('vt.detail.receipt')}>
        {melding.receivedAt ? (
          <Alert type="ok" live={confirmed ? 'status' : undefined}>
            {confirmed && <p className="utrecht-paragraph">{t('vt.detail.confirmedNow')}</p>}
            <p className="utrecht-paragraph">{t('vt.detail.confirmed', { date: formatDateTime(melding.receivedAt, lang), name: melding.receivedBy ?? '' })}</p>
          </Alert>
        ) : (
          <>
            <Paragraph>{t('vt.detail.confirmHelp')}</Paragraph>
            {error && <Alert type="error">{error}</Alert>}
            <ButtonGroup>
              <Button appearance="primary" busy={busy} disabled={busy} onClick={() => void confirm()}>{t('vt.detail.confirm')}</Button>
            </ButtonGroup>
          </>
        )}
      </Section>

      <Section id="melding-child" title={t('vt.detail.child')}>
        <dl className="utrecht-data-list kv-data-list">
          <Item label={t('vt.detail.childName')}>{kind.naam}</Item>
          <Item label={t('vt.detail.bsn')}>{kind.bsn}</Item>
          <Item label={t('vt.detail.dateOfBirth')}>{formatDate(kind.geboortedatum, lang)}</Item>
          <Item label={t('vt.detail.address')}>{kind.adres || '—'}</Item>
        </dl>
      </Section>

      <Section id="melding-reporter" title={t('vt.detail.reporter')}>
        <dl className="utrecht-data-list kv-data-list">
          <Item label={t('vt.detail.reporterName')}>{melder.naam}</Item>
          <Item label={t('vt.detail.organisation')}>{melder.organisatie}</Item>
          <Item label={t('vt.detail.sector')}>{tDynamic(`sector.${melder.sector}`, melder.sector)}</Item>
          <Item label={t('vt.detail.phone')}>{melder.telefoon ? <ExternalLink href={`tel:${melder.telefoon.replace(/[^\d+]/g, '')}`} telephone>{melder.telefoon}</ExternalLink> : '—'}</Item>
          <Item label={t('vt.detail.email')}>{melder.email ? <ExternalLink href={`mailto:${melder.email}`}>{melder.email}</ExternalLink> : '—'}</Item>
        </dl>
      </Section>

      <Section id="melding-steps" title={t('vt.detail.steps')}>
        <Paragraph small>{t('vt.detail.stepsIntro')}</Paragraph>
        <ol className="kv-records" aria-label={t('vt.detail.steps')}>
          {stappen.map((s, i) => (
            <li className="kv-record" key={`${s.vastgelegdOp}-${i}`}>
              <article aria-labelledby={`stap-${i}`}>
                <h3 className="utrecht-heading-3 kv-record__title" id={`stap-${i}`}>
                  {s.soort === 'pauze' || s.soort === 'hervatting' ? '' : `${t('meldcode.step', { step: s.stap })}: `}
                  {s.soort in KIND_KEYS ? t(KIND_KEYS[s.soort]) : s.soort}
                </h3>
                <p className="utrecht-paragraph utrecht-paragraph--small kv-record__meta">
                  {t('meldcode.recordMeta', { date: formatDateTime(s.vastgelegdOp, lang), author: s.door })}
                </p>
                <RecordData kind={s.soort} data={s.gegevens} />
              </article>
            </li>
          ))}
        </ol>
      </Section>
    </>
  );
}

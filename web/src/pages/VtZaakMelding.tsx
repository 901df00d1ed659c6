// The report (or advice) of a case: the worry, the reporter with the anonymity notice, the link to
// the Meldcode report, converting an advice into a report (ambtshalve) and closing an advice; the
// persons involved with the form to add one; and the radar of earlier involvement.
import { useState, type FormEvent } from 'react';
import { get, post } from '../api.ts';
import { useLang, useT } from '../i18n/index.tsx';
import { useResource } from '../useResource.ts';
import { formatDate, formatDateTime } from '../format.ts';
import type { Radar, VtZaak, VtZaakSummary } from '../vt.ts';
import { Loaded } from '../components/Page.tsx';
import { Paragraph, Section } from '../components/Typography.tsx';
import { Table, TBody, Td, Th, THead, Tr } from '../components/Table.tsx';
import { Button, ButtonGroup } from '../components/Button.tsx';
import { Alert } from '../components/Alert.tsx';
import { ExternalLink, Link } from '../components/Link.tsx';
import { DataItem, DataList, useSubmit } from './KetenShared.tsx';
import { Disclosure, ReasonForm, useLabel, useRefusal, useZaak } from './VtShared.tsx';
import { BetrokkeneFields, betrokkeneBody, betrokkeneProblems, emptyBetrokkene } from './VtIntakePage.tsx';

export function MeldingSection() {
  const t = useT();
  const { lang } = useLang();
  const { zaak: z } = useZaak();
  const m = z.melder;
  return (
    <Section id="zaak-melding" title={t(z.soort === 'advies' ? 'vtz.melding.titleAdvies' : 'vtz.melding.titleMelding')}>
      {z.anonimiteitToegezegd && (
        <Alert type="warning">
          <p className="utrecht-paragraph kv-protected">{t('vtz.melding.anonymous')}</p>
          <p className="utrecht-paragraph">{t('vtz.melding.anonymousHelp')}</p>
        </Alert>
      )}
      <DataList>
        <DataItem label={t('vtz.melding.zorg')} prewrap>{z.zorg}</DataItem>
        {z.anoniemAdvies || !m ? (
          <DataItem label={t('vtz.melding.melder')}>{t('vtz.melding.anoniemAdvies')}</DataItem>
        ) : (
          <>
            <DataItem label={t('vtz.melder.naam')}>{m.naam}</DataItem>
            <DataItem label={t('vtz.melder.relatie')}>{m.relatie}</DataItem>
            <DataItem label={t('vtz.melder.organisatie')}>{m.organisatie || '—'}</DataItem>
            <DataItem label={t('vtz.melder.telefoon')}>{m.telefoon ? <ExternalLink href={`tel:${m.telefoon.replace(/[^\d+]/g, '')}`} telephone>{m.telefoon}</ExternalLink> : '—'}</DataItem>
            <DataItem label={t('vtz.melder.email')}>{m.email ? <ExternalLink href={`mailto:${m.email}`}>{m.email}</ExternalLink> : '—'}</DataItem>
            <DataItem label={t('vtz.melding.inKindveilig')}>{t(z.melderInKindveilig ? 'common.yes' : 'common.no')}</DataItem>
          </>
        )}
        <DataItem label={t('vtz.intake.terugkoppeling')}>{t(z.terugkoppelingGewenst ? 'common.yes' : 'common.no')}</DataItem>
        {z.ambtshalve && (
          <DataItem label={t('vtz.melding.ambtshalve')} prewrap>
            {z.ambtshalve.reden}{'\n'}
            <span className="kv-muted">{t('vtz.byOn', { name: z.ambtshalve.door ?? '—', date: formatDateTime(z.ambtshalve.at, lang) })}</span>
          </DataItem>
        )}
      </DataList>
      {z.vtMeldingId && (
        <Paragraph><Link href={`/veilig-thuis/meldingen/${z.vtMeldingId}`}>{t('vtz.melding.meldcodeLink')}</Link></Paragraph>
      )}
      {z.soort === 'advies' && z.status === 'advies' && (
        <Disclosure summary={t('vtz.melding.ambtshalveTitle')}>
          <ReasonForm
            label={t('vtz.melding.ambtshalveReden')}
            description={t('vtz.melding.ambtshalveHelp')}
            field="reden"
            submitLabel={t('vtz.melding.ambtshalveSubmit')}
            send={(reden) => post<VtZaak>(`/vt-zaken/${z.id}/ambtshalve-melding`, { reden })}
            done={t('vtz.melding.ambtshalveDone')}
          />
        </Disclosure>
      )}
      {z.status === 'advies' && <CloseForm />}
    </Section>
  );
}

/** Closing an advice, or monitoring once the situation is stably safe. */
export function CloseForm() {
  const t = useT();
  const { zaak: z } = useZaak();
  const advies = z.status === 'advies';
  return (
    <Disclosure summary={t(advies ? 'vtz.close.titleAdvies' : 'vtz.close.titleMonitoring')}>
      <ReasonForm
        label={t('vtz.close.reden')}
        description={t(advies ? 'vtz.close.helpAdvies' : 'vtz.close.helpMonitoring')}
        field="reden"
        submitLabel={t('vtz.close.submit')}
        formLabel={t(advies ? 'vtz.close.titleAdvies' : 'vtz.close.titleMonitoring')}
        send={(reden) => post<VtZaak>(`/vt-zaken/${z.id}/afsluiting`, { reden })}
        done={t('vtz.close.done')}
      />
    </Disclosure>
  );
}

const ADD_STATUSES = ['advies', 'veiligheidsbeoordeling', 'vb_ter_goedkeuring', 'onderzoek'];

export function BetrokkenenSection() {
  const t = useT();
  const label = useLabel();
  const { lang } = useLang();
  const { zaak: z } = useZaak();
  return (
    <Section id="zaak-betrokkenen" title={t('vtz.betrokkenen.title')}>
      {z.betrokkenen.length === 0 ? <Paragraph>{t('vtz.betrokkenen.none')}</Paragraph> : (
        <Table caption={t('vtz.betrokkenen.title')} captionHidden>
          <THead>
            <Tr>
              <Th>{t('vtz.betrokkene.naam')}</Th>
              <Th>{t('vtz.betrokkene.rol')}</Th>
              <Th>{t('vtz.betrokkene.bsn')}</Th>
              <Th>{t('vtz.betrokkenen.geboortedatum')}</Th>
              <Th>{t('vtz.betrokkene.toelichting')}</Th>
            </Tr>
          </THead>
          <TBody>
            {z.betrokkenen.map((b) => (
              <Tr key={b.id}>
                <Th scope="row">{b.naam}</Th>
                <Td>{label('rol', b.rol)}</Td>
                <Td>{b.bsn ?? '—'}</Td>
                <Td>{b.geboortedatum ? formatDate(b.geboortedatum, lang) : '—'}</Td>
                <Td>{b.toelichting ?? '—'}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      {ADD_STATUSES.includes(z.status) && (
        <Disclosure summary={t('vtz.betrokkenen.add')}>
          <AddBetrokkene />
        </Disclosure>
      )}
    </Section>
  );
}

function AddBetrokkene() {
  const t = useT();
  const refusal = useRefusal();
  const { zaak: z, update } = useZaak();
  const [value, setValue] = useState(emptyBetrokkene());
  const { form, errors, formError, busy, submit } = useSubmit();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit(betrokkeneProblems(value, '', t), async () => {
      const zaak = await post<VtZaak>(`/vt-zaken/${z.id}/betrokkenen`, betrokkeneBody(value));
      setValue(emptyBetrokkene());
      update(zaak, t('vtz.betrokkenen.added'));
    }, (err) => refusal(err, { bsn: 'bsn', naam: 'naam', rol: 'rol', toelichting: 'toelichting' }));
  };
  return (
    <form ref={form} onSubmit={onSubmit} noValidate className="kv-form" aria-label={t('vtz.betrokkenen.add')}>
      <BetrokkeneFields value={value} onChange={setValue} errors={errors} prefix="" />
      {formError && <Alert type="error">{formError}</Alert>}
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={busy} disabled={busy}>{t('vtz.betrokkenen.addSubmit')}</Button>
      </ButtonGroup>
    </form>
  );
}

export function RadarSection() {
  const t = useT();
  const label = useLabel();
  const { lang } = useLang();
  const { zaak: z } = useZaak();
  const radar = useResource(() => get<Radar>(`/vt-zaken/${z.id}/radar`), [z.id]);
  return (
    <Section id="zaak-radar" title={t('vtz.radar.title')}>
      <Paragraph small>{t('vtz.radar.intro')}</Paragraph>
      <Loaded resource={radar}>
        {(r) => (
          <>
            {r.huishouden.length > 0 && <Paragraph>{t('vtz.radar.huishouden', { names: r.huishouden.join(', ') })}</Paragraph>}
            {r.items.length === 0 ? <Paragraph>{t('vtz.radar.none')}</Paragraph> : (
              <Table caption={t('vtz.radar.caption')}>
                <THead>
                  <Tr>
                    <Th>{t('vtz.radar.datum')}</Th>
                    <Th>{t('vtz.radar.soort')}</Th>
                    <Th>{t('vtz.radar.organisatie')}</Th>
                    <Th>{t('vtz.radar.wie')}</Th>
                    <Th>{t('vtz.radar.verloop')}</Th>
                  </Tr>
                </THead>
                <TBody>
                  {r.items.map((i, n) => (
                    <Tr key={`${i.soort}-${i.datum}-${n}`}>
                      <Td><time dateTime={i.datum}>{formatDateTime(i.datum, lang)}</time></Td>
                      <Th scope="row">{label('radar', i.soort)}</Th>
                      <Td>{i.organisatie}</Td>
                      <Td>{i.wie.join(', ') || '—'}</Td>
                      <Td>
                        {i.zaakId && <Link href={`/veilig-thuis/zaken/${i.zaakId}`}>{t('vtz.zaakNummer', { nummer: i.nummer ?? '' })}</Link>}
                        {i.zaakId && (i.status || i.uitkomst) && ': '}
                        {[i.status && label('status', i.status), i.uitkomst && label('uitkomst', i.uitkomst)].filter(Boolean).join(', ')}
                        {!i.zaakId && !i.status && '—'}
                        {i.samenvatting && <><br /><span className="kv-muted">{i.samenvatting}</span></>}
                      </Td>
                    </Tr>
                  ))}
                </TBody>
              </Table>
            )}
          </>
        )}
      </Loaded>
    </Section>
  );
}

/** From a Meldcode report in Veilig Thuis' inbox to the case it opened. */
export function MeldingZaakLink({ meldingId }: { meldingId: string }) {
  const t = useT();
  const found = useResource(async () => {
    const { items } = await get<{ items: VtZaakSummary[] }>('/vt-zaken?lijst=alle');
    return items.find((z) => z.vtMeldingId === meldingId) ?? null;
  }, [meldingId]);
  if (!found.data) return null;
  return (
    <Paragraph>
      <Link href={`/veilig-thuis/zaken/${found.data.id}`}>{t('vtz.melding.toZaak', { nummer: found.data.nummer })}</Link>
    </Paragraph>
  );
}

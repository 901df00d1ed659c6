// The Veilig Thuis team page: the work lists (queue, my cases, overdue, waiting for handover, all
// open, all), the intake button, and for the team leader the caseload and the KPIs.
import { useState, type FormEvent } from 'react';
import { get } from '../api.ts';
import { useErrorText, useLang, useT, useTDynamic } from '../i18n/index.tsx';
import { useSessionView } from '../session.tsx';
import { useResource } from '../useResource.ts';
import { formatDate, formatDateTime, today } from '../format.ts';
import { VT_LISTS, type CaseloadRow, type Kpis, type Share, type VtList, type VtZaakSummary } from '../vt.ts';
import { Loaded, Page } from '../components/Page.tsx';
import { Paragraph, Section } from '../components/Typography.tsx';
import { Table, TBody, Td, Th, THead, Tr } from '../components/Table.tsx';
import { Button, ButtonGroup } from '../components/Button.tsx';
import { Alert } from '../components/Alert.tsx';
import { TextField } from '../components/FormField.tsx';
import { ButtonLink, Link } from '../components/Link.tsx';
import { AcuutBadge, StatusBadge, TeLaatBadge, useLabel } from './VtShared.tsx';
import { useFocusFirstInvalid } from './KetenShared.tsx';
import '../vt.css';

export function VtTeamPage() {
  const t = useT();
  const { user } = useSessionView();
  return (
    <Page title={t('vtz.team.title')}>
      <Paragraph lead>{t('vtz.team.intro')}</Paragraph>
      <ButtonGroup>
        <ButtonLink href="/veilig-thuis/nieuw" appearance="primary">{t('vtz.team.new')}</ButtonLink>
        <Link href="/veilig-thuis/meldingen">{t('vtz.team.inbox')}</Link>
      </ButtonGroup>
      <WorkLists />
      {user.role === 'teamleider' && (
        <>
          <Caseload />
          <KpiSection />
        </>
      )}
    </Page>
  );
}

function WorkLists() {
  const t = useT();
  const label = useLabel();
  const [list, setList] = useState<VtList>('open');
  const zaken = useResource(() => get<{ items: VtZaakSummary[] }>(`/vt-zaken?lijst=${list}`), [list]);
  return (
    <Section id="vt-lijsten" title={t('vtz.team.lists')}>
      <div className="kv-list-tabs" role="group" aria-label={t('vtz.team.listsLabel')}>
        {VT_LISTS.map((l) => (
          <Button key={l} appearance={l === list ? 'primary' : 'secondary'} aria-pressed={l === list} onClick={() => setList(l)}>
            {label('lijst', l)}
          </Button>
        ))}
      </div>
      <Loaded resource={zaken}>
        {(data) => (zaken.loading ? <div role="status"><Paragraph>{t('common.loading')}</Paragraph></div>
          : data.items.length === 0 ? <Paragraph>{t('vtz.team.none')}</Paragraph>
          : <ZaakTable items={data.items} caption={t('vtz.team.caption', { list: label('lijst', list) })} />)}
      </Loaded>
    </Section>
  );
}

const VB_OPEN: string[] = ['veiligheidsbeoordeling', 'vb_ter_goedkeuring'];
const INVESTIGATING: string[] = ['onderzoek', 'besluit_ter_goedkeuring'];

function ZaakTable({ items, caption }: { items: VtZaakSummary[]; caption: string }) {
  const t = useT();
  const label = useLabel();
  const { lang } = useLang();
  return (
    <Table caption={caption}>
      <THead>
        <Tr>
          <Th>{t('vtz.col.nummer')}</Th>
          <Th>{t('vtz.col.kinderen')}</Th>
          <Th>{t('vtz.col.soort')}</Th>
          <Th>{t('vtz.col.status')}</Th>
          <Th>{t('vtz.col.ontvangen')}</Th>
          <Th>{t('vtz.col.deadline')}</Th>
          <Th>{t('vtz.col.behandelaar')}</Th>
        </Tr>
      </THead>
      <TBody>
        {items.map((z) => (
          <Tr key={z.id}>
            <Th scope="row">
              <Link href={`/veilig-thuis/zaken/${z.id}`}>{t('vtz.zaakNummer', { nummer: z.nummer })}</Link>
              {z.acuutOpen && <> <AcuutBadge /></>}
            </Th>
            <Td>{z.kinderen.length ? z.kinderen.join(', ') : '—'}</Td>
            <Td>{label('soort', z.soort)}</Td>
            <Td><StatusBadge status={z.status} /></Td>
            <Td>{formatDateTime(z.ontvangenAt, lang)}</Td>
            <Td>
              {/* The clock that runs now: the safety assessment's deadline, or the investigation's target date. */}
              {VB_OPEN.includes(z.status) && z.deadline ? formatDate(z.deadline, lang)
                : INVESTIGATING.includes(z.status) && z.onderzoekStreefdatum ? t('vtz.col.streefdatum', { date: formatDate(z.onderzoekStreefdatum, lang) }) : '—'}
              {(z.veiligheidsbeoordelingTeLaat || z.onderzoekTeLaat) && <> <TeLaatBadge /></>}
            </Td>
            <Td>{z.behandelaar?.naam ?? t('vtz.col.nobody')}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}

function Caseload() {
  const t = useT();
  const tDynamic = useTDynamic();
  const load = useResource(() => get<{ items: CaseloadRow[] }>('/vt-caseload'), []);
  return (
    <Section id="vt-caseload" title={t('vtz.caseload.title')}>
      <Loaded resource={load}>
        {(data) => (
          <Table caption={t('vtz.caseload.title')} captionHidden>
            <THead>
              <Tr>
                <Th>{t('vtz.caseload.naam')}</Th>
                <Th>{t('vtz.caseload.rol')}</Th>
                <Th numeric>{t('vtz.caseload.open')}</Th>
                <Th numeric>{t('vtz.caseload.onderzoeken')}</Th>
                <Th numeric>{t('vtz.caseload.teLaat')}</Th>
              </Tr>
            </THead>
            <TBody>
              {data.items.map((r) => (
                <Tr key={r.userId}>
                  <Th scope="row">{r.naam}</Th>
                  <Td>{tDynamic(`role.${r.rol}`, r.rol)}</Td>
                  <Td numeric>{r.open}</Td>
                  <Td numeric>{r.onderzoeken}</Td>
                  <Td numeric>{r.teLaat}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
      </Loaded>
    </Section>
  );
}

function ShareText({ share }: { share: Share }) {
  const t = useT();
  const { lang } = useLang();
  if (share.totaal === null || (share.binnenTermijn === null && share.totaal > 0)) return <>{t('vtz.kpi.suppressed')}</>;
  if (share.aandeel === null) return <>{t('vtz.kpi.noneInPeriod')}</>;
  return (
    <>
      <span className="kv-kpi">{t('vtz.kpi.percent', { pct: new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB').format(share.aandeel) })}</span>{' '}
      {t('vtz.kpi.ofTotal', { within: share.binnenTermijn ?? 0, total: share.totaal })}
    </>
  );
}

function KpiSection() {
  const t = useT();
  const { lang } = useLang();
  const errorText = useErrorText();
  const year = today().slice(0, 4);
  const [period, setPeriod] = useState({ van: `${year}-01-01`, tot: `${year}-12-31` });
  const [draft, setDraft] = useState(period);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [form, focusFirstError] = useFocusFirstInvalid();
  const kpis = useResource(() => get<Kpis>(`/vt-kpis?van=${period.van}&tot=${period.tot}`), [period.van, period.tot]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const e: Record<string, string> = {};
    if (!draft.van) e.van = t('vtz.required');
    if (!draft.tot) e.tot = t('vtz.required');
    else if (draft.van && draft.tot < draft.van) e.tot = t('vtz.kpi.periodInvalid');
    setErrors(e);
    if (Object.keys(e).length) focusFirstError();
    else setPeriod(draft);
  };

  return (
    <Section id="vt-kpis" title={t('vtz.kpi.title')}>
      <Paragraph>{t('vtz.kpi.intro')}</Paragraph>
      <form ref={form} onSubmit={submit} noValidate className="kv-form kv-form--narrow" aria-label={t('vtz.kpi.period')}>
        <TextField label={t('vtz.kpi.van')} name="van" type="date" required value={draft.van} onValue={(van) => setDraft((d) => ({ ...d, van }))} error={errors.van} className="kv-input--date" />
        <TextField label={t('vtz.kpi.tot')} name="tot" type="date" required value={draft.tot} onValue={(tot) => setDraft((d) => ({ ...d, tot }))} error={errors.tot} className="kv-input--date" />
        <ButtonGroup>
          <Button type="submit">{t('vtz.kpi.show')}</Button>
        </ButtonGroup>
      </form>
      {kpis.error ? <Alert type="error">{errorText(kpis.error)}</Alert> : (
        <Loaded resource={kpis}>
          {(data) => (
            <Table caption={t('vtz.kpi.caption', { van: formatDate(period.van, lang), tot: formatDate(period.tot, lang) })}>
              <THead>
                <Tr>
                  <Th>{t('vtz.kpi.team')}</Th>
                  <Th numeric>{t('vtz.kpi.meldingen')}</Th>
                  <Th numeric>{t('vtz.kpi.adviezen')}</Th>
                  <Th>{t('vtz.kpi.vb', { norm: data.normen.veiligheidsbeoordelingWerkdagen })}</Th>
                  <Th>{t('vtz.kpi.onderzoek', { norm: data.normen.onderzoekWeken })}</Th>
                </Tr>
              </THead>
              <TBody>
                {data.teams.map((team) => (
                  <Tr key={team.organisationId}>
                    <Th scope="row">{team.team}</Th>
                    <Td numeric>{team.meldingen ?? '—'}</Td>
                    <Td numeric>{team.adviezen ?? '—'}</Td>
                    <Td><ShareText share={team.veiligheidsbeoordelingen} /></Td>
                    <Td><ShareText share={team.onderzoeken} /></Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          )}
        </Loaded>
      )}
    </Section>
  );
}

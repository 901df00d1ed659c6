// One Veilig Thuis case, from intake to monitoring. The sections follow the case's course and
// each shows only when it applies to the status: header (deadline, acute, assignment), the report,
// the persons involved, the radar, the safety assessment, the investigation, the decision, the
// handover and monitoring, and the feedback to the reporter. Every write answers with the fresh
// case, which replaces the page's copy; a confirmation is announced and takes the focus.
import { useCallback, useState } from 'react';
import { ApiError, get } from '../api.ts';
import { useT } from '../i18n/index.tsx';
import { useSessionView } from '../session.tsx';
import { useResource } from '../useResource.ts';
import { UUID } from '../keten.ts';
import type { CaseloadRow, Referentie, VtZaak } from '../vt.ts';
import { Loaded, Page } from '../components/Page.tsx';
import { Paragraph } from '../components/Typography.tsx';
import { Alert } from '../components/Alert.tsx';
import { Link } from '../components/Link.tsx';
import { useFocusResult } from './KetenShared.tsx';
import { ZaakProvider, type ZaakContextValue } from './VtShared.tsx';
import { ZaakHeader } from './VtZaakHeader.tsx';
import { BetrokkenenSection, MeldingSection, RadarSection } from './VtZaakMelding.tsx';
import { VeiligheidSection } from './VtVeiligheid.tsx';
import { OnderzoekSection } from './VtOnderzoek.tsx';
import { BesluitSection } from './VtBesluit.tsx';
import { FeedbackSection, MonitoringSection, OverdrachtenSection } from './VtVervolg.tsx';
import '../vt.css';

interface CaseData {
  zaak: VtZaak;
  referentie: Referentie;
  team: CaseloadRow[];
}

export function VtZaakPage({ id }: { id: string }) {
  const t = useT();
  const { user } = useSessionView();
  const data = useResource<CaseData>(async () => {
    if (!UUID.test(id)) throw new ApiError(404, 'not-found', 'Deze zaak bestaat niet.');
    const [zaak, referentie, team] = await Promise.all([
      get<VtZaak>(`/vt-zaken/${id}`),
      get<Referentie>('/vt-referentie'),
      user.role === 'teamleider' ? get<{ items: CaseloadRow[] }>('/vt-caseload').then((r) => r.items) : Promise.resolve([]),
    ]);
    return { zaak, referentie, team };
  }, [id]);
  const z = data.data?.zaak;
  const children = z?.betrokkenen.filter((b) => b.rol === 'kind').map((b) => b.naam) ?? [];
  const title = !z ? t('vtz.zaak.titleShort')
    : children.length ? t('vtz.zaak.title', { nummer: z.nummer, kinderen: children.join(', ') }) : t('vtz.zaak.titleNoChild', { nummer: z.nummer });
  return (
    <Page title={title}>
      <Paragraph><Link href="/veilig-thuis">{t('vtz.backToTeam')}</Link></Paragraph>
      <Loaded resource={data}>{(d) => <ZaakView loaded={d} onUpdated={(zaak) => data.setData({ ...d, zaak })} />}</Loaded>
    </Page>
  );
}

function ZaakView({ loaded, onUpdated }: { loaded: CaseData; onUpdated: (zaak: VtZaak) => void }) {
  const { user } = useSessionView();
  const [notice, setNotice] = useState<string | null>(null);
  const [noticeRef, focusNotice] = useFocusResult<HTMLDivElement>();
  const update = useCallback((zaak: VtZaak, message: string) => {
    onUpdated(zaak);
    setNotice(message);
    focusNotice();
  }, [onUpdated, focusNotice]);
  const value: ZaakContextValue = { zaak: loaded.zaak, referentie: loaded.referentie, team: loaded.team, user, update };
  const z = loaded.zaak;
  return (
    <ZaakProvider value={value}>
      <div ref={noticeRef} tabIndex={-1} className="kv-notice">
        {notice && <Alert type="ok">{notice}</Alert>}
      </div>
      <ZaakHeader />
      <MeldingSection />
      <BetrokkenenSection />
      {/* The radar asks again when persons are added. */}
      <RadarSection key={z.betrokkenen.map((b) => b.id).join()} />
      {(z.status === 'veiligheidsbeoordeling' || z.veiligheidsbeoordelingen.length > 0) && <VeiligheidSection />}
      {z.onderzoek && <OnderzoekSection />}
      {(z.status === 'onderzoek' || z.besluiten.length > 0) && <BesluitSection />}
      {z.overdrachten.length > 0 && <OverdrachtenSection />}
      {(z.status === 'overdracht' || z.status === 'monitoring' || z.monitoring.length > 0) && <MonitoringSection />}
      {(z.melder && (z.terugkoppelingGewenst || z.terugkoppelingen.length > 0)) && <FeedbackSection />}
    </ZaakProvider>
  );
}

// The Meldcode section of the dossier page and the timeline link to a trajectory.
import { useState } from 'react';
import { ApiError, get, post } from '../../api.ts';
import { useErrorText, useLang, useT } from '../../i18n/index.tsx';
import { useResource } from '../../useResource.ts';
import { formatDate, formatDateTime } from '../../format.ts';
import { navigate } from '../../router.tsx';
import type { Dossier, TimelineEntry } from '../../types.ts';
import { RUNNING_STATUSES, type Traject } from '../../meldcode.ts';
import { Loaded } from '../../components/Page.tsx';
import { Paragraph, Section, VisuallyHidden } from '../../components/Typography.tsx';
import { Button, ButtonGroup } from '../../components/Button.tsx';
import { Alert } from '../../components/Alert.tsx';
import { ButtonLink, Link } from '../../components/Link.tsx';
import '../../meldcode.css';
import { STATUS_KEYS } from './common.tsx';

// ---------------------------------------------------------------------------------------------
// The Meldcode section of the dossier page

/** The trajectories of a dossier, found through its timeline (the entries of kind meldcode-* carry the trajectory id). */
export function trajectIdsOf(dossier: Dossier): string[] {
  const ids: string[] = [];
  for (const e of dossier.timeline) {
    if (e.recordType === 'meldcode' && e.recordId && !ids.includes(e.recordId)) ids.push(e.recordId);
  }
  return ids;
}

export function DossierMeldcode({ dossier, member }: { dossier: Dossier; member: boolean }) {
  const t = useT();
  const { lang } = useLang();
  const errorText = useErrorText();
  const ids = trajectIdsOf(dossier);
  const trajecten = useResource(() => Promise.all(ids.map((id) => get<Traject>(`/meldcode-trajecten/${id}`))), [ids.join(',')]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const open = dossier.status === 'open';

  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      const traject = await post<Traject>('/meldcode-trajecten', { dossierId: dossier.id });
      navigate(`/meldcode/${traject.id}`);
    } catch (e) {
      setBusy(false);
      if (e instanceof ApiError && e.code === 'traject-running' && typeof e.problem.trajectId === 'string') {
        navigate(`/meldcode/${e.problem.trajectId}`);
        return;
      }
      setError(errorText(e));
    }
  };

  return (
    <Section id="dossier-meldcode" title={t('dossier.meldcode.title')}>
      <Paragraph>{t('dossier.meldcode.intro')}</Paragraph>
      <Loaded resource={trajecten}>
        {(list) => {
          const running = list.find((tr) => RUNNING_STATUSES.includes(tr.status));
          const earlier = list.filter((tr) => tr !== running).sort((a, b) => b.startedAt.localeCompare(a.startedAt));
          return (
            <>
              {running && (
                <>
                  <Paragraph>{t('dossier.meldcode.running', { date: formatDate(running.startedAt, lang), status: t(STATUS_KEYS[running.status]).toLowerCase() })}</Paragraph>
                  <Paragraph>
                    <ButtonLink href={`/meldcode/${running.id}`} appearance="primary">{t('dossier.meldcode.open')}</ButtonLink>
                  </Paragraph>
                </>
              )}
              {!running && open && member && (
                <>
                  {error && <Alert type="error">{error}</Alert>}
                  <ButtonGroup>
                    <Button appearance="primary" busy={busy} disabled={busy} onClick={() => void start()}>{t('dossier.meldcode.start')}</Button>
                  </ButtonGroup>
                </>
              )}
              {!running && open && !member && <Paragraph>{t('dossier.meldcode.joinFirst')}</Paragraph>}
              {list.length === 0 && <Paragraph>{t('dossier.meldcode.none')}</Paragraph>}
              {earlier.length > 0 && (
                <>
                  <h3 className="utrecht-heading-3 kv-meldcode-earlier" id="dossier-meldcode-earlier">{t('dossier.meldcode.earlier')}</h3>
                  <ul className="utrecht-unordered-list" aria-labelledby="dossier-meldcode-earlier">
                    {earlier.map((tr) => (
                      <li className="utrecht-unordered-list__item" key={tr.id}>
                        <Link href={`/meldcode/${tr.id}`}>{t('dossier.meldcode.earlierItem', { date: formatDate(tr.startedAt, lang) })}</Link>
                        {' – '}{t(STATUS_KEYS[tr.status])}
                        {tr.meldingen.filter((m) => m.receivedAt).slice(-1).map((m) => (
                          <span key={m.id}>; {t('dossier.meldcode.received', { date: formatDate(m.receivedAt, lang) })}</span>
                        ))}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </>
          );
        }}
      </Loaded>
    </Section>
  );
}

/** In the dossier's timeline: a link from a Meldcode entry (and Veilig Thuis' receipt) to its trajectory. */
export function MeldcodeTimelineLink({ entry }: { entry: TimelineEntry }) {
  const t = useT();
  const { lang } = useLang();
  if (entry.recordType !== 'meldcode' || !entry.recordId) return null;
  return (
    <p className="utrecht-paragraph">
      <Link href={`/meldcode/${entry.recordId}`}>
        {t('dossier.timeline.viewTraject')}<VisuallyHidden> ({formatDateTime(entry.at, lang)})</VisuallyHidden>
      </Link>
    </p>
  );
}

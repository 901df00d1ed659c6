// Pieces the chain pages share: a page under a dossier (loads it, links back, checks that the
// user may write in it), focus on the first error after a failed submit, and small data lists.
import { useCallback, useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useT } from '../i18n/index.tsx';
import { useSessionView } from '../session.tsx';
import { useResource } from '../useResource.ts';
import { focusFirstInvalid } from '../format.ts';
import type { Dossier } from '../types.ts';
import { Loaded, Page } from '../components/Page.tsx';
import { Paragraph } from '../components/Typography.tsx';
import { Alert } from '../components/Alert.tsx';
import { Link } from '../components/Link.tsx';
import { getUnderDossier } from './DossierPage.tsx';
import '../keten.css';

/**
 * A page for one dossier (e.g. "Gesprek vastleggen: Daan Bakker"): the h1, a link back, and the
 * content once the dossier is loaded. Writing needs an open dossier the user is involved in.
 */
export function DossierSubPage({ id, title, titleShort, children }: {
  id: string;
  title: (childName: string) => string;
  titleShort: string;
  children: (dossier: Dossier) => ReactNode;
}) {
  const t = useT();
  const dossier = useResource(() => getUnderDossier<Dossier>(id), [id]);
  return (
    <Page title={dossier.data ? title(dossier.data.child.fullName) : titleShort}>
      <Paragraph><Link href={`/dossiers/${encodeURIComponent(id)}`}>{t('screening.back')}</Link></Paragraph>
      <Loaded resource={dossier}>{(d) => <WritableDossier dossier={d}>{children}</WritableDossier>}</Loaded>
    </Page>
  );
}

function WritableDossier({ dossier, children }: { dossier: Dossier; children: (dossier: Dossier) => ReactNode }) {
  const t = useT();
  const { user } = useSessionView();
  if (dossier.status !== 'open') return <Alert type="warning">{t('dossier.closed')}</Alert>;
  if (!dossier.members.some((m) => m.userId === user.id)) return <Alert type="warning">{t('keten.joinFirst')}</Alert>;
  return <>{children(dossier)}</>;
}

/**
 * Focus on the first invalid field once the errors are on screen: call the returned function
 * after setting the errors of a failed submit.
 */
export function useFocusFirstInvalid(): [RefObject<HTMLFormElement | null>, () => void] {
  const form = useRef<HTMLFormElement>(null);
  const [request, setRequest] = useState(0);
  useEffect(() => {
    if (request) focusFirstInvalid(form.current);
  }, [request]);
  const focus = useCallback(() => setRequest((n) => n + 1), []);
  return [form, focus];
}

/** Focus on a result (a confirmation) once it is rendered. */
export function useFocusResult<T extends HTMLElement>(): [RefObject<T | null>, () => void] {
  const ref = useRef<T>(null);
  const [request, setRequest] = useState(0);
  useEffect(() => {
    if (request) ref.current?.focus();
  }, [request]);
  const focus = useCallback(() => setRequest((n) => n + 1), []);
  return [ref, focus];
}

export function DataList({ children }: { children: ReactNode }) {
  return <dl className="utrecht-data-list kv-data-list">{children}</dl>;
}

export function DataItem({ label, children, prewrap }: { label: string; children: ReactNode; prewrap?: boolean }) {
  return (
    <div className="utrecht-data-list__item">
      <dt className="utrecht-data-list__item-key">{label}</dt>
      <dd className={`utrecht-data-list__item-value utrecht-data-list__item-value--html-dd${prewrap ? ' kv-prewrap' : ''}`}>{children}</dd>
    </div>
  );
}

/** The status of an acknowledgement: "Ontvangst bevestigd" or "Wacht op bevestiging". */
export function AckBadge({ acknowledged }: { acknowledged: boolean }) {
  const t = useT();
  return (
    <span className={`utrecht-status-badge utrecht-status-badge--${acknowledged ? 'active' : 'warning'} kv-status`}>
      {t(acknowledged ? 'keten.ack.done' : 'keten.ack.waiting')}
    </span>
  );
}

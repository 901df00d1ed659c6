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
import { getUnderDossier } from '../api.ts';
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

/** Errors at the fields and the message above the form (none: `null`). */
export type Refusal = [fieldErrors: Record<string, string>, message: string | null];

/**
 * The course of a form's submit: the form's own errors (`checked`) are shown, or, when there are
 * none, `send` runs while the form is busy; an error it throws goes through `refused`. Either
 * way the first invalid field gets the focus. A text `send` returns is the confirmation (`done`).
 */
export function useSubmit() {
  const t = useT();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [form, focusFirstError] = useFocusFirstInvalid();
  const fail = ([fieldErrors, message]: Refusal) => {
    setErrors(fieldErrors);
    setFormError(message);
    focusFirstError();
  };
  const submit = async (checked: Record<string, string>, send: () => Promise<string | void>, refused: (err: unknown) => Refusal, invalid: string | null = t('common.checkFields')) => {
    setDone(null);
    if (Object.keys(checked).length) {
      fail([checked, invalid]);
      return;
    }
    setErrors({});
    setFormError(null);
    setBusy(true);
    try {
      setDone((await send()) ?? null);
    } catch (err) {
      fail(refused(err));
    } finally {
      setBusy(false);
    }
  };
  return { form, errors, formError, done, busy, submit };
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

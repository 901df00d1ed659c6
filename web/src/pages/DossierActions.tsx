// The "Acties" area of a dossier: record a conversation, share the worry, place a Verwijsindex
// signal, register a missed appointment, and (for preschool, childcare and JGZ) the warm handover.
// Also the links from timeline entries to what they record (a shared worry, a handover).
import { useLang, useT } from '../i18n/index.tsx';
import { useSessionView } from '../session.tsx';
import { formatDateTime } from '../format.ts';
import type { Dossier, TimelineEntry } from '../types.ts';
import type { MessageKey } from '../i18n/index.tsx';
import { Paragraph, Section, VisuallyHidden } from '../components/Typography.tsx';
import { Link } from '../components/Link.tsx';
import '../keten.css';
import { HANDOVER_SENDERS } from '../../../src/contract/sectors.ts';

interface Action {
  path: string;
  label: MessageKey;
  help: MessageKey;
}

export function DossierActions({ dossier }: { dossier: Dossier }) {
  const t = useT();
  const { user } = useSessionView();
  const actions: Action[] = [
    { path: 'gesprek', label: 'acties.gesprek', help: 'acties.gesprekHelp' },
    { path: 'zorg-delen', label: 'acties.zorgDelen', help: 'acties.zorgDelenHelp' },
    { path: 'verwijsindex-signaal', label: 'acties.signaal', help: 'acties.signaalHelp' },
    { path: 'niet-verschenen', label: 'acties.nietVerschenen', help: 'acties.nietVerschenenHelp' },
    ...(HANDOVER_SENDERS.includes(user.sector) ? [{ path: 'overdracht', label: 'acties.overdracht', help: 'acties.overdrachtHelp' } satisfies Action] : []),
  ];
  return (
    <Section id="dossier-acties" title={t('acties.title')}>
      <ul className="kv-action-list" role="list">
        {actions.map((a) => (
          <li key={a.path} className="kv-action-list__item">
            <Link href={`/dossiers/${dossier.id}/${a.path}`} className="kv-action-list__link" aria-describedby={`actie-${a.path}-help`}>
              {t(a.label)}
            </Link>
            <Paragraph small id={`actie-${a.path}-help`}>{t(a.help)}</Paragraph>
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** A link from a timeline entry to the shared worry or handover it records (none for other entries). */
export function TimelineRecordLink({ entry }: { entry: TimelineEntry }) {
  const t = useT();
  const { lang } = useLang();
  if (!entry.recordId) return null;
  const target =
    entry.recordType === 'zorg-deling' ? { href: `/zorg-delingen/${entry.recordId}`, label: t('acties.timeline.viewSharing') }
      : entry.recordType === 'overdracht' ? { href: `/overdrachten/${entry.recordId}`, label: t('acties.timeline.viewHandover') }
        : null;
  if (!target) return null;
  return (
    <p className="utrecht-paragraph">
      <Link href={target.href}>{target.label}<VisuallyHidden> ({formatDateTime(entry.at, lang)})</VisuallyHidden></Link>
    </p>
  );
}

// One zorgdossier: the child and the family, who is involved (the aandachtsfunctionaris can join),
// the timeline (who wrote what and when, newest first), a note, the PDF, and stap 0.
import { useState, type FormEvent, type ReactNode } from 'react';
import { ApiError, UUID, get, getUnderDossier, post } from '../api.ts';
import { useErrorText, useLang, useT, useTDynamic } from '../i18n/index.tsx';
import { useSessionView } from '../session.tsx';
import { useResource } from '../useResource.ts';
import { formatDate, formatDateTime } from '../format.ts';
import type { Dossier, TimelineEntry } from '../types.ts';
import { Loaded, Page } from '../components/Page.tsx';
import { Paragraph, Section, VisuallyHidden } from '../components/Typography.tsx';
import { Table, TBody, Td, Th, THead, Tr } from '../components/Table.tsx';
import { Button, ButtonGroup } from '../components/Button.tsx';
import { Alert } from '../components/Alert.tsx';
import { TextAreaField, TextField } from '../components/FormField.tsx';
import { ButtonLink, Link } from '../components/Link.tsx';
import { DossierActions, TimelineRecordLink } from './DossierActions.tsx';
import { DossierMeldcode, MeldcodeTimelineLink } from '../features/meldcode/DossierMeldcode.tsx';
import { DossierTaskForm } from './TasksPage.tsx';
import { useSubmit } from './KetenShared.tsx';

const NOTE_MAX = 10_000;
export function DossierPage({ id }: { id: string }) {
  const t = useT();
  const dossier = useResource(() => getUnderDossier<Dossier>(id), [id]);
  const title = dossier.data ? t('dossier.title', { name: dossier.data.child.fullName }) : t('dossier.titleShort');
  return (
    <Page title={title}>
      <Paragraph><Link href="/dossiers">{t('dossier.back')}</Link></Paragraph>
      <Loaded resource={dossier}>{(data) => <DossierDetail dossier={data} onUpdated={dossier.setData} />}</Loaded>
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

function DossierDetail({ dossier, onUpdated }: { dossier: Dossier; onUpdated: (d: Dossier) => void }) {
  const t = useT();
  const tDynamic = useTDynamic();
  const { lang } = useLang();
  const { user } = useSessionView();
  const member = dossier.members.some((m) => m.userId === user.id);
  const open = dossier.status === 'open';
  const c = dossier.child;
  const address = [[c.street, c.houseNumber].filter(Boolean).join(' '), [c.postcode, c.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  const relatives = [...dossier.family.parents, ...dossier.family.siblings];

  return (
    <>
      <Paragraph>{t('dossier.openedOn', { date: formatDateTime(dossier.createdAt, lang), organisation: dossier.organisation })}</Paragraph>
      {!open && <Alert type="warning">{t('dossier.closed')}</Alert>}
      <Paragraph>
        {/* A real download, not an in-app route: a plain anchor to the API. */}
        <a href={`/api/v1/dossiers/${dossier.id}/pdf`} download className="utrecht-link utrecht-link--html-a">{t('dossier.pdf')}</a>
      </Paragraph>

      <Section id="dossier-child" title={t('dossier.child.title')}>
        <dl className="utrecht-data-list kv-data-list">
          <Item label={t('dossier.child.name')}>{c.fullName}</Item>
          <Item label={t('dossier.child.bsn')}>{c.bsn}</Item>
          <Item label={t('dossier.child.dateOfBirth')}>{formatDate(c.dateOfBirth, lang)}</Item>
          <Item label={t('dossier.child.address')}>{address || '—'}</Item>
        </dl>
      </Section>

      <Section id="dossier-family" title={t('dossier.family.title')}>
        <Paragraph small>{t('dossier.family.intro')}</Paragraph>
        {relatives.length === 0 ? (
          <Paragraph>{t('dossier.family.none')}</Paragraph>
        ) : (
          <Table caption={t('dossier.family.caption')} captionHidden>
            <THead>
              <Tr>
                <Th>{t('dossier.family.col.name')}</Th>
                <Th>{t('dossier.family.col.relation')}</Th>
                <Th>{t('dossier.family.col.dateOfBirth')}</Th>
              </Tr>
            </THead>
            <TBody>
              {relatives.map((r) => (
                <Tr key={`${r.relation}-${r.id}`}>
                  <Th scope="row">{r.name}</Th>
                  <Td>{tDynamic(`dossier.relation.${r.relation}`, r.relation)}</Td>
                  <Td>{formatDate(r.dateOfBirth, lang)}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
      </Section>

      <Section id="dossier-members" title={t('dossier.members.title')}>
        <ul className="utrecht-unordered-list">
          {dossier.members.map((m) => (
            <li className="utrecht-unordered-list__item" key={m.userId}>
              {m.name}
              {m.userId === user.id && <span className="kv-mine"> ({t('dossier.members.you')})</span>}
              {' – '}
              <span className="kv-muted">{t(m.role === 'aandachtsfunctionaris' ? 'dossier.members.role.aandachtsfunctionaris' : 'dossier.members.role.betrokken')}</span>
            </li>
          ))}
        </ul>
        {open && !member && user.role === 'aandachtsfunctionaris' && <JoinForm dossier={dossier} onUpdated={onUpdated} />}
        {open && member && <AddColleagueForm dossier={dossier} onUpdated={onUpdated} />}
      </Section>

      <Section id="dossier-stap0" title={t('dossier.stap0.title')}>
        <Paragraph>{t('dossier.stap0.intro')}</Paragraph>
        {open && member && (
          <Paragraph>
            <ButtonLink href={`/dossiers/${dossier.id}/screening`} appearance="primary">
              {t('dossier.stap0.start')}
            </ButtonLink>
          </Paragraph>
        )}
        {open && !member && <Paragraph>{t('dossier.stap0.joinFirst')}</Paragraph>}
      </Section>

      <DossierMeldcode dossier={dossier} member={member} />

      {open && member && <DossierActions dossier={dossier} />}

      {open && (
        <Section id="dossier-note" title={t('dossier.note.title')}>
          <NoteForm dossier={dossier} onUpdated={onUpdated} />
        </Section>
      )}

      {open && member && <DossierTaskForm dossier={dossier} onUpdated={onUpdated} />}

      <Section id="dossier-timeline" title={t('dossier.timeline.title')}>
        <Paragraph small>{t('dossier.timeline.order')}</Paragraph>
        <Timeline dossier={dossier} />
      </Section>
    </>
  );
}

function Timeline({ dossier }: { dossier: Dossier }) {
  const t = useT();
  const tDynamic = useTDynamic();
  const { lang } = useLang();
  if (dossier.timeline.length === 0) return <Paragraph>{t('dossier.timeline.none')}</Paragraph>;
  // Newest first: the server sends the timeline oldest first.
  const entries: TimelineEntry[] = [...dossier.timeline].reverse();
  return (
    <ol className="kv-timeline" aria-label={t('dossier.timeline.label')}>
      {entries.map((e) => (
        <li key={e.id} className={`kv-timeline__entry kv-timeline__entry--${e.kind}`}>
          <article aria-labelledby={`entry-${e.id}`}>
            <h3 className="utrecht-heading-3 kv-timeline__title" id={`entry-${e.id}`}>
              {tDynamic(`dossier.timeline.kind.${e.kind}`, e.kind)}
            </h3>
            <p className="utrecht-paragraph utrecht-paragraph--small kv-timeline__meta">
              <time dateTime={e.at}>{formatDateTime(e.at, lang)}</time> · {t('dossier.timeline.by', { author: e.author })}
            </p>
            <p className="utrecht-paragraph kv-timeline__summary">{e.summary}</p>
            {e.body && <p className="utrecht-paragraph kv-timeline__body">{e.body}</p>}
            {e.recordType === 'screening' && e.recordId && (
              <p className="utrecht-paragraph">
                <Link href={`/dossiers/${dossier.id}/screenings/${e.recordId}`}>
                  {t('dossier.timeline.viewScreening')}<VisuallyHidden> ({formatDateTime(e.at, lang)})</VisuallyHidden>
                </Link>
              </p>
            )}
            <TimelineRecordLink entry={e} />
            <MeldcodeTimelineLink entry={e} />
          </article>
        </li>
      ))}
    </ol>
  );
}

/** "Aansluiten": the organisation's aandachtsfunctionaris joins a dossier they are not yet in. */
function JoinForm({ dossier, onUpdated }: { dossier: Dossier; onUpdated: (d: Dossier) => void }) {
  const t = useT();
  const errorText = useErrorText();
  const { formError, busy, submit } = useSubmit();
  const join = () => submit({}, async () => onUpdated(await post<Dossier>(`/dossiers/${dossier.id}/betrokkenen`, {})), (e) => [{}, errorText(e)]);
  return (
    <div className="kv-inline-form">
      <Paragraph>{t('dossier.join.text')}</Paragraph>
      {formError && <Alert type="error">{formError}</Alert>}
      <ButtonGroup>
        <Button appearance="primary" busy={busy} disabled={busy} onClick={() => void join()}>{t('dossier.join.button')}</Button>
      </ButtonGroup>
    </div>
  );
}

/** A member adds a colleague of the same organisation by user id (there is no colleague search yet). */
function AddColleagueForm({ dossier, onUpdated }: { dossier: Dossier; onUpdated: (d: Dossier) => void }) {
  const t = useT();
  const errorText = useErrorText();
  const [userId, setUserId] = useState('');
  const { form, errors, done, busy, submit: run } = useSubmit();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const id = userId.trim();
    const problem = !id ? t('dossier.add.userIdRequired') : !UUID.test(id) ? t('dossier.add.userIdFormat') : undefined;
    void run(problem ? { userId: problem } : {}, async () => {
      const updated = await post<Dossier>(`/dossiers/${dossier.id}/betrokkenen`, { userId: id });
      onUpdated(updated);
      const name = updated.members.find((m) => m.userId === id)?.name ?? '';
      setUserId('');
      return t('dossier.add.done', { name });
    }, (e) => [{ userId: (e instanceof ApiError && e.fieldError('userId')) || errorText(e) }, null], null);
  };

  return (
    <details className="kv-details">
      <summary className="kv-details__summary">{t('dossier.add.title')}</summary>
      {done && <Alert type="ok">{done}</Alert>}
      <form ref={form} onSubmit={submit} noValidate className="kv-form" aria-label={t('dossier.add.title')}>
        <TextField
          label={t('dossier.add.userId')}
          description={t('dossier.add.userIdHelp')}
          name="userId"
          autoComplete="off"
          spellCheck={false}
          required
          value={userId}
          onValue={setUserId}
          error={errors.userId}
        />
        <ButtonGroup>
          <Button type="submit" busy={busy} disabled={busy}>{t('dossier.add.submit')}</Button>
        </ButtonGroup>
      </form>
    </details>
  );
}

function NoteForm({ dossier, onUpdated }: { dossier: Dossier; onUpdated: (d: Dossier) => void }) {
  const t = useT();
  const errorText = useErrorText();
  const [text, setText] = useState('');
  const { form, errors, done, busy, submit: run } = useSubmit();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = !text.trim() ? t('dossier.note.required') : text.trim().length > NOTE_MAX ? t('dossier.note.tooLong', { max: NOTE_MAX }) : undefined;
    void run(problem ? { text: problem } : {}, async () => {
      onUpdated(await post<Dossier>(`/dossiers/${dossier.id}/notities`, { text: text.trim() }));
      setText('');
      return t('dossier.note.done');
    }, (e) => [{ text: (e instanceof ApiError && e.fieldError('text')) || errorText(e) }, null], null);
  };

  return (
    <>
      {done && <Alert type="ok">{done}</Alert>}
      <form ref={form} onSubmit={submit} noValidate className="kv-form" aria-label={t('dossier.note.title')}>
        <TextAreaField
          label={t('dossier.note.text')}
          description={t('dossier.note.help')}
          name="note"
          required
          rows={5}
          maxLength={NOTE_MAX}
          value={text}
          onValue={setText}
          error={errors.text}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={busy} disabled={busy}>{t('dossier.note.submit')}</Button>
        </ButtonGroup>
      </form>
    </>
  );
}

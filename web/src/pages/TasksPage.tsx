// Mijn taken: the user's open tasks (oldest due date first), overdue ones marked in text, each
// with its child and dossier and "Afgerond" with an optional note. Also the small "Taak
// toevoegen" form of the dossier page.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError, patch, post, get } from '../api.ts';
import { useErrorText, useLang, useT, type MessageKey } from '../i18n/index.tsx';
import { useSessionView } from '../session.tsx';
import { useResource } from '../useResource.ts';
import { formatDate, today } from '../format.ts';
import type { Dossier } from '../types.ts';
import type { Task, TaskSource } from '../meldcode.ts';
import { refreshOverdueCount, setOverdueCount } from '../tasks.ts';
import { Loaded, Page } from '../components/Page.tsx';
import { Paragraph, Section, VisuallyHidden } from '../components/Typography.tsx';
import { Table, TBody, Td, Th, THead, Tr } from '../components/Table.tsx';
import { Button, ButtonGroup } from '../components/Button.tsx';
import { Alert } from '../components/Alert.tsx';
import { SelectField, TextAreaField, TextField } from '../components/FormField.tsx';
import { Link } from '../components/Link.tsx';
import { getUnderDossier } from '../api.ts';
import { useFocusFirstInvalid } from './KetenShared.tsx';
import '../meldcode.css';

const TITLE_MAX = 300;
const NOTE_MAX = 2000;

export const SOURCE_KEYS: Record<TaskSource, MessageKey> = {
  afspraak: 'taken.source.afspraak',
  vervolgdatum: 'taken.source.vervolgdatum',
  bereik: 'taken.source.bereik',
  handmatig: 'taken.source.handmatig',
};

/** "Over datum" in words (and a marker), or "Op tijd". */
export function DueState({ task }: { task: Task }) {
  const t = useT();
  return task.overdue
    ? <span className="utrecht-status-badge utrecht-status-badge--warning kv-status kv-overdue">{t('taken.overdue')}</span>
    : <span className="utrecht-status-badge utrecht-status-badge--active kv-status">{t('taken.onTime')}</span>;
}

export function TasksPage() {
  const t = useT();
  const tasks = useResource(() => get<{ items: Task[]; overdue: number }>('/taken'), []);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    if (tasks.data) setOverdueCount(tasks.data.overdue);
  }, [tasks.data]);

  return (
    <Page title={t('taken.title')}>
      <Paragraph lead>{t('taken.intro')}</Paragraph>
      {message && <Alert type="ok">{message}</Alert>}
      <Loaded resource={tasks}>
        {(data) => data.items.length === 0 ? <Paragraph>{t('taken.none')}</Paragraph> : (
          <>
            {data.overdue > 0 && <Alert type="warning">{data.overdue === 1 ? t('taken.overdueOne') : t('taken.overdueCount', { count: data.overdue })}</Alert>}
            <TaskTable
              items={data.items}
              onDone={(task) => {
                const items = data.items.filter((x) => x.id !== task.id);
                tasks.setData({ items, overdue: items.filter((x) => x.overdue).length });
                setMessage(t('taken.doneOk', { title: task.title }));
              }}
            />
          </>
        )}
      </Loaded>
    </Page>
  );
}

function TaskTable({ items, onDone }: { items: Task[]; onDone: (task: Task) => void }) {
  const t = useT();
  const { lang } = useLang();
  const [completing, setCompleting] = useState<string | null>(null);
  return (
    <Table caption={t('taken.caption')} captionHidden>
      <THead>
        <Tr>
          <Th>{t('taken.col.title')}</Th>
          <Th>{t('taken.col.child')}</Th>
          <Th>{t('taken.col.due')}</Th>
          <Th>{t('taken.col.status')}</Th>
          <Th>{t('taken.col.source')}</Th>
          <Th>{t('common.actions')}</Th>
        </Tr>
      </THead>
      <TBody>
        {items.map((task) => (
          <Tr key={task.id}>
            <Th scope="row">{task.title}</Th>
            <Td><Link href={`/dossiers/${task.dossierId}`}>{task.child}<VisuallyHidden> ({t('taken.dossierLink')})</VisuallyHidden></Link></Td>
            <Td className="kv-nowrap">{formatDate(task.dueDate, lang)}</Td>
            <Td><DueState task={task} /></Td>
            <Td>{t(SOURCE_KEYS[task.source])}</Td>
            <Td>
              {completing === task.id ? (
                <CompleteForm task={task} onCancel={() => setCompleting(null)} onDone={() => { setCompleting(null); onDone(task); }} />
              ) : (
                <Button onClick={() => setCompleting(task.id)}>
                  {t('taken.done')}<VisuallyHidden>: {t('taken.doneFor', { title: task.title })}</VisuallyHidden>
                </Button>
              )}
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}

function CompleteForm({ task, onCancel, onDone }: { task: Task; onCancel: () => void; onDone: () => void }) {
  const t = useT();
  const errorText = useErrorText();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLTextAreaElement>(null);
  useEffect(() => input.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (note.trim().length > NOTE_MAX) {
      setError(t('meldcode.tooLong', { max: NOTE_MAX }));
      input.current?.focus();
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await patch<Task>(`/taken/${task.id}`, { status: 'gedaan', ...(note.trim() ? { note: note.trim() } : {}) });
      refreshOverdueCount();
      onDone();
    } catch (e) {
      setBusy(false);
      setError((e instanceof ApiError && e.fieldError('note')) || errorText(e));
      input.current?.focus();
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="kv-task-done" aria-label={t('taken.doneFor', { title: task.title })}>
      <TextAreaField
        ref={input}
        label={t('taken.doneNote')}
        description={t('taken.doneNoteHelp')}
        name="doneNote"
        rows={2}
        maxLength={NOTE_MAX}
        value={note}
        onValue={setNote}
        error={error}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={busy} disabled={busy}>{t('taken.doneSubmit')}</Button>
        <Button appearance="subtle" onClick={onCancel}>{t('common.cancel')}</Button>
      </ButtonGroup>
    </form>
  );
}

// ---------------------------------------------------------------------------------------------
// The dossier page's "Taak toevoegen"

export function DossierTaskForm({ dossier, onUpdated }: { dossier: Dossier; onUpdated: (d: Dossier) => void }) {
  const t = useT();
  const errorText = useErrorText();
  const { user } = useSessionView();
  const [title, setTitle] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [assigneeId, setAssigneeId] = useState(user.id);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [form, focusFirstError] = useFocusFirstInvalid();

  const fail = (e: Record<string, string>, text: string | null) => {
    setErrors(e);
    setFormError(text);
    focusFirstError();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    const e: Record<string, string> = {};
    if (!title.trim()) e.title = t('taken.form.titleRequired');
    else if (title.trim().length > TITLE_MAX) e.title = t('meldcode.tooLong', { max: TITLE_MAX });
    if (!dueDate) e.dueDate = t('taken.form.dueDateRequired');
    else if (dueDate < today()) e.dueDate = t('taken.form.dueDatePast');
    if (Object.keys(e).length) {
      fail(e, null);
      return;
    }
    setErrors({});
    setFormError(null);
    setBusy(true);
    try {
      const task = await post<Task>(`/dossiers/${dossier.id}/taken`, { title: title.trim(), dueDate, ...(assigneeId !== user.id ? { assigneeId } : {}) });
      setTitle('');
      setDueDate('');
      setMessage(t('taken.form.added', { title: task.title }));
      refreshOverdueCount();
      // The timeline now holds the task: show it.
      getUnderDossier<Dossier>(dossier.id).then(onUpdated, () => undefined);
    } catch (err) {
      const fe: Record<string, string> = {};
      if (err instanceof ApiError) {
        for (const f of err.errors) {
          if (!['title', 'dueDate', 'assigneeId'].includes(f.path) || fe[f.path]) continue;
          fe[f.path] = err.code === 'due-date-in-past' ? t('taken.form.dueDatePast') : err.code === 'assignee-not-member' ? errorText(err) : f.message;
        }
      }
      fail(fe, Object.keys(fe).length ? null : errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section id="dossier-task" title={t('dossier.tasks.title')}>
      <Paragraph small>{t('dossier.tasks.intro')}</Paragraph>
      {message && <Alert type="ok">{message}</Alert>}
      <form ref={form} onSubmit={(e) => void submit(e)} noValidate className="kv-form" aria-label={t('dossier.tasks.title')}>
        <TextField label={t('taken.form.title')} name="taskTitle" required maxLength={TITLE_MAX} value={title} onValue={setTitle} error={errors.title} />
        <TextField label={t('taken.form.dueDate')} name="taskDueDate" type="date" min={today()} required value={dueDate} onValue={setDueDate} error={errors.dueDate} className="kv-input--date" />
        {dossier.members.length > 1 && (
          <SelectField
            label={t('taken.form.assignee')}
            name="taskAssignee"
            required
            value={assigneeId}
            onValue={setAssigneeId}
            error={errors.assigneeId}
            options={dossier.members.map((m) => ({ value: m.userId, label: m.userId === user.id ? t('taken.form.assigneeMe', { name: m.name }) : m.name }))}
          />
        )}
        {formError && <Alert type="error">{formError}</Alert>}
        <ButtonGroup>
          <Button type="submit" busy={busy} disabled={busy}>{t('taken.form.submit')}</Button>
        </ButtonGroup>
      </form>
    </Section>
  );
}

// Tasks: created by agreements, follow-up dates and protocols, or by hand; reminded when due.
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { Notifier } from '../../platform/notifications/notifier.ts';
import { unprocessable } from '../../platform/http/problem.ts';
import { addTimelineEntry, type DossierRow } from '../zorgdossier/service.ts';
import type { TaskSource } from './tables.ts';

export interface NewTask {
  title: string;
  dueDate: string;
  assigneeId: string;
  source: TaskSource;
  sourceId?: string;
}

/** Adds tasks to a dossier; the assignee must be involved in it (a member). */
export async function createTasks(db: Kysely<DB>, dossier: DossierRow, createdBy: string, tasks: NewTask[], today: string, now: Date): Promise<string[]> {
  if (tasks.length === 0) return [];
  for (const t of tasks) {
    if (t.dueDate < today) throw unprocessable('due-date-in-past', `De datum van "${t.title}" ligt in het verleden.`, { fields: ['dueDate'] });
  }
  const members = new Set((await db.selectFrom('dossier_members').select('user_id').where('dossier_id', '=', dossier.id).execute()).map((m) => m.user_id));
  const outside = tasks.filter((t) => !members.has(t.assigneeId));
  if (outside.length) throw unprocessable('assignee-not-member', 'Een taak kan alleen naar iemand die bij het dossier betrokken is.', { fields: ['assigneeId'] });
  const rows = await db.insertInto('tasks').values(tasks.map((t) => ({
    dossier_id: dossier.id, person_id: dossier.person_id, organisation_id: dossier.organisation_id, assignee_id: t.assigneeId,
    title: t.title, due_date: t.dueDate, source: t.source, source_id: t.sourceId ?? null, created_by: createdBy, created_at: now,
  }))).returning('id').execute();
  for (const t of tasks) {
    await addTimelineEntry(db, dossier.id, createdBy, { kind: 'taak', summary: `Taak: ${t.title} (uiterlijk ${t.dueDate}).`, recordType: 'taak' }, now);
  }
  return rows.map((r) => r.id);
}

/**
 * Reminds assignees of open tasks that are due today or overdue, once a day each. The text
 * names no child: the assignee sees the task itself in Kindveilig.
 */
export async function remindDueTasks(db: Kysely<DB>, notifier: Notifier, today: string): Promise<number> {
  return db.transaction().execute(async (tx) => {
    const due = await tx.updateTable('tasks').set({ reminded_on: today })
      .where('status', '=', 'open').where('due_date', '<=', today)
      .where((eb) => eb.or([eb('reminded_on', 'is', null), eb('reminded_on', '<', today)]))
      .returning(['assignee_id', 'due_date']).execute();
    const byUser = new Map<string, { overdue: number; today: number }>();
    for (const t of due) {
      const c = byUser.get(t.assignee_id) ?? { overdue: 0, today: 0 };
      if (t.due_date < today) c.overdue += 1;
      else c.today += 1;
      byUser.set(t.assignee_id, c);
    }
    await notifier.notify(tx, [...byUser].map(([userId, c]) => ({
      userIds: [userId],
      subject: c.overdue ? `${c.overdue} taak/taken over datum` : 'Taak voor vandaag',
      body: `U heeft ${c.today} taak/taken die vandaag verlopen en ${c.overdue} die over datum zijn. Bekijk ze onder Mijn taken.`,
      link: '/taken',
    })));
    return due.length;
  });
}

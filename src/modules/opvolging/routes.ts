// HTTP API of follow-up: my tasks, the organisation's overdue list, adding and completing tasks.
import { z } from 'zod';
import { sql } from 'kysely';
import type { App } from '../../platform/http/app.ts';
import { actorOf, requireRole, type AppContext } from '../../platform/http/context.ts';
import { conflict, notFound } from '../../platform/http/problem.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { dateSchema } from '../persons/validation.ts';
import { fullName } from '../persons/service.ts';
import { addTimelineEntry, dossierFor, dossierUser } from '../zorgdossier/service.ts';
import { createTasks } from './tasks.ts';

const taskSchema = z.object({
  id: z.string(), dossierId: z.string(), child: z.string(), title: z.string(), dueDate: z.string(), overdue: z.boolean(),
  source: z.enum(['afspraak', 'vervolgdatum', 'bereik', 'handmatig']), status: z.enum(['open', 'gedaan', 'vervallen']),
  assignee: z.string(), doneAt: z.string().nullable(), doneNote: z.string().nullable(),
});

export function opvolgingRoutes(app: App, ctx: AppContext) {
  const { db, clock } = ctx;

  const query = () => db.selectFrom('tasks as t').innerJoin('persons as p', 'p.id', 't.person_id').innerJoin('users as u', 'u.id', 't.assignee_id')
    .selectAll('t').select(['p.given_names', 'p.tussenvoegsel', 'p.family_name', 'u.display_name']);
  type Row = Awaited<ReturnType<ReturnType<typeof query>['execute']>>[number];
  const view = (r: Row) => ({
    id: r.id, dossierId: r.dossier_id, child: fullName(r), title: r.title, dueDate: r.due_date,
    overdue: r.status === 'open' && r.due_date < clock.today(), source: r.source, status: r.status, assignee: r.display_name,
    doneAt: r.done_at ? new Date(r.done_at).toISOString() : null, doneNote: r.done_note,
  });

  app.get('/api/v1/taken', {
    schema: { tags: ['opvolging'], summary: 'Mijn open taken, oudste vervaldatum eerst', response: { 200: z.object({ items: z.array(taskSchema), overdue: z.number() }) } },
  }, async (req) => {
    const user = await dossierUser(db, req);
    const rows = await query().where('t.assignee_id', '=', user.id).where('t.status', '=', 'open').orderBy('t.due_date').execute();
    await recordAudit(db, actorOf(req), [...new Set(rows.map((r) => r.person_id))].map((personId) => ({ action: 'read', recordType: 'taak', personId })));
    const items = rows.map(view);
    return { items, overdue: items.filter((i) => i.overdue).length };
  });

  app.get('/api/v1/taken/aantal', {
    schema: {
      tags: ['opvolging'], summary: 'Alleen aantallen van mijn open taken (voor een teller; zonder persoonsgegevens)',
      response: { 200: z.object({ open: z.number(), overdue: z.number() }) },
    },
  }, async (req) => {
    const user = await dossierUser(db, req);
    const row = await db.selectFrom('tasks').where('assignee_id', '=', user.id).where('status', '=', 'open')
      .select((eb) => [eb.fn.countAll<number>().as('open'), sql<number>`count(*) filter (where due_date < ${clock.today()})`.as('overdue')])
      .executeTakeFirstOrThrow();
    return { open: Number(row.open), overdue: Number(row.overdue) };
  });

  app.get('/api/v1/taken/over-datum', {
    schema: {
      tags: ['opvolging'], summary: 'Voor de aandachtsfunctionaris: alle taken van de organisatie die over datum zijn, per professional',
      response: { 200: z.object({ items: z.array(taskSchema) }) },
    },
  }, async (req) => {
    const user = requireRole(req, ['aandachtsfunctionaris']);
    const rows = await query().where('t.organisation_id', '=', user.organisationId).where('t.status', '=', 'open')
      .where('t.due_date', '<', clock.today()).orderBy('u.display_name').orderBy('t.due_date').execute();
    await recordAudit(db, actorOf(req), [...new Set(rows.map((r) => r.person_id))].map((personId) => ({ action: 'read', recordType: 'taak', personId })));
    return { items: rows.map(view) };
  });

  app.post('/api/v1/dossiers/:id/taken', {
    schema: {
      tags: ['opvolging'], summary: 'Taak toevoegen aan een dossier (voor uzelf of een betrokken collega)',
      params: z.object({ id: z.uuid() }),
      body: z.strictObject({ title: z.string().trim().min(1).max(300), dueDate: dateSchema, assigneeId: z.uuid().optional() }),
      response: { 201: taskSchema },
    },
  }, async (req, reply) => {
    const user = await dossierUser(db, req);
    const id = await db.transaction().execute(async (tx) => {
      const { dossier } = await dossierFor(tx, user, req.params.id, { write: true });
      const [taskId] = await createTasks(tx, dossier, user.id, [{ title: req.body.title, dueDate: req.body.dueDate, assigneeId: req.body.assigneeId ?? user.id, source: 'handmatig' }], clock.today(), clock.now());
      await recordAudit(tx, actorOf(req), [{ action: 'create', recordType: 'taak', recordId: taskId, personId: dossier.person_id }]);
      return taskId;
    });
    return reply.code(201).send(view(await query().where('t.id', '=', id).executeTakeFirstOrThrow()));
  });

  app.patch('/api/v1/taken/:id', {
    schema: {
      tags: ['opvolging'], summary: 'Taak afronden',
      params: z.object({ id: z.uuid() }), body: z.strictObject({ status: z.literal('gedaan'), note: z.string().trim().max(2000).optional() }),
      response: { 200: taskSchema },
    },
  }, async (req) => {
    const user = await dossierUser(db, req);
    await db.transaction().execute(async (tx) => {
      const task = await tx.selectFrom('tasks').selectAll().where('id', '=', req.params.id).executeTakeFirst();
      if (!task) throw notFound('Deze taak bestaat niet.');
      await dossierFor(tx, user, task.dossier_id, { write: true });
      if (task.status !== 'open') throw conflict('task-not-open', 'Deze taak is al afgerond.');
      await tx.updateTable('tasks').set({ status: 'gedaan', done_by: user.id, done_at: clock.now(), done_note: req.body.note ?? null }).where('id', '=', task.id).execute();
      await addTimelineEntry(tx, task.dossier_id, user.id, { kind: 'taak-gedaan', summary: `Taak afgerond: ${task.title}.`, recordType: 'taak', recordId: task.id, body: req.body.note }, clock.now());
      await recordAudit(tx, actorOf(req), [{ action: 'update', recordType: 'taak', recordId: task.id, personId: task.person_id }]);
    });
    return view(await query().where('t.id', '=', req.params.id).executeTakeFirstOrThrow());
  });
}

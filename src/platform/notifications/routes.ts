// The in-app inbox ("Berichten").
import { z } from 'zod';
import type { App } from '../http/app.ts';
import { currentUser, type AppContext } from '../http/context.ts';
import { notFound } from '../http/problem.ts';

const notificationSchema = z.object({
  id: z.string(), createdAt: z.string(), subject: z.string(), body: z.string(), link: z.string().nullable(), read: z.boolean(),
});

export function notificationRoutes(app: App, ctx: AppContext) {
  const { db, clock } = ctx;

  app.get('/api/v1/berichten', {
    schema: {
      tags: ['berichten'], summary: 'Mijn berichten (inbox)',
      response: { 200: z.object({ items: z.array(notificationSchema), unread: z.number() }) },
    },
  }, async (req) => {
    const me = currentUser(req);
    const rows = await db.selectFrom('notifications').selectAll().where('user_id', '=', me.id).orderBy('created_at', 'desc').limit(200).execute();
    const items = rows.map((n) => ({
      id: n.id, createdAt: new Date(n.created_at).toISOString(), subject: n.subject, body: n.body, link: n.link, read: n.read_at !== null,
    }));
    return { items, unread: items.filter((n) => !n.read).length };
  });

  app.patch('/api/v1/berichten/:id', {
    schema: {
      tags: ['berichten'], summary: 'Bericht als gelezen markeren',
      params: z.object({ id: z.uuid() }), body: z.strictObject({ read: z.literal(true) }), response: { 200: notificationSchema },
    },
  }, async (req) => {
    const me = currentUser(req);
    const n = await db.updateTable('notifications').set({ read_at: clock.now() })
      .where('id', '=', req.params.id).where('user_id', '=', me.id).returningAll().executeTakeFirst();
    if (!n) throw notFound('Dit bericht bestaat niet.');
    return { id: n.id, createdAt: new Date(n.created_at).toISOString(), subject: n.subject, body: n.body, link: n.link, read: true };
  });
}

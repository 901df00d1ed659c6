// In-app inbox plus e-mail. Both are written in the caller's transaction (transactional outbox),
// so a notification exists exactly when the event that caused it was committed; a separate
// delivery loop sends the e-mail and retries with backoff while the mail server is down.
import nodemailer from 'nodemailer';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { SmtpConfig } from '../config.ts';

export interface Message {
  subject: string;
  body: string;
  link?: string;
}

export interface Notifier {
  notify(db: Kysely<DB>, userIds: string[], message: Message): Promise<void>;
  deliverDue(db: Kysely<DB>, now?: Date): Promise<{ sent: number; failed: number }>;
}

const MAX_BACKOFF_SECONDS = 3600;

export function backoffSeconds(attempts: number): number {
  return Math.min(30 * 2 ** (attempts - 1), MAX_BACKOFF_SECONDS);
}

export function createNotifier(smtp: SmtpConfig | undefined, publicUrl: string): Notifier {
  const transport = smtp
    ? nodemailer.createTransport({
        host: smtp.host,
        port: smtp.port,
        secure: smtp.secure,
        auth: smtp.user ? { user: smtp.user, pass: smtp.password } : undefined,
        connectionTimeout: 5000,
        greetingTimeout: 5000,
        socketTimeout: 10000,
      })
    : undefined;

  return {
    async notify(db, userIds, message) {
      const unique = [...new Set(userIds)];
      if (unique.length === 0) return;
      const rows = await db
        .insertInto('notifications')
        .values(unique.map((user_id) => ({ user_id, subject: message.subject, body: message.body, link: message.link ?? null })))
        .returning(['id', 'user_id'])
        .execute();
      if (!transport) return;
      const users = await db.selectFrom('users').select(['id', 'email']).where('id', 'in', unique).where('email', 'is not', null).execute();
      const byUser = new Map(rows.map((r) => [r.user_id, r.id]));
      const mails = users.map((u) => ({
        notification_id: byUser.get(u.id) ?? null,
        to_address: u.email!,
        subject: `Kindveilig: ${message.subject}`,
        body: `${message.body}\n\nBekijk het bericht in Kindveilig: ${publicUrl}${message.link ?? '/berichten'}`,
      }));
      if (mails.length) await db.insertInto('outbox').values(mails).execute();
    },

    async deliverDue(db, now = new Date()) {
      if (!transport || !smtp) return { sent: 0, failed: 0 };
      const due = await db.selectFrom('outbox').selectAll().where('sent_at', 'is', null)
        .where('next_attempt_at', '<=', now).orderBy('next_attempt_at').limit(50).execute();
      let sent = 0;
      let failed = 0;
      for (const mail of due) {
        try {
          await transport.sendMail({ from: smtp.from, to: mail.to_address, subject: mail.subject, text: mail.body });
          await db.updateTable('outbox').set({ sent_at: now, attempts: mail.attempts + 1, last_error: null }).where('id', '=', mail.id).execute();
          sent += 1;
        } catch (error) {
          const attempts = mail.attempts + 1;
          await db.updateTable('outbox')
            .set({
              attempts,
              last_error: String((error as Error).message ?? error).slice(0, 500),
              next_attempt_at: sql`${now}::timestamptz + make_interval(secs => ${backoffSeconds(attempts)})`,
            })
            .where('id', '=', mail.id)
            .execute();
          failed += 1;
        }
      }
      return { sent, failed };
    },
  };
}

// In-app inbox plus e-mail. Both are written in the caller's transaction (transactional outbox),
// so a notification exists exactly when the event that caused it was committed; a separate
// delivery loop sends the e-mail and retries with backoff while the mail server is down.
import nodemailer from 'nodemailer';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { SmtpConfig } from '../config.ts';

export interface Notification {
  userIds: string[];
  subject: string;
  body: string;
  link?: string;
}

/** How an inbox message becomes an e-mail; null when no SMTP server is configured. */
export interface MailTemplate {
  subjectPrefix: string;
  bodySuffix: string;
}

export interface Notifier {
  mailTemplate: MailTemplate | null;
  /** Writes inbox entries (and e-mails to the outbox) in the caller's transaction, in one statement. */
  notify(db: Kysely<DB>, notifications: Notification[]): Promise<void>;
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

  const mailTemplate = transport ? { subjectPrefix: 'Kindveilig: ', bodySuffix: `\n\nBekijk het bericht in Kindveilig: ${publicUrl}` } : null;

  return {
    mailTemplate,

    async notify(db, notifications) {
      const rows = notifications.flatMap((n) =>
        [...new Set(n.userIds)].map((user_id) => ({ user_id, subject: n.subject, body: n.body, link: n.link ?? null })));
      if (rows.length === 0) return;
      const inserted = db.insertInto('notifications').values(rows);
      if (!mailTemplate) {
        await inserted.execute();
        return;
      }
      // One statement: the inbox rows, and an e-mail for each recipient with an address.
      await db.with('n', () => inserted.returning(['id', 'user_id', 'subject', 'body', 'link']))
        .insertInto('outbox')
        .columns(['notification_id', 'to_address', 'subject', 'body'])
        .expression((eb) => eb.selectFrom('n').innerJoin('users as u', 'u.id', 'n.user_id')
          .where('u.email', 'is not', null)
          .select([
            'n.id',
            'u.email',
            sql<string>`${mailTemplate.subjectPrefix} || n.subject`.as('subject'),
            sql<string>`n.body || ${mailTemplate.bodySuffix} || coalesce(n.link, '/berichten')`.as('body'),
          ]) as never)
        .execute();
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

import { desc, lt } from 'drizzle-orm';
import { createTransport } from 'nodemailer';
import type { Db } from '../../platform/db/index.ts';
import { newId } from '../../platform/ids.ts';
import { emails } from './identity.tables.ts';
import { byId, cursorAfter, toPage } from '../../platform/http/pagination.ts';
import { hashToken } from './tokens.ts';

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  /** The same message as HTML (sent as an alternative part over SMTP; the stored copy keeps the text). */
  html?: string;
  /**
   * A secret the text carries (a reset token). A stored email keeps it apart too, so that the secret
   * can be struck out of the text once it is spent (`redactSpentResetEmails`).
   */
  secret?: string;
}

/** Where emails leave: an SMTP server, or (without one) the `emails` table owners read at /admin/emails. */
export interface Mailer {
  send(message: EmailMessage): Promise<void>;
}

export function smtpMailer(url: string, from: string): Mailer {
  const transport = createTransport(url);
  return {
    async send(message) {
      await transport.sendMail({
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        ...(message.html ? { html: message.html } : {}),
      });
    },
  };
}

export function databaseMailer(db: Db): Mailer {
  return {
    async send(message) {
      await db.insert(emails).values({
        id: newId('eml'),
        toAddress: message.to,
        subject: message.subject,
        body: message.text,
        secret: message.secret ?? null,
        secretHash: message.secret === undefined ? null : hashToken(message.secret),
      });
    },
  };
}

export async function listEmails(db: Db, query: { limit: number; cursor?: string | undefined }) {
  const [after] = cursorAfter(query.cursor, ['string']) ?? [];
  const rows = await db
    .select()
    .from(emails)
    .where(after === undefined ? undefined : lt(emails.id, after))
    .orderBy(desc(emails.id))
    .limit(query.limit + 1);
  return toPage(rows, query.limit, byId);
}

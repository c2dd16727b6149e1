// The one place that speaks SMTP: a Mailer over nodemailer for the server in KURSDESK_SMTP_URL. Its
// errors come back as the server's own words (or the network's), with the password never in them.
import type { SmtpTarget } from '../domain/mail-settings.js';
import type { Mailer, OutgoingMail } from '../workflows/mail.js';

/** Short enough that a dead server fails a run quickly, long enough for a slow one to answer. */
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 } as const;

export class SmtpFailure extends Error {
  constructor(
    message: string,
    readonly responseCode: number | undefined,
  ) {
    super(message);
  }
}

function describe(error: unknown, target: SmtpTarget): SmtpFailure {
  const e = error as { code?: string; response?: string; responseCode?: number; message?: string };
  let text: string;
  if (e.response) text = e.response;
  else if (e.code === 'ESOCKET' || e.code === 'ECONNECTION' || e.code === 'ETIMEDOUT' || e.code === 'EDNS') {
    text = `cannot reach ${target.host}:${target.port}: ${e.message ?? e.code}`;
  } else text = e.message ?? String(error);
  if (target.password) text = text.split(target.password).join('***');
  return new SmtpFailure(text.replace(/\s+/g, ' ').trim().slice(0, 500), e.responseCode);
}

/** One transport for sending and for the doctor's handshake, so both connect the same way. */
async function transportFor(target: SmtpTarget) {
  const nodemailer = await import('nodemailer');
  const createTransport = (nodemailer.default ?? nodemailer).createTransport;
  return createTransport({
    host: target.host,
    port: target.port,
    secure: target.secure,
    requireTLS: target.requireTLS,
    ...(target.user ? { auth: { user: target.user, pass: target.password ?? '' } } : {}),
    ...TIMEOUTS,
    // Mails are plain text written here: never let a message pull in a file or a URL.
    disableFileAccess: true,
    disableUrlAccess: true,
  });
}

export async function smtpMailer(target: SmtpTarget): Promise<Mailer> {
  const transport = await transportFor(target);
  return {
    async send(mail: OutgoingMail) {
      try {
        const info = await transport.sendMail({
          from: mail.from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          messageId: mail.messageId,
        });
        if (info.rejected.length > 0)
          throw Object.assign(new Error(`the server refused ${mail.to}`), { response: info.response });
        return { reply: String(info.response ?? '').trim() };
      } catch (error) {
        throw describe(error, target);
      }
    },
    close: () => transport.close(),
  };
}

/** The handshake alone (connect, STARTTLS, log in), for doctor: nothing is sent. */
export async function verifySmtp(target: SmtpTarget): Promise<void> {
  const transport = await transportFor(target);
  try {
    await transport.verify();
  } catch (error) {
    throw describe(error, target);
  } finally {
    transport.close();
  }
}

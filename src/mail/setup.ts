// What delivering mail needs (`mail send`, `links issue --send`, the guided mode's "send the link now"): the
// SMTP server and sender from the environment, and a name for this sender process that a stuck claim can
// be traced to.
import { hostname } from 'node:os';
import type { Ctx } from '../context/context.js';
import { parsePortalUrl } from '../domain/link-policy.js';
import { MAIL_ENV, type MailSettings, mailSettingsFrom, type SmtpTarget } from '../domain/mail-settings.js';
import { text as coded } from '../domain/messages/index.js';
import { UsageError } from '../errors.js';

export interface MailSetup {
  settings: MailSettings;
  smtp: SmtpTarget;
  /** The From header. */
  from: string;
}

/** The sender address: KURSDESK_MAIL_FROM, else no-reply at the portal's host. */
function fromHeader(ctx: Pick<Ctx, 'env'>, settings: MailSettings): string {
  if (settings.from)
    return settings.from.name ? `"${settings.from.name}" <${settings.from.address}>` : settings.from.address;
  const portal = parsePortalUrl(ctx.env.KURSDESK_PORTAL_URL ?? '');
  if (portal.ok) return `"Kursportalen" <no-reply@${new URL(portal.value).hostname.replace(/^www\./, '')}>`;
  throw new UsageError(coded('mail.no-sender', { variable: MAIL_ENV.from }), {
    hint: `export ${MAIL_ENV.from}='Kursportalen <no-reply@kurs.example.no>'`,
  });
}

/** Everything `mail send` needs; without an SMTP server there is nothing to send with (exit 2). */
export function mailSetup(
  ctx: Pick<Ctx, 'env'>,
  settings: MailSettings = mailSettingsFrom(ctx.env),
): MailSetup {
  if (!settings.smtp) {
    throw new UsageError(coded('mail.no-smtp', { variable: MAIL_ENV.smtp }), {
      hint: coded('hint.smtp-url', { variable: MAIL_ENV.smtp }),
    });
  }
  return { settings, smtp: settings.smtp, from: fromHeader(ctx, settings) };
}

/** agent@host#pid: unique per process, readable in `mail list` when a claim was abandoned. */
export function senderName(ctx: Pick<Ctx, 'agent'>): string {
  return `${ctx.agent}@${hostname()}#${process.pid}`;
}

// How the outbox is delivered: the SMTP server (KURSDESK_SMTP_URL), the sender address, and the retry
// schedule after a failed attempt. Parsers and the schedule are pure; the password never reaches output.
import { UsageError } from '../errors.js';
import { parseEmail } from './learner.js';
import { envInteger, isLoopbackHost } from './link-policy.js';
import { text as message } from './messages/index.js';
import { type ParseResult, refused } from './parse-result.js';

type EnvVars = Readonly<Record<string, string | undefined>>;

export const MAIL_ENV = {
  smtp: 'KURSDESK_SMTP_URL',
  from: 'KURSDESK_MAIL_FROM',
  maxAttempts: 'KURSDESK_MAIL_MAX_ATTEMPTS',
  retrySeconds: 'KURSDESK_MAIL_RETRY_SECONDS',
} as const;

export interface SmtpTarget {
  host: string;
  port: number;
  /** TLS from the first byte (smtps://, usually port 465). */
  secure: boolean;
  /** STARTTLS is mandatory: every server but one on this machine, since the mails carry credentials. */
  requireTLS: boolean;
  user: string | undefined;
  password: string | undefined;
  /** The URL with the password hidden, for messages. */
  display: string;
}

export function parseSmtpUrl(text: string): ParseResult<SmtpTarget> {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return refused(message('smtp-url.not-a-url'));
  }
  const secure = url.protocol === 'smtps:';
  if (!secure && url.protocol !== 'smtp:') {
    return refused(message('smtp-url.bad-scheme', { protocol: url.protocol }));
  }
  if (url.hostname === '') return refused(message('smtp-url.no-host'));
  const port = url.port === '' ? (secure ? 465 : 587) : Number(url.port);
  const shown = new URL(url.href);
  if (shown.password) shown.password = '***';
  return {
    ok: true,
    value: {
      host: url.hostname.replace(/^\[|\]$/g, ''),
      port,
      secure,
      requireTLS: !secure && !isLoopbackHost(url.hostname),
      user: url.username ? decodeURIComponent(url.username) : undefined,
      password: url.password ? decodeURIComponent(url.password) : undefined,
      display: shown.href,
    },
  };
}

/** `kurs@firma.no` or `Kursportalen <kurs@firma.no>`. */
export function parseSender(text: string): ParseResult<{ name: string | undefined; address: string }> {
  const match = /^\s*(?:"?([^"<>]*?)"?\s*<([^<>]+)>|([^<>\s]+))\s*$/.exec(text);
  if (!match) return refused(message('sender.not-an-address', { value: text }));
  const email = parseEmail(match[2] ?? match[3] ?? '');
  if (!email.ok) return email;
  const name = match[1]?.trim();
  return { ok: true, value: { name: name || undefined, address: email.value } };
}

export interface MailSettings {
  smtp: SmtpTarget | undefined;
  from: { name: string | undefined; address: string } | undefined;
  maxAttempts: number;
  retryBaseMs: number;
}

/**
 * Defaults: 6 attempts, the first retry after 60 s and each later wait doubled (1, 2, 4, 8, 16 min):
 * an SMTP server that is down for maintenance gets half an hour to come back before a message is given
 * up as failed (and `mail retry` can still send it).
 */
export const MAIL_DEFAULTS = { maxAttempts: 6, retrySeconds: 60 } as const;
export const MAX_RETRY_WAIT_MS = 3_600_000;

export function mailSettingsFrom(env: EnvVars): MailSettings {
  const rawSmtp = env[MAIL_ENV.smtp]?.trim();
  let smtp: SmtpTarget | undefined;
  if (rawSmtp) {
    const parsed = parseSmtpUrl(rawSmtp);
    if (!parsed.ok)
      throw new UsageError(
        message('env.url-refused', { variable: MAIL_ENV.smtp, problem: parsed.text ?? parsed.error }),
      );
    smtp = parsed.value;
  }
  const rawFrom = env[MAIL_ENV.from]?.trim();
  let from: MailSettings['from'];
  if (rawFrom) {
    const parsed = parseSender(rawFrom);
    if (!parsed.ok)
      throw new UsageError(
        message('env.refused', { variable: MAIL_ENV.from, reason: parsed.text ?? parsed.error }),
      );
    from = parsed.value;
  }
  return {
    smtp,
    from,
    maxAttempts: envInteger(env, MAIL_ENV.maxAttempts, MAIL_DEFAULTS.maxAttempts, [1, 50]),
    retryBaseMs: envInteger(env, MAIL_ENV.retrySeconds, MAIL_DEFAULTS.retrySeconds, [1, 3600]) * 1000,
  };
}

/** After failed attempt number `attempts` (1-based): when to try again, doubling the wait up to an hour. */
export function nextAttemptAt(now: Date, attempts: number, baseMs: number): Date {
  const wait = Math.min(baseMs * 2 ** Math.max(0, attempts - 1), MAX_RETRY_WAIT_MS);
  return new Date(now.getTime() + wait);
}

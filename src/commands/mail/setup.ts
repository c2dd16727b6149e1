// The environment `mail send` and `links issue` read, as their help shows it (the setup itself is
// src/mail/setup.ts).
import { MAIL_ENV } from '../../domain/mail-settings.js';

export const MAIL_ENVIRONMENT_HELP = `Environment:
  ${MAIL_ENV.smtp}           smtp://[user:password@]host[:port] (STARTTLS required except on localhost) or smtps://… (TLS from the start); the password is never printed
  ${MAIL_ENV.from}          the From address (default: "Kursportalen" <no-reply@portal host>)
  ${MAIL_ENV.maxAttempts}  attempts before a message counts as failed (default 6)
  ${MAIL_ENV.retrySeconds} wait before the first retry, doubled each time, at most 1 h (default 60)`;

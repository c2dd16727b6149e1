// doctor's look at the settings beyond the database: the portal URL links point at, the SMTP server
// (a real handshake when one is set), the certificate signing key and the issuer. Each check says what
// is wrong or missing and the command that fixes it.
import { redactSetting } from '../context/config.js';
import type { Env } from '../context/context.js';
import {
  certificateSettings,
  DEFAULT_ISSUER,
  DEFAULT_VERIFY_URL,
  signingKeySource,
} from '../context/signing-key.js';
import { LINK_ENV, parsePortalUrl } from '../domain/link-policy.js';
import { MAIL_ENV, mailSettingsFrom, type SmtpTarget } from '../domain/mail-settings.js';
import { type Notice, text } from '../domain/messages/index.js';
import { UserError } from '../errors.js';

export interface SettingCheck {
  name: string;
  /** ok; off (optional and not set); missing (needed for some work); problem (doctor exits 1). */
  state: 'ok' | 'off' | 'missing' | 'problem';
  /** Coded where a problem is said to the agent (a warning in their language); String() is the English. */
  detail: Notice;
  fix: Notice | undefined;
}

export interface SettingsCheckDeps {
  env: Env;
  verifySmtp(target: SmtpTarget): Promise<void>;
}

function failure(error: unknown): Notice {
  if (error instanceof UserError) return error.text ?? error.message;
  return error instanceof Error ? error.message : String(error);
}

export async function checkSettings(deps: SettingsCheckDeps): Promise<SettingCheck[]> {
  const { env } = deps;
  const checks: SettingCheck[] = [];

  const portal = env[LINK_ENV.portal]?.trim();
  if (!portal) {
    checks.push({
      name: 'portal_url',
      state: 'missing',
      detail: 'not set: links issue cannot make activation or reset links',
      fix: 'kursdesk config set portal_url https://kurs.example.no',
    });
  } else {
    const parsed = parsePortalUrl(portal);
    checks.push(
      parsed.ok
        ? { name: 'portal_url', state: 'ok', detail: parsed.value, fix: undefined }
        : {
            name: 'portal_url',
            state: 'problem',
            detail: text('doctor.portal-url-problem', {
              // A password in the URL is refused, and never shown.
              portal: redactSetting(portal),
              reason: parsed.text ?? parsed.error,
            }),
            fix: text('doctor.portal-url-fix'),
          },
    );
  }

  try {
    const mail = mailSettingsFrom(env);
    if (!mail.smtp) {
      checks.push({
        name: 'smtp',
        state: 'off',
        detail: 'not set: links are printed for the agent to paste, not mailed',
        fix: `kursdesk config set smtp_url -   (then type smtp://user:password@host:587)`,
      });
    } else {
      try {
        await deps.verifySmtp(mail.smtp);
        checks.push({
          name: 'smtp',
          state: 'ok',
          detail: `handshake with ${mail.smtp.display} ok`,
          fix: undefined,
        });
      } catch (error) {
        checks.push({
          name: 'smtp',
          state: 'problem',
          detail: `${mail.smtp.display}: ${failure(error)}`,
          fix: text('doctor.smtp-fix', { variable: MAIL_ENV.smtp }),
        });
      }
    }
  } catch (error) {
    checks.push({
      name: 'smtp',
      state: 'problem',
      detail: failure(error),
      fix: 'kursdesk config set smtp_url -   (smtp://user:password@host:587)',
    });
  }

  try {
    const key = signingKeySource(env);
    checks.push(
      key.from === 'none'
        ? {
            name: 'certificate_key',
            state: 'off',
            detail: `none yet: made (owner-only) at ${key.path} by the first certificates issue`,
            fix: 'set KURSDESK_CERT_KEY_FILE to use an existing key',
          }
        : {
            name: 'certificate_key',
            state: 'ok',
            detail: key.from === 'file' ? key.path : 'KURSDESK_CERT_KEY',
            fix: undefined,
          },
    );
  } catch (error) {
    checks.push({ name: 'certificate_key', state: 'problem', detail: failure(error), fix: undefined });
  }

  try {
    const cert = certificateSettings(env);
    const defaults = cert.issuer === DEFAULT_ISSUER || cert.verifyUrl === DEFAULT_VERIFY_URL;
    checks.push({
      name: 'certificate_issuer',
      state: defaults ? 'missing' : 'ok',
      detail: `${cert.issuer}, verified at ${cert.verifyUrl}${defaults ? ' (built-in placeholder)' : ''}`,
      fix: defaults
        ? 'kursdesk config set cert_issuer "<name>"; kursdesk config set cert_verify_url https://…'
        : undefined,
    });
  } catch (error) {
    checks.push({
      name: 'certificate_issuer',
      state: 'problem',
      detail: failure(error),
      fix: 'kursdesk config set cert_issuer / cert_verify_url',
    });
  }
  return checks;
}

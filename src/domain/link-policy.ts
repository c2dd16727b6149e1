// The rules a link is issued under: where it points (the configured portal, never anything typed), how
// long each kind lives and how many one learner may get in a day. Read from the environment the
// command passes in; every bad value is named with its variable.
import { UsageError } from '../errors.js';
import type { LinkKind } from './link-tokens.js';
import { text as message, text } from './messages/index.js';
import { type ParseResult, refused } from './parse-result.js';

type EnvVars = Readonly<Record<string, string | undefined>>;

export const LINK_ENV = {
  portal: 'KURSDESK_PORTAL_URL',
  activationHours: 'KURSDESK_ACTIVATION_TTL_HOURS',
  resetMinutes: 'KURSDESK_RESET_TTL_MINUTES',
  dailyLimit: 'KURSDESK_LINKS_PER_DAY',
} as const;

/**
 * Defaults, and why:
 * - activation 72 h: the learner gets it in a support reply, not while waiting at a screen; three days
 *   cover a weekend, and the link still dies on first use (ASVS 6.4.1: short-lived or single use).
 * - reset 60 min: a reset link is as good as the password, so it lives briefly (OWASP; Looker uses 60
 *   min); a desk-issued reset arrives while the learner may be away from the screen, so the long end of
 *   the usual 30–60 min. After that the learner can always use the portal's own "forgot password".
 * - 3 links per learner per 24 h: one is normal, a second follows a corrected address; more means the
 *   mail is not arriving (fix that first) or someone is flooding the inbox (OWASP: rate-limit per account).
 */
export const LINK_DEFAULTS = { activationHours: 72, resetMinutes: 60, dailyLimit: 3 } as const;
export const LINK_BOUNDS = {
  activationHours: [1, 168],
  resetMinutes: [10, 120],
  dailyLimit: [1, 50],
} as const;

export interface LinkPolicy {
  /** Milliseconds each kind stays valid. */
  lifetimeMs: Readonly<Record<LinkKind, number>>;
  /** Links one learner may get in 24 hours before --force is needed. */
  dailyLimit: number;
}

export function parseBoundedInteger(text: string, min: number, max: number): ParseResult<number> {
  const value = text.trim();
  if (!/^\d+$/.test(value)) return refused(message('integer.not-whole', { value: text }));
  const n = Number(value);
  if (n < min || n > max) return refused(message('integer.out-of-range', { value: n, min, max }));
  return { ok: true, value: n };
}

export function envInteger(
  env: EnvVars,
  name: string,
  fallback: number,
  bounds: readonly [number, number],
): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const parsed = parseBoundedInteger(raw, bounds[0], bounds[1]);
  if (!parsed.ok)
    throw new UsageError(text('env.refused', { variable: name, reason: parsed.text ?? parsed.error }));
  return parsed.value;
}

export function linkPolicyFrom(env: EnvVars): LinkPolicy {
  const hours = envInteger(
    env,
    LINK_ENV.activationHours,
    LINK_DEFAULTS.activationHours,
    LINK_BOUNDS.activationHours,
  );
  const minutes = envInteger(
    env,
    LINK_ENV.resetMinutes,
    LINK_DEFAULTS.resetMinutes,
    LINK_BOUNDS.resetMinutes,
  );
  return {
    lifetimeMs: { activation: hours * 3_600_000, reset: minutes * 60_000 },
    dailyLimit: envInteger(env, LINK_ENV.dailyLimit, LINK_DEFAULTS.dailyLimit, LINK_BOUNDS.dailyLimit),
  };
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK.has(hostname.toLowerCase()) || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

/**
 * The portal's base URL, as configured: https (plain http only on this machine, for a local portal),
 * no credentials, query or fragment. Returned without a trailing slash.
 */
export function parsePortalUrl(text: string): ParseResult<string> {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return refused(message('portal-url.not-a-url', { value: text }));
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    return refused(message('portal-url.needs-https'));
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return refused(message('portal-url.not-https', { protocol: url.protocol }));
  }
  if (url.username || url.password) return refused(message('portal-url.has-credentials'));
  if (url.search || url.hash) return refused(message('portal-url.has-query'));
  return { ok: true, value: `${url.origin}${url.pathname.replace(/\/+$/, '')}` };
}

/** The portal base from KURSDESK_PORTAL_URL; issuing a link without it is a usage error. */
export function portalBaseFrom(env: EnvVars): string {
  const raw = env[LINK_ENV.portal];
  if (raw === undefined || raw.trim() === '') {
    throw new UsageError(text('link.portal-not-set', { variable: LINK_ENV.portal }), {
      // A command, the same in every language.
      hint: 'kursdesk config set portal_url https://kurs.example.no',
    });
  }
  const parsed = parsePortalUrl(raw);
  if (!parsed.ok)
    throw new UsageError(
      text('env.url-refused', { variable: LINK_ENV.portal, problem: parsed.text ?? parsed.error }),
    );
  return parsed.value;
}

/** "72 hours", "60 minutes", "1 hour" — for help, mails and replies. */
export function lifetimeText(ms: number, lang: 'nb' | 'en'): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes % 60 === 0) {
    const hours = minutes / 60;
    if (lang === 'nb') return `${hours} ${hours === 1 ? 'time' : 'timer'}`;
    return `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
  }
  if (lang === 'nb') return `${minutes} ${minutes === 1 ? 'minutt' : 'minutter'}`;
  return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}

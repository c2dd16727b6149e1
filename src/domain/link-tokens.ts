// Activation and password-reset links (W2, W3): the secret token, its stored hash, the URL a learner
// opens, and the state of a link at a given moment. Pure apart from the CSPRNG the token comes from.
import { createHash, randomBytes } from 'node:crypto';
import { text as coded, type Text } from './messages/index.js';
import { type ParseResult, refused } from './parse-result.js';

export const LINK_KINDS = ['activation', 'reset'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/** 32 bytes: 256 bits, far above the 112-bit line under which a plain hash would not be enough. */
export const TOKEN_BYTES = 32;
/** base64url of 32 bytes, without padding. */
export const TOKEN_LENGTH = 43;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** A fresh token from the operating system's CSPRNG, URL-safe. Shown once, never stored. */
export function newLinkToken(): string {
  // A token starting with '-' reads as an option when an agent pastes it into `links check`; drawing
  // again costs under 6 bits of the 256 (still far above the 128-bit floor).
  for (;;) {
    const token = randomBytes(TOKEN_BYTES).toString('base64url');
    if (!token.startsWith('-')) return token;
  }
}

/** What the database keeps instead of the token: SHA-256, hex. */
export function hashLinkToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The path under the portal URL that redeems each kind. */
export const LINK_PATHS: Readonly<Record<LinkKind, string>> = {
  activation: 'account/activate',
  reset: 'account/reset-password',
};

/** The link a learner opens: the configured portal base, the kind's path, the token. */
export function linkUrl(portalBase: string, kind: LinkKind, token: string): string {
  return `${portalBase}/${LINK_PATHS[kind]}/${token}`;
}

/**
 * The kind an account needs: one that never set a password (pending, or made active by an agent before
 * any password was chosen) is activated; any other is reset.
 */
export function linkKindFor(account: {
  status: 'pending' | 'active' | 'disabled';
  password_set_at: string | null;
}): LinkKind {
  return account.status === 'pending' || account.password_set_at === null ? 'activation' : 'reset';
}

export interface TokenInput {
  token: string;
  /** The link's origin when a whole URL was given (to notice links that do not point at the portal). */
  origin: string | undefined;
}

/**
 * A token, or a link containing one, as a learner pasted it: surrounding quotes and angle brackets,
 * trailing punctuation and line breaks (mail clients wrap long links) are dropped. Error messages never
 * repeat the input, because a nearly right token is still a secret.
 */
export function parseTokenInput(input: string): ParseResult<TokenInput> {
  let text = input.replace(/\s+/g, '');
  text = text.replace(/^[<"'([]+/, '').replace(/[>"')\].,;:!?]+$/, '');
  if (text === '') return refused(coded('token.none'));
  let token = text;
  let origin: string | undefined;
  if (text.includes('/')) {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      return refused(coded('token.not-a-url'));
    }
    const segments = url.pathname.split('/').filter(Boolean);
    token = segments.at(-1) ?? '';
    origin = url.origin;
  }
  if (!TOKEN.test(token)) {
    const bad = [...token].some((ch) => !/[A-Za-z0-9_-]/.test(ch));
    return refused(
      coded('token.malformed', {
        inLink: origin !== undefined,
        expected: TOKEN_LENGTH,
        badCharacters: bad,
        length: token.length,
      }),
    );
  }
  return { ok: true, value: { token, origin } };
}

/** A stored link as the rules need it (timestamps are ISO-8601 strings, as both dialects return them). */
export interface LinkFacts {
  created_at: string;
  expires_at: string;
  used_at: string | null;
  revoked_at: string | null;
  superseded_by: number | null;
}

export type LinkStatus = 'valid' | 'used' | 'superseded' | 'revoked' | 'expired';

/** What became of a link by `now`. Using it wins over everything; a newer link wins over revocation. */
export function linkStatus(link: LinkFacts, now: Date): LinkStatus {
  if (link.used_at !== null) return 'used';
  if (link.superseded_by !== null) return 'superseded';
  if (link.revoked_at !== null) return 'revoked';
  if (Date.parse(link.expires_at) <= now.getTime()) return 'expired';
  return 'valid';
}

/** One sentence for the agent, coded: why the link works or does not (times in Oslo time). */
export function linkExplanation(link: LinkFacts, status: LinkStatus): Text {
  return coded('link.explanation', {
    status,
    expiresAt: link.expires_at,
    usedAt: link.used_at,
    revokedAt: link.revoked_at,
    supersededBy: link.superseded_by,
  });
}

/** The same sentence in English (what the records and scripts keep). */
export function linkStatusExplanation(link: LinkFacts, now: Date): string {
  return linkExplanation(link, linkStatus(link, now)).in('en');
}

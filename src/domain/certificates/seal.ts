// Signing a certificate and checking a verification code. The code is self-contained: `KB1:` and the
// base64url of the content bytes followed by their Ed25519 signature, so it can be checked offline with
// nothing but the issuer's public key. The code is parsed strictly (one spelling per byte string), so
// changing any single character of it makes it fail.
import { type KeyObject, sign, verify } from 'node:crypto';
import { type Text, text } from '../messages/index.js';
import { type ParseResult, refused } from '../parse-result.js';
import { type CertificateContent, decodeContent, encodeContent, type SignedContent } from './content.js';
import { keyIdOf, type SigningKey } from './keys.js';

export const CODE_PREFIX = 'KB1:';
const SIGNATURE_BYTES = 64;
/** Signatures are made over this label and the content, so the key cannot be lured into signing anything else. */
const SIGNING_CONTEXT = Buffer.from('kursdesk certificate v1\u0000', 'utf8');

export interface Sealed {
  /** The canonical content bytes, base64url (as stored in the database). */
  payload: string;
  /** The Ed25519 signature, base64url. */
  signature: string;
  keyId: string;
  code: string;
}

function signedMessage(payload: Uint8Array): Buffer {
  return Buffer.concat([SIGNING_CONTEXT, payload]);
}

export function codeOf(payload: Uint8Array, signature: Uint8Array): string {
  return CODE_PREFIX + Buffer.concat([payload, signature]).toString('base64url');
}

export function sealContent(content: CertificateContent, key: SigningKey): Sealed {
  const payload = encodeContent(content, key.keyId);
  const signature = sign(null, signedMessage(payload), key.privateKey);
  return {
    payload: Buffer.from(payload).toString('base64url'),
    signature: signature.toString('base64url'),
    keyId: key.keyId,
    code: codeOf(payload, signature),
  };
}

/** Verification keys by key id (several keys may share an id; all are tried). */
export type KeyRing = ReadonlyMap<string, readonly KeyObject[]>;

export function keyRing(keys: readonly KeyObject[]): KeyRing {
  const ring = new Map<string, KeyObject[]>();
  for (const key of keys) {
    const id = keyIdOf(key);
    const list = ring.get(id) ?? [];
    if (!list.some((k) => k.equals(key))) list.push(key);
    ring.set(id, list);
  }
  return ring;
}

export type SealCheck =
  | { genuine: true; signed: SignedContent; payload: string; signature: string }
  | { genuine: false; reason: string; signed?: SignedContent; text?: Text | undefined };

/** A seal that does not hold: `reason` the English (the verdict's data), `text` the same, coded. */
function notGenuine(why: Text, signed?: SignedContent): SealCheck {
  return { genuine: false, reason: String(why), text: why, ...(signed ? { signed } : {}) };
}

function strictBase64url(text: string): Buffer | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  const bytes = Buffer.from(text, 'base64url');
  // Node ignores stray bits in the last character; a second spelling of the same bytes is refused.
  return bytes.toString('base64url') === text ? bytes : undefined;
}

/** Checks content bytes and a signature (both base64url, as stored) against the key ring. */
export function checkSeal(payloadText: string, signatureText: string, keys: KeyRing): SealCheck {
  const payload = strictBase64url(payloadText);
  const signature = strictBase64url(signatureText);
  if (!payload || payload.length === 0) return notGenuine(text('seal.no-content'));
  const decoded = decodeContent(payload);
  if (!decoded.ok) return { genuine: false, reason: decoded.error, text: decoded.text };
  const signed = decoded.value;
  if (!signature || signature.length !== SIGNATURE_BYTES) {
    return notGenuine(text('seal.signature-malformed'), signed);
  }
  const candidates = keys.get(signed.keyId) ?? [];
  if (candidates.length === 0) {
    return notGenuine(text('seal.unknown-key', { keyId: signed.keyId }), signed);
  }
  const message = signedMessage(payload);
  if (!candidates.some((key) => verify(null, message, key, signature))) {
    return notGenuine(text('seal.forged'), signed);
  }
  return { genuine: true, signed, payload: payloadText, signature: signatureText };
}

/** Splits a verification code into content and signature and checks them. */
export function checkCode(code: string, keys: KeyRing): SealCheck {
  const split = splitCode(code);
  if (!split.ok) return { genuine: false, reason: split.error, text: split.text };
  return checkSeal(split.value.payload, split.value.signature, keys);
}

export function splitCode(code: string): ParseResult<{ payload: string; signature: string }> {
  if (!code.startsWith(CODE_PREFIX)) {
    return refused(text('seal.no-prefix', { prefix: CODE_PREFIX }));
  }
  const bytes = strictBase64url(code.slice(CODE_PREFIX.length));
  if (!bytes) return refused(text('seal.not-base64url'));
  if (bytes.length <= SIGNATURE_BYTES) return refused(text('seal.too-short'));
  return {
    ok: true,
    value: {
      payload: bytes.subarray(0, bytes.length - SIGNATURE_BYTES).toString('base64url'),
      signature: bytes.subarray(bytes.length - SIGNATURE_BYTES).toString('base64url'),
    },
  };
}

const CODE_IN_TEXT = /KB1(?::|%3[Aa])([A-Za-z0-9_-]+)/g;

/**
 * The verification codes in a text: a pasted code, a verification link (the code travels in its
 * fragment, or a `code` parameter) or the bytes of a certificate PDF.
 */
export function codesIn(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(CODE_IN_TEXT)) {
    // Links may carry the colon percent-encoded; everything else must be exact.
    found.add(CODE_PREFIX + match[1]);
  }
  return [...found];
}

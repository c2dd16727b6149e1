// Ed25519 key material for certificates: reading a private key from the forms an operator may hand us,
// reading public keys (one or more PEM blocks), and the short key id that a signed certificate names.
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';
import { text as coded } from '../messages/index.js';
import { type ParseResult, refused } from '../parse-result.js';

/** The DER prefix that turns a 32-byte Ed25519 seed into a PKCS #8 private key. */
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export interface SigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  keyId: string;
}

export function rawPublicKey(publicKey: KeyObject): Buffer {
  const jwk = publicKey.export({ format: 'jwk' }) as { x?: string };
  return Buffer.from(jwk.x ?? '', 'base64url');
}

/** The first 4 bytes of the SHA-256 of the raw public key, as 8 hex digits. */
export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256').update(rawPublicKey(publicKey)).digest('hex').slice(0, 8);
}

function signingKey(privateKey: KeyObject): ParseResult<SigningKey> {
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    return refused(coded('key.wrong-type', { type: privateKey.asymmetricKeyType ?? 'unknown' }));
  }
  const publicKey = createPublicKey(privateKey);
  return { ok: true, value: { privateKey, publicKey, keyId: keyIdOf(publicKey) } };
}

/**
 * A private key given as PEM (PKCS #8), or as base64/base64url of either the 32-byte seed or the PKCS #8
 * DER. Errors never repeat the key text.
 */
export function parsePrivateKey(text: string): ParseResult<SigningKey> {
  const trimmed = text.trim();
  try {
    if (trimmed.startsWith('-----BEGIN')) {
      if (!trimmed.includes('PRIVATE KEY-----')) return refused(coded('key.pem-not-private'));
      return signingKey(createPrivateKey({ key: trimmed, format: 'pem' }));
    }
    if (!/^[A-Za-z0-9+/_-]+=*$/.test(trimmed)) {
      return refused(coded('key.not-pem-or-base64'));
    }
    const bytes = Buffer.from(trimmed.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    if (bytes.length === 32) {
      return signingKey(
        createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, bytes]), format: 'der', type: 'pkcs8' }),
      );
    }
    return signingKey(createPrivateKey({ key: bytes, format: 'der', type: 'pkcs8' }));
  } catch {
    return refused(coded('key.not-ed25519-private'));
  }
}

/** Every `BEGIN PUBLIC KEY` block in a text (a key file may list current and retired keys). */
export function parsePublicKeys(text: string): ParseResult<KeyObject[]> {
  const blocks = text.match(/-----BEGIN PUBLIC KEY-----[\s\S]*?-----END PUBLIC KEY-----/g) ?? [];
  if (blocks.length === 0) return refused(coded('key.no-public-key'));
  const keys: KeyObject[] = [];
  for (const [i, block] of blocks.entries()) {
    let key: KeyObject;
    try {
      key = createPublicKey({ key: block, format: 'pem' });
    } catch {
      return refused(coded('key.public-unreadable', { number: i + 1 }));
    }
    if (key.asymmetricKeyType !== 'ed25519') {
      return refused(coded('key.public-wrong-type', { number: i + 1, type: String(key.asymmetricKeyType) }));
    }
    keys.push(key);
  }
  return { ok: true, value: keys };
}

export function newSigningKey(): { key: SigningKey; pem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  return { key: { privateKey, publicKey, keyId: keyIdOf(publicKey) }, pem };
}

export function publicKeyPem(publicKey: KeyObject): string {
  return publicKey.export({ format: 'pem', type: 'spki' }).toString();
}

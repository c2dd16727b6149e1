// A link's token while its e-mail waits in the outbox: sealed (AES-256-GCM) with a key derived from the
// installation secret, bound to its link row, and erased once the mail is sent or withdrawn. So a copy
// of the database never holds a usable token, only hashes and sealed boxes it cannot open.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 'v1';

function sealingKey(secret: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'kursdesk', 'outbox link token sealing v1', 32));
}

function binding(linkId: number): Buffer {
  return Buffer.from(`outbox-link:${linkId}`, 'utf8');
}

export function sealToken(secret: Buffer, linkId: number, token: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealingKey(secret), iv);
  cipher.setAAD(binding(linkId));
  const body = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
  return [VERSION, iv, body, cipher.getAuthTag()]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
}

/** The token, or undefined when the box was made with another key, for another link, or tampered with. */
export function unsealToken(secret: Buffer, linkId: number, sealed: string): string | undefined {
  const [version, iv, body, tag] = sealed.split('.');
  if (version !== VERSION || !iv || body === undefined || !tag) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', sealingKey(secret), Buffer.from(iv, 'base64url'));
    decipher.setAAD(binding(linkId));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
  } catch {
    return undefined;
  }
}

// The keyed hash ("blind index") that stands in for a national ID in the database: enough for the
// one-account-per-person check and for look-ups, useless without the installation's key.
import { createRequire } from 'node:module';

let crypto: typeof import('node:crypto') | undefined;

/** node:crypto on first use: loading it is a noticeable part of start-up, and a look-up by id needs none. */
function createHmac(algorithm: string, key: Buffer) {
  crypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return crypto.createHmac(algorithm, key);
}

export function nationalIdHash(key: Buffer, nationalId: string): string {
  return createHmac('sha256', key).update(`national-id:${nationalId}`).digest('hex');
}

/** A short fingerprint of the key, stored in the database to notice a wrong KURSDESK_SECRET early. */
export function keyFingerprint(key: Buffer): string {
  return createHmac('sha256', key).update('kursdesk key fingerprint').digest('hex').slice(0, 16);
}

// Database-level facts kept in kursdesk_meta: whether it is a test/demo database and which key made
// its national-ID hashes.
import type { Kysely } from 'kysely';
import { text as coded } from '../../domain/messages/index.js';
import { keyFingerprint } from '../../domain/national-id-hash.js';
import { UserError } from '../../errors.js';
import type { Schema } from '../schema.js';

type Q = Kysely<Schema>;

export async function getMeta(db: Q, key: string): Promise<string | undefined> {
  const row = await db.selectFrom('kursdesk_meta').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value;
}

export async function setMeta(db: Q, key: string, value: string): Promise<void> {
  await db
    .insertInto('kursdesk_meta')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

export const DATABASE_KIND = 'database_kind';
export type DatabaseKind = 'production' | 'test';

/** A test/demo database accepts synthetic national IDs; every other database is treated as production. */
export async function isTestDatabase(db: Q): Promise<boolean> {
  return (await getMeta(db, DATABASE_KIND)) === 'test';
}

const KEY_FINGERPRINT = 'national_id_key';

/**
 * Checks that the key in use is the one this database's hashes were made with (recording it on first
 * use), so a wrong KURSDESK_SECRET cannot silently create duplicate accounts.
 */
export async function checkNationalIdKey(db: Q, key: Buffer, options: { record: boolean }): Promise<void> {
  const fingerprint = keyFingerprint(key);
  const stored = await getMeta(db, KEY_FINGERPRINT);
  if (stored === undefined) {
    if (options.record) await setMeta(db, KEY_FINGERPRINT, fingerprint);
    return;
  }
  if (stored !== fingerprint) {
    throw new UserError(coded('secret.other-key', { stored, yours: fingerprint }), 1, {
      hint: coded('hint.same-secret'),
    });
  }
}

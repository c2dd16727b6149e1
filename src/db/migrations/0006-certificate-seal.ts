// What verifiable certificates need beyond 0002: the signed content exactly as it was signed (so a
// re-issue prints the same certificate even after the learner's record changed) and the signing key's
// id; and an index for issuing a whole unit's certificates.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Base64url of the canonical content bytes (src/domain/certificates/content.ts); null until signed.
  await db.schema.alterTable('certificates').addColumn('payload', 'text').execute();
  await db.schema.alterTable('certificates').addColumn('key_id', 'text').execute();
  await db.schema.createIndex('completions_unit').on('completions').column('unit_id').execute();
}

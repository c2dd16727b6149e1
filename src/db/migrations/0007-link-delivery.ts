// What link delivery (W2, W3) needs beyond 0001: each outbox message knows the link it carries, holds
// that link's token sealed until it is sent (erased after), and keeps the SMTP server's reply.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('outbox')
    .addColumn('link_token_id', 'integer', (c) => c.references('link_tokens.id').onDelete('set null'))
    .execute();
  // v1.<iv>.<ciphertext>.<tag> (domain/sealed-token.ts); null once sent or withdrawn.
  await db.schema.alterTable('outbox').addColumn('sealed_token', 'text').execute();
  await db.schema.alterTable('outbox').addColumn('smtp_reply', 'text').execute();
  await db.schema.createIndex('outbox_link_token').on('outbox').column('link_token_id').execute();
}

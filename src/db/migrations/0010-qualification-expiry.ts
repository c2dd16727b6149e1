// The expiring-qualifications report (W14) starts from the completions that expire in a window: an
// index on the expiry date, so it reads those rows and not every completion ever recorded.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('completions_expiry').on('completions').column('expires_on').execute();
}

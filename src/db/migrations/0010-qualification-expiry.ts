// The expiring-qualifications report (W14) reads the passed completions that expire in a window and,
// for each, checks that no later pass renewed it. Two covering indexes make both steps index look-ups:
// by expiry date, and by learner and course in the order the latest pass is found.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('completions_expiry')
    .on('completions')
    .columns(['expires_on', 'passed', 'user_id', 'course_id', 'completed_on', 'id'])
    .execute();
  await db.schema
    .createIndex('completions_latest')
    .on('completions')
    .columns(['user_id', 'course_id', 'passed', 'completed_on', 'id'])
    .execute();
}

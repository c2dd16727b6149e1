// The demo set's dates as loaded: its manifest (`dates_relative_to`) moves every date to the day of the
// load, so a test that names a unit's start or a validity's end reads it back instead of writing it down.
import type { Db } from '../../src/db/connect.js';

/** A course unit's start, as an ISO 8601 instant in UTC. */
export async function unitStartsAt(db: Db, unitId: number): Promise<string> {
  const row = await db.kysely
    .selectFrom('course_units')
    .select('starts_at')
    .where('id', '=', unitId)
    .executeTakeFirstOrThrow();
  return new Date(row.starts_at as string | Date).toISOString();
}

/** The last day (yyyy-mm-dd) a completion is valid. */
export async function completionExpiresOn(db: Db, completionId: number): Promise<string> {
  const row = await db.kysely
    .selectFrom('completions')
    .select('expires_on')
    .where('id', '=', completionId)
    .executeTakeFirstOrThrow();
  return String(row.expires_on);
}

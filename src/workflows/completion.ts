// What shell completion may offer from the database: course codes and the ids of coming units. Cheap
// queries only (an index scan of a few hundred rows), since they run on every TAB.
import type { Db } from '../db/connect.js';

export interface CompletionValue {
  value: string;
  description: string;
}

export async function courseCodes(db: Db, limit = 500): Promise<CompletionValue[]> {
  const rows = await db.kysely
    .selectFrom('courses')
    .select(['code', 'title'])
    .orderBy('code')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ value: r.code, description: r.title }));
}

/** Units that have not started, soonest first: the ones an agent books or cancels. */
export async function comingUnitIds(db: Db, now: Date, limit = 200): Promise<CompletionValue[]> {
  const rows = await db.kysely
    .selectFrom('course_units')
    .innerJoin('courses', 'courses.id', 'course_units.course_id')
    .select(['course_units.id', 'courses.code', 'course_units.starts_at', 'course_units.place'])
    .where('course_units.starts_at', '>=', now.toISOString())
    .where('course_units.status', '=', 'scheduled')
    .orderBy('course_units.starts_at')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    value: String(r.id),
    description: `${r.code} ${String(r.starts_at).slice(0, 10)} ${r.place}`,
  }));
}

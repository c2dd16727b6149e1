// The kursdesk tables dropped under a running command (by hand, or a reset from another desk) after it
// checked the schema version: one coded line, exit 1, no "internal error" and no server words that
// name internal tables; on both dialects.
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { oneLineError } from '../commands/fixtures.js';
import { runCli } from '../helpers/cli.js';
import { DIALECTS, openTestDatabase, stopTestServers } from '../helpers/databases.js';

afterAll(stopTestServers);

describe.each(DIALECTS)('%s: a table dropped after the schema check', (dialect) => {
  it('users find and users show say so in one line, exit 1', { timeout: 120_000 }, async () => {
    const t = await openTestDatabase(dialect);
    try {
      // The schema version table stays, so the check at open passes, as it would just before a drop.
      await sql`drop table name_terms`.execute(t.db.kysely);
      await sql`drop table users${sql.raw(dialect === 'postgres' ? ' cascade' : '')}`.execute(t.db.kysely);
      for (const argv of [
        ['users', 'find', '--name', 'Kari Nordmann'],
        ['users', 'show', '1'],
      ]) {
        const run = await runCli(argv, { db: t.url });
        expect(run.code, run.stderr).toBe(1);
        expect(run.stdout).toBe('');
        expect(oneLineError(run.stderr)).toBe(
          'kursdesk: the kursdesk tables went away while the command ran (the schema or a table was dropped, or the database was reset from elsewhere): the step under way was rolled back — kursdesk db status shows what is left; kursdesk db migrate sets the tables up again',
        );
      }
    } finally {
      await t.close();
    }
  });
});

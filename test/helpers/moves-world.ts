// The moves world (test/moves/setup.ts) seeded afresh before each test on one dialect, with the CLI
// in-process against it: the set-up of the `users move` tests and of the company-by-name ones.
import { beforeEach } from 'vitest';
import type { Dialect } from '../../src/db/target.js';
import { seedWorld, type World } from '../moves/setup.js';
import { type CliOptions, runCli } from './cli.js';
import { type TestDatabase, useTestDatabase } from './databases.js';

export interface MovesWorld {
  /** The database of the running test. */
  readonly t: TestDatabase;
  /** The world seeded in it. */
  readonly w: World;
  /** The CLI in-process against that database. */
  kd(argv: string[], options?: CliOptions): ReturnType<typeof runCli>;
  /**
   * Everything a move may change, to compare before and after one that must change nothing;
   * `{ emails: false }` leaves the e-mail history out.
   */
  snapshot(options?: { emails?: boolean }): Promise<Record<string, unknown[]>>;
}

export function useMovesWorld(dialect: Dialect): MovesWorld {
  const database = useTestDatabase(dialect);
  let seeded: { t: TestDatabase; w: World } | undefined;
  beforeEach(async () => {
    const t = database();
    seeded = { t, w: await seedWorld(t.db.kysely) };
  });
  const now = () => {
    if (!seeded) throw new Error('useMovesWorld: the world is seeded in beforeEach');
    return seeded;
  };
  return {
    get t() {
      return now().t;
    },
    get w() {
      return now().w;
    },
    kd: (argv, options = {}) => runCli(argv, { db: now().t.url, ...options }),
    async snapshot({ emails = true } = {}) {
      const db = now().t.db.kysely;
      return {
        users: await db
          .selectFrom('users')
          .select(['id', 'email', 'employer_id', 'invoice_reference', 'version'])
          .orderBy('id')
          .execute(),
        employment: await db.selectFrom('employment_history').selectAll().orderBy('id').execute(),
        enrolments: await db
          .selectFrom('enrolments')
          .select(['id', 'invoice_company_id'])
          .orderBy('id')
          .execute(),
        ...(emails
          ? { emails: await db.selectFrom('email_history').selectAll().orderBy('id').execute() }
          : {}),
        audit: await db.selectFrom('audit_log').select('id').execute(),
      };
    },
  };
}

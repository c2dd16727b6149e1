// The moves world (test/moves/setup.ts) on a fresh SQLite file for each test, with the bulk move its
// terminal tests start: the built CLI in an 80-column pseudo-terminal asking before it moves three learners.
import { beforeEach } from 'vitest';
import { seedWorld, type World } from '../moves/setup.js';
import { type TestDatabase, useTestDatabase } from './databases.js';
import { runInTerminal } from './pty.js';

export function useBulkMoveTerminal() {
  const database = useTestDatabase('sqlite');
  let t: TestDatabase;
  let w: World;
  beforeEach(async () => {
    t = database();
    w = await seedWorld(t.db.kysely);
  });
  return {
    db: () => t,
    world: () => w,
    /** Every learner's employer, in id order. */
    employers: async () =>
      (await t.db.kysely.selectFrom('users').select('employer_id').orderBy('id').execute()).map(
        (r) => r.employer_id,
      ),
    /** `users move --from Gammel Bygg --to Bane og Signal`, with `env` beside the database. */
    move: (env: Record<string, string> = {}) =>
      runInTerminal(
        ['users', 'move', '--from', 'Gammel Bygg', '--to', 'Bane og Signal', '--ticket', 'HR-1'],
        {
          cols: 80,
          env: { KURSDESK_DB: t.url, ...env },
        },
      ),
  };
}

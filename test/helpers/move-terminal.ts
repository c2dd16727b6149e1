// The moves world (test/moves/setup.ts) on a fresh SQLite file for each test, with the bulk move its
// terminal tests start: the built CLI in an 80-column pseudo-terminal asking before it moves three learners.
import { useMovesWorld } from './moves-world.js';
import { runInTerminal } from './pty.js';

export function useBulkMoveTerminal() {
  const m = useMovesWorld('sqlite');
  return {
    db: () => m.t,
    world: () => m.w,
    /** Every learner's employer, in id order. */
    employers: async () =>
      (await m.t.db.kysely.selectFrom('users').select('employer_id').orderBy('id').execute()).map(
        (r) => r.employer_id,
      ),
    /** `users move --from Gammel Bygg --to Bane og Signal`, with `env` beside the database. */
    move: (env: Record<string, string> = {}) =>
      runInTerminal(
        ['users', 'move', '--from', 'Gammel Bygg', '--to', 'Bane og Signal', '--ticket', 'HR-1'],
        {
          cols: 80,
          env: { KURSDESK_DB: m.t.url, ...env },
        },
      ),
  };
}

// Confirmation as an agent meets it: the built CLI in a real pseudo-terminal at 80 columns shows what a
// bulk move or an unenrolment will change and asks; n leaves everything as it was, y makes the change.
import { afterAll, describe, expect, it } from 'vitest';
import { stopTestServers } from '../helpers/databases.js';
import { slowTests } from '../helpers/limits.js';
import { useBulkMoveTerminal } from '../helpers/move-terminal.js';
import { KEYS, runInTerminal } from '../helpers/pty.js';
import { enrolmentById } from '../helpers/rows.js';
import { NEW, OLD } from '../moves/setup.js';

slowTests();

afterAll(stopTestServers);

describe('confirmation in a terminal', () => {
  const bulk = useBulkMoveTerminal();
  const { employers } = bulk;
  const move = () => bulk.move();
  it('a bulk move shows the learners and asks; n changes nothing (exit 130)', async () => {
    const run = move();
    await run.waitFor('Move 3 learner(s)');
    const screen = run.screen().join('\n');
    expect(screen).toContain(`This will move 3 learner(s) from ${OLD.name} (${OLD.org_number}) to`);
    expect(screen).toMatch(/learner \d+ Kari/);
    run.write('n');
    run.write(KEYS.enter);
    expect(await run.exited).toBe(130);
    expect(run.screen().join('\n')).toContain('nothing was changed');
    expect(await employers()).toEqual([bulk.world().old, bulk.world().old, bulk.world().old]);
  });

  it('y moves them', async () => {
    const run = move();
    await run.waitFor('Move 3 learner(s)');
    run.write('y');
    run.write(KEYS.enter);
    expect(await run.exited).toBe(0);
    expect(run.screen().join('\n')).toContain(`--to 'Bane og Signal': ${NEW.name} (${NEW.org_number})`);
    expect(await employers()).toEqual([bulk.world().new, bulk.world().new, bulk.world().new]);
  });

  it('unenrol names the unit and the course before it asks', async () => {
    const seat = await enrolmentById(bulk.db().db.kysely, bulk.world().comingPaid);
    const run = runInTerminal(['units', 'unenrol', '1', String(seat.unit_id)], {
      cols: 80,
      env: { KURSDESK_DB: bulk.db().url },
    });
    await run.waitFor(`Take learner 1 off their seat on unit ${seat.unit_id} (KL-200)?`);
    run.write(KEYS.ctrlC);
    expect(await run.exited).toBe(130);
    const still = await enrolmentById(bulk.db().db.kysely, bulk.world().comingPaid);
    expect(still.status).toBe('enrolled');
  });
});

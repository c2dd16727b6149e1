// `users move` run again after it was done, as a script retries: a learner already at the employer, asked
// for nothing else, is left as is with exit 0 and a line saying so, and nothing is audited; the single
// form and the --file form alike, on both dialects. Another invoice reference is still refused.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { DIALECTS, stopTestServers, useTestDatabase } from '../helpers/databases.js';
import { useMovesWorld } from '../helpers/moves-world.js';
import { NEW, OLD, seedWorld } from './setup.js';

afterAll(stopTestServers);
const dir = mkdtempSync(join(tmpdir(), 'kursdesk-move-again-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(DIALECTS)('users move again on %s', (dialect) => {
  const m = useMovesWorld(dialect);
  const { kd } = m;
  const snapshot = () => m.snapshot({ emails: false });

  it('one learner: the same move again exits 0, says nothing changed, changes and audits nothing', async () => {
    const move = ['users', 'move', '1', '--to', NEW.org_number, '--invoice-ref', 'P-1'];
    expect((await kd(move)).code).toBe(0);
    const before = await snapshot();
    for (const argv of [
      move,
      ['users', 'move', '1', '--to', NEW.org_number],
      ['users', 'move', 'kari@gammelbygg.no', '--to', NEW.name, '--dry-run'],
      ['users', 'move', '1', '--to', NEW.org_number, '--email', 'kari@gammelbygg.no', '--ticket', 'S-1'],
    ]) {
      const again = await kd([...argv, '--format', 'json']);
      expect(again.code, `${argv.join(' ')}: ${again.stderr}`).toBe(0);
      expect(again.stderr).toMatch(
        new RegExp(
          `(^|\n)learner 1 is already employed at ${NEW.name} \\(${NEW.org_number}\\); nothing changed\n$`,
        ),
      );
      expect(again.stderr).not.toMatch(/moved learner|would move/);
      expect(JSON.parse(again.stdout)).toMatchObject({ id: 1, invoice_reference: 'P-1' });
      expect(await snapshot()).toEqual(before);
    }
    // In bokmål for an agent who chose it.
    const nb = await kd(move, { env: { KURSDESK_LANG: 'nb' } });
    expect(nb.stderr).toContain(
      `bruker 1 er allerede ansatt i ${NEW.name} (${NEW.org_number}); ingenting ble endret`,
    );
  });

  it('one learner: a learner who never moved, "moved" to the employer they have, is left as is', async () => {
    const before = await snapshot();
    const run = await kd(['users', 'move', '2', '--to', OLD.org_number]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toMatch(/moved learner/);
    expect(await snapshot()).toEqual(before);
  });

  it('one learner: another invoice reference or login at the same employer is still refused (exit 2)', async () => {
    const before = await snapshot();
    const ref = await kd(['users', 'move', '1', '--to', OLD.org_number, '--invoice-ref', 'GB-99']);
    expect(ref.code).toBe(2);
    expect(ref.stderr).toContain('nothing to move');
    const login = await kd([
      'users',
      'move',
      '1',
      '--to',
      OLD.org_number,
      '--email',
      'kari@ny.test',
      '--ticket',
      'S-2',
    ]);
    expect(login.code).toBe(2);
    expect(await snapshot()).toEqual(before);
  });

  it('--file: the same list again exits 0 with every learner unchanged and nothing audited', async () => {
    const list = join(dir, `list-${dialect}.csv`);
    writeFileSync(list, 'email,invoice_reference\nkari@gammelbygg.no,P-1\nsiri@gmail.com,\n');
    const argv = ['users', 'move', '--yes', '--file', list, '--to', NEW.org_number, '--format', 'json'];
    const first = await kd(argv);
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ moved: 2, unchanged: 0, refused: 0 });
    const before = await snapshot();
    const again = await kd(argv);
    expect(again.code, again.stderr).toBe(0);
    const report = JSON.parse(again.stdout);
    expect(report).toMatchObject({ rows: 2, movable: 0, moved: 0, refused: 0, unchanged: 2 });
    expect(report.learners.map((r: { outcome: string }) => r.outcome)).toEqual(['unchanged', 'unchanged']);
    expect(again.stderr).toContain(`2 learner(s) already employed at ${NEW.name}: left as they are`);
    expect(await snapshot()).toEqual(before);

    // A list with one learner already there and one to move: the one moves, the other is left as is.
    const mixed = join(dir, `mixed-${dialect}.csv`);
    writeFileSync(mixed, 'id\n3\n2\n');
    const run = await kd([
      'users',
      'move',
      '--yes',
      '--file',
      mixed,
      '--to',
      NEW.org_number,
      '--format',
      'json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ moved: 1, unchanged: 1, refused: 0 });
  });
});

describe('users move --file: a learner written with a digit too few or too many', () => {
  const database = useTestDatabase('sqlite');
  it('is masked whole in the report, as in its reason (never quoted back)', async () => {
    const t = database();
    await seedWorld(t.db.kysely);
    const list = join(dir, 'slips.csv');
    // An invented number's slips: one digit short, one digit extra (no real person's).
    writeFileSync(list, 'learner\n1510869507\n151086950781\n');
    for (const format of ['table', 'json', 'csv']) {
      const run = await runCli(
        ['users', 'move', '--yes', '--file', list, '--to', NEW.org_number, '--format', format],
        { db: t.url },
      );
      expect(run.code).toBe(1);
      expect(`${run.stdout}${run.stderr}`).not.toMatch(/1510869507/);
      expect(run.stdout).toContain('****** *****');
    }
  });
});

// The confirmation before a change as a bokmål agent meets it: the built CLI in a real pseudo-terminal
// asks "(j/N)", takes j/ja/y/yes and n/nei/no in any case (in English too) and echoes the answer in the
// agent's language; anything else is asked again rather than read as the default.
import { afterAll, describe, expect, it } from 'vitest';
import { stopTestServers } from '../helpers/databases.js';
import { slowTests } from '../helpers/limits.js';
import { useBulkMoveTerminal } from '../helpers/move-terminal.js';
import { KEYS } from '../helpers/pty.js';

slowTests();

afterAll(stopTestServers);

describe('a yes/no answer at the confirmation, in a terminal', () => {
  const bulk = useBulkMoveTerminal();
  const { employers } = bulk;
  const move = (lang: 'nb' | 'en') => bulk.move({ KURSDESK_LANG: lang });
  /** The answered question, its wrapped lines joined. */
  const answered = (screen: string[]) => {
    const from = screen.findIndex((line) => line.startsWith('✔'));
    if (from < 0) return '';
    let to = from;
    while (to < screen.length - 1 && !screen[to]?.includes('?')) to++;
    return screen.slice(from, to + 1).join('');
  };

  it('nb: the hint is (j/N), and "j" makes the change and shows Ja', async () => {
    const run = move('nb');
    await run.waitFor('(j/N)');
    expect(run.screen().join('\n')).not.toContain('(y/N)');
    run.write('j');
    run.write(KEYS.enter);
    expect(await run.exited).toBe(0);
    expect(answered(run.screen())).toMatch(/\? Ja$/);
    expect(await employers()).toEqual([bulk.world().new, bulk.world().new, bulk.world().new]);
  });

  it('nb: "NEI" changes nothing and shows Nei (exit 130)', async () => {
    const run = move('nb');
    await run.waitFor('(j/N)');
    run.write('NEI');
    run.write(KEYS.enter);
    expect(await run.exited).toBe(130);
    expect(answered(run.screen())).toMatch(/\? Nei$/);
    expect(await employers()).toEqual([bulk.world().old, bulk.world().old, bulk.world().old]);
  });

  it('en: "Ja" is a yes too, shown as Yes beside the (y/N) question', async () => {
    const run = move('en');
    await run.waitFor('(y/N)');
    run.write('Ja');
    run.write(KEYS.enter);
    expect(await run.exited).toBe(0);
    expect(answered(run.screen())).toMatch(/^✔ Move 3 learner\(s\).*\? Yes$/);
    expect(await employers()).toEqual([bulk.world().new, bulk.world().new, bulk.world().new]);
  });

  it('an answer that is neither is asked again, not taken as the default', async () => {
    const run = move('nb');
    await run.waitFor('(j/N)');
    run.write('jo');
    run.write(KEYS.enter);
    await run.waitFor('svar j (ja) eller n (nei)');
    // The refused answer is gone: what is typed next is the whole answer (not "joja").
    run.write('ja');
    run.write(KEYS.enter);
    expect(await run.exited).toBe(0);
    expect(await employers()).toEqual([bulk.world().new, bulk.world().new, bulk.world().new]);
  });
});

// The pseudo-terminal helper itself: the program sees a terminal of the chosen width, and the screen
// the helper keeps is what that terminal shows.
import { describe, expect, it } from 'vitest';
import { slowTests } from './limits.js';
import { runInTerminal } from './pty.js';

slowTests();

describe('runInTerminal', () => {
  it('runs the CLI in a terminal of the given width and keeps its screen', async () => {
    const run = runInTerminal(['--help'], { cols: 60 });
    expect(await run.exited).toBe(0);
    const lines = run.screen();
    expect(lines.join('\n')).toContain('Usage: kursdesk');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(60);
  });
});

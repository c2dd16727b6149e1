// The time limit of tests whose work is inherently slow: they start the built CLI (runBin), a
// pseudo-terminal (runInTerminal) or a demo load, or run a learner's whole life through the CLI on a
// real database. One such step takes about a second on an idle machine and several on the shared 2-core
// one at load 30–48, where vitest's 30 s (vitest.config.ts) failed tests that pass alone. The limit
// stays finite, so a test that hangs still fails.
import { vi } from 'vitest';

export const SLOW_TEST_LIMIT = 120_000;

/** Gives every test and hook of the calling file SLOW_TEST_LIMIT; call it once, at the top of the file. */
export function slowTests(): void {
  vi.setConfig({ testTimeout: SLOW_TEST_LIMIT, hookTimeout: SLOW_TEST_LIMIT });
}

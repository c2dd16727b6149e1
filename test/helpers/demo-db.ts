// The demo data loaded the way an agent loads it (the built CLI), for tests that read or walk it.
import { expect } from 'vitest';
import { runBin } from './e2e.js';

/** Loads the demo data into the database at `url`; the test fails if the load does. */
export async function loadDemo(url: string): Promise<void> {
  const loaded = await runBin(['--db', url, 'fixtures', 'load', 'demo', '--yes', '-q']);
  expect(loaded.code, loaded.stderr).toBe(0);
}

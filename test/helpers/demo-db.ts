// The demo data loaded the way an agent loads it (the built CLI), for tests that read or walk it.
import { afterAll, beforeAll, expect } from 'vitest';
import type { Dialect } from '../../src/db/target.js';
import { loadFixture } from '../../src/workflows/fixtures/load.js';
import { loadRequest } from '../fixtures/support.js';
import { openTestDatabase, type TestDatabase } from './databases.js';
import { testDeps } from './deps.js';
import { runBin } from './e2e.js';

/** Loads the demo data into the database at `url`; the test fails if the load does. */
export async function loadDemo(url: string): Promise<void> {
  const loaded = await runBin(['--db', url, 'fixtures', 'load', 'demo', '--yes', '-q']);
  expect(loaded.code, loaded.stderr).toBe(0);
}

/**
 * A test database with the demo data loaded in-process, opened before the describe block's tests and
 * closed after them (the data is not reset between tests). Read it as `t.db`, `t.url` once the tests run.
 */
export function useDemoDatabase(dialect: Dialect): TestDatabase {
  let opened: TestDatabase | undefined;
  beforeAll(async () => {
    opened = await openTestDatabase(dialect);
    await loadFixture(testDeps(opened.db), loadRequest('demo'));
  }, 120_000);
  afterAll(() => opened?.close());
  const current = (): TestDatabase => {
    if (!opened) throw new Error('useDemoDatabase: the database is opened in beforeAll');
    return opened;
  };
  return {
    get dialect() {
      return current().dialect;
    },
    get url() {
      return current().url;
    },
    get db() {
      return current().db;
    },
    reset: () => current().reset(),
    close: () => current().close(),
  };
}

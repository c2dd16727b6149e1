// Workflow dependencies for tests: a test database, a fixed clock and the test key.
import { fixedClock } from '../../src/context/clock.js';
import type { Db } from '../../src/db/connect.js';
import type { WorkflowDeps } from '../../src/workflows/deps.js';
import { TEST_NOW, TEST_SECRET } from './cli.js';

export function testDeps(
  db: Db,
  options: { now?: string; agent?: string; ticket?: string; requireTicket?: boolean } = {},
): WorkflowDeps {
  const clock = fixedClock(options.now ?? TEST_NOW);
  return {
    db,
    clock,
    actor: () => ({
      agent: options.agent ?? 'test-agent',
      ticket: options.ticket,
      now: clock.now(),
      requireTicket: options.requireTicket === true,
    }),
    secret: () => Buffer.from(TEST_SECRET),
  };
}

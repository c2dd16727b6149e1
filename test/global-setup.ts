// Before the tests: builds the CLI once (end-to-end tests run the current code with plain `vitest`,
// and no test builds it again) and, unless KURSDESK_TEST_PG_URL names a PostgreSQL server, starts one
// PGlite server per vitest worker (pglite-server.mjs) for the test files of that worker to share.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The PGlite server of each worker, by VITEST_POOL_ID − 1; empty when KURSDESK_TEST_PG_URL is set. */
    pgliteUrls: string[];
  }
}

interface PgliteServer {
  child: ChildProcess;
  url: Promise<string>;
}

function startPgliteServer(): PgliteServer {
  const child = spawn(process.execPath, [join(import.meta.dirname, 'helpers', 'pglite-server.mjs')], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const url = new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) =>
      reject(new Error(`the PGlite server exited with ${code} before it listened`)),
    );
  });
  return { child, url };
}

/** As many workers as vitest will start (its own rule when the configuration does not say). */
function workerCount(project: TestProject): number {
  const configured = project.config.maxWorkers;
  if (typeof configured === 'number' && configured > 0) return configured;
  return Math.max(availableParallelism() - 1, 1);
}

export default async function setup(project: TestProject): Promise<() => void> {
  // Started first, so they start up while the CLI builds.
  const servers = process.env.KURSDESK_TEST_PG_URL
    ? []
    : Array.from({ length: workerCount(project) }, startPgliteServer);
  const stop = () => {
    for (const { child } of servers) child.stdin?.end();
  };
  try {
    execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
    project.provide('pgliteUrls', await Promise.all(servers.map((s) => s.url)));
  } catch (error) {
    stop();
    throw error;
  }
  return stop;
}

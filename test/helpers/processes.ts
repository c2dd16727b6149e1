// Races between separate processes, as between agents sharing one database. A small program (bundled
// with bundleProgram) is started once per agent; each connects, says "ready" and waits, so that all of
// them can be let go at the same moment; each then prints its outcome as its last line of JSON. The
// program's side of this is runRaceProcess in race-process.ts.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll } from 'vitest';
import type { Dialect } from '../../src/db/target.js';
import { type Bundle, bundleProgram } from './bundle.js';
import { TEST_SECRET } from './cli.js';

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * Whether a dialect can race real processes: SQLite (a WAL file) always, PostgreSQL when
 * KURSDESK_TEST_PG_URL names a server. PGlite serves one session, so there the tests take turns instead.
 */
export function separateProcesses(dialect: Dialect): boolean {
  return dialect === 'sqlite' || process.env.KURSDESK_TEST_PG_URL !== undefined;
}

/** A process started and connected, waiting for go(). */
export interface WaitingProcess<T> {
  /** Lets it start; resolves with the JSON it printed last, rejects if it exits with another code than 0. */
  go(): Promise<T>;
}

/** Starts `node <file> <args>` and resolves once it says "ready" (or rejects if it exits before). */
export async function startProcess<T>(
  file: string,
  args: string[],
  label: string,
): Promise<WaitingProcess<T>> {
  const child = spawn(process.execPath, [file, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', KURSDESK_SECRET: TEST_SECRET },
  });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += String(d);
  });
  const lines: string[] = [];
  const ready = new Promise<void>((resolve) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line === 'ready') resolve();
      else lines.push(line);
    });
  });
  const exited = new Promise<T>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const last = lines.at(-1);
      if (code === 0 && last) resolve(JSON.parse(last) as T);
      else reject(new Error(`${label} exited with ${code}: ${stderr || lines.join('\n')}`));
    });
  });
  await Promise.race([ready, exited]);
  return {
    go: () => {
      child.stdin.end('go\n');
      return exited;
    },
  };
}

/** Starts one process per argument list, waits until every one is ready, then lets them all go at once. */
export async function raceProcesses<T>(file: string, argLists: string[][], label: string): Promise<T[]> {
  const waiting = await Promise.all(
    argLists.map((args, i) => startProcess<T>(file, args, `${label} ${i + 1}`)),
  );
  return Promise.all(waiting.map((p) => p.go()));
}

export interface BundledProgram {
  start<T>(args: string[]): Promise<WaitingProcess<T>>;
  race<T>(argLists: string[][]): Promise<T[]>;
}

/** Bundles the program before the file's tests (and removes it after) and runs it as separate processes. */
export function useBundledProgram(entry: string, name: string): BundledProgram {
  let bundle: Bundle | undefined;
  beforeAll(async () => {
    bundle = await bundleProgram(entry, name);
  });
  afterAll(() => bundle?.remove());
  const file = () => {
    if (!bundle) throw new Error(`${name} is not bundled yet: start it inside a test`);
    return bundle.file;
  };
  return {
    start: (args) => startProcess(file(), args, name),
    race: (argLists) => raceProcesses(file(), argLists, name),
  };
}

// Runs the built bin/kursdesk as a separate process, as a user's shell would (no terminal).
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Env } from '../../src/context/context.js';
import type { CliRun } from './cli.js';
import { testEnv } from './cli.js';
import { secretsIn } from './output-guard.js';

export const BIN = join(import.meta.dirname, '..', '..', 'bin', 'kursdesk');

/**
 * For a test that runs the binary as another user (root ignores permission bits, so as root such tests
 * run it as nobody): lets everyone pass through the folders above the checkout, which a clone in a
 * `mktemp -d` folder (mode 0700) does not. Returns what puts the modes back.
 */
export function passageToBin(): () => void {
  const changed: [string, number][] = [];
  for (let up = dirname(BIN); up !== dirname(up); up = dirname(up)) {
    const mode = statSync(up).mode & 0o7777;
    if ((mode & 0o001) === 0) {
      chmodSync(up, mode | 0o001);
      changed.push([up, mode]);
    }
  }
  return () => {
    for (const [up, mode] of changed) chmodSync(up, mode);
  };
}

export function runBin(
  argv: string[],
  options: {
    env?: Env;
    stdin?: string;
    cwd?: string;
    /** Run as this user (only root may): where a test needs permission bits to apply, which root ignores. */
    user?: { uid: number; gid: number };
  } = {},
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' };
    for (const [k, v] of Object.entries(testEnv(options.env))) if (v !== undefined) env[k] = v;
    const child = spawn(process.execPath, [BIN, ...argv], {
      env,
      cwd: options.cwd ?? process.cwd(),
      stdio: 'pipe',
      ...options.user,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += String(d);
    });
    child.stderr.on('data', (d) => {
      stderr += String(d);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      // A link is printed once for the agent to paste (links issue without mail); nothing else may
      // show a token, and nothing at all a national ID or a key.
      const tokensAllowed = argv.includes('links') && argv.includes('issue');
      const found = [...secretsIn(stdout, { tokensAllowed }), ...secretsIn(stderr)];
      if (found.length > 0) {
        reject(new Error(`kursdesk ${argv.slice(0, 2).join(' ')} printed ${[...new Set(found)].join(', ')}`));
        return;
      }
      resolve({ code: code ?? -1, stdout, stderr });
    });
    child.stdin.end(options.stdin ?? '');
  });
}

/** Runs the binary once per argv, a few processes at a time; the runs in the order of their argvs. */
export async function runBinEach(
  argvs: string[][],
  options: Parameters<typeof runBin>[1] = {},
  atOnce = 4,
): Promise<CliRun[]> {
  const runs: CliRun[] = new Array(argvs.length);
  let next = 0;
  const lane = async () => {
    while (next < argvs.length) {
      const i = next++;
      runs[i] = await runBin(argvs[i]!, options);
    }
  };
  await Promise.all(Array.from({ length: Math.min(atOnce, argvs.length) }, lane));
  return runs;
}

/**
 * Runs the built CLI on `path` and sends `signal` once the load is writing rows under its rollback
 * journal (the journal exists and the file has grown past minBytes); how it ended.
 */
export async function stopWhileLoading(
  args: readonly string[],
  path: string,
  minBytes: number,
  limitMs: number,
  signal: NodeJS.Signals,
): Promise<{ stopped: boolean; code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '' };
  for (const [k, v] of Object.entries(testEnv())) if (v !== undefined) env[k] = v;
  const child = spawn(process.execPath, [BIN, '--db', path, ...args], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>(
    (resolve) => child.on('close', (code, by) => resolve({ code, signal: by, stderr })),
  );
  const started = Date.now();
  let stopped = false;
  while (Date.now() - started < limitMs && child.exitCode === null) {
    if (existsSync(`${path}-journal`) && statSync(path).size > minBytes) {
      child.kill(signal);
      stopped = true;
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return { stopped, ...(await exited) };
}

/** stopWhileLoading with SIGKILL: whether it was killed. */
export async function killWhileLoading(
  args: readonly string[],
  path: string,
  minBytes: number,
  limitMs: number,
): Promise<boolean> {
  return (await stopWhileLoading(args, path, minBytes, limitMs, 'SIGKILL')).stopped;
}

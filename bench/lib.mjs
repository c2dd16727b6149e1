// Shared helpers for benchmarks: time whole processes, interleaved with their anchor so drift on a shared
// machine cancels out, and print figure, anchor and ratio on one line.
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

export function timeProcess(command, args, options = {}) {
  const start = performance.now();
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], ...options });
  const ms = performance.now() - start;
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed (${result.status}): ${String(result.stderr).slice(0, 500)}`,
    );
  }
  return ms;
}

/**
 * Like timeProcess, and also the CPU time the process used on all its threads (user + system, from
 * GNU time): wall time alone flatters a command that spreads its work over several cores. Also its peak
 * RSS (GNU time's %M) and what it wrote to stderr before GNU time's line.
 */
export function timeProcessCpu(command, args, options = {}) {
  const start = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', '%U %S %M', command, ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 << 20,
    ...options,
  });
  const ms = performance.now() - start;
  const stderr = String(result.stderr);
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${stderr.slice(-800)}`);
  }
  const lines = stderr.trim().split('\n');
  const [user, system, rssKb] = lines.at(-1).split(' ').map(Number);
  return { ms, cpuMs: (user + system) * 1000, rssMb: rssKb / 1024, stderr: lines.slice(0, -1) };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Runs `subject` and `anchor` alternately (after warm-ups) and returns their medians and the median of
 * the pairwise ratios.
 */
export function paired(subject, anchor, { runs = 15, warmups = 2 } = {}) {
  for (let i = 0; i < warmups; i++) {
    subject();
    anchor();
  }
  const s = [];
  const a = [];
  const ratios = [];
  for (let i = 0; i < runs; i++) {
    const x = subject();
    const y = anchor();
    s.push(x);
    a.push(y);
    ratios.push(x / y);
  }
  return {
    subject: median(s),
    anchor: median(a),
    ratio: median(ratios),
    min: Math.min(...ratios),
    max: Math.max(...ratios),
  };
}

export function report(name, result, unit = 'ms', anchorName = 'anchor') {
  const f = (v) => (unit === 'ms' ? `${v.toFixed(1)} ms` : `${v.toFixed(2)} ${unit}`);
  console.log(
    `${name.padEnd(44)} ${f(result.subject).padStart(11)}   ${anchorName} ${f(result.anchor).padStart(11)}   ratio ${result.ratio.toFixed(2)}× [${result.min.toFixed(2)}–${result.max.toFixed(2)}]`,
  );
}

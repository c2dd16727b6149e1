// A progress bar on stderr for long work (fixture loads, generation, dumps), drawn only when stderr is
// a terminal and --quiet is off; piped or redirected, the work runs silently and the summary says it.
import type { IO } from '../context/io.js';

export interface Progress {
  /** Work done so far out of the total, with what is being worked on. */
  update(done: number, total: number, what: string): void;
  /** Clears the bar. */
  stop(): void;
}

const WIDTH = 24;
const noProgress: Progress = { update() {}, stop() {} };

export function formatCount(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

export function progressBar(io: IO, label: string): Progress {
  if (!io.stderrIsTTY || io.quiet) return noProgress;
  const started = performance.now();
  let drawn = 0;
  let shown = false;
  return {
    update(done, total, what) {
      const now = performance.now();
      if (now - drawn < 100 && done < total) return;
      drawn = now;
      const share = total > 0 ? Math.min(1, done / total) : 0;
      const full = Math.round(share * WIDTH);
      const rate = done / Math.max(0.001, (now - started) / 1000);
      const line = `${label} [${'#'.repeat(full)}${'-'.repeat(WIDTH - full)}] ${String(Math.floor(share * 100)).padStart(3)}%  ${formatCount(done)}/${formatCount(total)}  ${what}  ${formatCount(rate)}/s`;
      io.err(`\r${line.slice(0, Math.max(20, io.columns - 1))}\u001b[K`);
      shown = true;
    },
    stop() {
      if (shown) io.err('\r\u001b[K');
      shown = false;
    },
  };
}

/** For work whose total is unknown (an import read from stdin): a running count instead of a bar. */
export function progressCounter(io: IO, label: string): Progress {
  const bar = progressBar(io, label);
  return {
    update(done, _total, what) {
      bar.update(done, 0, what);
    },
    stop: () => bar.stop(),
  };
}

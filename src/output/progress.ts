// A progress bar on stderr for long work (imports, fixture loads, generation, dumps, moves), drawn by
// cli-progress only when stderr is a terminal and --quiet is off; piped or redirected, the work runs
// silently and the summary says it. The bar takes its width from the terminal it draws on (stderr).
import { Format, type Options, SingleBar } from 'cli-progress';
import type { IO } from '../context/io.js';
import { formatCount } from './count.js';
import { escapeControls } from './terminal-text.js';

export interface Progress {
  /** Work done so far out of the total, with what is being worked on. */
  update(done: number, total: number, what: string): void;
  /** Clears the bar. */
  stop(): void;
}

const noProgress: Progress = { update() {}, stop() {} };

export { formatCount } from './count.js';

const WITH_BAR = '{label} [{bar}] {percentage}%  {value}/{total}  {what}  {rate}/s';
const COUNTER = '{label}  {value}  {what}  {rate}/s';

/** Room the text around the bar takes (label aside): percentage, counts, what, rate. */
const TEXT_AROUND_BAR = 48;

function stderrColumns(io: IO): number {
  const columns = (io.errStream as { columns?: number }).columns;
  return typeof columns === 'number' && columns > 0 ? columns : io.columns;
}

function startBar(io: IO, label: string, withBar: boolean): Progress {
  if (!io.stderrIsTTY || io.quiet) return noProgress;
  const columns = stderrColumns(io);
  const shownLabel = escapeControls(label);
  const barsize = Math.max(10, Math.min(40, columns - shownLabel.length - TEXT_AROUND_BAR));
  const options: Options = {
    stream: io.errStream as NodeJS.WritableStream,
    barsize,
    // cli-progress lays the line out; it is then cut to the terminal's width, so a long table name
    // never wraps the line (which would leave a trail of half-drawn bars).
    format: (opts, params, payload) =>
      Format.Formatter({ ...opts, format: withBar ? WITH_BAR : COUNTER }, params, payload).slice(
        0,
        columns - 1,
      ),
    barCompleteChar: '#',
    barIncompleteChar: '-',
    clearOnComplete: true,
    hideCursor: false,
    // Whether stderr is a terminal is decided by the IO (as for colour), not by cli-progress's own check
    // of the stream; a stream that is not one then gets the bar as lines instead of redraws.
    noTTYOutput: true,
    // Counts with thousands separators, like the summaries that follow the bar.
    formatValue: (value, _options, type) =>
      type === 'value' || type === 'total' ? formatCount(Number(value)) : String(value),
    fps: 10,
  };
  const bar = new SingleBar(options);
  const started = performance.now();
  let running = false;
  let stopped = false;
  return {
    update(done, total, what) {
      // Once stopped, the bar stays gone: a late update would draw it again under the summary.
      if (stopped) return;
      const rate = formatCount(done / Math.max(0.001, (performance.now() - started) / 1000));
      const payload = { label: shownLabel, what: escapeControls(what), rate };
      if (!running) {
        bar.start(Math.max(total, done), done, payload);
        running = true;
        return;
      }
      if (total > 0) bar.setTotal(Math.max(total, done));
      bar.update(done, payload);
    },
    stop() {
      if (running) bar.stop();
      running = false;
      stopped = true;
    },
  };
}

export function progressBar(io: IO, label: string): Progress {
  return startBar(io, label, true);
}

/** For work whose total is unknown (an import read from stdin): a running count instead of a bar. */
export function progressCounter(io: IO, label: string): Progress {
  const bar = startBar(io, label, false);
  return {
    update: (done, _total, what) => bar.update(done, 0, what),
    stop: () => bar.stop(),
  };
}

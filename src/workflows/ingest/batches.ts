// The writing side's view of an import: an async stream of header, batches and end, produced in this
// thread or, when asked, by a worker thread (the parse of batch n+1 then overlaps the write of batch n
// on the second core, at the cost of a second V8 heap). A batch is acknowledged when the writer has taken
// it, so at most a few batches wait in memory whatever the file's size.
import { existsSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { runIngestReporting } from './producer.js';
import type { IngestEvent, IngestOptions } from './protocol.js';

export type IngestSource =
  | { kind: 'file'; path: string }
  | { kind: 'stream'; stream: Readable | NodeJS.ReadableStream };

/** Batches parsed ahead of the writer in a worker thread. */
const CREDITS = 8;
/**
 * In the same thread nothing is gained by parsing ahead (the writer waits either way): one batch is
 * parsed while the writer has none, from small reads, so few rows are alive at a time and nearly all
 * of the garbage dies young.
 */
const IN_THREAD_CREDITS = 1;
const IN_THREAD_READ_BYTES = 1 << 16;

/** The bundled worker next to this chunk (dist/chunks/… or dist/…); absent when running from source. */
export function bundledWorkerPath(): string | undefined {
  for (const relative of ['../ingest-worker.js', './ingest-worker.js']) {
    const path = fileURLToPath(new URL(relative, import.meta.url));
    if (existsSync(path)) return path;
  }
  return undefined;
}

export interface IngestStream extends AsyncIterable<IngestEvent> {
  /** Stops reading (after a failure on the writing side). */
  cancel(): Promise<void>;
  readonly threaded: boolean;
}

class EventQueue {
  private items: IngestEvent[] = [];
  private waiting: ((e: IngestEvent) => void) | undefined;
  push(event: IngestEvent): void {
    if (this.waiting) {
      const w = this.waiting;
      this.waiting = undefined;
      w(event);
    } else this.items.push(event);
  }
  next(): Promise<IngestEvent> {
    const item = this.items.shift();
    if (item) return Promise.resolve(item);
    return new Promise((resolve) => {
      this.waiting = resolve;
    });
  }
}

async function* drain(queue: EventQueue, acknowledge: () => void): AsyncGenerator<IngestEvent> {
  for (;;) {
    const event = await queue.next();
    yield event;
    if (event.type === 'batch') acknowledge();
    if (event.type === 'end' || event.type === 'failure') return;
  }
}

export async function openIngest(
  source: IngestSource,
  options: IngestOptions,
  settings: { worker: string | false | undefined } = { worker: undefined },
): Promise<IngestStream> {
  const workerPath = settings.worker === false ? undefined : (settings.worker ?? bundledWorkerPath());
  const queue = new EventQueue();
  if (workerPath) {
    const { Worker } = await import('node:worker_threads');
    const worker = new Worker(workerPath, {
      workerData: { path: source.kind === 'file' ? source.path : undefined, options, credits: CREDITS },
      stdin: source.kind === 'stream',
      // The parsing side holds a few batches and compact maps; a small heap keeps the import's memory
      // flat (V8 would otherwise let garbage pile up to hundreds of MB before collecting).
      resourceLimits: { maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: 16 },
    });
    worker.on('message', (event: IngestEvent) => queue.push(event));
    worker.on('error', (error) =>
      queue.push({ type: 'failure', reason: error.stack ?? error.message, line: undefined, internal: true }),
    );
    if (source.kind === 'stream' && worker.stdin) {
      (source.stream as Readable).pipe(worker.stdin);
    }
    const events = drain(queue, () => worker.postMessage({ type: 'credit' }));
    return {
      threaded: true,
      [Symbol.asyncIterator]: () => events,
      cancel: async () => {
        await worker.terminate();
      },
    };
  }
  let credits = IN_THREAD_CREDITS;
  let wake: (() => void) | undefined;
  let cancelled = false;
  const stream =
    source.kind === 'file'
      ? (await import('node:fs')).createReadStream(source.path, { highWaterMark: IN_THREAD_READ_BYTES })
      : source.stream;
  const running = runIngestReporting(stream as AsyncIterable<unknown>, options, {
    emit(event) {
      if (event.type === 'batch') credits--;
      queue.push(event);
    },
    ready() {
      if (cancelled) return Promise.reject(new Error('cancelled'));
      if (credits > 0) return undefined;
      return new Promise<void>((resolve) => {
        wake = resolve;
      });
    },
  });
  const events = drain(queue, () => {
    credits++;
    wake?.();
    wake = undefined;
  });
  return {
    threaded: false,
    [Symbol.asyncIterator]: () => events,
    cancel: async () => {
      cancelled = true;
      wake?.();
      if ('destroy' in stream && typeof stream.destroy === 'function') stream.destroy();
      await running.catch(() => {});
    },
  };
}

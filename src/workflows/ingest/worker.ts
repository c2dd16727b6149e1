// The worker thread's entry point (bundled as dist/ingest-worker.js): reads the file or stdin, runs the
// parsing side and posts its events to the main thread, which writes while the next batch is parsed.
import { createReadStream } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { runIngestReporting } from './producer.js';
import type { IngestOptions } from './protocol.js';

interface WorkerInput {
  path: string | undefined;
  options: IngestOptions;
  /** Batches the main thread may have waiting before the reader pauses. */
  credits: number;
}

const port = parentPort;
if (port) {
  const input = workerData as WorkerInput;
  let credits = input.credits;
  let wake: (() => void) | undefined;
  port.on('message', (message: { type: 'credit' }) => {
    if (message.type === 'credit') {
      credits++;
      wake?.();
      wake = undefined;
    }
  });
  const source = input.path ? createReadStream(input.path, { highWaterMark: 1 << 20 }) : process.stdin;
  await runIngestReporting(source, input.options, {
    emit(event) {
      if (event.type === 'batch') {
        credits--;
        const transfer = [
          event.offsets.buffer as ArrayBuffer,
          event.lines.buffer as ArrayBuffer,
          event.orgs.buffer as ArrayBuffer,
          event.flags.buffer as ArrayBuffer,
        ];
        // The copy form's bytes are a buffer of their own (empty otherwise: nothing to hand over).
        if (event.copy.byteLength > 0) transfer.push(event.copy.buffer as ArrayBuffer);
        port.postMessage(event, transfer);
      } else port.postMessage(event);
    },
    ready() {
      if (credits > 0) return undefined;
      return new Promise<void>((resolve) => {
        wake = resolve;
      });
    },
  });
  port.close();
}

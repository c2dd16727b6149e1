// Prints many certificates: in a pool of worker threads when the bundled worker is there and there is
// enough to do (pdfkit's layout is the costly part and runs on one core per thread), else in this
// thread. Each PDF is handed to `deliver` as soon as it is ready; order is not kept.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { CertificatePage } from './certificate-pdf.js';

/** Below this many pages, starting threads (each parses the fonts) costs more than it saves. */
const THREADED_FROM = 24;

/** The bundled worker next to this chunk (dist/chunks/… or dist/…); absent when running from source. */
function bundledWorkerPath(): string | undefined {
  for (const relative of ['../certificate-worker.js', './certificate-worker.js']) {
    const path = fileURLToPath(new URL(relative, import.meta.url));
    if (existsSync(path)) return path;
  }
  return undefined;
}

export async function printCertificates(
  pages: readonly CertificatePage[],
  deliver: (index: number, pdf: Uint8Array) => void,
): Promise<void> {
  const workerPath = pages.length >= THREADED_FROM ? bundledWorkerPath() : undefined;
  if (!workerPath) {
    const { renderCertificatePdf } = await import('./certificate-pdf.js');
    for (const [index, page] of pages.entries()) deliver(index, await renderCertificatePdf(page));
    return;
  }
  const { Worker } = await import('node:worker_threads');
  const threads = Math.max(1, Math.min(availableParallelism(), 4, Math.ceil(pages.length / THREADED_FROM)));
  const workers = Array.from({ length: threads }, () => new Worker(workerPath));
  let next = 0;
  let done = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const feed = (worker: InstanceType<typeof Worker>) => {
        if (next < pages.length) {
          const index = next++;
          worker.postMessage({ index, page: pages[index] });
        }
      };
      for (const worker of workers) {
        worker.on('message', (message: { index: number; pdf?: Uint8Array; error?: string }) => {
          if (message.error !== undefined || !message.pdf) {
            reject(new Error(`printing certificate ${message.index + 1} failed: ${message.error}`));
            return;
          }
          try {
            deliver(message.index, message.pdf);
          } catch (error) {
            reject(error);
            return;
          }
          done += 1;
          if (done === pages.length) resolve();
          else feed(worker);
        });
        worker.on('error', reject);
        // Two pages in flight per thread, so a thread never waits for the next one.
        feed(worker);
        feed(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

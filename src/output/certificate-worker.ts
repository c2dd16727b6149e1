// The rendering thread's entry point (bundled as dist/certificate-worker.js): lays out the pages it is
// sent and returns each PDF, so a unit's certificates are printed on every core.
import { parentPort } from 'node:worker_threads';
import type { CertificatePage } from './certificate-pdf.js';
import { renderCertificatePdf } from './certificate-pdf.js';

parentPort?.on('message', async (message: { index: number; page: CertificatePage }) => {
  try {
    const pdf = await renderCertificatePdf(message.page);
    const bytes = new Uint8Array(pdf);
    parentPort?.postMessage({ index: message.index, pdf: bytes }, [bytes.buffer]);
  } catch (error) {
    parentPort?.postMessage({ index: message.index, error: (error as Error).stack ?? String(error) });
  }
});

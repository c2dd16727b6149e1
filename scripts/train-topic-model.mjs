// Retrains the topic model of triage (src/domain/triage/topic-model-data.ts) from the labelled tickets
// and the topic descriptions. `--eval` (npm run eval:topics) instead prints the leave-one-batch-out
// cross-validation of the topic ranking (the model trained without the batch it is scored on) and writes
// nothing; `--misses` adds the tickets it got wrong. `--facts` prints the facts (names, e-mails, birth
// dates, org numbers, language) of every labelled set instead. The TypeScript side is bundled
// with esbuild, as the bench does, so the script runs on plain Node.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');
const dir = join(root, 'node_modules', '.cache', `kursdesk-topic-model-${process.pid}`);
mkdirSync(dir, { recursive: true });
const file = join(dir, 'train.mjs');
try {
  await build({
    entryPoints: [join(root, 'scripts', 'topic-model', 'train.ts')],
    outfile: file,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  const { main } = await import(file);
  await main(process.argv.slice(2), root);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

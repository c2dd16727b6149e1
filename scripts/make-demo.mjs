// Rebuilds fixtures/demo from scripts/demo/*.ts: bundles the builder with esbuild (it uses the same
// domain code as the CLI) into a temporary file and runs it. Deterministic: the same files every time.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'kursdesk-demo-'));
const outfile = join(dir, 'build-demo.mjs');
try {
  await build({
    entryPoints: [join(root, 'scripts', 'demo', 'build.ts')],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    // The builder finds fixtures/ from its own location; point it at the repository, not the temp dir.
    define: { 'import.meta.dirname': JSON.stringify(join(root, 'scripts', 'demo')) },
  });
  await import(pathToFileURL(outfile).href);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

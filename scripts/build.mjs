// Bundles the CLI with esbuild: one small entry chunk (commander and the command list) and a chunk per
// command and heavy dependency, loaded only when used. Native addons stay external.
import { renameSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

// Built aside and swapped in whole, so a running kursdesk never sees half a build and stale chunks go.
const staging = `dist.building-${process.pid}`;

await build({
  // The import's parsing thread is an entry of its own: workers load a file, not a chunk.
  entryPoints: {
    main: 'src/main.ts',
    // What bin/kursdesk loads for `--version` alone, instead of the whole program.
    version: 'src/version.ts',
    'ingest-worker': 'src/workflows/ingest/worker.ts',
    // Prints a unit's certificates on every core.
    'certificate-worker': 'src/output/certificate-worker.ts',
    // Parses and checks a fixture while the loader writes.
    'fixtures-worker': 'src/workflows/fixtures/worker.ts',
  },
  outdir: staging,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  chunkNames: 'chunks/[name]-[hash]',
  external: ['better-sqlite3', 'pg-native', '@electric-sql/*'],
  // Bundled CommonJS packages (pg, cli-table3) call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __kursdeskRequire } from 'node:module'; const require = __kursdeskRequire(import.meta.url);",
  },
  logLevel: 'warning',
});

rmSync('dist.old', { recursive: true, force: true });
try {
  renameSync('dist', 'dist.old');
} catch {
  // first build
}
renameSync(staging, 'dist');
rmSync('dist.old', { recursive: true, force: true });

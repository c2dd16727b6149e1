// Bundles a small TypeScript program that a test runs as separate processes (races between agents),
// the way scripts/build.mjs bundles the CLI. The bundle lives under node_modules so it resolves the
// native packages exactly as the real program does.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const ROOT = join(import.meta.dirname, '..', '..');

export interface Bundle {
  /** The bundled program, for `node <file>`. */
  file: string;
  remove(): void;
}

export async function bundleProgram(entry: string, name: string): Promise<Bundle> {
  const dir = join(ROOT, 'node_modules', '.cache', `kursdesk-${name}-${process.pid}-${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.mjs`);
  await build({
    entryPoints: [entry],
    outfile: file,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: ['better-sqlite3', 'pg-native', '@electric-sql/*'],
    // A name of its own: the bundled code may import createRequire itself, at the same top level.
    banner: {
      js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
  return { file, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

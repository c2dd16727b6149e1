// Bundles the CLI with esbuild: one small entry chunk (commander and the command list) and a chunk per
// command and heavy dependency, loaded only when used. Native addons stay external (better-sqlite3's
// JavaScript is bundled; its addon is opened by path, see src/db/connect.ts).
//
// Two passes. The first splits the program into ES module chunks (esbuild splits only ES modules); the
// second turns every chunk into a CommonJS file, one for one, so Node loads them with its synchronous
// CommonJS loader (much cheaper per file than its ES module loader) and they can be compiled from V8's
// code cache (dist/*.cache, see scripts/code-cache.mjs), which Node 20 offers for CommonJS only.
import { spawnSync } from 'node:child_process';
import { readdirSync, renameSync, rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';

// Built aside and swapped in whole, so a running kursdesk never sees half a build and stale chunks go.
const staging = `dist.building-${process.pid}`;

// Bundled CommonJS packages (pg, cli-table3) call require() for Node built-ins; in the ES module pass
// `require` comes from this line, which the CommonJS pass removes again (a CommonJS file has its own).
const REQUIRE_BANNER =
  "import { createRequire as __kursdeskRequire } from 'node:module'; const require = __kursdeskRequire(import.meta.url);";

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
    // Loads the rest through V8's code cache; bin/kursdesk requires it first.
    'code-cache': 'src/code-cache.ts',
  },
  outdir: staging,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  // Some 40% fewer bytes to read, checksum and hold as strings at every start (the code cache is the
  // same size). Names are kept, so a stack trace still names its functions; its line and column are in
  // the minified chunk, which the linked source map (FILE.map) leads back to src/.
  minifyWhitespace: true,
  minifySyntax: true,
  chunkNames: 'chunks/[name]-[hash]',
  external: ['pg-native', '@electric-sql/*'],
  banner: { js: REQUIRE_BANNER },
  plugins: [
    {
      // better-sqlite3's dozen small files cost more through Node's loader (a resolution and a compile
      // each, no code cache) than the native addon does: they are bundled, and only `bindings`, which it
      // asks for its addon when not given the path, stays outside. `bindings` would look for the addon
      // beside its caller (now a chunk in dist/), so it is told where better-sqlite3 really is.
      name: 'better-sqlite3-bindings',
      setup(pass) {
        pass.onResolve({ filter: /^bindings$/ }, (args) =>
          /[/\\]node_modules[/\\]better-sqlite3[/\\]/.test(args.importer)
            ? { path: 'bindings', namespace: 'better-sqlite3-bindings' }
            : undefined,
        );
        pass.onLoad({ filter: /.*/, namespace: 'better-sqlite3-bindings' }, () => ({
          contents: [
            "const { dirname } = require('node:path');",
            'module.exports = (name) =>',
            "  require('bindings')({ bindings: name, module_root: dirname(require.resolve('better-sqlite3/package.json')) });",
          ].join('\n'),
          loader: 'js',
          // The shim's own require('bindings') is the real package, left to Node.
          resolveDir: process.cwd(),
        }));
        pass.onResolve({ filter: /^bindings$/, namespace: 'better-sqlite3-bindings' }, () => ({
          path: 'bindings',
          external: true,
        }));
      },
    },
    {
      // commander loads child_process (a large part of Node) at start-up to run executable subcommands,
      // which kursdesk has none of: it gets spawn() alone, loading child_process when called.
      name: 'commander-spawns-lazily',
      setup(pass) {
        pass.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
          /[/\\]node_modules[/\\]commander[/\\]/.test(args.importer)
            ? { path: 'child_process', namespace: 'lazy-child-process' }
            : undefined,
        );
        pass.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
          contents: "exports.spawn = (...args) => require('node:child_process').spawn(...args);",
          loader: 'js',
        }));
      },
    },
  ],
  logLevel: 'warning',
});

function javascriptFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.js'))
    .map((f) => join(dir, f));
}

// Each chunk alone, every import left as it is (external) but turned into require(); `import()` becomes
// a require() in a promise, since the CommonJS loader cannot import() a chunk cheaply. The source maps
// of the first pass are read and carried through, so stack traces still point into src/. The workers'
// entries stay ES modules only (they await at the top level); so do the chunks they load.
const IMPORT_META_URL = '__kursdeskModuleUrl';
const WORKERS = /(ingest|certificate|fixtures)-worker\.js$/;
const converted = await build({
  entryPoints: javascriptFiles(staging).filter((f) => !WORKERS.test(f)),
  outbase: staging,
  outdir: staging,
  outExtension: { '.js': '.cjs' },
  write: false,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  supported: { 'dynamic-import': false },
  minifyWhitespace: true,
  minifySyntax: true,
  define: { 'import.meta.url': IMPORT_META_URL },
  plugins: [
    {
      name: 'chunk-by-chunk',
      setup(pass) {
        pass.onResolve({ filter: /.*/ }, (args) => {
          if (args.kind === 'entry-point') return undefined;
          // A chunk of this build: its CommonJS twin.
          const path = args.path.startsWith('.') ? args.path.replace(/\.js$/, '.cjs') : args.path;
          return { path, external: true };
        });
        pass.onLoad({ filter: /\.js$/ }, async (args) => {
          const text = await readFile(args.path, 'utf8');
          if (!text.startsWith(REQUIRE_BANNER)) throw new Error(`${args.path}: no require banner`);
          // The banner's line is replaced, not removed, so the first pass's source map still fits.
          const code = text.slice(REQUIRE_BANNER.length);
          const url = code.includes('import.meta')
            ? `var ${IMPORT_META_URL} = require("node:url").pathToFileURL(__filename).href;`
            : '';
          return { contents: url + code, loader: 'js' };
        });
      },
    },
  ],
  // The first pass has said all there is to say about the code.
  logLevel: 'error',
});
for (const file of converted.outputFiles) {
  // import() of a chunk: esbuild gives it Node's semantics for a CommonJS module (`default` is the whole
  // exports object), but the chunk was an ES module and has a `default` of its own. The flag is turned
  // off in place (same length, so the source map still fits).
  const text = file.path.endsWith('.cjs')
    ? file.text.replace(/(__toESM\(require\("\.{1,2}\/[^"]+\.cjs"\), ?)1\)/g, (_, call) => `${call}0)`)
    : file.text;
  await writeFile(file.path, text);
}

// The training run of a clean process: same Node.js and V8 flags as a user's run (the cache is refused
// under other flags), so NODE_OPTIONS is left out.
const { NODE_OPTIONS: _, ...env } = process.env;
const training = spawnSync(process.execPath, ['scripts/code-cache.mjs', staging, 'dist'], {
  env,
  stdio: ['ignore', 'inherit', 'inherit'],
});
if (training.status !== 0)
  console.warn(`code cache: not made (exit ${training.status}); kursdesk works without`);

rmSync('dist.old', { recursive: true, force: true });
try {
  renameSync('dist', 'dist.old');
} catch {
  // first build
}
renameSync(staging, 'dist');
rmSync('dist.old', { recursive: true, force: true });

// Makes V8's code cache for a built dist/ (see src/code-cache.ts): runs a few everyday commands in this
// process on a throw-away database, so the functions they run are compiled, then writes each file's
// compiled code as FILE.cjs.cache. Files the commands did not load get their top-level code only.
// Run by scripts/build.mjs in a process of its own: `node scripts/code-cache.mjs DIST [FINAL]`, where FINAL
// is the folder DIST becomes once built (the scripts are named by where they will run: V8 keeps the name
// in the cache, and stack traces and source maps would otherwise point into the staging folder).
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { Writable } from 'node:stream';

const dist = resolve(process.argv[2] ?? 'dist');
const final = resolve(process.argv[3] ?? dist);
const scriptName = (filename) => join(final, relative(dist, filename));
const require = createRequire(import.meta.url);
const { CACHE_SUFFIX, codeCacheChecksum, compileCommonJs, encodeCodeCache, programLoader } = require(
  join(dist, 'code-cache.cjs'),
);

const crc = codeCacheChecksum();
if (!crc) {
  console.warn('code cache: this Node.js has no zlib.crc32 (needs ≥ 20.15); no cache made');
  process.exit(0);
}

// Nothing of the user's: a database, config and key folder of its own, gone afterwards.
const home = mkdtempSync(join(tmpdir(), 'kursdesk-code-cache-'));
for (const name of Object.keys(process.env)) if (name.startsWith('KURSDESK_')) delete process.env[name];
Object.assign(process.env, {
  HOME: home,
  XDG_CONFIG_HOME: join(home, 'config'),
  XDG_DATA_HOME: join(home, 'data'),
  KURSDESK_DB: join(home, 'training.db'),
  KURSDESK_SECRET: 'code-cache-training-secret-0123456789',
  KURSDESK_AGENT: 'build',
  PAGER: 'cat',
});
delete process.env.DATABASE_URL;

const scripts = new Map();
const program = programLoader({
  useCache: false,
  onCompile: (filename, script) => scripts.set(filename, script),
  scriptName,
});
const { main, systemContext } = program.load(join(dist, 'main.cjs'));

// Everyday look-ups and the help screens; what they share (commander, the context, Kysely, SQLite) is
// most of any command's start-up.
const TRAINING = [
  ['users', 'create', '--first-name', 'Kari', '--last-name', 'Nordmann', '--email', 'kari@example.no'].concat(
    ['--national-id', '15108695088', '--hms-card', '1234567', '--type', 'free', '--quiet'],
  ),
  ['users', 'show', '1'],
  ['users', 'show', 'kari@example.no', '--format', 'json'],
  ['users', 'find', '--name', 'Kari Nordmann'],
  ['--help'],
  ['users', '--help'],
];
const failed = [];
try {
  for (const argv of TRAINING) {
    // What a command prints is of no use here; what it says when it fails is.
    let said = '';
    const system = systemContext();
    system.stdout = new Writable({ write: (_chunk, _encoding, done) => done() });
    system.stderr = new Writable({
      write: (chunk, _encoding, done) => {
        said += chunk;
        done();
      },
    });
    const code = await main(argv, system);
    if (code !== 0) failed.push(`kursdesk ${argv.join(' ')}: exit ${code}: ${said.trim()}`);
  }
} finally {
  rmSync(home, { recursive: true, force: true });
}
if (failed.length > 0) console.warn(`code cache: a training command failed\n${failed.join('\n')}`);

let bytes = 0;
for (const name of readdirSync(dist, { recursive: true }).map(String)) {
  if (!name.endsWith('.cjs') || name === 'code-cache.cjs') continue;
  const filename = join(dist, name);
  const source = readFileSync(filename);
  const script = scripts.get(filename) ?? compileCommonJs(source.toString('utf8'), scriptName(filename));
  const cache = encodeCodeCache(source, script.createCachedData(), crc);
  writeFileSync(filename + CACHE_SUFFIX, cache);
  bytes += cache.length;
}
console.log(`code cache: ${(bytes / 1e6).toFixed(1)} MB for ${scripts.size} trained and the other files`);

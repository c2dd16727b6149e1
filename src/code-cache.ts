// V8's code cache for the program's own CommonJS files (dist/**/*.cjs): each file's compiled code, made
// at build time (scripts/code-cache.mjs) and kept next to it as FILE.cjs.cache, so a run deserialises
// bytecode instead of parsing and compiling the same JavaScript again. Only an optimisation: a cache
// that is missing, damaged, made for other source or by another Node.js is ignored, never an error.
import { isAscii } from 'node:buffer';
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { constants, Script } from 'node:vm';
import * as zlib from 'node:zlib';

/**
 * FILE.cache: this header, then V8's cached data. The source's length and CRC-32 say which bytes the
 * cache was made from (V8 itself compares only the source's length, and would run stale code for an
 * edited file of the same length); the data's length and CRC-32 catch a damaged file (V8 checks no
 * checksum of its own outside debug builds, and damaged cached data can crash it).
 */
const MAGIC = 0x3143444b; // 'KDC1' little-endian
const HEADER_BYTES = 20;

export const CACHE_SUFFIX = '.cache';

type Crc32 = (data: Uint8Array) => number;

/** zlib.crc32 is Node.js ≥ 20.15 and 22.2; without it no cache is trusted (and none is made). */
export function codeCacheChecksum(): Crc32 | undefined {
  return (zlib as { crc32?: Crc32 }).crc32;
}

export function encodeCodeCache(source: Uint8Array, data: Uint8Array, crc: Crc32): Buffer {
  const header = Buffer.alloc(HEADER_BYTES);
  header.writeUInt32LE(MAGIC, 0);
  header.writeUInt32LE(source.length, 4);
  header.writeUInt32LE(crc(source), 8);
  header.writeUInt32LE(data.length, 12);
  header.writeUInt32LE(crc(data), 16);
  return Buffer.concat([header, data]);
}

/** V8's data in a cache file when the file is whole and was made from exactly `source`; else undefined. */
export function decodeCodeCache(source: Uint8Array, file: Buffer, crc: Crc32): Buffer | undefined {
  if (file.length < HEADER_BYTES || file.readUInt32LE(0) !== MAGIC) return undefined;
  const data = file.subarray(HEADER_BYTES);
  if (file.readUInt32LE(4) !== source.length || file.readUInt32LE(12) !== data.length) return undefined;
  if (file.readUInt32LE(16) !== crc(data) || file.readUInt32LE(8) !== crc(source)) return undefined;
  return data;
}

/** Node's wrapper around a CommonJS file, as its own loader compiles it (same line numbers). */
export function compileCommonJs(source: string, filename: string, cachedData?: Buffer): Script {
  return new Script(Module.wrap(source), {
    filename,
    ...(cachedData ? { cachedData } : {}),
    // The bundle turns import() into require(); should one remain, it resolves as Node's would.
    ...(constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER
      ? { importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER }
      : {}),
  });
}

interface ProgramModule {
  exports: unknown;
  readonly id: string;
  readonly filename: string;
  loaded: boolean;
}

/** `./name.cjs` and `./chunks/name.cjs` (what esbuild writes) by concatenation; anything else joined. */
function besides(dir: string, id: string): string {
  return id.startsWith('./') && !id.includes('/.', 1) ? `${dir}/${id.slice(2)}` : join(dir, id);
}

export interface ProgramLoader {
  /** The exports of a file of the program (loaded once, as require() would). */
  load(filename: string): unknown;
}

/**
 * Loads the program's CommonJS files (dist/**\/*.cjs, made by scripts/build.mjs) through the code cache.
 * Its files require one another by relative path ('./chunk-….cjs'), which is resolved here with a path
 * join: Node's own resolution (package scopes, real paths, a Module per file) is a noticeable part of
 * start-up for some forty files. Anything else (Node's built-ins, node_modules) goes to Node's require.
 * `onCompile` sees every script (the build makes the caches from them after a training run).
 * `scriptName` names a file's script other than by where it is read (the build trains in a staging
 * folder, and V8 keeps the name it compiled under in the cache: stack traces would name that folder).
 */
export function programLoader(
  options: {
    useCache?: boolean;
    onCompile?: (filename: string, script: Script) => void;
    scriptName?: (filename: string) => string;
  } = {},
): ProgramLoader {
  const crc = options.useCache === false ? undefined : codeCacheChecksum();
  const modules = new Map<string, ProgramModule>();
  const requires = new Map<string, NodeJS.Require>();

  const requireIn = (dir: string): NodeJS.Require => {
    let local = requires.get(dir);
    if (local) return local;
    const node = createRequire(join(dir, 'kursdesk.cjs'));
    local = Object.assign((id: string) => (/^\.\.?\/.*\.cjs$/.test(id) ? load(besides(dir, id)) : node(id)), {
      resolve: node.resolve,
      cache: node.cache,
      main: node.main,
      extensions: node.extensions,
    }) as NodeJS.Require;
    requires.set(dir, local);
    return local;
  };

  const load = (filename: string): unknown => {
    const known = modules.get(filename);
    if (known) return known.exports;
    const module: ProgramModule = { exports: {}, id: filename, filename, loaded: false };
    // Registered before it runs, so a cycle gets the exports made so far (as with require()).
    modules.set(filename, module);
    try {
      const bytes = readFileSync(filename);
      let cachedData: Buffer | undefined;
      if (crc) {
        try {
          cachedData = decodeCodeCache(bytes, readFileSync(filename + CACHE_SUFFIX), crc);
        } catch {
          // no cache for this file
        }
      }
      // Most files are ASCII, and ASCII read as Latin-1 is a plain copy (UTF-8 decoding is not).
      const source = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
      const script = compileCommonJs(source, options.scriptName?.(filename) ?? filename, cachedData);
      options.onCompile?.(filename, script);
      const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => void;
      const dir = dirname(filename);
      wrapper.call(module.exports, module.exports, requireIn(dir), module, filename, dir);
      module.loaded = true;
      return module.exports;
    } catch (error) {
      modules.delete(filename);
      throw error;
    }
  };
  return { load };
}

// V8's code cache for the program's own CommonJS files (dist/**/*.cjs): each file's compiled code, made
// at build time (scripts/code-cache.mjs) and kept next to it as FILE.cjs.cache, so a run deserialises
// bytecode instead of parsing and compiling the same JavaScript again. Only an optimisation: a cache
// that is missing, damaged, made for other source or by another Node.js is ignored, never an error.
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';
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

interface CommonJsModule {
  exports: unknown;
  filename: string;
}

type Loader = (module: CommonJsModule, filename: string) => void;

function runCommonJs(script: Script, module: CommonJsModule, filename: string): void {
  const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, createRequire(filename), module, filename, dirname(filename));
}

/**
 * Loads the .cjs files under `root` through the code cache. `onCompile` sees every script (the build
 * uses it to make the caches after a training run).
 */
export function installCodeCache(
  root: string,
  options: { useCache?: boolean; onCompile?: (filename: string, script: Script) => void } = {},
): void {
  const crc = codeCacheChecksum();
  const extensions = (Module as unknown as { _extensions: Record<string, Loader> })._extensions;
  const fallback = extensions['.cjs'] ?? (extensions['.js'] as Loader);
  const prefix = root.endsWith('/') ? root : `${root}/`;
  extensions['.cjs'] = (module, filename) => {
    if (!filename.startsWith(prefix)) return fallback(module, filename);
    const bytes = readFileSync(filename);
    let cachedData: Buffer | undefined;
    if (crc && options.useCache !== false) {
      try {
        cachedData = decodeCodeCache(bytes, readFileSync(filename + CACHE_SUFFIX), crc);
      } catch {
        // no cache for this file
      }
    }
    const script = compileCommonJs(bytes.toString('utf8'), filename, cachedData);
    options.onCompile?.(filename, script);
    runCommonJs(script, module, filename);
  };
}

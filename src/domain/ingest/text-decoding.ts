// Turning the bytes of an uploaded file into UTF-8 text: what the file is (gzip, a workbook, binary,
// text), which encoding its text is in (UTF-8 with or without BOM, UTF-16LE with BOM, Windows-1252 as
// Norwegian Excel saves it), and a streaming decoder that says on which line a bad byte sits.
// Windows-1252 is decoded with our own table: Node 20's TextDecoder maps 0x80–0x9F to control
// characters instead of € – ’ and the like.
import { isUtf8 } from 'node:buffer';
import type { Text } from '../messages/index.js';

/** A problem with the file as a whole (not one row): nothing from it is written. */
export class InputProblem extends Error {
  constructor(
    readonly reason: string,
    /** 1-based line, when known. */
    readonly line: number | undefined,
    /** The reason coded, where it is, for the agent's screen (crosses threads as CodedData). */
    readonly text?: Text,
  ) {
    super(line === undefined ? reason : `line ${line}: ${reason}`);
    this.name = 'InputProblem';
  }
}

export const ENCODINGS = ['utf-8', 'windows-1252', 'utf-16le'] as const;
export type TextEncodingName = (typeof ENCODINGS)[number];

export function parseEncodingName(text: string): TextEncodingName | undefined {
  const t = text.trim().toLowerCase().replace(/_/g, '-');
  if (t === 'utf8' || t === 'utf-8') return 'utf-8';
  if (['windows-1252', 'cp1252', 'win1252', 'ansi', 'latin1', 'iso-8859-1'].includes(t))
    return 'windows-1252';
  if (t === 'utf-16le' || t === 'utf16le' || t === 'utf-16') return 'utf-16le';
  return undefined;
}

export function isGzip(first: Uint8Array): boolean {
  return first.length >= 2 && first[0] === 0x1f && first[1] === 0x8b;
}

/** 0x80–0x9F in Windows-1252; the five undefined positions keep their code (they fail validation later). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d,
  0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x9d, 0x017e, 0x0178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\u0080-\u009f]/g, (ch) =>
    String.fromCharCode(CP1252_HIGH[ch.charCodeAt(0) - 0x80] as number),
  );
}

const CP1252_REVERSE = new Map(CP1252_HIGH.map((code, i) => [code, 0x80 + i]));

/** The inverse, for tests and fixtures: characters outside Windows-1252 throw. */
export function encodeWindows1252(text: string): Buffer {
  const out = Buffer.alloc(text.length);
  let n = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    const byte = code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : CP1252_REVERSE.get(code);
    if (byte === undefined) throw new RangeError(`'${ch}' has no Windows-1252 byte`);
    out[n++] = byte;
  }
  return out.subarray(0, n);
}

export interface EncodingGuess {
  encoding: TextEncodingName;
  /** Bytes of byte-order mark to skip. */
  bom: number;
  /** How it was decided, for the note on stderr. */
  how: 'bom' | 'valid utf-8' | 'not utf-8' | 'given';
}

/** Where a valid UTF-8 prefix ends, leaving out a multi-byte character cut off by the chunk's end. */
function completeUtf8Length(bytes: Uint8Array): number {
  let i = bytes.length;
  let back = 0;
  while (i > 0 && back < 4) {
    const b = bytes[i - 1] as number;
    if ((b & 0xc0) !== 0x80) {
      if (b >= 0xf8) return bytes.length; // never a lead byte: let the check fail here
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
      return need > back + 1 ? i - 1 : bytes.length;
    }
    i--;
    back++;
  }
  return bytes.length;
}

/**
 * Refuses what is not text (NUL bytes, workbooks, images) and guesses the encoding from the first
 * bytes: a BOM decides; else valid UTF-8 is UTF-8 and anything else is taken as Windows-1252.
 */
export function guessEncoding(first: Uint8Array, given: TextEncodingName | undefined): EncodingGuess {
  const bomUtf8 = first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf;
  const bomUtf16le = first[0] === 0xff && first[1] === 0xfe;
  if (first[0] === 0xfe && first[1] === 0xff) {
    throw new InputProblem('the file is UTF-16 big-endian text; save it as CSV UTF-8', 1);
  }
  if (bomUtf16le) return { encoding: 'utf-16le', bom: 2, how: 'bom' };
  if (first[0] === 0x50 && first[1] === 0x4b && first[2] === 0x03 && first[3] === 0x04) {
    throw new InputProblem(
      'this is a zip file or an Excel workbook (.xlsx), not CSV: save it as CSV (UTF-8)',
      1,
    );
  }
  const sample = first.subarray(0, 8192);
  let controls = 0;
  for (const b of sample) {
    if (b === 0) throw new InputProblem('the file contains NUL bytes: it is binary, not CSV text', 1);
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) controls++;
  }
  if (controls > sample.length / 20) {
    throw new InputProblem('the file is mostly control characters: it is binary, not CSV text', 1);
  }
  if (given) return { encoding: given, bom: given === 'utf-8' && bomUtf8 ? 3 : 0, how: 'given' };
  if (bomUtf8) return { encoding: 'utf-8', bom: 3, how: 'bom' };
  const body = first.subarray(0, completeUtf8Length(first));
  if (isUtf8(body)) return { encoding: 'utf-8', bom: 0, how: 'valid utf-8' };
  // Not UTF-8 as a whole, but with UTF-8 characters in it: a UTF-8 file with a stray Windows-1252 byte
  // (or the reverse). Decoding it whole as Windows-1252 would garble every ø of the UTF-8 part.
  if (firstUtf8Sequence(body) >= 0) mixedEncodings(body, firstInvalidUtf8(body), 0);
  return { encoding: 'windows-1252', bom: 0, how: 'not utf-8' };
}

/**
 * Where the first multi-byte UTF-8 character starts (a lead byte with its continuation bytes), or -1.
 * Such byte pairs (Ã¸ for ø) are next to never meant in Windows-1252 text.
 */
export function firstUtf8Sequence(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length - 1; i++) {
    const b = bytes[i] as number;
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    if (need === 0 || i + need >= bytes.length) continue;
    let ok = true;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) ok = false;
    if (ok) return i;
  }
  return -1;
}

function mixedEncodings(bytes: Uint8Array, at: number, linesBefore: number): never {
  throw new InputProblem(
    'the file mixes UTF-8 and Windows-1252 (this line has the first byte that does not fit the rest); save it again as CSV UTF-8',
    linesBefore + countNewlines(bytes, at) + 1,
  );
}

function countNewlines(bytes: Uint8Array, end = bytes.length): number {
  let n = 0;
  let i = bytes.indexOf(10);
  while (i !== -1 && i < end) {
    n++;
    i = bytes.indexOf(10, i + 1);
  }
  return n;
}

/**
 * The offset of the first byte that breaks UTF-8 (the slow path, only after isUtf8 said no): a walk over
 * the lead and continuation bytes. It is only used to name the line, so the rarer rules (overlong forms,
 * surrogates) that isUtf8 already enforces are not repeated here.
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    if (need === 0) return i;
    for (let k = 1; k <= need; k++)
      if (i + k >= bytes.length || ((bytes[i + k] as number) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return bytes.length;
}

/**
 * Streaming decoder to text, tracking lines for its error messages. Chunks are cut at whole characters,
 * so every piece decodes alone.
 */
export interface TextDecoderStream {
  decode(chunk: Uint8Array): string;
  end(): string;
  /**
   * UTF-8 only: `lines` whole lines were read from the bytes without this decoder (the import's byte
   * path); counted, so the line of a later bad byte stays right.
   */
  skipLines(lines: number): void;
  /** Whether part of a character is held back from the last chunk. */
  readonly holding: boolean;
}

export function createTextDecoder(guess: EncodingGuess): TextDecoderStream {
  let linesBefore = 0;
  let skip = guess.bom;
  const strip = (chunk: Uint8Array): Uint8Array => {
    if (skip === 0) return chunk;
    const cut = Math.min(skip, chunk.length);
    skip -= cut;
    return chunk.subarray(cut);
  };
  if (guess.encoding === 'windows-1252') {
    return {
      decode: (chunk) => {
        const bytes = strip(chunk);
        // A guessed Windows-1252 file that turns out to hold UTF-8 further on is refused, not garbled;
        // --encoding windows-1252 given by the user is taken at its word.
        if (guess.how !== 'given') {
          const at = firstUtf8Sequence(bytes);
          if (at >= 0) mixedEncodings(bytes, at, linesBefore);
        }
        linesBefore += countNewlines(bytes);
        return decodeWindows1252(bytes);
      },
      end: () => '',
      skipLines: (lines) => {
        linesBefore += lines;
      },
      holding: false,
    };
  }
  if (guess.encoding === 'utf-16le') {
    const decoder = new TextDecoder('utf-16le');
    return {
      decode: (chunk) => decoder.decode(strip(chunk), { stream: true }),
      end: () => decoder.decode(),
      skipLines: () => {
        throw new Error('a UTF-16 file is not read as UTF-8 bytes');
      },
      // Unknown (TextDecoder keeps it to itself): the byte path never reads UTF-16.
      holding: true,
    };
  }
  // Validating and decoding in one pass (fatal: a bad byte throws); the slow walk only names its line.
  const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let carry: Buffer = Buffer.alloc(0);
  const fail = (bytes: Uint8Array, at: number): never => {
    const line = linesBefore + countNewlines(bytes, at) + 1;
    throw new InputProblem(
      'the text is not valid UTF-8 here; if the file was saved by Excel as plain CSV, give --encoding windows-1252',
      line,
    );
  };
  return {
    decode(chunk) {
      const body = strip(chunk);
      const bytes =
        carry.length === 0
          ? Buffer.from(body.buffer, body.byteOffset, body.byteLength)
          : Buffer.concat([carry, body]);
      const complete = completeUtf8Length(bytes);
      const head = bytes.subarray(0, complete);
      let text: string;
      try {
        // { stream: true } takes Node's fast path; head ends on a whole character, so nothing is held.
        text = utf8.decode(head, { stream: true });
      } catch {
        return fail(head, firstInvalidUtf8(head));
      }
      carry = Buffer.from(bytes.subarray(complete));
      linesBefore += countNewlines(head);
      return text;
    },
    end() {
      if (carry.length > 0) fail(carry, 0);
      return '';
    },
    skipLines(lines) {
      linesBefore += lines;
    },
    get holding() {
      return carry.length > 0;
    },
  };
}

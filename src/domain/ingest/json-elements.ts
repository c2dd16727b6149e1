// Streaming reader for large JSON files that are one big array (Brønnøysund's bulk download) or an
// object holding one (the Peppol Directory export's `participants`): it finds where each array element
// begins and ends, hands each element to JSON.parse, and keeps the object's short string fields
// (such as the export date). Memory stays at one element, whatever the file's size.
import { InputProblem } from './text-decoding.js';

export interface JsonElementReader {
  write(text: string): void;
  end(): void;
  /** String values of the root object's own fields (empty for a root array). */
  readonly meta: Record<string, string>;
}

const WS = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/**
 * Calls `onElement(value, line)` for each element of the root array, or of the array under
 * `arrayKey` when the root is an object. Throws InputProblem on anything that is not such JSON.
 */
/** No register unit comes near this (a Brreg unit is a few KB); it bounds the memory one element takes. */
export const MAX_ELEMENT_CHARS = 1024 * 1024;

export function createJsonElementReader(
  arrayKey: string | undefined,
  onElement: (value: unknown, line: number) => void,
): JsonElementReader {
  let depth = 0;
  let line = 1;
  let inString = false;
  let escaped = false;
  let started = false;
  let rootIsObject = false;
  let arrayDepth = -1; // depth inside the target array; -1 until found
  let inElement = false;
  let elementIsString = false;
  let elementIsScalar = false;
  let elementLine = 0;
  let partial = '';
  let start = -1;
  let done = false;
  // Root-object fields: the last string read at depth 1, the key it became, and whether a value follows.
  let keyText = '';
  let readingKeyString = false;
  let currentKey: string | undefined;
  let afterColon = false;
  const meta: Record<string, string> = {};

  const emit = (text: string) => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new InputProblem(
        `invalid JSON in the element starting here: ${(error as Error).message}`,
        elementLine,
      );
    }
    onElement(value, elementLine);
  };

  function write(chunk: string): void {
    start = inElement ? 0 : -1;
    const n = chunk.length;
    for (let i = 0; i < n; i++) {
      const c = chunk.charCodeAt(i);
      if (c === 0x0a) line++;
      if (inString) {
        if (readingKeyString) keyText += chunk[i];
        if (escaped) escaped = false;
        else if (c === 0x5c) escaped = true;
        else if (c === 0x22) {
          inString = false;
          if (readingKeyString) {
            readingKeyString = false;
            keyText = keyText.slice(0, -1);
            if (afterColon && currentKey !== undefined) {
              meta[currentKey] = safeString(keyText);
              afterColon = false;
              currentKey = undefined;
            }
          }
          if (inElement && elementIsString && depth === arrayDepth) {
            emit(partial + chunk.slice(start, i + 1));
            inElement = false;
            partial = '';
          }
        }
        continue;
      }
      if (!started) {
        if (WS(c)) continue;
        if (c === 0x5b) {
          started = true;
          depth = 1;
          if (arrayKey === undefined) arrayDepth = 1;
          else
            throw new InputProblem(`expected a JSON object with a '${arrayKey}' array, found an array`, line);
          continue;
        }
        if (c === 0x7b) {
          started = true;
          depth = 1;
          rootIsObject = true;
          if (arrayKey === undefined)
            throw new InputProblem('expected a JSON array of units, found an object', line);
          continue;
        }
        throw new InputProblem('this is not JSON: it should start with [ or {', line);
      }
      if (done) {
        if (WS(c)) continue;
        throw new InputProblem('text after the end of the JSON', line);
      }
      // Scalar element end.
      if (inElement && elementIsScalar && depth === arrayDepth && (c === 0x2c || c === 0x5d || WS(c))) {
        emit(partial + chunk.slice(start, i));
        inElement = false;
        partial = '';
      }
      if (depth === arrayDepth && !inElement && !WS(c) && c !== 0x2c && c !== 0x5d) {
        inElement = true;
        elementLine = line;
        start = i;
        elementIsString = c === 0x22;
        elementIsScalar = c !== 0x22 && c !== 0x7b && c !== 0x5b;
      }
      if (c === 0x22) {
        inString = true;
        if (rootIsObject && depth === 1) {
          readingKeyString = true;
          keyText = '';
        }
        continue;
      }
      if (rootIsObject && depth === 1) {
        if (c === 0x3a) {
          currentKey = safeString(keyText);
          afterColon = true;
          continue;
        }
        if (c === 0x2c) {
          afterColon = false;
          currentKey = undefined;
          continue;
        }
      }
      if (c === 0x7b || c === 0x5b) {
        if (rootIsObject && depth === 1 && afterColon) {
          if (c === 0x5b && currentKey === arrayKey) arrayDepth = 2;
          afterColon = false;
        }
        depth++;
        continue;
      }
      if (c === 0x7d || c === 0x5d) {
        depth--;
        if (inElement && !elementIsScalar && !elementIsString && depth === arrayDepth) {
          emit(partial + chunk.slice(start, i + 1));
          inElement = false;
          partial = '';
        }
        if (depth === 0) done = true;
        else if (depth < arrayDepth) arrayDepth = -2; // the target array ended
        if (depth < 0) throw new InputProblem(`unbalanced '${String.fromCharCode(c)}'`, line);
      }
    }
    if (inElement) partial += chunk.slice(start === -1 ? 0 : start);
    // An element (or a top-level string) past this size is no register unit: refused as it arrives, so
    // a 50 MB value cannot pile up until the process runs out of memory (it aborted with a V8 fatal error).
    if (partial.length > MAX_ELEMENT_CHARS) {
      throw new InputProblem(
        `the element starting on this line is longer than ${MAX_ELEMENT_CHARS / 1024 / 1024} MiB: a value far too long, or a quote (") never closed`,
        elementLine,
      );
    }
    if (keyText.length > MAX_ELEMENT_CHARS) {
      throw new InputProblem(`a value longer than ${MAX_ELEMENT_CHARS / 1024 / 1024} MiB ends here`, line);
    }
  }

  return {
    meta,
    write,
    end() {
      if (!started) throw new InputProblem('the file is empty', 1);
      if (!done) throw new InputProblem('the JSON ends too early: a bracket or quote is never closed', line);
      if (arrayKey !== undefined && arrayDepth === -1) {
        throw new InputProblem(`the JSON object has no '${arrayKey}' array`, 1);
      }
    },
  };
}

function safeString(raw: string): string {
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}

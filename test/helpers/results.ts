// Unwrapping a parser's ParseResult in tests: the value it accepted, or the error it gave.
import type { ParseResult } from '../../src/domain/parse-result.js';

export function accepted<T>(result: ParseResult<T>): T {
  if (!result.ok) throw new Error(`expected a value, got: ${result.error}`);
  return result.value;
}

export function rejected<T>(result: ParseResult<T>): string {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value)}`);
  return result.error;
}

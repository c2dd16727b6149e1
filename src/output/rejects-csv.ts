// The rejected-rows report of an import: a CSV that opens safely in Excel (UTF-8 with BOM, every cell
// quoted, and a leading apostrophe on anything a spreadsheet would take for a formula).
import { createWriteStream, type WriteStream } from 'node:fs';

const FORMULA_START = /^[=+\-@\t\r\n\0]/;

/** One cell, quoted, with `'` in front of = + - @ tab CR LF NUL (OWASP CSV injection). */
export function excelSafeCell(value: string | number): string {
  const text = String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}

export function excelSafeRow(values: readonly (string | number)[], delimiter: string): string {
  return `${values.map(excelSafeCell).join(delimiter)}\r\n`;
}

export interface RejectsFile {
  write(row: { line: number; column: string; value: string; reason: string }): void;
  close(): Promise<void>;
}

/** Opens the report; the delimiter follows the imported file's, so it opens in the same Excel. */
export function openRejectsFile(path: string, delimiter: string): RejectsFile {
  const stream: WriteStream = createWriteStream(path, { mode: 0o600 });
  stream.write(`\uFEFF${excelSafeRow(['line', 'column', 'value', 'reason'], delimiter)}`);
  return {
    write: (r) => void stream.write(excelSafeRow([r.line, r.column, r.value, r.reason], delimiter)),
    close: () =>
      new Promise<void>((resolve, reject) => {
        stream.on('error', reject);
        stream.end(() => resolve());
      }),
  };
}

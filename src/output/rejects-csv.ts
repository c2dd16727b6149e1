// The rejected-rows report of an import: a CSV that opens safely in Excel (UTF-8 with BOM, every cell
// quoted, CRLF, and formulas neutralised by the one CSV writer).
import { createWriteStream, type WriteStream } from 'node:fs';
import { csvText } from './csv.js';

function rejectsRow(values: readonly (string | number)[], delimiter: string): string {
  return csvText([values], { delimiter, quoted: true, recordDelimiter: '\r\n' });
}

export interface RejectsFile {
  write(row: { line: number; column: string; value: string; reason: string }): void;
  close(): Promise<void>;
}

/** Opens the report; the delimiter follows the imported file's, so it opens in the same Excel. */
export function openRejectsFile(path: string, delimiter: string): RejectsFile {
  const stream: WriteStream = createWriteStream(path, { mode: 0o600 });
  stream.write(`\uFEFF${rejectsRow(['line', 'column', 'value', 'reason'], delimiter)}`);
  return {
    write: (r) => void stream.write(rejectsRow([r.line, r.column, r.value, r.reason], delimiter)),
    close: () =>
      new Promise<void>((resolve, reject) => {
        stream.on('error', reject);
        stream.end(() => resolve());
      }),
  };
}

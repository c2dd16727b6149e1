// The rejected-rows report of an import: a CSV that opens safely in Excel (UTF-8 with BOM, every cell
// quoted, CRLF, and formulas neutralised by the one CSV writer).
import { closeSync, writeSync } from 'node:fs';
import { maskNationalIdShapesIn } from '../domain/national-id.js';
import type { UserError } from '../errors.js';
import { csvText } from './csv.js';
import { openOutputFile, outputFileError } from './output-file.js';

function rejectsRow(values: readonly (string | number)[], delimiter: string): string {
  return csvText([values], { delimiter, quoted: true, recordDelimiter: '\r\n' });
}

export interface RejectsFile {
  write(row: { line: number; column: string; value: string; reason: string }): void;
  close(): Promise<void>;
}

/**
 * Opens the report; the delimiter follows the imported file's, so it opens in the same Excel. Written
 * synchronously, so a full disk or a bad path is one line naming --errors, never an unhandled stream
 * error; a named pipe without a reader is refused at once rather than waited on.
 */
export function openRejectsFile(path: string, delimiter: string): RejectsFile {
  const fd = openOutputFile('--errors', path);
  let pending = '';
  let failure: UserError | undefined;
  const flush = () => {
    if (failure || pending === '') return;
    try {
      writeSync(fd, pending);
    } catch (error) {
      failure = outputFileError('--errors', path, error);
    }
    pending = '';
  };
  pending = `\uFEFF${rejectsRow(['line', 'column', 'value', 'reason'], delimiter)}`;
  return {
    write: (r) => {
      // The report is a file that is kept: a national ID in a cell (typed where an org number or phone
      // belonged, or a learner not found, or refused for a wrong check digit) is masked, valid or not;
      // the line and column find it.
      const value = maskNationalIdShapesIn(r.value);
      pending += rejectsRow([r.line, r.column, value, maskNationalIdShapesIn(r.reason)], delimiter);
      if (pending.length > 64 * 1024) flush();
    },
    close: async () => {
      flush();
      closeSync(fd);
      if (failure) throw failure;
    },
  };
}

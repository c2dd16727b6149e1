// The row format that crosses from the parsing thread to the writer: PostgreSQL's COPY text format
// (fields joined by tab, rows by newline, \N for null, backslash doubled). Values reaching it were
// validated to hold no control characters, so only the backslash needs escaping. PostgreSQL copies it
// as is; SQLite splits it back into parameters.

export const NULL_FIELD = '\\N';

export function encodeField(value: string | null): string {
  if (value === null) return NULL_FIELD;
  return value.includes('\\') ? value.replaceAll('\\', '\\\\') : value;
}

export function encodeRow(values: readonly (string | null)[]): string {
  let text = encodeField(values[0] ?? null);
  for (let i = 1; i < values.length; i++) text += `\t${encodeField(values[i] ?? null)}`;
  return text;
}

export function decodeField(text: string): string | null {
  if (text === NULL_FIELD) return null;
  return text.includes('\\') ? text.replaceAll('\\\\', '\\') : text;
}

export function decodeRow(text: string): (string | null)[] {
  const values: (string | null)[] = text.split('\t');
  for (let i = 0; i < values.length; i++) {
    const part = values[i] as string;
    if (part === NULL_FIELD) values[i] = null;
    else if (part.includes('\\')) values[i] = part.replaceAll('\\\\', '\\');
  }
  return values;
}

/** Rows of one batch: one string and the offsets where each row starts (plus the end). */
export interface RowText {
  text: string;
  offsets: Int32Array;
}

export function rowAt(rows: RowText, i: number): string {
  return rows.text.slice(rows.offsets[i], (rows.offsets[i + 1] as number) - 1);
}

/**
 * Rows of one batch written straight as COPY text in UTF-8 (each row ending in a newline) into one
 * growing buffer, with the byte offset where each row starts: no string per row, and PostgreSQL's
 * COPY takes the bytes as they are. The buffer is the batch's own (a whole ArrayBuffer, so a worker
 * thread can hand it over without a copy).
 */
export class CopyLineBuffer {
  private bytes: Buffer;
  private used = 0;

  constructor(private readonly initial: number) {
    this.bytes = Buffer.allocUnsafeSlow(initial);
  }

  get length(): number {
    return this.used;
  }

  /** Room for `more` bytes after the used ones. */
  reserve(more: number): Buffer {
    const need = this.used + more;
    if (need > this.bytes.length) {
      let size = this.bytes.length * 2;
      while (size < need) size *= 2;
      const next = Buffer.allocUnsafeSlow(size);
      this.bytes.copy(next, 0, 0, this.used);
      this.bytes = next;
    }
    return this.bytes;
  }

  /** The buffer to write into at `length` (after reserve) and where the writing ended. */
  commit(end: number): void {
    this.used = end;
  }

  /** One row of values (null as \N, backslashes doubled), its newline after. */
  writeValues(values: readonly (string | null)[]): void {
    let bound = values.length * 3 + 1;
    for (const value of values) if (value !== null) bound += value.length * 3;
    const out = this.reserve(bound);
    let at = this.used;
    for (let f = 0; f < values.length; f++) {
      if (f > 0) out[at++] = 9;
      const value = values[f] ?? null;
      if (value === null) {
        out[at++] = 92;
        out[at++] = 78;
        continue;
      }
      const n = value.length;
      let k = 0;
      for (; k < n; k++) {
        const c = value.charCodeAt(k);
        if (c >= 0x80 || c === 92) break;
        out[at++] = c;
      }
      if (k < n) at += out.write(encodeField(value.slice(k)), at, 'utf8');
    }
    out[at++] = 10;
    this.used = at;
  }

  /** The rows written so far, and a fresh buffer for the next batch. */
  take(): Buffer {
    const taken = this.bytes.subarray(0, this.used);
    this.bytes = Buffer.allocUnsafeSlow(Math.max(this.initial, this.used + (this.used >> 2)));
    this.used = 0;
    return taken;
  }
}

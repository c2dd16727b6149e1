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

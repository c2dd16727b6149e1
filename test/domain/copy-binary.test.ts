// Rows in COPY text into PostgreSQL's binary COPY tuples (the PostgreSQL company import sends its new
// companies so): every value as the text decoder reads it, null for \N only, and never more bytes than
// the bound the writer reserves.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  binaryTupleBound,
  booleanField,
  COPY_BINARY_HEADER,
  readBinaryTuple,
  timestampField,
  writeBinaryTuple,
} from '../../src/domain/ingest/copy-binary.js';
import { decodeRow, encodeRow } from '../../src/domain/ingest/copy-text.js';

const CHARS = ['a', 'Z', ' ', '\\', 'N', '\\N', 'ø', 'Å', '€', '’', '\u3000', '😀', ',', '"', '='];
const VALUE = fc.option(
  fc.array(fc.constantFrom(...CHARS), { maxLength: 10 }).map((c) => c.join('')),
  { nil: null, freq: 4 },
);

function tuple(line: string, extra = 0): { values: (string | null)[]; bytes: number; bound: number } {
  const src = Buffer.from(`xx${line}yy`);
  const out = Buffer.alloc(binaryTupleBound(src.length - 4) + 8, 0xaa);
  const end = writeBinaryTuple(src, 2, src.length - 2, out, 3, extra);
  // The count holds the caller's extra fields; read only the line's own.
  const count = out.readInt16BE(3);
  out.writeInt16BE(count - extra, 3);
  const read = readBinaryTuple(out, 3);
  expect(read.end).toBe(end);
  expect(count).toBe(read.values.length + extra);
  return {
    values: read.values.map((v) => (v === null ? null : v.toString('utf8'))),
    bytes: end - 3,
    bound: binaryTupleBound(src.length - 4),
  };
}

describe('COPY text into binary COPY tuples', () => {
  it('gives every value as the text decoder does, whatever the values', () => {
    fc.assert(
      fc.property(fc.array(VALUE, { minLength: 1, maxLength: 16 }), fc.nat(4), (values, extra) => {
        const line = encodeRow(values);
        const got = tuple(line, extra);
        expect(got.values).toEqual(decodeRow(line));
        expect(got.values).toEqual(values);
        expect(got.bytes).toBeLessThanOrEqual(got.bound);
      }),
      { numRuns: 2_000 },
    );
  });

  it('keeps "\\N" written as text apart from a null, and empty fields apart from both', () => {
    expect(tuple(encodeRow(['\\N', null, '', 'a\\\\b', '']))).toMatchObject({
      values: ['\\N', null, '', 'a\\\\b', ''],
    });
    // COPY's other escapes, should a line hold them.
    expect(tuple('a\\tb\t\\n\\r\tc\\\\').values).toEqual(['a\tb', '\n\r', 'c\\']);
  });

  it('writes the header, booleans and timestamps as PostgreSQL reads them', () => {
    expect(COPY_BINARY_HEADER.toString('latin1', 0, 11)).toBe('PGCOPY\n\xff\r\n\0');
    expect(COPY_BINARY_HEADER.length).toBe(19);
    expect([...booleanField(true)]).toEqual([0, 0, 0, 1, 1]);
    expect([...booleanField(false)]).toEqual([0, 0, 0, 1, 0]);
    // Microseconds since 2000-01-01T00:00:00Z.
    expect(timestampField('2000-01-01T00:00:00.000Z').readBigInt64BE(4)).toBe(0n);
    expect(timestampField('2026-12-07T08:15:51.292Z').readBigInt64BE(4)).toBe(
      BigInt(Date.parse('2026-12-07T08:15:51.292Z') - Date.UTC(2000, 0, 1)) * 1000n,
    );
    expect(timestampField('1999-12-31T23:59:59.999Z').readBigInt64BE(4)).toBe(-1000n);
    expect(() => timestampField('not a time')).toThrow();
  });
});

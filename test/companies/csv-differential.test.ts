// The import's own CSV reader against csv-parse, the reference it replaces on the hot path: on generated
// CSV (quoted values with delimiters, doubled quotes and line breaks inside, CRLF, LF and CR line ends,
// empty lines, a BOM, ragged rows, records near the size bound, and broken quoting), cut into chunks
// anywhere between characters, both must give the same records with the same start
// lines, or stop with the same problem on the same line.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ByteLines,
  type CsvRecordReader,
  createCsvParseReader,
  createCsvRecordReader,
  type Delimiter,
} from '../../src/domain/ingest/csv-records.js';
import { InputProblem } from '../../src/domain/ingest/text-decoding.js';

type Factory = (
  delimiter: Delimiter,
  onRecord: (fields: string[], line: number) => void,
  max: number,
) => CsvRecordReader;

interface Outcome {
  records: string[];
  problem: string | undefined;
}

function read(factory: Factory, delimiter: Delimiter, max: number, chunks: string[]): Outcome {
  const records: string[] = [];
  const reader = factory(delimiter, (fields, line) => records.push(`${line}:${JSON.stringify(fields)}`), max);
  try {
    for (const chunk of chunks) reader.write(chunk);
    reader.end();
  } catch (error) {
    if (!(error instanceof InputProblem)) throw error;
    return { records, problem: `line ${error.line}: ${error.reason}` };
  }
  return { records, problem: undefined };
}

/**
 * The same text read as the import's byte path reads it: up to the first line feed as text (the record
 * delimiter is found there), then as UTF-8 bytes in chunks cut anywhere, whole lines to writeLines
 * (the rest kept for the next chunk), the lines it offers taken as bytes or handed back by `take`.
 */
function readAsBytes(
  delimiter: Delimiter,
  max: number,
  text: string,
  cuts: number[],
  take: (line: number) => boolean,
): Outcome {
  const records: string[] = [];
  const reader = createCsvRecordReader(
    delimiter,
    (fields, line) => records.push(`${line}:${JSON.stringify(fields)}`),
    max,
  );
  const lane: ByteLines = {
    line(bytes, starts, ends, count, line) {
      if (!take(line)) return false;
      const fields: string[] = [];
      for (let i = 0; i < count; i++) fields.push(bytes.toString('utf8', starts[i], ends[i]));
      records.push(`${line}:${JSON.stringify(fields)}`);
      return true;
    },
    decode: (bytes, start, end) => bytes.toString('utf8', start, end),
    skipped: () => {},
  };
  try {
    const first = text.indexOf('\n') + 1;
    reader.write(text.slice(0, first));
    const bytes = Buffer.from(text.slice(first));
    const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
    points.push(bytes.length);
    let tail = 0;
    for (const p of points) {
      const last = bytes.lastIndexOf(10, p - 1);
      if (last >= tail && p > 0) {
        reader.writeLines(bytes.subarray(tail, last + 1), lane);
        tail = last + 1;
      }
    }
    if (tail < bytes.length) reader.write(bytes.toString('utf8', tail));
    reader.end();
  } catch (error) {
    if (!(error instanceof InputProblem)) throw error;
    return { records, problem: `line ${error.line}: ${error.reason}` };
  }
  return { records, problem: undefined };
}

/** The text in pieces cut between characters (as the decoder hands it over). */
function cut(text: string, cuts: number[]): string[] {
  const chars = [...text];
  const points = [...new Set(cuts.map((c) => c % (chars.length + 1)))].sort((a, b) => a - b);
  const chunks: string[] = [];
  let start = 0;
  for (const p of points) {
    chunks.push(chars.slice(start, p).join(''));
    start = p;
  }
  chunks.push(chars.slice(start).join(''));
  return chunks;
}

const DELIMITER = fc.constantFrom<Delimiter>(',', ';', '\t');
const LINE_END = fc.constantFrom('\n', '\r\n', '\r');
/** Characters of a value: ASCII, Norwegian letters, a 3-byte €, a 4-byte emoji, a NUL, spaces. */
const CHAR = fc.constantFrom('a', 'B', '7', ' ', 'ø', 'Å', '€', '😀', '\u0000', '.', '-');
const SPECIAL = fc.constantFrom(',', ';', '\t', '"', '""', '\n', '\r\n', '\r');

/** A value as a well-formed file writes it: plain, or quoted with inner quotes doubled. */
const VALUE = fc.oneof(
  fc.array(CHAR, { maxLength: 6 }).map((cs) => cs.join('')),
  fc.array(fc.oneof(CHAR, SPECIAL), { maxLength: 8 }).map((cs) => `"${cs.join('').replaceAll('"', '""')}"`),
);

/** Well-formed CSV (one line ending for the file, or mixed), sometimes with one character changed. */
const STRUCTURED = fc
  .record({
    rows: fc.array(fc.array(VALUE, { minLength: 1, maxLength: 4 }), { maxLength: 6 }),
    ending: fc.oneof(LINE_END, fc.constant('mixed')),
    endings: fc.array(LINE_END, { minLength: 8, maxLength: 8 }),
    empties: fc.array(fc.nat(2), { minLength: 8, maxLength: 8 }),
    trailing: fc.boolean(),
    bom: fc.boolean(),
    delimiter: DELIMITER,
    mutation: fc.option(fc.tuple(fc.nat(), fc.oneof(SPECIAL, CHAR, fc.constant('')))),
  })
  .map(({ rows, ending, endings, empties, trailing, bom, delimiter, mutation }) => {
    let text = bom ? '\uFEFF' : '';
    rows.forEach((row, i) => {
      const end = ending === 'mixed' ? (endings[i % 8] as string) : ending;
      text += end.repeat(empties[i % 8] as number);
      text += row.join(delimiter);
      if (i < rows.length - 1 || trailing) text += end;
    });
    if (mutation) {
      const [at, insert] = mutation;
      const p = text.length === 0 ? 0 : at % text.length;
      // Replace one character (or drop it) at a place that does not split a surrogate pair.
      const chars = [...text];
      chars.splice(p % (chars.length + 1), insert === '' ? 1 : 0, insert);
      text = chars.join('');
    }
    return { text, delimiter };
  });

/** Token soup: anything at all, for the malformed cases. */
const SOUP = fc.record({
  text: fc.array(fc.oneof(CHAR, SPECIAL, SPECIAL), { maxLength: 40 }).map((t) => t.join('')),
  delimiter: DELIMITER,
});

describe('the CSV reader against csv-parse', () => {
  it('gives the same records, start lines and problems on generated CSV, however it is cut', () => {
    fc.assert(
      fc.property(
        fc.oneof(STRUCTURED, SOUP),
        fc.array(fc.nat(), { maxLength: 5 }),
        fc.oneof(fc.constant(256 * 1024), fc.integer({ min: 1, max: 40 })),
        ({ text, delimiter }, cuts, max) => {
          const chunks = cut(text, cuts);
          const ours = read(createCsvRecordReader, delimiter, max, chunks);
          const reference = read(createCsvParseReader, delimiter, max, chunks);
          expect(ours).toEqual(reference);
        },
      ),
      { numRuns: 3000 },
    );
  }, 180_000);

  it('gives the same records, start lines and problems when read as UTF-8 bytes (writeLines)', () => {
    fc.assert(
      fc.property(
        fc.oneof(STRUCTURED, SOUP),
        fc.array(fc.nat(), { maxLength: 5 }),
        fc.oneof(fc.constant(256 * 1024), fc.integer({ min: 1, max: 40 })),
        fc.nat(3),
        ({ text, delimiter }, cuts, max, every) => {
          const ours = readAsBytes(delimiter, max, text, cuts, (line) => every > 0 && line % every === 0);
          const reference = read(createCsvParseReader, delimiter, max, [text]);
          expect(ours).toEqual(reference);
        },
      ),
      { numRuns: 3000 },
    );
  }, 180_000);

  it('agrees on the cases the import documents', () => {
    const cases: [string, Delimiter][] = [
      ['a,b\n"x\ny",1\n\nz,2\n', ','],
      ['a,b\r\n"x\r\ny",1\r\n\r\nz,2', ','],
      ['a;b\n"semi;colon";"tab\tin"\n', ';'],
      ['a\tb\n"x"\t"say ""hi"""\n', '\t'],
      ['\uFEFForg,name\n1,2\n', ','],
      ['a,b\n1,2,3\n4\n', ','],
      ['a,b\n1,2\n"open,3\n4,5\n', ','],
      ['a,b\n"closed"x,1\n', ','],
      ['a,b\nHansen "Bygg" AS,1\n', ','],
      ['a,b\n"x"\r\n', ','],
      ['a,b\r"x\ry",1\r', ','],
      ['', ','],
      ['\n\n\n', ','],
    ];
    for (const [text, delimiter] of cases) {
      for (const max of [256 * 1024, 3]) {
        for (let at = 0; at <= text.length; at++) {
          const chunks = [text.slice(0, at), text.slice(at)];
          expect(read(createCsvRecordReader, delimiter, max, chunks)).toEqual(
            read(createCsvParseReader, delimiter, max, chunks),
          );
        }
      }
    }
  });

  it('reads a long plain file the same in 64 KiB chunks', () => {
    const lines = ['org,name,city'];
    for (let i = 0; i < 20000; i++)
      lines.push(i % 7 === 0 ? `${i},"Navn, ${i} ""AS""",Tromsø` : `${i},Navn ${i} AS,Bodø`);
    const text = `${lines.join('\r\n')}\r\n`;
    const chunks: string[] = [];
    for (let at = 0; at < text.length; at += 65536) chunks.push(text.slice(at, at + 65536));
    const ours = read(createCsvRecordReader, ',', 256 * 1024, chunks);
    expect(ours.records).toHaveLength(20001);
    expect(ours).toEqual(read(createCsvParseReader, ',', 256 * 1024, chunks));
  });
});

describe('a record that never ends', () => {
  it('is refused while it arrives, not held in memory until the end of the file', () => {
    const reader = createCsvRecordReader(',', () => {}, 256 * 1024);
    reader.write('org,name\n1,');
    const chunk = 'A'.repeat(64 * 1024);
    let fed = 0;
    let problem: unknown;
    try {
      // 50 MB of one line, as a hostile file sends it; the reader must stop long before the end.
      for (; fed < 800; fed++) reader.write(chunk);
    } catch (error) {
      problem = error;
    }
    expect(problem).toBeInstanceOf(InputProblem);
    expect((problem as InputProblem).line).toBe(2);
    expect((problem as InputProblem).reason).toMatch(/longer than 256 KiB/);
    expect(fed).toBeLessThan(40);
  });
});

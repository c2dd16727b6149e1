// Reading a result list without a database: encodings (Windows-1252 from a table, invalid UTF-8 named by
// line), the delimiter, the result and score words instructors use, the expiry rule, and that no input
// makes the parser throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeImportText,
  decodeWindows1252,
  parseResultList,
  sniffDelimiter,
} from '../../src/domain/completion-import.js';
import { expiryFor, parseResult, parseScore, qualificationStatus } from '../../src/domain/learning.js';

const TODAY = '2026-11-25';
const NO_UNIT = { unitId: undefined, unitCourseCode: undefined, unitDate: undefined, today: TODAY };

describe('encodings', () => {
  it('Windows-1252 decodes æøåÆØÅ and the 0x80–0x9F punctuation from its own table', () => {
    const bytes = Uint8Array.from([0xe6, 0xf8, 0xe5, 0xc6, 0xd8, 0xc5, 0x80, 0x96, 0x92, 0x93, 0x94]);
    expect(decodeWindows1252(bytes)).toBe('æøåÆØÅ€–’“”');
  });

  it('invalid UTF-8 is refused naming the first bad line, with advice', () => {
    const bytes = Buffer.concat([
      Buffer.from('learner,result\nkari@x.no,bestått\n'),
      Buffer.from([0x41, 0xe5, 0x0a]),
    ]);
    expect(decodeImportText(bytes, 'utf-8')).toMatchObject({
      ok: false,
      error: 'line 3 is not UTF-8 text: save the file as "CSV UTF-8", or give --encoding windows-1252',
    });
    expect(decodeImportText(bytes, 'windows-1252')).toMatchObject({ ok: true });
  });

  it('UTF-16 with a byte-order mark (Excel\'s "Unicode text") is read as such, in either byte order', () => {
    const text = 'learner\tresult\nkari@x.no\tbestått\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(decodeImportText(le, 'utf-8')).toEqual({ ok: true, value: text });
    expect(decodeImportText(le, 'windows-1252')).toEqual({ ok: true, value: text });
    expect(decodeImportText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'utf-8')).toEqual({
      ok: true,
      value: text,
    });
  });

  it('a NUL byte (UTF-16 without its mark, a binary file) is refused naming its line, never quoted', () => {
    const noMark = Buffer.from('learner,result\nkari@x.no,passed\n', 'utf16le');
    expect(decodeImportText(noMark, 'utf-8')).toMatchObject({
      ok: false,
      error:
        'line 1 holds a NUL byte: the file is UTF-16 without a byte-order mark, or not text at all; save it as "CSV UTF-8"',
    });
    const inValue = Buffer.from('learner,result\nkari@x.no\u0000,passed\n');
    expect(decodeImportText(inValue, 'windows-1252')).toMatchObject({
      ok: false,
      error: /^line 2 holds a NUL/,
    });
  });
});

describe('the header and rows', () => {
  it.each([
    ['learner;result;date\n', ';'],
    ['learner,result,date\n', ','],
    ['learner\tresult\tdate\n', '\t'],
    ['"a;b",result,date\n', ','],
  ])('the delimiter of %j is %j', (text, delimiter) => expect(sniffDelimiter(text)).toBe(delimiter));

  it('a row gets its course and date from --unit unless it names its own', () => {
    const parsed = parseResultList('learner,result,date\n1,passed,\n2,failed,01.02.2026\n', {
      unitId: 7,
      unitCourseCode: 'SIK-101',
      unitDate: '2026-03-05',
      today: TODAY,
    });
    expect(parsed.ok && parsed.value.rows).toEqual([
      {
        line: 2,
        learner: '1',
        courseCode: 'SIK-101',
        unitId: 7,
        date: '2026-03-05',
        passed: true,
        score: null,
      },
      {
        line: 3,
        learner: '2',
        courseCode: 'SIK-101',
        unitId: 7,
        date: '2026-02-01',
        passed: false,
        score: null,
      },
    ]);
  });

  it('a quoted field over two lines keeps the line numbers of what follows', () => {
    const parsed = parseResultList(
      'learner,course,date,result,comment\n1,SIK-101,2026-01-01,passed,"two\nlines"\n2,SIK-101,2026-13-01,passed,x\n',
      NO_UNIT,
    );
    expect(parsed.ok && parsed.value.problems).toMatchObject([
      { line: 4, column: 'date', error: "'2026-13-01': month 13 does not exist" },
    ]);
    expect(parsed.ok && parsed.value.problems.length).toBe(1);
  });

  it('a refused row names its field and what would be right, in bokmål too', () => {
    const parsed = parseResultList(
      'learner;course;date;result\n;SIK-100;2026-01-01;passed\n1;SIK-100;2026-01-01\n',
      NO_UNIT,
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const said = parsed.value.problems.map((p) => [p.line, p.column, p.error, p.text?.in('nb')]);
    expect(said).toEqual([
      [
        2,
        'learner',
        'the learner is empty: give an id, e-mail or national ID',
        'brukeren mangler: oppgi id, e-postadresse eller fødselsnummer',
      ],
      [
        3,
        '',
        "has 3 fields; the header has 4 (check the ';' separators)",
        'har 3 felt, men overskriftslinjen har 4 (sjekk skilletegnene: «;»)',
      ],
    ]);
  });

  it('never throws, whatever the text: a list, or a structural error', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (body) => {
        const result = parseResultList(`learner,result,course,date\n${body}`, NO_UNIT);
        if (result.ok) {
          expect(result.value.rows.length + new Set(result.value.problems.map((p) => p.line)).size).toBe(
            result.value.total,
          );
        } else {
          expect(result.error).toEqual(expect.any(String));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('results, scores and expiry', () => {
  it.each(['passed', 'Bestått', 'BESTATT', 'ja', 'yes', '1', 'godkjent'])('%s is a pass', (word) =>
    expect(parseResult(word)).toEqual({ ok: true, value: true }),
  );
  it.each(['failed', 'Ikke bestått', 'ikke  bestatt', 'nei', '0', 'stryk'])('%s is a fail', (word) =>
    expect(parseResult(word)).toEqual({ ok: true, value: false }),
  );
  it('anything else is named', () =>
    expect(parseResult('kanskje')).toMatchObject({ ok: false, error: expect.stringContaining("'kanskje'") }));

  it('scores are whole percent from 0 to 100', () => {
    expect(parseScore('87')).toEqual({ ok: true, value: 87 });
    expect(parseScore('87 %')).toEqual({ ok: true, value: 87 });
    for (const bad of ['101', '-1', '8.5', 'x', '']) expect(parseScore(bad).ok, bad).toBe(false);
  });

  it('a pass of a time-limited course expires that many months later, clamped to the month; the day itself is still valid', () => {
    expect(expiryFor('2026-03-05', true, 36)).toBe('2029-03-05');
    expect(expiryFor('2024-02-29', true, 12)).toBe('2025-02-28');
    expect(expiryFor('2026-03-05', false, 36)).toBeNull();
    expect(expiryFor('2026-03-05', true, null)).toBeNull();
    expect(qualificationStatus(true, '2026-11-25', TODAY)).toBe('valid');
    expect(qualificationStatus(true, '2026-11-24', TODAY)).toBe('expired');
    expect(qualificationStatus(false, null, TODAY)).toBe('failed');
  });
});

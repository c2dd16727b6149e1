// Reading an instructor's result list (CSV) into typed rows. Two kinds of trouble: a structural problem
// (not text in the given encoding, an unclosed quote, no usable header) rejects the whole file; a row
// problem (bad date, unknown result) rejects that row, with its line (header = line 1) and column.
// Nothing here touches the database; the workflow resolves learners, courses and units afterwards.
import { cellOf, readCsvTable } from './csv-table.js';
import { parseCompletionDate, parseCourseCode, parseResult, parseScore, parseUnitId } from './learning.js';
import { text as coded, type Text } from './messages/index.js';
import { maskNationalId, maskNationalIdsIn, maskTypedNumber } from './national-id.js';
import { type ParseResult, refused } from './parse-result.js';

export { sniffDelimiter } from './csv-table.js';

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
const MAX_RECORD_BYTES = 64 * 1024;

export const IMPORT_ENCODINGS = ['utf-8', 'windows-1252'] as const;
export type ImportEncoding = (typeof IMPORT_ENCODINGS)[number];

export type ImportField = 'learner' | 'course' | 'unit' | 'date' | 'result' | 'score';

/** Header names an instructor's spreadsheet may use, folded (lower case, `_`/space/`-` removed). */
const HEADER_NAMES: Readonly<Record<string, ImportField>> = {
  learner: 'learner',
  user: 'learner',
  email: 'learner',
  epost: 'learner',
  deltaker: 'learner',
  learnerid: 'learner',
  userid: 'learner',
  course: 'course',
  coursecode: 'course',
  kurs: 'course',
  kurskode: 'course',
  unit: 'unit',
  unitid: 'unit',
  kursenhet: 'unit',
  enhet: 'unit',
  date: 'date',
  completedon: 'date',
  completed: 'date',
  dato: 'date',
  fullført: 'date',
  fullfort: 'date',
  result: 'result',
  resultat: 'result',
  passed: 'result',
  bestått: 'result',
  bestatt: 'result',
  score: 'score',
  poeng: 'score',
  prosent: 'score',
  percent: 'score',
};

export interface ImportRow {
  line: number;
  /** The learner as written (id, e-mail or national ID); shown only through `learnerShown`. */
  learner: string;
  courseCode: string | undefined;
  unitId: number | undefined;
  date: string | undefined;
  passed: boolean;
  score: number | null;
}

export interface RowProblem {
  line: number;
  column: string;
  /** What is wrong, in English (as reports and scripts read it). */
  error: string;
  /** The same, coded: said in the agent's language where it is printed. */
  text?: Text;
}

/** A refused row: its English words, and the coded text where there is one. */
export function rowProblem(line: number, column: string, why: string | Text): RowProblem {
  return typeof why === 'string'
    ? { line, column, error: why }
    : { line, column, error: why.in('en'), text: why };
}

export interface ParsedList {
  rows: ImportRow[];
  problems: RowProblem[];
  /** Columns that were not understood and so were left out. */
  ignoredColumns: string[];
  delimiter: string;
  /** Data rows in the file, good and bad. */
  total: number;
}

/** The learner column as it may appear in a report: national IDs masked. */
export function learnerShown(value: string): string {
  const digits = value.replace(/[\s.-]/g, '');
  if (/^\d{11}$/.test(digits)) return maskNationalId(value);
  // A learner id has at most 9 digits: 10 or 12 are a national ID with a digit too few or too many,
  // hidden whole as the refusal's reason hides it.
  if (/^\d{10}$|^\d{12}$/.test(digits)) return maskTypedNumber(value);
  return maskNationalIdsIn(value);
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F; decoded from a table, since some Node 20
// releases decode these bytes as control characters.
const CP1252_HIGH =
  '\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd' +
  '\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const b of bytes) text += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return text;
}

/** The file's text; invalid UTF-8 is a structural error naming the line. */
export function decodeImportText(bytes: Uint8Array, encoding: ImportEncoding): ParseResult<string> {
  if (bytes.length > MAX_IMPORT_BYTES) {
    return refused(coded('list.too-large', { mb: MAX_IMPORT_BYTES / 1024 / 1024 }));
  }
  // Excel's "Unicode text" is UTF-16 with a byte-order mark: the mark says so, whatever --encoding says.
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { ok: true, value: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { ok: true, value: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    let line = 1;
    for (let i = 0; i < nul; i++) if (bytes[i] === 0x0a) line += 1;
    return refused(coded('list.nul-byte', { line }));
  }
  if (encoding === 'windows-1252') return { ok: true, value: decodeWindows1252(bytes) };
  try {
    return { ok: true, value: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // The first line that is not UTF-8, for the message: each line is decoded once (a newline byte
    // never occurs inside a multi-byte character).
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
      if (i < bytes.length && bytes[i] !== 0x0a) continue;
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        break;
      }
      line += 1;
      start = i + 1;
    }
    return refused(coded('list.not-utf8', { line }));
  }
}

export interface ListDefaults {
  /** From --unit: rows without a unit column belong to it. */
  unitId: number | undefined;
  /** The unit's course code, for rows without a course column. */
  unitCourseCode: string | undefined;
  /** The unit's last day, for rows without a date. */
  unitDate: string | undefined;
  today: string;
}

/** Parses the decoded text into rows and row problems; a structural problem is an error. */
export function parseResultList(text: string, defaults: ListDefaults): ParseResult<ParsedList> {
  const read = readCsvTable(text, {
    headerNames: HEADER_NAMES,
    foldDots: false,
    maxRecordBytes: MAX_RECORD_BYTES,
  });
  if (!read.ok) return read;
  const table = read.value;
  const { delimiter, header, columns, ignoredColumns, body } = table;
  const missing: ('learner' | 'result' | 'course')[] = [];
  if (!columns.includes('learner')) missing.push('learner');
  if (!columns.includes('result')) missing.push('result');
  if (!columns.includes('course') && !columns.includes('unit') && defaults.unitId === undefined) {
    missing.push('course');
  }
  if (missing.length > 0) {
    return refused(coded('list.completions-missing-columns', { missing, header: header.join(delimiter) }));
  }

  const rows: ImportRow[] = [];
  const problems: RowProblem[] = [];
  for (const { record, line } of body) {
    if (record.length !== header.length) {
      problems.push(
        rowProblem(
          line,
          '',
          coded('row.field-count', { fields: record.length, header: header.length, delimiter }),
        ),
      );
      continue;
    }
    const cell = (field: ImportField) => cellOf(table, record, field);
    const rowProblems: RowProblem[] = [];
    const problem = (column: string, why: string | Text) => rowProblems.push(rowProblem(line, column, why));
    const refusal = (r: { error: string; text?: Text }) => r.text ?? r.error;

    const learner = cell('learner') ?? '';
    if (learner === '') problem('learner', coded('row.learner-empty'));

    let unitId = defaults.unitId;
    const unitText = cell('unit');
    if (unitText) {
      const unit = parseUnitId(unitText);
      if (unit.ok) unitId = unit.value;
      else problem('unit', refusal(unit));
    }

    let courseCode = unitId === defaults.unitId ? defaults.unitCourseCode : undefined;
    const courseText = cell('course');
    if (courseText) {
      const course = parseCourseCode(courseText);
      if (course.ok) courseCode = course.value;
      else problem('course', refusal(course));
    } else if (courseCode === undefined && unitId === undefined) {
      problem('course', coded('row.course-empty'));
    }

    let date = unitId === defaults.unitId ? defaults.unitDate : undefined;
    const dateText = cell('date');
    if (dateText) {
      const parsed = parseCompletionDate(dateText, defaults.today);
      if (parsed.ok) date = parsed.value;
      else problem('date', refusal(parsed));
    } else if (date === undefined && unitId === undefined) {
      problem('date', coded('row.date-empty', { unitRows: true }));
    }

    const result = parseResult(cell('result') ?? '');
    if (!result.ok) problem('result', refusal(result));

    let score: number | null = null;
    const scoreText = cell('score');
    if (scoreText) {
      const parsed = parseScore(scoreText);
      if (parsed.ok) score = parsed.value;
      else problem('score', refusal(parsed));
    }

    if (rowProblems.length > 0) {
      problems.push(...rowProblems);
      continue;
    }
    rows.push({ line, learner, courseCode, unitId, date, passed: result.ok && result.value, score });
  }
  if (body.length === 0) return refused(coded('list.header-no-rows'));
  return { ok: true, value: { rows, problems, ignoredColumns, delimiter, total: body.length } };
}

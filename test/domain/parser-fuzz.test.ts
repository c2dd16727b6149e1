// A seeded fuzz run over the pure parsers input crosses into the program by (national ID, org number,
// dates, durations, the fields of a learner, the company import's row check, the move and result
// lists, the config file, the e-mail reader): whatever comes in, a parser answers with a value or one
// plain line, never throws anything but a UserError with a documented exit code, never a stack, and
// never reads back a national ID that was in its input, once the edge's mask has run over the line.
// Deterministic (fixed seed) and bounded: a few seconds.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { readConfigFile } from '../../src/context/config.js';
import { COMPANY_FIELDS } from '../../src/domain/companies/fields.js';
import { compileRowChecker, planColumns } from '../../src/domain/companies/import-rows.js';
import { parseResultList } from '../../src/domain/completion-import.js';
import { parseBirthDate, parseDate } from '../../src/domain/dates.js';
import { parseDuration } from '../../src/domain/durations.js';
import { parseMoveList } from '../../src/domain/employer-moves.js';
import { parseDueWindow } from '../../src/domain/hms-cards.js';
import {
  parseEmail,
  parseHmsCardNumber,
  parseInvoiceReference,
  parseName,
  parsePhone,
} from '../../src/domain/learner.js';
import { parseCompletionDate, parseCourseCode, parseScore, parseUnitId } from '../../src/domain/learning.js';
import { maskNationalIdsIn, parseNationalId } from '../../src/domain/national-id.js';
import { parseOrgNumber } from '../../src/domain/org-number.js';
import type { ParseResult } from '../../src/domain/parse-result.js';
import { ExitCode, UserError } from '../../src/errors.js';
import { escapeControls } from '../../src/output/terminal-text.js';
import { readMessage } from '../../src/workflows/triage/read-message.js';

const SEED = 20261206;
const RUNS = 400;
const TODAY = '2026-12-06';
const DOCUMENTED = new Set<number>(Object.values(ExitCode));

/** A valid national ID (synthetic people of the demo data use this one) in the spellings people use. */
const NATIONAL_ID = '15108695088';
const ID_SPELLINGS = [NATIONAL_ID, '151086 95088', '151086 950 88', '151086-95088'];
/** What a line may never hold once masked: the ID's last five digits after its birth date. */
const ID_READ_BACK = /(?<!\d)151086\D{0,3}950\D?88(?!\d)/;

const HOSTILE = [
  '',
  ' ',
  '\u0000',
  '\r\n',
  '\u001b]0;pwn\u0007',
  '\u202e',
  '\uFEFF',
  '\uD800',
  '0',
  '-1',
  '1e9',
  'NaN',
  '0x10',
  '31.02.2024',
  '29.02.1900',
  '2024-13-01',
  '١٥.١٠.١٩٨٦',
  '１２３',
  '=HYPERLINK("x")',
  '"',
  '""',
  ',;\t',
  'x'.repeat(3000),
  '9'.repeat(400),
  ...ID_SPELLINGS,
];

/** Text as a hostile tester types it: fragments of the list above, random code points, an ID inside. */
const TEXT = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
      { weight: 2, arbitrary: fc.string({ maxLength: 12, unit: 'binary' }) },
      { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
      { weight: 1, arbitrary: fc.integer().map(String) },
    ),
    { maxLength: 4 },
  )
  .map((parts) => parts.join(''));

/** One parser's answer checked the way the edge shows it. */
function expectPlainAnswer(input: string, answer: () => unknown): void {
  let result: unknown;
  try {
    result = answer();
  } catch (error) {
    expectUserError(input, error);
    return;
  }
  const parsed = result as ParseResult<unknown> | undefined;
  if (parsed && typeof parsed === 'object' && 'ok' in parsed && parsed.ok === false) {
    expectOneSafeLine(input, parsed.error);
    if (parsed.text) expectOneSafeLine(input, parsed.text.in('nb'));
  }
}

function expectUserError(input: string, error: unknown): void {
  expect(error, `${JSON.stringify(input)} threw ${String(error)}`).toBeInstanceOf(UserError);
  const e = error as UserError;
  expect(DOCUMENTED.has(e.exitCode)).toBe(true);
  expectOneSafeLine(input, e.messageIn('en'));
  expectOneSafeLine(input, e.messageIn('nb'));
}

/** The line as the edge prints it (src/main.ts): national IDs masked, control characters escaped. */
function expectOneSafeLine(input: string, line: string): void {
  const shown = escapeControls(maskNationalIdsIn(line));
  expect(shown, JSON.stringify(input)).not.toMatch(/\n|\n\s+at \S+:\d+/);
  expect(shown, JSON.stringify(input)).not.toMatch(/TypeError|RangeError|undefined|\[object Object\]/);
  if (ID_SPELLINGS.some((id) => input.includes(id)))
    expect(shown, JSON.stringify(input)).not.toMatch(ID_READ_BACK);
}

const PARSERS: [string, (text: string) => unknown][] = [
  ['parseNationalId', (t) => parseNationalId(t, { allowSynthetic: false, today: TODAY })],
  [
    'parseNationalId (test database)',
    (t) => parseNationalId(t, { allowSynthetic: true, allowHNumber: true, today: TODAY }),
  ],
  ['parseOrgNumber', parseOrgNumber],
  ['parseDate', (t) => parseDate(t, TODAY)],
  ['parseBirthDate', (t) => parseBirthDate(t, TODAY)],
  ['parseCompletionDate', (t) => parseCompletionDate(t, TODAY)],
  ['parseDuration', (t) => parseDuration(t)],
  ['parseDuration (days only, at most a year)', (t) => parseDuration(t, { units: ['d'], maxDays: 366 })],
  ['parseDueWindow', parseDueWindow],
  ['parseName', (t) => parseName(t, 'first name')],
  ['parseEmail', parseEmail],
  ['parsePhone', parsePhone],
  ['parseHmsCardNumber', parseHmsCardNumber],
  ['parseInvoiceReference', parseInvoiceReference],
  ['parseCourseCode', parseCourseCode],
  ['parseScore', parseScore],
  ['parseUnitId', parseUnitId],
  ['parseMoveList', parseMoveList],
  [
    'parseResultList',
    (t) =>
      parseResultList(t, { unitId: undefined, unitCourseCode: undefined, unitDate: undefined, today: TODAY }),
  ],
];

describe('the pure parsers on seeded hostile text', () => {
  it.each(PARSERS)('%s: a value or one plain line, never a throw or an ID read back', (_name, parse) => {
    fc.assert(
      fc.property(TEXT, (input) => expectPlainAnswer(input, () => parse(input))),
      { seed: SEED, numRuns: RUNS },
    );
    for (const input of HOSTILE) expectPlainAnswer(input, () => parse(input));
  });
});

// The company file's columns, without the business address (the register's, not a customer file's).
const HEADER = COMPANY_FIELDS.filter((field) => !field.startsWith('business_'));

describe('the company import row check on seeded hostile rows', () => {
  it('names each problem in one line, never throws, never reads a national ID back', () => {
    const plan = planColumns(HEADER);
    if (!plan.ok) throw new Error(plan.problems.join('; '));
    const checker = compileRowChecker(plan.plan);
    let line = 2;
    fc.assert(
      fc.property(fc.array(TEXT, { minLength: 0, maxLength: HEADER.length + 2 }), (record) => {
        const input = record.join(',');
        let check: ReturnType<typeof checker.check>;
        try {
          check = checker.check(record, line++);
        } catch (error) {
          expectUserError(input, error);
          return;
        }
        if (!check.ok)
          for (const issue of check.issues) {
            expectOneSafeLine(input, `${issue.column}: ${issue.reason}`);
            // The refused value is kept for the rejects file, but never a whole national ID.
            expect(maskNationalIdsIn(issue.value)).not.toMatch(ID_READ_BACK);
          }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('a hostile header is refused with named problems, never a throw', () => {
    fc.assert(
      fc.property(fc.array(TEXT, { maxLength: 14 }), (headers) => {
        const plan = planColumns(headers);
        if (!plan.ok) for (const problem of plan.problems) expectOneSafeLine(headers.join(','), problem);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

const dir = mkdtempSync(join(tmpdir(), 'kursdesk-parser-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** YAML-ish text: keys, nesting, anchors, tags and flow collections among the hostile strings. */
const YAML_LINE = fc.oneof(
  TEXT,
  fc.constantFrom(
    'profile: desk',
    'profiles:',
    '  desk:',
    '    db: /tmp/x.db',
    '    db: postgres://u:secret@h/db',
    '    lang: 12',
    '    lang: [nb]',
    'profiles: 7',
    'a: &a [*a]',
    'x: !!js/function "f"',
    `a: ${'['.repeat(3000)}`,
    '---',
    '...',
    '? [a]',
    '[section]',
    'key = "toml"',
  ),
);

describe('the config file on seeded hostile contents', () => {
  it('is read or refused in one plain line, never a throw of another kind', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(YAML_LINE, { maxLength: 8 }), async (lines) => {
        const path = join(dir, `config-${n++}`);
        const text = lines.join('\n');
        writeFileSync(path, text, { mode: 0o600 });
        try {
          await readConfigFile(path);
        } catch (error) {
          expectUserError(text, error);
        }
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});

/** MIME pieces: headers, boundaries, encodings and charsets, broken on purpose. */
const MIME_PIECE = fc.oneof(
  TEXT,
  fc.constantFrom(
    'From: Kari <kari@nordbane.test>',
    'To: kurs@example.no',
    'Subject: =?utf-8?B?////?=',
    'Subject: =?x-unknown?Q?=FF=FE?=',
    `Subject: ${'x'.repeat(20000)}`,
    'Content-Type: multipart/mixed; boundary="b"',
    'Content-Type: multipart/alternative; boundary=',
    'Content-Type: text/plain; charset=utf-7',
    'Content-Type: text/plain; charset="ebcdic-cp-us"',
    'Content-Transfer-Encoding: base64',
    'Content-Transfer-Encoding: quoted-printable',
    '--b',
    '--b--',
    '',
    '!!!!====$$$$ not base64 ####',
    '=F8=E6=E5=',
    `fnr ${NATIONAL_ID}`,
  ),
);

describe('the e-mail reader on seeded broken messages', () => {
  it('reads a message or refuses it in one plain line (exit 2), never anything else', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(MIME_PIECE, { maxLength: 16 }), fc.nat(5), async (pieces, depth) => {
        const nested = Array.from({ length: depth * 20 }, (_, i) =>
          [`Content-Type: multipart/mixed; boundary="n${i}"`, '', `--n${i}`].join('\r\n'),
        ).join('\r\n');
        const text = `${pieces.join('\r\n')}\r\n${nested}`;
        try {
          await readMessage(Buffer.from(text, 'utf8'));
        } catch (error) {
          expectUserError(text, error);
        }
      }),
      { seed: SEED, numRuns: 150 },
    );
  }, 60_000);
});

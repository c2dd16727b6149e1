// The byte path of the PostgreSQL company import against the text path it shortcuts: checkBytes may
// only take a row that check() takes, with the same values, org number and flags (and must take the
// usual row, or the path is dead weight); the parsing side in the copy form (bytes) must hand over the
// same rows, refusals and problems as in the values form (text), whatever the file holds and however
// it is cut into chunks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPANY_FIELDS } from '../../src/domain/companies/fields.js';
import { compileRowChecker, planColumns } from '../../src/domain/companies/import-rows.js';
import { CopyLineBuffer, decodeRow } from '../../src/domain/ingest/copy-text.js';
import { runIngest } from '../../src/workflows/ingest/producer.js';
import type { IngestEvent } from '../../src/workflows/ingest/protocol.js';

/** Every company field, and a column the import does not know (kept as a note). */
const HEADER: readonly string[] = [...COMPANY_FIELDS, 'notes'];

function plan(headers = HEADER) {
  const planned = planColumns(headers);
  if (!planned.ok) throw new Error(planned.problems.join('; '));
  return planned.plan;
}

/** Valid org numbers (mod 11). */
const ORGS = ['912346978', '800000009', '800079195', '974760673', '923609016'];

/** Characters near every edge of the byte checks: spaces, formula starts, backslash, ×÷, U+00A0, U+061C, ’, €. */
const CHARS = [
  'a',
  'Z',
  'k',
  '7',
  ' ',
  '  ',
  '-',
  '.',
  '@',
  '=',
  '+',
  '_',
  '%',
  "'",
  ',',
  '\\',
  'ø',
  'Å',
  'é',
  '×',
  '÷',
  '\u00a0',
  '\u00a1',
  '\u061c',
  '\u07ff',
  '’',
  '€',
  '\u3000',
];
const WORD = fc.array(fc.constantFrom(...CHARS), { maxLength: 12 }).map((c) => c.join(''));
const LABEL = fc.constantFrom('fjell', 'a', 'x-1', '-x', 'x-', 'no', 'NO', '9', 'bane2', 'b'.repeat(64));
const DOMAIN = fc
  .tuple(fc.array(LABEL, { minLength: 0, maxLength: 3 }), fc.constantFrom('no', 'example', 'x', 'n0', 'com'))
  .map(([labels, top]) => [...labels, top].join('.'));
const EMAIL = fc.oneof(
  fc
    .tuple(fc.constantFrom('kari', 'ola.nordmann', 'a..b', '.a', 'x_%+-', 'Kari', ''), DOMAIN)
    .map(([local, domain]) => `${local}@${domain}`),
  WORD,
);
const PERSON = fc.oneof(
  fc.constantFrom(
    'Kari Hansen',
    'Åse Bjørn-Sæther',
    "O'Neil",
    'Anne  Lie',
    'Per -Olsen',
    'Lie’s',
    'J. R.',
    ' Kari',
  ),
  WORD,
);
const DIGITS = (n: number) =>
  fc.oneof(
    fc.array(fc.constantFrom('0', '1', '4', '9'), { minLength: n, maxLength: n }).map((d) => d.join('')),
    fc.constantFrom('912 34 567', '+4791234567', '0150', '12345', ''),
  );

/** Mostly the usual value, now and then an odd one. */
function usually<T>(usual: fc.Arbitrary<T>, odd: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return fc.oneof({ arbitrary: usual, weight: 12 }, { arbitrary: odd, weight: 1 });
}

const USUAL_EMAIL = fc.constantFrom('kari@fjell.no', 'ola.nordmann@bane2.example', 'x_%+-@a.b-c.no');

/** A row of values for HEADER (with its notes column): often usual in every field, so taken as bytes. */
const ROW = fc.record({
  org: usually(fc.constantFrom(...ORGS), fc.constantFrom('912346977', '91234697', '', ' 912346978')),
  name: usually(fc.constantFrom('Fjellbrudd AS', 'Hansen, Spor og Bane AS', 'Bodø Drift', 'A&B ¡Sí!'), WORD),
  business: usually(
    fc.constant(null),
    fc.option(fc.tuple(fc.oneof(fc.constant('Gate 1'), WORD), DIGITS(4), fc.constant('Bergen'))),
  ),
  invoice: usually(
    fc.option(fc.constant<[string, string, string]>(['Postboks 12', '0150', 'Oslo'])),
    fc.option(fc.tuple(WORD, DIGITS(4), WORD)),
  ),
  invoiceEmail: usually(
    USUAL_EMAIL,
    fc.option(EMAIL).map((e) => e ?? ''),
  ),
  contactName: usually(
    fc.constantFrom('Kari Hansen', 'Åse Bjørn-Sæther', "O'Neil", 'Lie’s', 'J. R.'),
    PERSON,
  ),
  contactEmail: usually(USUAL_EMAIL, EMAIL),
  phone: usually(fc.constantFrom('91000000', '40000001'), DIGITS(8)),
  domains: usually(fc.constantFrom('fjell.no', 'bane2.example', ''), fc.oneof(DOMAIN, WORD)),
  notes: usually(fc.constantFrom('', 'ok'), fc.constantFrom('Tromsø', '\\', 'a\u0001')),
});

function values(r: typeof ROW extends fc.Arbitrary<infer T> ? T : never): string[] {
  const [bs, bp, bc] = r.business ?? ['', '', ''];
  const [is, ip, ic] = r.invoice ?? ['', '', ''];
  return [
    r.org,
    r.name,
    bs,
    bp,
    bc,
    is,
    ip,
    ic,
    r.invoiceEmail,
    r.contactName,
    r.contactEmail,
    r.phone,
    r.domains,
    r.notes,
  ];
}

/** The values' UTF-8 bytes one after another, with their ranges. */
function asBytes(record: readonly string[]) {
  const parts = record.map((v) => Buffer.from(v));
  const starts = new Int32Array(record.length);
  const ends = new Int32Array(record.length);
  let at = 0;
  parts.forEach((p, i) => {
    starts[i] = at;
    at += p.length;
    ends[i] = at;
  });
  return { bytes: Buffer.concat(parts), starts, ends };
}

describe('checkBytes against check()', () => {
  it('takes only rows check() takes, with the same values, org number and flags', () => {
    fc.assert(
      fc.property(fc.array(ROW, { minLength: 1, maxLength: 6 }), (rows) => {
        const text = compileRowChecker(plan());
        const bytes = compileRowChecker(plan());
        rows.forEach((r, i) => {
          const record = values(r);
          const out = new CopyLineBuffer(64);
          const { bytes: b, starts, ends } = asBytes(record);
          const taken = bytes.checkBytes(b, starts, ends, record.length, i + 2, out);
          // Not taken: the caller asks check(), as the text path would (and its duplicate map must
          // then still be as the text path's).
          const expected = text.check(record, i + 2);
          if (!taken) {
            bytes.check(record, i + 2);
            return;
          }
          expect(expected.ok).toBe(true);
          if (!expected.ok) return;
          const written = out.take().toString('utf8');
          expect(written.endsWith('\n')).toBe(true);
          expect(decodeRow(written.slice(0, -1))).toEqual(expected.values);
          expect(bytes.accepted.org).toBe(expected.org);
          expect(bytes.accepted.flags).toBe(expected.flags);
        });
      }),
      { numRuns: 1500 },
    );
  }, 120_000);

  it('takes the usual row (plain values, a quoted name, an eight-digit phone, one address)', () => {
    const checker = compileRowChecker(plan());
    const rows = [
      ['912346978', 'Hansen, Spor og Entreprenør AS', '', '', '', 'Postboks 100', '0150', 'Oslo'],
      ['800000009', 'Baneentreprenør AS', 'Gate 1', '5003', 'Bergen', '', '', ''],
    ];
    rows.forEach((start, i) => {
      const record = [
        ...start,
        'faktura@spor0.example',
        'Åse Bjørn-Sæther',
        'ase@spor0.example',
        '91000000',
        'spor0.example',
        '',
      ];
      const out = new CopyLineBuffer(64);
      const { bytes, starts, ends } = asBytes(record);
      expect(checker.checkBytes(bytes, starts, ends, record.length, i + 2, out)).toBe(true);
      const written = decodeRow(out.take().toString('utf8').slice(0, -1));
      expect(written).toHaveLength(COMPANY_FIELDS.length);
      expect(written[COMPANY_FIELDS.indexOf('contact_phone')]).toBe('+4791000000');
    });
  });
});

/** What the parsing side hands over, in a form both row forms can be compared in. */
async function ingest(chunks: Buffer[], rowForm: 'values' | 'copy') {
  const rows: string[] = [];
  const issues: string[] = [];
  let failure: string | undefined;
  async function* source() {
    for (const c of chunks) yield c;
  }
  try {
    await runIngest(
      source(),
      { kind: 'companies', batchRows: 7, rowForm },
      {
        emit(event: IngestEvent) {
          if (event.type !== 'batch') return;
          for (const issue of event.issues) issues.push(JSON.stringify(issue));
          for (let i = 0; i < event.lines.length; i++) {
            const v =
              rowForm === 'values'
                ? (event.values[i] as (string | null)[])
                : decodeRow(
                    Buffer.from(event.copy).toString(
                      'utf8',
                      event.offsets[i],
                      (event.offsets[i + 1] as number) - 1,
                    ),
                  );
            rows.push(`${event.lines[i]}:${event.orgs[i]}:${event.flags[i]}:${JSON.stringify(v)}`);
          }
        },
        ready: () => undefined,
      },
    );
  } catch (error) {
    failure = String(error);
  }
  return { rows, issues, failure };
}

/** A CSV cell as a file writes it: quoted when it must be, sometimes when it need not. */
function cell(value: string, quote: boolean): string {
  return quote || /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

describe('the copy form (bytes) against the values form (text)', () => {
  it('hands over the same rows, refusals and problems, however the file is cut', async () => {
    const FILE = fc.record({
      rows: fc.array(fc.tuple(ROW, fc.array(fc.boolean(), { minLength: 14, maxLength: 14 })), {
        maxLength: 12,
      }),
      crlf: fc.boolean(),
      blank: fc.nat(11),
      oddity: fc.option(
        fc.tuple(fc.nat(), fc.constantFrom('"', '\r', '\n', '""', '\uFFFD', 'x,y', '"a\nb"', '\\')),
      ),
      badByte: fc.option(fc.nat()),
      cuts: fc.array(fc.nat(), { maxLength: 6 }),
    });
    await fc.assert(
      fc.asyncProperty(FILE, async ({ rows, crlf, blank, oddity, badByte, cuts }) => {
        const end = crlf ? '\r\n' : '\n';
        const lines = [HEADER.join(',')];
        rows.forEach(([r, quotes], i) => {
          if (i === blank) lines.push('');
          lines.push(
            values(r)
              .map((v, k) => cell(v, quotes[k] as boolean))
              .join(','),
          );
        });
        let text = lines.join(end) + end;
        if (oddity) {
          const [at, insert] = oddity;
          const p =
            (lines[0] as string).length +
            1 +
            (at % Math.max(1, text.length - (lines[0] as string).length - 1));
          text = text.slice(0, p) + insert + text.slice(p);
        }
        let bytes = Buffer.from(text);
        if (badByte !== null && bytes.length > 200) {
          // A byte that is not UTF-8 somewhere after the header.
          bytes = Buffer.from(bytes);
          bytes[150 + (badByte % (bytes.length - 150))] = 0xff;
        }
        const points = [...new Set(cuts.map((c) => 1 + (c % bytes.length)))].sort((a, b) => a - b);
        const chunks: Buffer[] = [];
        let from = 0;
        for (const p of points) {
          chunks.push(bytes.subarray(from, p));
          from = p;
        }
        chunks.push(bytes.subarray(from));
        const viaText = await ingest(chunks, 'values');
        const viaBytes = await ingest(chunks, 'copy');
        if (oddity !== null && badByte !== null && bytes.length > 200) {
          // Two faults: the text path decodes a chunk before it reads it, so which is named first
          // depends on where the chunks are cut; either way the file is refused as input.
          expect(viaBytes.failure === undefined).toBe(viaText.failure === undefined);
          if (viaText.failure !== undefined) expect(viaBytes.failure).toMatch(/^InputProblem: /);
          else expect(viaBytes).toEqual(viaText);
          return;
        }
        expect(viaBytes.failure).toEqual(viaText.failure);
        // Rows handed over before a failure are never written: compared when the file is read whole.
        if (viaText.failure === undefined) expect(viaBytes).toEqual(viaText);
      }),
      { numRuns: 1500 },
    );
  }, 120_000);
});

// The pure parts of the company import and the registers: header names, the compiled row check, the
// register rules, Windows-1252, COPY text, the JSON element reader and the Excel-safe report cells.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIELD_PARSERS, parseCompanyValues } from '../../src/domain/companies/fields.js';
import {
  compileRowChecker,
  fieldForHeader,
  planColumns,
  type RowCheck,
} from '../../src/domain/companies/import-rows.js';
import { applyRegister, type RegisterUnit } from '../../src/domain/companies/register-rules.js';
import { decodeRow, encodeRow } from '../../src/domain/ingest/copy-text.js';
import { createCsvRecordReader, detectDelimiter } from '../../src/domain/ingest/csv-records.js';
import { IntMap } from '../../src/domain/ingest/int-map.js';
import { createJsonElementReader } from '../../src/domain/ingest/json-elements.js';
import {
  createTextDecoder,
  decodeWindows1252,
  encodeWindows1252,
  guessEncoding,
  InputProblem,
} from '../../src/domain/ingest/text-decoding.js';
import { parseOrgNumber } from '../../src/domain/org-number.js';
import { brregRowFromJson, planBrregCsv } from '../../src/domain/registry/brreg.js';
import { participantRow } from '../../src/domain/registry/peppol.js';
import { csvText } from '../../src/output/csv.js';

const HEADER = ['org_number', 'name', 'invoice_email', 'contact_name', 'contact_email', 'contact_phone'];
const GOOD = [
  '912346978',
  'Fjellbrudd AS',
  'faktura@fjell.example',
  'Kari Fjellheim',
  'kari@fjell.example',
  '912 34 567',
];

function checker(headers = HEADER) {
  const plan = planColumns(headers);
  if (!plan.ok) throw new Error(plan.problems.join('; '));
  return compileRowChecker(plan.plan);
}

function reasons(result: RowCheck): string[] {
  return result.ok ? [] : result.issues.map((i) => `${i.line}:${i.column}:${i.reason}`);
}

describe('column names', () => {
  it.each([
    ['Organisasjonsnummer', 'org_number'],
    ['Org.nr.', 'org_number'],
    ['Navn', 'name'],
    ['Faktura e-post', 'invoice_email'],
    ['Kontakt e-post', 'contact_email'],
    ['Kontakttelefon', 'contact_phone'],
    ['Fakturaadresse', 'invoice_street'],
    ['E-postdomener', 'email_domains'],
    ['\uFEFFcontact_name', 'contact_name'],
  ])('%s is %s', (header, field) => {
    expect(fieldForHeader(header)).toBe(field);
  });

  it('names every missing required column at once, with its Norwegian name', () => {
    const plan = planColumns(['org_number', 'name', 'contact_name']);
    expect(plan.ok).toBe(false);
    if (!plan.ok) {
      expect(plan.problems[0]).toContain('contact_email');
      expect(plan.problems[0]).toContain('contact_phone');
      expect(plan.problems[0]).toContain('Kontakttelefon');
    }
  });

  it('refuses two columns for one field', () => {
    const plan = planColumns([...HEADER, 'Navn']);
    expect(plan.ok ? [] : plan.problems.join()).toContain("'name' and 'Navn' both give the company name");
  });

  it('picks the delimiter from the header line only', () => {
    const known = (h: string) => fieldForHeader(h) !== undefined;
    expect(detectDelimiter('Organisasjonsnummer;Navn;Kontaktperson', known)).toBe(';');
    expect(detectDelimiter('org_number,name,contact_name', known)).toBe(',');
    expect(detectDelimiter('org_number\tname\tcontact_name', known)).toBe('\t');
  });
});

describe('row check', () => {
  it('accepts a good row and normalises it', () => {
    const result = checker().check(GOOD, 2);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.org).toBe(912346978);
      expect(result.values).toEqual([
        '912346978',
        'Fjellbrudd AS',
        null,
        null,
        null,
        null,
        null,
        null,
        'faktura@fjell.example',
        'Kari Fjellheim',
        'kari@fjell.example',
        '+4791234567',
        null,
      ]);
    }
  });

  it.each([
    ['wrong check digit', '912346979', 'check digit 9 should be 8'],
    ['8 digits', '91234697', 'must be 9 digits, got 8'],
    ['10 digits', '9123469780', 'must be 9 digits, got 10'],
    ['letters', '91234A978', 'must contain only digits'],
    ['no check digit exists', '912345678', 'no valid check digit exists'],
  ])('refuses an org number with %s, naming line and column', (_what, org, reason) => {
    const result = checker().check([org, ...GOOD.slice(1)], 7);
    expect(reasons(result).join()).toContain(`7:org_number:`);
    expect(reasons(result).join()).toContain(reason);
  });

  it('refuses a duplicate org number and names the first line', () => {
    const c = checker();
    expect(c.check(GOOD, 2).ok).toBe(true);
    expect(reasons(c.check(GOOD, 9))).toEqual([
      '9:org_number:organisation number 912346978 appears twice in the file (first on line 2)',
    ]);
  });

  it('refuses too many and too few fields', () => {
    expect(reasons(checker().check([...GOOD, 'extra'], 4))[0]).toContain(
      'too many fields: 7, but the header has 6',
    );
    expect(reasons(checker().check(GOOD.slice(0, 5), 5))[0]).toContain('too few fields: 5');
  });

  it('names every bad value of a row', () => {
    const result = checker().check(['912346978', '', 'not-an-email', 'Kari', '', '12'], 3);
    expect(reasons(result)).toEqual([
      '3:name:company name is required',
      "3:invoice_email:e-mail 'not-an-email' has no @",
      "3:contact_email:contact person's e-mail is required",
      "3:contact_phone:phone '12' is not a phone number: write 8 digits (Norway) or +country code and number",
    ]);
  });

  it('wants a whole invoice address or none, and drops one equal to the business address', () => {
    const headers = [
      ...HEADER,
      'invoice_street',
      'invoice_postal_code',
      'invoice_city',
      'business_street',
      'business_postal_code',
      'business_city',
    ];
    const c = checker(headers);
    expect(reasons(c.check([...GOOD, 'Postboks 1', '', 'Oslo', '', '', ''], 2))[0]).toContain(
      'invoice postal code is missing',
    );
    const same = c.check([...GOOD, 'Storgata  1', '0150', 'OSLO', 'Storgata 1', '0150', 'Oslo'], 3);
    expect(same.ok && same.values.slice(5, 8)).toEqual([null, null, null]);
  });

  it('never throws, whatever the fields hold', () => {
    const c = checker();
    fc.assert(
      fc.property(
        fc.array(fc.string(), { minLength: 0, maxLength: 8 }),
        fc.integer({ min: 2, max: 1e6 }),
        (fields, line) => {
          const result = c.check(fields, line);
          if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});

const UNIT: RegisterUnit = {
  org_number: '912346978',
  name: 'FJELLBRUDD ENTREPRENØR AS',
  org_form: 'AS',
  org_form_name: 'Aksjeselskap',
  is_subunit: false,
  parent_org_number: null,
  street: 'Sporveien 12',
  postal_code: '0150',
  city: 'OSLO',
  bankrupt: false,
  under_liquidation: false,
  compulsory_dissolution: false,
  deleted_on: null,
  closed_on: null,
};
const LOADED = { brregDate: '2026-11-20', elmaDate: '2026-11-20' };

function values(extra: Record<string, string> = {}) {
  const parsed = parseCompanyValues({
    org_number: '912346978',
    name: 'Fjellbrudd Entreprenør AS',
    contact_name: 'Kari Fjellheim',
    contact_email: 'kari@fjell.example',
    contact_phone: '91234567',
    ...extra,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.values;
}

describe('register rules', () => {
  it('takes the name and business address from the register and needs no invoice e-mail in ELMA', () => {
    const d = applyRegister(values({ name: 'Fjellbrud AS' }), { unit: UNIT, inElma: true }, LOADED, {
      force: false,
    });
    expect(d.ok && d.values.name).toBe('FJELLBRUDD ENTREPRENØR AS');
    expect(d.ok && d.values.business_street).toBe('Sporveien 12');
    expect(String(d.warnings[0])).toContain(
      "the name 'Fjellbrud AS' differs from the register's 'FJELLBRUDD ENTREPRENØR AS'",
    );
  });

  it("says its warnings and refusals in bokmål to a bokmål agent, the register's words kept", () => {
    const d = applyRegister(values({ name: 'Fjellbrud AS' }), { unit: UNIT, inElma: false }, LOADED, {
      force: false,
    });
    expect(d.warnings.map((w) => w.in('nb'))).toEqual([
      '912 346 978: navnet «Fjellbrud AS» er ikke det samme som i registeret («FJELLBRUDD ENTREPRENØR AS»); navnet fra registeret brukes',
    ]);
    expect(d.ok ? [] : d.issues.map((i) => i.text?.in('nb'))).toEqual([
      'e-post for faktura må fylles ut: 912 346 978 står ikke i ELMA/Peppol-utdraget fra 2026-11-20, så firmaet kan kanskje ikke ta imot e-faktura',
    ]);
    const bankrupt = applyRegister(values(), { unit: { ...UNIT, bankrupt: true }, inElma: true }, LOADED, {
      force: true,
    });
    expect(bankrupt.warnings.map((w) => w.in('nb'))).toEqual([
      '912 346 978 er konkurs ifølge Brønnøysund-utdraget; registrert likevel (--force)',
    ]);
    expect(bankrupt.warnings.map(String)).toEqual([
      '912 346 978 is bankrupt (konkurs) in the Brønnøysund extract; registered anyway (--force)',
    ]);
    const phone = FIELD_PARSERS.contact_phone('12');
    expect(phone.ok ? '' : phone.text?.in('nb')).toBe(
      '«12» er ikke et telefonnummer: skriv 8 sifre (norsk nummer) eller + landskode og nummer',
    );
    const city = FIELD_PARSERS.business_city('=SUM(A1)');
    expect(city.ok ? '' : city.text?.in('nb')).toMatch(/^poststedet begynner med «=», som et regneark/);
  });

  it('does not warn about a name that differs only in case and punctuation', () => {
    const d = applyRegister(
      values({ name: 'Fjellbrudd entreprenør A/S' }),
      { unit: UNIT, inElma: true },
      LOADED,
      { force: false },
    );
    expect(d.warnings).toEqual([]);
  });

  it('requires an invoice e-mail when the company is not listed in ELMA', () => {
    const d = applyRegister(values(), { unit: UNIT, inElma: false }, LOADED, { force: false });
    expect(d.ok ? '' : d.issues[0]?.reason).toContain('invoice e-mail is required');
    expect(
      applyRegister(values({ invoice_email: 'f@fjell.example' }), { unit: UNIT, inElma: false }, LOADED, {
        force: false,
      }).ok,
    ).toBe(true);
  });

  it.each([
    ['bankrupt', { bankrupt: true }, 'bankrupt'],
    ['deleted', { deleted_on: '2025-06-30' }, 'deleted from the register on 2025-06-30'],
    ['closed', { closed_on: '2024-12-31', is_subunit: true }, 'closed down on 2024-12-31'],
  ])('refuses a %s unit unless forced', (_what, change, text) => {
    const unit = { ...UNIT, ...change };
    const refused = applyRegister(values(), { unit, inElma: true }, LOADED, { force: false });
    expect(refused.ok ? '' : refused.issues[0]?.reason).toContain(text);
    const forced = applyRegister(values(), { unit, inElma: true }, LOADED, { force: true });
    expect(forced.ok).toBe(true);
    expect(forced.warnings.join()).toContain('registered anyway');
  });

  it('refuses a number the loaded extract does not know, unless forced', () => {
    const d = applyRegister(values({ invoice_email: 'f@x.example' }), { unit: null, inElma: false }, LOADED, {
      force: false,
    });
    expect(d.ok ? '' : d.issues[0]?.reason).toContain('not in the Brønnøysund extract of 2026-11-20');
  });
});

describe('Windows-1252', () => {
  it('turns 0x80 into €, 0x92 into ’ and 0x96 into –, as Norwegian Excel means them', () => {
    expect(
      decodeWindows1252(Uint8Array.from([0x80, 0x92, 0x96, 0x93, 0x94, 0xe6, 0xf8, 0xe5, 0xc6, 0xd8, 0xc5])),
    ).toBe('€’–“”æøåÆØÅ');
  });

  it('round-trips every character it can encode', () => {
    const chars = [...decodeWindows1252(Uint8Array.from({ length: 256 }, (_, i) => i))];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars)), (list) => {
        const text = list.join('');
        expect(decodeWindows1252(encodeWindows1252(text))).toBe(text);
      }),
    );
  });

  it('is chosen for text that is not UTF-8, and UTF-8 with or without a BOM is UTF-8', () => {
    expect(guessEncoding(encodeWindows1252('Bjørkås;€'), undefined).encoding).toBe('windows-1252');
    expect(guessEncoding(Buffer.from('Bjørkås;€'), undefined)).toMatchObject({ encoding: 'utf-8', bom: 0 });
    expect(guessEncoding(Buffer.from('\uFEFFBjørkås'), undefined)).toMatchObject({
      encoding: 'utf-8',
      bom: 3,
    });
  });

  it('refuses binary files and workbooks', () => {
    expect(() => guessEncoding(Buffer.from([0x41, 0x00, 0x42]), undefined)).toThrow(/NUL bytes/);
    expect(() => guessEncoding(Buffer.from('PK\u0003\u0004rest'), undefined)).toThrow(/Excel workbook/);
  });

  it('says on which line invalid UTF-8 is, across chunk boundaries', () => {
    const decoder = createTextDecoder({ encoding: 'utf-8', bom: 0, how: 'given' });
    const text = Buffer.from('a\nb\næ\n');
    decoder.decode(text.subarray(0, 5)); // cuts æ in half
    decoder.decode(text.subarray(5));
    expect(() => decoder.decode(Buffer.from([0x0a, 0x0a, 0xff]))).toThrow(/line 6/);
  });
});

describe('COPY text', () => {
  it('round-trips values with backslashes and nulls', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.string().filter((s) => !/[\t\n\r]/.test(s) && s !== '\\N'))),
        (values) => {
          if (values.length === 0) return;
          expect(decodeRow(encodeRow(values))).toEqual(values);
        },
      ),
    );
  });
});

describe('CSV records', () => {
  function records(text: string) {
    const out: [string[], number][] = [];
    const reader = createCsvRecordReader(',', (r, line) => out.push([r, line]));
    reader.write(text);
    reader.end();
    return out;
  }

  it('gives the line each record starts on, with quoted newlines and empty lines', () => {
    expect(records('a,b\n"x\ny",1\n\nz,2\n').map(([r, l]) => `${l}:${r.join('|')}`)).toEqual([
      '1:a|b',
      '2:x\ny|1',
      '5:z|2',
    ]);
  });

  it('names the line where an unterminated quote starts', () => {
    let thrown: unknown;
    try {
      records('a,b\n1,2\n"open,3\n4,5\n');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputProblem);
    expect((thrown as InputProblem).line).toBe(3);
    expect((thrown as InputProblem).reason).toContain('never comes');
  });
});

describe('JSON elements', () => {
  const units = [{ a: 1, s: 'x,]}' }, { b: [1, { c: '"' }] }, 'text', 42, null];

  it('finds every element of the root array however the text is cut', () => {
    const text = JSON.stringify(units, null, 1);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: text.length - 1 }), { maxLength: 6 }), (cuts) => {
        const got: unknown[] = [];
        const reader = createJsonElementReader(undefined, (v) => got.push(v));
        let start = 0;
        for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
          reader.write(text.slice(start, cut));
          start = cut;
        }
        reader.write(text.slice(start));
        reader.end();
        expect(got).toEqual(units);
      }),
    );
  });

  it('reads the array under a key of a root object, and the object’s string fields', () => {
    const got: unknown[] = [];
    const reader = createJsonElementReader('participants', (v) => got.push(v));
    reader.write('{"version":1,"creationdt":"2026-11-20T04:00:00Z","participants":["a","b"],"count":2}');
    reader.end();
    expect(got).toEqual(['a', 'b']);
    expect(reader.meta.creationdt).toBe('2026-11-20T04:00:00Z');
  });

  it('refuses what is not such JSON, with a line', () => {
    const reader = createJsonElementReader(undefined, () => {});
    expect(() => reader.write('hello')).toThrow(/not JSON/);
    const open = createJsonElementReader(undefined, () => {});
    open.write('[\n{"a":1},\n{"b":');
    expect(() => open.end()).toThrow(/ends too early/);
  });
});

describe('register files', () => {
  it('maps a Brønnøysund CSV by header name, main units and subunits', () => {
    const main = planBrregCsv([
      'navn',
      'organisasjonsnummer',
      'konkurs',
      'forretningsadresse.adresse',
      'forretningsadresse.postnummer',
      'forretningsadresse.poststed',
    ]);
    expect(main.ok && main.plan.subunits).toBe(false);
    const row = main.ok
      ? main.plan.row(['POLAR AS', '912355195', 'true', 'Postboks 12\nSkinnegata 4', '8514', 'NARVIK'])
      : undefined;
    expect(row?.ok && decodeRow(row.text)).toEqual([
      '912355195',
      'POLAR AS',
      null,
      null,
      null,
      '0',
      'Postboks 12, Skinnegata 4',
      '8514',
      'NARVIK',
      '1',
      '0',
      '0',
      null,
      null,
    ]);
    const sub = planBrregCsv([
      'organisasjonsnummer',
      'navn',
      'beliggenhetsadresse.adresse',
      'nedleggelsesdato',
    ]);
    expect(sub.ok && sub.plan.subunits).toBe(true);
    expect(planBrregCsv(['org', 'name']).ok).toBe(false);
  });

  it('reads a deleted unit from the API form of JSON', () => {
    const row = brregRowFromJson({
      organisasjonsnummer: '912353826',
      navn: 'SØRLANDET STILLAS AS',
      slettedato: '2025-06-30',
    });
    expect(row.ok && decodeRow(row.text)[12]).toBe('2025-06-30');
  });

  it('keeps Norwegian Peppol participants, normalising 9908 to 0192', () => {
    const row = participantRow('iso6523-actorid-upis::9908:912356566', null);
    expect(row.ok && decodeRow(row.text)).toEqual(['0192:912356566', '912356566', null]);
    expect(participantRow('iso6523-actorid-upis::0088:5790000435975', null)).toEqual({
      ok: false,
      skip: 'foreign',
    });
    expect(participantRow('0192:912356567', null)).toMatchObject({ ok: false, skip: 'invalid' });
  });
});

describe('small parts', () => {
  it('prefixes cells Excel would run as formulas', () => {
    const quoted = (cell: string | number) => csvText([[cell]], { quoted: true }).trimEnd();
    expect(quoted("=cmd|' /C calc'!A0")).toBe(`"'=cmd|' /C calc'!A0"`);
    for (const start of ['+', '-', '@', '\t', '\r']) expect(quoted(`${start}1`)).toBe(`"'${start}1"`);
    expect(quoted('say "hi"')).toBe('"say ""hi"""');
    expect(quoted(12)).toBe('"12"');
  });

  it('IntMap agrees with Map', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 999_999_999 }), fc.integer({ min: 0, max: 1e6 }))),
        (pairs) => {
          const a = new IntMap(4);
          const b = new Map<number, number>();
          for (const [k, v] of pairs) {
            a.set(k, v);
            b.set(k, v);
          }
          expect(a.size).toBe(b.size);
          for (const [k] of pairs) expect(a.get(k)).toBe(b.get(k));
          expect(a.get(1_000_000_000)).toBeUndefined();
        },
      ),
    );
  });
});

describe('the one-pass checks of the usual values', () => {
  // The rules as the regular expressions state them, before the one-pass checks were put in front.
  const CLEAN =
    /^[^\s\u0000-\u001f\u007f-\u009f](?:[^\s\u0000-\u001f\u007f-\u009f]| (?=[^\s\u0000-\u001f\u007f-\u009f]))*$/;
  const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
  const FORMULA = /^\s*[=+\-@]/;
  const CHARS = fc.constantFrom(
    ...'aZ09 .,-=+@\t\n\u0000\u007f\u0085\u00a0øÆ\u061c\u0600\u1680\u2000\u200e\u202e\u2066\u3000\ufeff€😀'.split(
      '',
    ),
  );

  it('accept a name as is exactly when the full rules would', () => {
    fc.assert(
      fc.property(fc.array(CHARS, { maxLength: 12 }), (chars) => {
        const text = chars.join('');
        if (text.trim() === '') return;
        const result = FIELD_PARSERS.name(text);
        const asIs = !BIDI.test(text) && !FORMULA.test(text) && text.length <= 200 && CLEAN.test(text);
        if (asIs) expect(result).toEqual({ ok: true, value: text });
        else expect(result.ok && result.value === text).toBe(false);
      }),
      { numRuns: 5000 },
    );
  });

  it('take the same org numbers, postal codes and phones as the full parsers', () => {
    const check = checker(['org_number', 'name', 'contact_name', 'contact_email', 'contact_phone']);
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9 x]{8,10}$/), fc.stringMatching(/^[0-9 ]{3,5}$/), (org, postal) => {
        const row = check.check([org, 'Firma AS', 'Kari Hansen', 'kari@firma.no', '91234567'], 2);
        const full = parseOrgNumber(org);
        expect(row.ok).toBe(full.ok);
        if (row.ok && full.ok) expect(row.org).toBe(Number(full.value));
        const code = FIELD_PARSERS.business_postal_code(postal);
        const digits = postal.replace(/\s/g, '');
        expect(code.ok).toBe(/^\d{4}$/.test(digits));
      }),
      { numRuns: 3000 },
    );
    expect(FIELD_PARSERS.contact_phone('91234567')).toEqual({ ok: true, value: '+4791234567' });
  });
});

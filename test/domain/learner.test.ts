// The fields of a learner record as support types them: names, e-mail, HMS card, phone, and the HMS
// card's two-year renewal.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HMS_CARD_VALIDITY_MONTHS,
  hmsCardState,
  parseChoice,
  parseEmail,
  parseHmsCardNumber,
  parseName,
  parsePhone,
  typeNeedsEmployer,
} from '../../src/domain/learner.js';
import { accepted, rejected } from '../helpers/results.js';

describe('parseName', () => {
  it.each([
    ['Bjørn', 'Bjørn'],
    ['Åse Ødegård', 'Åse Ødegård'],
    ['Kari-Anne', 'Kari-Anne'],
    ['Per Olav', 'Per Olav'],
    ["O'Brien", "O'Brien"],
    ['Æsa Ærø-Ødegård Løvås', 'Æsa Ærø-Ødegård Løvås'],
    ['Ánne Máret Sárá', 'Ánne Máret Sárá'], // Sámi names
  ])('keeps %j', (input, name) => {
    expect(accepted(parseName(input, 'first name'))).toBe(name);
  });

  it.each([
    ['  Kari   Anne  ', 'Kari Anne'],
    ['Kari\tAnne', 'Kari Anne'],
    ['Kari - Anne', 'Kari-Anne'],
    ['Kari -Anne  Nordmann', 'Kari-Anne Nordmann'],
  ])('normalises the spacing of %j', (input, name) => {
    expect(accepted(parseName(input, 'first name'))).toBe(name);
  });

  it('stores a decomposed å (as a Mac types it) the same as a composed one', () => {
    const decomposed = 'A\u030Ase Ha\u030Ag'.normalize('NFD');
    expect(accepted(parseName(decomposed, 'last name'))).toBe('Åse Håg');
  });

  it.each([
    ['Per2', "first name 'Per2' contains '2': use letters, spaces, hyphens and apostrophes"],
    ['Kari_Anne', "first name 'Kari_Anne' contains '_': use letters, spaces, hyphens and apostrophes"],
    [
      'kari@firma.no',
      "first name 'kari@firma.no' contains '@': use letters, spaces, hyphens and apostrophes",
    ],
    ['-Kari', "first name '-Kari' must start with a letter"],
    ['', 'first name is empty'],
    ['   ', 'first name is empty'],
    ['A'.repeat(101), 'first name is longer than 100 characters'],
  ])('refuses %j with a message naming the field', (input, message) => {
    expect(rejected(parseName(input, 'first name'))).toBe(message);
  });

  it('refuses every name that contains a digit (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 20 }),
        fc.integer({ min: 0, max: 9 }),
        fc.string(),
        (a, digit, b) => {
          const result = parseName(`Kari${a}${digit}${b}`, 'first name');
          expect(result.ok).toBe(false);
        },
      ),
    );
  });

  // Names as people type them: words of letters (æøå, accents, a Mac's decomposed å) joined by spaces,
  // tabs or hyphens with stray spaces around them, maybe an apostrophe, maybe padded. Every such name
  // is accepted, so the property is checked on every run rather than on the few that happen to parse.
  const letter = fc.constantFrom(
    ...'aeiknorsæøåüéAEKNOSÆØÅ'.split(''),
    'a\u030A', // å as a Mac types it
    'A\u030A',
    'á',
  );
  const word = fc
    .tuple(letter, fc.array(fc.oneof(letter, fc.constant("'")), { maxLength: 8 }))
    .map(([first, rest]) => first + rest.join(''));
  const separator = fc.constantFrom(' ', '-', ' - ', '  ', '\t', ' -', '- ');
  const typedName = fc
    .tuple(
      fc.constantFrom('', ' ', '  '),
      word,
      fc.array(fc.tuple(separator, word), { maxLength: 3 }),
      fc.constantFrom('', ' ', '\t'),
    )
    .map(([before, first, more, after]) => before + first + more.map(([s, w]) => s + w).join('') + after);

  it('accepts every typed name, and a parsed name parses to itself (property)', () => {
    fc.assert(
      fc.property(typedName, (input) => {
        const name = accepted(parseName(input, 'name'));
        expect(accepted(parseName(name, 'name'))).toBe(name);
        // What is kept: composed letters, single spaces, hyphens without spaces, nothing at the ends.
        expect(name).toBe(name.normalize('NFC'));
        expect(name).not.toMatch(/\s\s|\t|^\s|\s$| -|- /);
        expect(name.replace(/[\s-]/g, '')).toBe(input.normalize('NFC').replace(/[\s-]/g, ''));
      }),
    );
  });

  it('is idempotent on any text it accepts (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 40 }), typedName), (input) => {
        const first = parseName(input, 'name');
        if (first.ok) expect(accepted(parseName(first.value, 'name'))).toBe(first.value);
      }),
    );
  });
});

describe('parseEmail', () => {
  it('folds case and trims', () => {
    expect(accepted(parseEmail('  Kari.Nordmann@Firma.NO '))).toBe('kari.nordmann@firma.no');
  });

  it.each([['ola+kurs@bygg-service.no'], ['o.hansen@mail.bygg.no'], ["o'neil@firma.com"]])(
    'accepts %j',
    (input) => {
      expect(accepted(parseEmail(input))).toBe(input);
    },
  );

  it.each([
    ['', 'e-mail is empty'],
    ['kari @firma.no', "e-mail 'kari @firma.no' contains a space"],
    ['kari.firma.no', "e-mail 'kari.firma.no' has no @"],
    ['@firma.no', "e-mail '@firma.no' has nothing before the @"],
    ['kari@', "e-mail 'kari@' has nothing after the @"],
    ['.kari@firma.no', "e-mail '.kari@firma.no': '.kari' is not a valid name before the @"],
    ['kari.@firma.no', "e-mail 'kari.@firma.no': 'kari.' is not a valid name before the @"],
    ['kari..n@firma.no', "e-mail 'kari..n@firma.no': 'kari..n' is not a valid name before the @"],
    ['kari@ola@firma.no', "e-mail 'kari@ola@firma.no': 'kari@ola' is not a valid name before the @"],
    ['kåre@firma.no', "e-mail 'kåre@firma.no': 'kåre' is not a valid name before the @"],
    ['kari@firma', "e-mail 'kari@firma': domain 'firma' has no top-level part (like .no or .com)"],
    ['kari@-firma.no', "e-mail 'kari@-firma.no': '-firma.no' is not a valid domain"],
    ['kari@firma..no', "e-mail 'kari@firma..no': 'firma..no' is not a valid domain"],
    ['kari@firma.n0', "e-mail 'kari@firma.n0': '.n0' is not a top-level domain"],
    ['kari@firma.n', "e-mail 'kari@firma.n': '.n' is not a top-level domain"],
    [`kari@${`${'a'.repeat(63)}.`.repeat(4)}no`, 'e-mail is longer than 254 characters'],
  ])('refuses %j with a message saying which part is wrong', (input, message) => {
    expect(rejected(parseEmail(input))).toBe(message);
  });

  it('accepts well-formed addresses, lower-cased, and re-parses its own output unchanged (property)', () => {
    fc.assert(
      fc.property(fc.emailAddress({ size: 'small' }), (address) => {
        const value = accepted(parseEmail(address.toUpperCase()));
        expect(value).toBe(address.toLowerCase());
        expect(accepted(parseEmail(value))).toBe(value);
      }),
    );
  });
});

describe('a national ID typed into --email or --phone is not read back, valid or mistyped', () => {
  it.each(['15108695077', '151086-95077', '15108695077@', '15108695077 @epost.test'])(
    'parseEmail(%j)',
    (typed) => {
      const error = rejected(parseEmail(typed));
      expect(error).toContain('151086 *****');
      expect(error).not.toContain('95077');
    },
  );

  it.each(['15108695077', '151086 95077'])('parsePhone(%j)', (typed) => {
    const error = rejected(parsePhone(typed));
    expect(error).toContain('151086 *****');
    expect(error).not.toContain('95077');
  });
});

describe('parseHmsCardNumber', () => {
  it.each([
    ['1234 5678', '12345678'],
    ['ab-12cd', 'AB12CD'],
    ['  nx1234567  ', 'NX1234567'],
    ['1234', '1234'],
    ['A'.repeat(20), 'A'.repeat(20)],
  ])('normalises %j to %j', (input, value) => {
    expect(accepted(parseHmsCardNumber(input))).toBe(value);
  });

  it.each([
    ['', 'HMS card number is empty'],
    [' - ', 'HMS card number is empty'],
    ['123', "HMS card number '123' has 3 characters; expected 4 to 20"],
    ['A'.repeat(21), `HMS card number '${'A'.repeat(21)}' has 21 characters; expected 4 to 20`],
    ['ABC#123', "HMS card number 'ABC#123' may contain only letters and digits"],
    ['1234/5', "HMS card number '1234/5' may contain only letters and digits"],
  ])('refuses %j', (input, message) => {
    expect(rejected(parseHmsCardNumber(input))).toBe(message);
  });
});

describe('parsePhone', () => {
  // The numbering-plan vectors of norwegian-ids.md §6, plus the usual ways of writing the prefix.
  it.each([
    ['91234567', '+4791234567'],
    ['912 34 567', '+4791234567'],
    ['+47 912 34 567', '+4791234567'],
    ['0047 912 34 567', '+4791234567'],
    ['4791234567', '+4791234567'],
    ['47123456', '+4747123456'],
    ['0047 22 12 34 56', '+4722123456'],
    ['(+47) 22-12-34-56', '+4722123456'],
    ['800 12 345', '+4780012345'],
    ['+47 58 1234 567 890', '+47581234567890'],
    ['+46 70 123 45 67', '+46701234567'],
    ['0046 70 123 45 67', '+46701234567'],
    ['+1 415 555 0100', '+14155550100'],
  ])('reads %j as %s', (input, value) => {
    expect(accepted(parsePhone(input))).toBe(value);
  });

  it.each([
    ['58123456', 'is not a Norwegian number'], // 58 numbers have 12 digits
    ['1234567', 'is not a Norwegian number'],
    ['12345678', 'is not a Norwegian number'], // no 8-digit number starts with 1
    ['+47 123456', 'is not a Norwegian number'],
    ['+47 912 34 5678', 'is not a Norwegian number'],
    ['112', 'is not a phone number'],
    ['', 'is not a phone number'],
    ['+0 123 4567', 'is not a phone number'],
    ['9123 4567 ext 2', 'is not a phone number'],
  ])('refuses %j', (input, why) => {
    expect(rejected(parsePhone(input))).toBe(
      `phone '${input.trim()}' ${why}: write 8 digits (Norway) or +country code and number`,
    );
  });

  it('reads every Norwegian 8-digit number the same in all its written forms (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[2-9]\d{7}$/), (digits) => {
        fc.pre(!digits.startsWith('58'));
        const e164 = `+47${digits}`;
        for (const form of [
          digits,
          `+47${digits}`,
          `0047${digits}`,
          `47${digits}`,
          `${digits.slice(0, 3)} ${digits.slice(3)}`,
        ]) {
          expect(accepted(parsePhone(form))).toBe(e164);
        }
      }),
    );
  });
});

describe('HMS card renewal', () => {
  it('is valid for two years', () => {
    expect(HMS_CARD_VALIDITY_MONTHS).toBe(24);
  });

  it('is not overdue the day before its second anniversary', () => {
    expect(hmsCardState('2024-11-25', '2026-11-24')).toEqual({
      registeredOn: '2024-11-25',
      age: '1 year 11 months',
      renewalDue: '2026-11-25',
      overdue: false,
    });
  });

  it('is overdue on its second anniversary', () => {
    expect(hmsCardState('2024-11-25', '2026-11-25')).toEqual({
      registeredOn: '2024-11-25',
      age: '2 years',
      renewalDue: '2026-11-25',
      overdue: true,
    });
  });

  it('registered on a leap day, is due on 28 February two years later', () => {
    expect(hmsCardState('2024-02-29', '2026-02-27').overdue).toBe(false);
    expect(hmsCardState('2024-02-29', '2026-02-28')).toMatchObject({
      renewalDue: '2026-02-28',
      overdue: true,
    });
  });

  it('registered today, is new', () => {
    expect(hmsCardState('2026-11-25', '2026-11-25')).toMatchObject({ age: '0 months', overdue: false });
  });
});

describe('account rules', () => {
  it('full and driver accounts need an employer (they are invoiced); free ones do not', () => {
    expect(typeNeedsEmployer('free')).toBe(false);
    expect(typeNeedsEmployer('full')).toBe(true);
    expect(typeNeedsEmployer('driver')).toBe(true);
  });

  it('parseChoice folds case and lists the choices when it refuses', () => {
    expect(accepted(parseChoice(' Active ', ['pending', 'active'] as const, 'status'))).toBe('active');
    expect(rejected(parseChoice('gone', ['pending', 'active'] as const, 'status'))).toBe(
      "status 'gone' is not one of pending, active",
    );
  });
});

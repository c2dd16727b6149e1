// Review findings of issue 16 about identifiers, in the pure domain: the dash form of a national ID
// names a learner, no message repeats digits that may be a national ID, the 2032 rule lets the birth
// date decide the century, and organisation numbers are read in the forms people write them.
import { describe, expect, it } from 'vitest';
import { parseLearnerSelector } from '../../src/domain/learner-selector.js';
import { maskNationalIdsIn, parseNationalId } from '../../src/domain/national-id.js';
import { orgNumberWarning, parseOrgNumber } from '../../src/domain/org-number.js';
import { UsageError } from '../../src/errors.js';

const TODAY = '2026-11-25';
const ALL = { allowSynthetic: true, allowHNumber: true, today: TODAY };

function usageMessage(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('expected a usage error');
}

describe('naming a learner by national ID', () => {
  it.each(['151086-95088', '151086 95088', '15108695088', ' 151086-95088 ', '15.10.86 950 88'])(
    'reads %j as the national ID',
    (text) => {
      expect(parseLearnerSelector(text)).toEqual({ by: 'national-id', nationalId: '15108695088' });
    },
  );

  it.each([
    ['1510869508', '10'],
    ['151086-9508', '10'],
    ['151086950881', '12'],
    ['151086-950881', '12'],
  ])('refuses the slip %j without repeating its digits', (text, count) => {
    const message = usageMessage(() => parseLearnerSelector(text));
    expect(message).toContain(`${count} digits`);
    expect(message).not.toMatch(/\d{4}/);
  });

  it('never repeats a national ID inside other text', () => {
    const message = usageMessage(() => parseLearnerSelector('fnr 151086-95088'));
    expect(message).not.toContain('95088');
  });
});

describe('maskNationalIdsIn', () => {
  it.each([
    ['learner 15108695088 not found', 'learner 151086 ***** not found'],
    ['151086-95088', '151086 *****'],
    // Ten digits are some other number (a phone with 47, a KID): only a caller that knows the value was
    // meant as a national ID hides it whole (the selector's refusal above). Twelve digits whose first or
    // last eleven may be a person's are a slip of one (issue 16), hidden whole; other twelve stay.
    ['1510869508', '1510869508'],
    ['151086950881', '****** *****'],
    ['815108695088', '****** *****'],
    ['123456789012', '123456789012'],
    ['call +4791234567', 'call +4791234567'],
    ['org 988 077 917, 988077917, 0192:988077917', 'org 988 077 917, 988077917, 0192:988077917'],
    ['on 2026-11-25 10:00', 'on 2026-11-25 10:00'],
    // Written in groups, as parseNationalId accepts them: read back whole before.
    ["unknown command '151086 950 88'", "unknown command '151086 *****'"],
    ['fnr 15.10.86-95088.', 'fnr 151086 *****.'],
    ['15 10 86 95088', '151086 *****'],
    ['on 25.11.2026 10:00, tel 22 12 34 56', 'on 25.11.2026 10:00, tel 22 12 34 56'],
  ])('%j → %j', (text, shown) => {
    expect(maskNationalIdsIn(text)).toBe(shown);
  });
});

describe('the 2032 rule: the birth date decides the century', () => {
  it('accepts 01015085068, whose individual number 850 no longer tells the century', () => {
    const parsed = parseNationalId('01015085068', ALL);
    expect(parsed).toMatchObject({ ok: true, value: { rule: '2032', birthDate: '1950-01-01' } });
  });

  it('reads 01013599919 as born 1935 (2035 is in the future)', () => {
    const parsed = parseNationalId('01013599919', ALL);
    expect(parsed).toMatchObject({ ok: true, value: { rule: '2032', birthDate: '1935-01-01' } });
  });

  it('leaves both centuries open when both are past, for --birthdate to decide', () => {
    // 01912450011 is the sheet's 2032-only variant of a Tenor test person; its day and month are real in
    // both centuries and neither is in the future once the marking is removed.
    const parsed = parseNationalId('01912450011', ALL);
    expect(parsed).toMatchObject({
      ok: true,
      value: { rule: '2032', birthDate: null, birthDateCandidates: ['1924-11-01', '2024-11-01'] },
    });
  });

  it.each([
    ['30108299939', '1982-10-30'],
    ['30108299947', '1982-10-30'],
    ['30108299955', '1982-10-30'],
    ['02013299903', '1932-01-02'],
    ['30908299902', '1982-10-30'],
    ['41819077906', '1990-01-01'],
  ])('accepts the sheet vector %s (2032 rule only) with birth date %s', (number, date) => {
    const parsed = parseNationalId(number, ALL);
    expect(parsed).toMatchObject({ ok: true, value: { rule: '2032', birthDate: date } });
  });

  it('gives a real 2032 D-number of yy 24 both dates; the registered birth date decides', () => {
    expect(parseNationalId('55102499947', ALL)).toMatchObject({
      ok: true,
      value: {
        rule: '2032',
        dNumber: true,
        birthDate: null,
        birthDateCandidates: ['1924-10-15', '2024-10-15'],
      },
    });
  });

  it.each(['02013299987', '02013299996', '30108299963', '30108299904'])('still refuses %s', (number) => {
    expect(parseNationalId(number, ALL).ok).toBe(false);
  });

  it('keeps the century table for numbers under the 1964 rule', () => {
    expect(parseNationalId('13049958441', ALL)).toMatchObject({
      ok: true,
      value: { birthDate: '1899-04-13' },
    });
    expect(parseNationalId('02013299997', ALL)).toMatchObject({
      ok: true,
      value: { rule: '1964', birthDate: '2032-01-02', birthDateInFuture: true },
    });
  });
});

describe('organisation numbers as people write them', () => {
  it.each(['988077917', '988 077 917', '988-077-917', '988.077.917', '0192:988077917', 'NO 988 077 917 MVA'])(
    'reads %j',
    (text) => {
      expect(parseOrgNumber(text)).toEqual({ ok: true, value: '988077917' });
    },
  );

  it('says a national ID is not an organisation number, without repeating it', () => {
    const parsed = parseOrgNumber('15108695088');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error).toContain('national ID');
      expect(parsed.error).not.toContain('15108695088');
    }
  });

  it('warns about a first digit other than 8 or 9', () => {
    expect(orgNumberWarning('123456785')).toContain('8 or 9');
    expect(orgNumberWarning('988077917')).toBeNull();
  });
});

describe('the output guard of the end-to-end runs', () => {
  it('finds national IDs in every written form, tokens and keys, and not their masks', async () => {
    const { secretsIn } = await import('../helpers/output-guard.js');
    expect(secretsIn('id 15108695088')).toEqual(['a valid national ID']);
    expect(secretsIn('id 151086-95088')).toEqual(['a valid national ID']);
    expect(secretsIn('id 15.10.86-95088')).toEqual(['a valid national ID']);
    expect(secretsIn('id 15 10 86 950 88')).toEqual(['a valid national ID']);
    expect(secretsIn('id 30108299939 (2032 rule)')).toEqual(['a valid national ID']);
    expect(secretsIn('id 151086 *****, org 988077917, phone +4791234567')).toEqual([]);
    expect(secretsIn('https://kurs.example.no/aktiver/Ab3dEfGh1jKlMn0pQrStUvWxYz0123456789-_AbCdE')).toEqual([
      'a link token',
    ]);
    expect(
      secretsIn('https://kurs.example.no/aktiver/Ab3dEfGh1jKlMn0pQrStUvWxYz0123456789-_AbCdE', {
        tokensAllowed: true,
      }),
    ).toEqual([]);
    expect(secretsIn('-----BEGIN PRIVATE KEY-----')).toEqual(['a private key']);
    expect(secretsIn('demo learner 01912450097')).toEqual([]);
  });
});

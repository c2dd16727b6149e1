// National IDs in the forms people write them (15.10.86-95088, 15 10 86 95088, 151086 950 88): triage
// reads them as it reads eleven digits in one run, and the masker of messages hides exactly the numbers
// that may be a person's, leaving KIDs, phone numbers, org numbers and dates for the agent to read.
import { describe, expect, it } from 'vitest';
import {
  maskNationalIdsIn,
  mayBeNationalId,
  nationalIdCheckDigitRule,
  writtenNationalIdsIn,
} from '../../src/domain/national-id.js';
import { hideNationalIds } from '../../src/domain/triage/identifiers.js';
import { triageTicket } from '../../src/domain/triage/triage.js';
import { runCli } from '../helpers/cli.js';
import { TICKET_DAY, ticket } from '../helpers/ticket-message.js';

/** 15108695088 (fnr, 1986-10-15), written as people write it. */
const WRITTEN_FORMS = [
  '15108695088',
  '151086-95088',
  '151086 95088',
  '151086 950 88',
  '15.10.86-95088',
  '15.10.86 95088',
  '15.10.86.95088',
  '15 10 86 95088',
  '15-10-86-95088',
  '15/10/86-95088',
  '151086 - 95088',
  '15.10.86 950 88',
];

describe('triage reads a national ID in any written form', () => {
  it.each(WRITTEN_FORMS)('%j: found, masked, its birth date used, its digits nowhere', (written) => {
    const result = triageTicket(
      ticket(`Hei, jeg husker ikke hvilken e-post jeg brukte. Fødselsnummer ${written}\nMvh Kari Nordmann`, {
        subject: `Glemt e-post (${written})`,
      }),
      TICKET_DAY,
    );
    expect(result.facts.nationalId).toEqual({ masked: '151086 *****', birthDate: '1986-10-15' });
    expect(result.facts.birthDates).toContain('1986-10-15');
    expect(result.commands.join('\n')).toContain('--birthdate 1986-10-15');
    // The reply warns about sending it by e-mail, as for eleven digits in one run.
    expect(result.askForMissing).toMatch(/fødselsnummeret ditt/);
    const json = JSON.stringify(result);
    expect(json).not.toContain('95088');
    expect(json).not.toContain('950 88');
  });

  it('reads a D-number and an H-number written with the date apart', () => {
    expect(hideNationalIds('D-nummer 53.09.72-48016', TICKET_DAY).found).toEqual({
      masked: '530972 *****',
      birthDate: '1972-09-13',
    });
    expect(hideNationalIds('nr 13 52 72 48013 takk', TICKET_DAY).found).toEqual({
      masked: '135272 *****',
      birthDate: '1972-12-13',
    });
  });

  it('reports a date-written number the text calls a national ID as a typo, hidden', () => {
    const named = hideNationalIds('fnr 15.10.86-95089', TICKET_DAY);
    expect(named.found).toEqual({ masked: '151086 *****', birthDate: '1986-10-15', mistyped: true });
    expect(named.text).not.toContain('95089');
  });

  it.each([
    ['a phone number', 'Ring meg på +47 915 12 345 eller 22 33 44 55.'],
    ['a date with a time', 'Kurset 15.10.26 10:00-14:30, møt opp 09:45.'],
    ['a date with a year and a time', 'Sendt 15.10.2026 10:00:00'],
    ['an org number', 'Org.nr. 988 077 917, firma Bygg AS'],
    ['an invoice number after a date', 'Faktura 12.03.26 10234 er betalt'],
    ['an account number', 'Kontonummer 1503.12.34567'],
  ])('%s is no national ID, and stays in the text: %j', (_, text) => {
    expect(hideNationalIds(text, TICKET_DAY)).toEqual({ text, found: null });
  });

  it.each([
    ['an 11-digit KID that fails the check digits', 'KID 12345678903'],
    ['a 15-digit KID in groups', 'KID 1234 567890 12345'],
  ])('%s is no national ID (six and five digits stay hidden all the same): %j', (_, text) => {
    expect(hideNationalIds(text, TICKET_DAY).found).toBeNull();
  });
});

describe('writtenNationalIdsIn', () => {
  it('gives the eleven digits of every form, and nothing of longer numbers', () => {
    for (const written of WRITTEN_FORMS)
      expect(writtenNationalIdsIn(`id ${written}.`).map((id) => id.digits)).toEqual(['15108695088']);
    expect(writtenNationalIdsIn('151086950881 0151086-95088 1,15108695088 1.15108695088')).toEqual([]);
  });
});

describe('maskNationalIdsIn masks exactly the numbers that may be a person’s', () => {
  it.each(WRITTEN_FORMS)('masks %j', (written) => {
    expect(maskNationalIdsIn(`no learner '${written}'`)).toBe("no learner '151086 *****'");
  });

  it.each([
    ['a D-number', '53097248016', '530972 *****'],
    ['an H-number', '13527248013', '135272 *****'],
    ['an FH-number', '81234567802', '812345 *****'],
    ['a 2032-rule number', '30108299939', '301082 *****'],
    ['a number whose date is not in the calendar', '29020105729', '290201 *****'],
  ])('masks %s', (_, digits, shown) => {
    expect(maskNationalIdsIn(`id ${digits}`)).toBe(`id ${shown}`);
  });

  it.each([
    // Eleven digits, but the check digits fail: an agent needs these as they are.
    ['a KID', 'KID 12345678903'],
    ['a KID in groups', 'KID 151086-95077'],
    ["Skatteetaten's printed example, which fails mod 11", 'id 01129955131'],
    ['a phone number with +47', 'call +4791234567, +47 915 12 345'],
    ['a landline', 'tlf 22 33 44 55'],
    ['org numbers', 'org 988 077 917, 988077917, 0192:988077917'],
    ['a date and a time', 'on 25.11.2026 10:00, 15.10.86 10:00'],
    ['ten digits', 'ref 1510869508'],
    ['twelve digits with no valid eleven inside (a longer number)', 'KID 123456789012'],
    ['a valid ID inside a longer run of digits', 'KID 0015108695088'],
    ['a synthetic test number', 'demo 01912450097'],
  ])('leaves %s: %j', (_, text) => {
    expect(maskNationalIdsIn(text)).toBe(text);
  });

  it.each(['151086-950881', '151086 950881', '15.10.86-950881', '151086 950 881', '15 10 86 950881'])(
    'hides a slip of one written with the date apart, %j, whole (as the same twelve digits in one run)',
    (written) => {
      expect(maskNationalIdsIn(`no such file: ${written}`)).toBe('no such file: ****** *****');
    },
  );

  it('leaves twelve digits written in groups with no valid eleven inside', () => {
    expect(maskNationalIdsIn('KID 123456-789012')).toBe('KID 123456-789012');
  });

  it('the KID of the example really fails the check digits', () => {
    expect(nationalIdCheckDigitRule('12345678903')).toBeNull();
    expect(mayBeNationalId('15108695077')).toBe(false);
    expect(mayBeNationalId('15108695088')).toBe(true);
  });

  it('masks every run whose check digits hold and whose day and month a scheme uses', () => {
    // Every nine-digit prefix of a real date, completed with its check digits, is masked; one digit
    // changed in the check digits leaves it.
    for (const prefix of ['010190123', '311299499', '450387900', '151286500']) {
      const valid = Array.from({ length: 100 }, (_, k) => `${prefix}${String(k).padStart(2, '0')}`).filter(
        (n) => nationalIdCheckDigitRule(n) !== null,
      );
      expect(valid.length).toBeGreaterThan(0);
      for (const n of valid) expect(maskNationalIdsIn(`x ${n} y`)).toBe(`x ${n.slice(0, 6)} ***** y`);
    }
  });
});

describe('a number typed as a command word', () => {
  it.each(['15108695077', '151086-95077', 'users 15108695077', '15108695088'])(
    '%j is masked in the refusal, valid or mistyped (a command word is no KID to read back)',
    async (typed) => {
      const run = await runCli(typed.split(' '));
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('151086 *****');
      expect(run.stderr).not.toMatch(/9507|9508/);
    },
  );
});

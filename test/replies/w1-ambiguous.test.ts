// W1 with two accounts too close to tell apart, or one that only probably is the learner's: the reply
// asks for what the learner has not given yet, so a birth date already written in the ticket is not
// asked for again.
import { describe, expect, it } from 'vitest';
import { composeReply } from '../../src/domain/replies/catalogue.js';
import { findAccountParagraph } from '../../src/domain/replies.js';

describe('the W1 reply for an ambiguous verdict', () => {
  it.each([
    ['nb', /fødselsdatoen/],
    ['nn', /fødselsdatoen/],
    ['en', /date of birth/],
  ] as const)('%s: asks for the birth date only when the ticket lacks it', (lang, birthDate) => {
    const without = composeReply(lang, 'Kari', [findAccountParagraph('ambiguous', undefined)]);
    const given = composeReply(lang, 'Kari', [findAccountParagraph('ambiguous', undefined, true)]);
    expect(without).toMatch(birthDate);
    expect(given).not.toMatch(birthDate);
    // Both still ask for the addresses used and the employer.
    for (const reply of [without, given]) expect(reply).toMatch(/e-post|e-mail/);
    expect(given).toMatch(/arbeidsg|employer/);
  });

  it.each([
    ['nb', /fødselsdato/],
    ['nn', /fødselsdato/],
    ['en', /date of birth/],
  ] as const)(
    '%s: a likely verdict asks for the birth date only when the ticket lacks it',
    (lang, birthDate) => {
      const without = composeReply(lang, 'Kari', [findAccountParagraph('likely', 'k***@x.no')]);
      const given = composeReply(lang, 'Kari', [findAccountParagraph('likely', 'k***@x.no', true)]);
      expect(without).toMatch(birthDate);
      expect(given).not.toMatch(birthDate);
      // Both still name the masked login and ask for a reply from a known address or other addresses.
      for (const reply of [without, given]) {
        expect(reply).toContain('k***@x.no');
        expect(reply).toMatch(/e-postadresse|e-mail address/);
      }
    },
  );

  it('a verified or no-match verdict does not depend on it', () => {
    for (const verdict of ['verified', 'none'] as const)
      expect(findAccountParagraph(verdict, 'k***@x.no', true)).toEqual(
        findAccountParagraph(verdict, 'k***@x.no'),
      );
  });
});

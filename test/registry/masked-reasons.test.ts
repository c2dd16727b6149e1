// A national ID in the organisation-number column of a register file (a person's number in the wrong
// place) is never repeated by the skip reason, in either language: it shows as `DDMMYY *****`, or
// hidden whole when it was typed where one number was meant. The ID here is invented.
import { describe, expect, it } from 'vitest';
import { brregRowFromJson } from '../../src/domain/registry/brreg.js';
import { participantRow } from '../../src/domain/registry/peppol.js';

const ID = '15108695088';

function reasons(row: { ok: boolean; reason?: string; why?: { in(lang: 'en' | 'nb'): string } }): string[] {
  expect(row.ok).toBe(false);
  return [row.reason ?? '', row.why?.in('en') ?? '', row.why?.in('nb') ?? ''];
}

describe('registry skip reasons hide a national ID given as an organisation number', () => {
  it.each([ID, '151086 95088', '151086-95088', ` ${ID} `])('Brønnøysund unit with %j', (given) => {
    const shown = reasons(brregRowFromJson({ organisasjonsnummer: given, navn: 'Ola Nordmann ENK' }));
    for (const text of shown) {
      expect(text).not.toMatch(/95088/);
      expect(text).toContain('****** *****');
    }
    expect(shown[1]).toBe(
      "organisation number '****** *****': has 11 digits: that looks like a national ID, not an organisation number (9 digits)",
    );
  });

  it('a Peppol participant with a national ID after the scheme', () => {
    const row = participantRow(`iso6523-actorid-upis::0192:${ID}`, 'Ola Nordmann');
    for (const text of reasons(row as never)) {
      expect(text).not.toMatch(/95088/);
      expect(text).toContain('151086 *****');
    }
  });

  it('a bare national ID where a participant identifier belongs', () => {
    for (const text of reasons(participantRow(ID, null) as never)) {
      expect(text).not.toMatch(/95088/);
      expect(text).toContain('****** *****');
    }
  });

  it('an organisation number with a wrong check digit is still quoted as given', () => {
    const [, en] = reasons(brregRowFromJson({ organisasjonsnummer: '912346977', navn: 'A AS' }));
    expect(en).toBe("organisation number '912346977': check digit 7 should be 8");
  });
});

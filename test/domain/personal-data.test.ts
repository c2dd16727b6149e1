// What output and the audit log may show of personal data: each mask, and the audit diff that must
// never carry a personal value in the clear.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  diffFields,
  maskBirthDate,
  maskEmail,
  maskField,
  maskHmsCard,
  maskName,
  maskPhone,
  maskRecord,
  PERSONAL_FIELDS,
} from '../../src/domain/personal-data.js';

describe('maskEmail', () => {
  it.each([
    ['kari.nordmann@firma.no', 'k***@firma.no'],
    ['k@firma.no', 'k***@firma.no'],
    ['ola+kurs@bygg.no', 'o***@bygg.no'],
    ['no-at-sign', '***'],
    ['@firma.no', '***'],
    ['', '***'],
  ])('%j → %j', (email, masked) => {
    expect(maskEmail(email)).toBe(masked);
  });

  it('shows nothing of the part before the @ beyond its first character (property)', () => {
    fc.assert(
      fc.property(fc.emailAddress(), (email) => {
        const at = email.lastIndexOf('@');
        const masked = maskEmail(email);
        expect(masked).toBe(`${email[0]}***${email.slice(at)}`);
        expect(masked.slice(0, masked.lastIndexOf('@'))).toBe(`${email[0]}***`);
      }),
    );
  });
});

describe('maskHmsCard', () => {
  it.each([
    ['AB123456', '*****456'],
    ['1234', '*234'],
    ['123', '***'],
    ['', '***'],
    ['NX12345678901234567', '******567'],
  ])('%j → %j', (card, masked) => {
    expect(maskHmsCard(card)).toBe(masked);
  });

  it('never shows more than its last three characters (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z0-9]{0,30}$/), (card) => {
        const masked = maskHmsCard(card);
        const shown = masked.replace(/^\*+/, '');
        expect(shown.length).toBeLessThanOrEqual(3);
        expect(card.endsWith(shown)).toBe(true);
        if (card.length > 0) expect(masked).not.toBe(card);
      }),
    );
  });
});

describe('maskName', () => {
  it.each([
    ['Kari-Anne Nordmann', 'K*** N***'],
    ['Åse  Ødegård', 'Å*** Ø***'],
    ['Ola', 'O***'],
    ['', ''],
  ])('%j → %j', (name, masked) => {
    expect(maskName(name)).toBe(masked);
  });

  it('keeps only the initial of each part (property)', () => {
    const part = fc.stringMatching(/^[A-ZÆØÅ][a-zæøå]{1,12}$/);
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 4 }), (parts) => {
        expect(maskName(parts.join(' '))).toBe(parts.map((p) => `${p[0]}***`).join(' '));
      }),
    );
  });
});

describe('maskPhone and maskBirthDate', () => {
  it('a phone number shows its last two digits', () => {
    expect(maskPhone('+4791234567')).toBe('***67');
    expect(maskPhone('12')).toBe('***');
  });

  it('a birth date shows its year only', () => {
    expect(maskBirthDate('1985-03-14')).toBe('1985-**-**');
  });
});

describe('maskField', () => {
  it('hides national IDs, their hashes and tokens entirely', () => {
    expect(maskField('national_id', '15108695088')).toBe('[hidden]');
    expect(maskField('national_id_hash', 'ab12')).toBe('[hidden]');
    expect(maskField('token_hash', 'ab12')).toBe('[hidden]');
    expect(maskField('driver_details', '{"licence":"x"}')).toBe('[hidden]');
  });

  it('keeps the national-ID mask, which is already masked', () => {
    expect(maskField('national_id_mask', '151086 *****')).toBe('151086 *****');
  });

  it('passes other fields, null and undefined through', () => {
    expect(maskField('status', 'active')).toBe('active');
    expect(maskField('employer_id', 7)).toBe(7);
    expect(maskField('email', null)).toBeNull();
    expect(maskField('email', undefined)).toBeUndefined();
  });
});

describe('diffFields', () => {
  const before = {
    id: 1,
    email: 'kari@firma.no',
    given_names: 'Kari',
    phone: '+4791234567',
    status: 'pending',
    hms_card_number: 'AB123456',
    version: 1,
    updated_at: '2026-01-01T00:00:00.000Z',
  };

  it('lists the changed fields, old → new, with personal data masked', () => {
    const after = {
      ...before,
      email: 'ola.hansen@bygg.no',
      status: 'active',
      hms_card_number: 'XY987654',
      version: 2,
      updated_at: '2026-11-25T10:00:00.000Z',
    };
    expect(diffFields(before, after)).toEqual([
      { field: 'email', old: 'k***@firma.no', new: 'o***@bygg.no' },
      { field: 'status', old: 'pending', new: 'active' },
      { field: 'hms_card_number', old: '*****456', new: '*****654' },
    ]);
  });

  it('skips version and updated_at, which change with every update', () => {
    expect(diffFields(before, { ...before, version: 5, updated_at: 'later' })).toEqual([]);
  });

  it('treats a missing field and null alike, and reports null → value', () => {
    expect(diffFields({ phone: null }, { phone: undefined })).toEqual([]);
    expect(diffFields({}, { phone: '+4791234567' })).toEqual([{ field: 'phone', old: null, new: '***67' }]);
    expect(diffFields({ phone: '+4791234567' }, { phone: null })).toEqual([
      { field: 'phone', old: '***67', new: null },
    ]);
  });

  it('never carries a personal value in the clear (property)', () => {
    const personal = Object.keys(PERSONAL_FIELDS).filter((f) => f !== 'national_id_mask');
    const value = fc.stringMatching(/^[A-Za-z0-9@.+]{5,40}$/);
    fc.assert(
      fc.property(fc.constantFrom(...personal), value, value, (field, old, next) => {
        fc.pre(old !== next);
        const [change] = diffFields({ [field]: old }, { [field]: next });
        expect(change).toBeDefined();
        for (const raw of [old, next]) {
          expect(String(change!.old)).not.toContain(raw);
          expect(String(change!.new)).not.toContain(raw);
        }
      }),
    );
  });
});

describe('maskRecord', () => {
  it('lists a new record as changes from nothing, personal data masked and nulls left out', () => {
    expect(
      maskRecord({
        given_names: 'Kari-Anne',
        email: 'kari@firma.no',
        national_id_hash: 'f00d',
        national_id_mask: '151086 *****',
        phone: null,
        status: 'pending',
      }),
    ).toEqual([
      { field: 'given_names', old: null, new: 'K***' },
      { field: 'email', old: null, new: 'k***@firma.no' },
      { field: 'national_id_hash', old: null, new: '[hidden]' },
      { field: 'national_id_mask', old: null, new: '151086 *****' },
      { field: 'status', old: null, new: 'pending' },
    ]);
  });
});

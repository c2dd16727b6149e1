// The booking rules (who may take a seat, and the fix for who may not) and the driver details' form.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type BookingLearner,
  bookingRefusal,
  typeChangeFix,
  visibleTypes,
} from '../../src/domain/booking.js';
import {
  driverDetailsText,
  parseDepot,
  parseLicence,
  readDriverDetails,
} from '../../src/domain/driver-details.js';

const NOW = '2026-11-25T10:00:00.000Z';
const employer = { org_number: '988077917', name: 'Bygg og Anlegg AS', active: true };
const kari: BookingLearner = { id: 7, account_type: 'full', status: 'active', employer };
const guard = { code: 'SV-300', paid: true, visible_to: 'full', active: true };
const unit = { id: 3, starts_at: '2027-01-11T07:00:00.000Z', status: 'scheduled' as const };

describe('bookingRefusal', () => {
  it('lets a full account with an active employer book a paid course it sees', () => {
    expect(bookingRefusal(kari, guard, unit, NOW)).toBeNull();
  });

  it('names the first rule that stops a booking, in a fixed order', () => {
    const cases: [Parameters<typeof bookingRefusal>, string, RegExp][] = [
      [[kari, guard, { ...unit, status: 'cancelled' }, NOW], 'conflict', /is cancelled/],
      [[kari, guard, { ...unit, starts_at: NOW }, NOW], 'conflict', /in the past/],
      [[kari, { ...guard, active: false }, unit, NOW], 'policy', /retired/],
      [[{ ...kari, status: 'disabled' }, guard, unit, NOW], 'policy', /disabled/],
      [[{ ...kari, account_type: 'free' }, guard, unit, NOW], 'policy', /a free account does not see SV-300/],
      [[{ ...kari, employer: null }, guard, unit, NOW], 'policy', /no employer to invoice/],
      [
        [{ ...kari, employer: { ...employer, active: false } }, guard, unit, NOW],
        'policy',
        /no longer an active customer/,
      ],
    ];
    for (const [args, kind, reason] of cases) {
      const refusal = bookingRefusal(...args);
      expect(refusal?.kind).toBe(kind);
      expect(refusal?.reason).toMatch(reason);
    }
  });

  it('a free course needs no employer', () => {
    expect(
      bookingRefusal(
        { ...kari, account_type: 'free', employer: null },
        { ...guard, paid: false, visible_to: 'free,full' },
        unit,
        NOW,
      ),
    ).toBeNull();
  });
});

describe('typeChangeFix', () => {
  it('prefers full, keeps a known employer, and asks a driver for the depot', () => {
    expect(typeChangeFix({ ...kari, account_type: 'free' }, { visible_to: 'full,driver' })).toBe(
      'kursdesk users set-type 7 full --employer 988077917',
    );
    expect(typeChangeFix({ ...kari, employer: null }, { visible_to: 'driver' })).toBe(
      'kursdesk users set-type 7 driver --employer <orgnr> --depot <place>',
    );
    expect(typeChangeFix(kari, { visible_to: '' })).toMatch(/no account type sees this course/);
  });

  it('reads visible_to loosely: spaces, case and unknown words', () => {
    expect(visibleTypes(' Full, DRIVER,vip')).toEqual(['full', 'driver']);
  });
});

describe('driver details', () => {
  it('parses licence numbers and depots, with messages naming what is wrong', () => {
    expect(parseLicence('f 441-0982')).toEqual({ ok: true, value: 'F4410982' });
    expect(parseLicence('none')).toEqual({ ok: true, value: null });
    expect(parseLicence('F1')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/3 characters|2 characters/),
    });
    expect(parseLicence('F12#45')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/only letters and digits/),
    });
    expect(parseDepot('  Mo i  Rana ')).toEqual({ ok: true, value: 'Mo i Rana' });
    expect(parseDepot('')).toMatchObject({ ok: false });
  });

  it('reads back what it stores, and nothing else', () => {
    fc.assert(
      fc.property(
        fc.option(fc.stringMatching(/^[A-Z0-9]{4,20}$/), { nil: null }),
        fc.constantFrom('Narvik', 'Bodø', 'Mo i Rana', 'Ål'),
        (licence, depot) => {
          const details = { licence, depot };
          expect(readDriverDetails(driverDetailsText(details))).toEqual(details);
        },
      ),
    );
    expect(driverDetailsText({ licence: 'F4410982', depot: 'Narvik' })).toBe(
      '{"licence":"F4410982","depot":"Narvik"}',
    );
    expect(readDriverDetails('free text from long ago')).toBeUndefined();
    expect(readDriverDetails(null)).toBeUndefined();
  });
});

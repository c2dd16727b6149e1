// The pure rules of W12 and W14: catalogue search as people type (typos, æ/ø/å, codes without the
// dash), why a learner does not see or cannot book a course and the reply it gives, the qualification
// a learner holds (the latest pass renews), programme items, periods and learner lists.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CatalogueCourse,
  learnerSees,
  searchCatalogue,
  seatsLeft,
  visibleToList,
} from '../../src/domain/catalogue.js';
import { type AccessFacts, explainAccess } from '../../src/domain/course-access.js';
import {
  daysBetween,
  itemStatus,
  parseLearnerList,
  parsePeriod,
  programmeStanding,
  qualificationOf,
  shiftByPeriod,
} from '../../src/domain/programmes.js';
import { courseAccessReply } from '../../src/domain/replies/courses.js';

function course(code: string, values: Partial<CatalogueCourse> = {}): CatalogueCourse {
  return {
    code,
    title: code,
    title_en: null,
    description: null,
    category: 'Sikkerhet',
    kind: 'e-learning',
    paid: false,
    visible_to: ['free', 'full', 'driver'],
    validity_months: null,
    active: true,
    ...values,
  };
}

const CATALOGUE = [
  course('SIK-100', { title: 'Grunnleggende sikkerhet ved arbeid i og nær spor', validity_months: 24 }),
  course('SV-300', {
    title: 'Sikkerhetsvakt – grunnopplæring',
    title_en: 'Track safety guard – basic training',
    kind: 'classroom',
    paid: true,
    visible_to: ['full'],
  }),
  course('KL-200', {
    title: 'Kontaktledningsanlegg – grunnkurs',
    category: 'Elektro',
    description: 'Utkobling og jording av kontaktledningen.',
    kind: 'classroom',
    paid: true,
    visible_to: ['full'],
  }),
  course('FØR-510', { title: 'Strekningskunnskap Dovrebanen', category: 'Fører', visible_to: ['driver'] }),
  course('HMS-101', { title: 'HMS for innleide og underleverandører', category: 'HMS' }),
  course('GML-050', { title: 'Kontaktledning – gammel opplæring', active: false, category: 'Elektro' }),
];

const codes = (query: string) => searchCatalogue(CATALOGUE, query).map((m) => m.course.code);

describe('catalogue search', () => {
  it('finds a code written without the dash or in lower case, and that course first', () => {
    expect(codes('sik100')[0]).toBe('SIK-100');
    expect(codes('sv-300')[0]).toBe('SV-300');
    expect(searchCatalogue(CATALOGUE, 'SIK 100')[0]?.reasons.map(String)).toEqual(['code SIK-100']);
  });

  it('forgives typos and says so', () => {
    const [first] = searchCatalogue(CATALOGUE, 'kontaktledning grunkurs');
    expect(first?.course.code).toBe('KL-200');
    expect(first?.reasons.join('; ')).toContain('"grunnkurs" ≈ "grunkurs" (1 typo)');
    expect(codes('sikerhetsvakt')).toContain('SV-300');
  });

  it('treats æ/ø/å and ae/o/aa alike, in any case', () => {
    expect(codes('FORER')).toEqual(codes('fører'));
    expect(codes('underleverandorer')[0]).toBe('HMS-101');
    expect(codes('UNDERLEVERANDØRER')[0]).toBe('HMS-101');
    expect(codes('strekningskunnskap dovrebanen')[0]).toBe('FØR-510');
  });

  it('finds a word inside a Norwegian compound', () => {
    expect(codes('vakt')).toEqual(['SV-300']);
  });

  it('searches the English title, the category and the description', () => {
    expect(codes('track guard')[0]).toBe('SV-300');
    expect(codes('elektro')).toEqual(expect.arrayContaining(['KL-200', 'GML-050']));
    expect(searchCatalogue(CATALOGUE, 'jording')[0]?.reasons.map(String)).toEqual(['description "jording"']);
  });

  it('puts courses matching every word before those matching some, and drops weak partial matches', () => {
    const found = codes('kontaktledning gammel');
    expect(found[0]).toBe('GML-050');
    expect(codes('sikkerhet spor')).toEqual(['SIK-100', 'SV-300']);
    expect(codes('sikkerhet arbeid spor')).toEqual(['SIK-100']);
  });

  it('finds nothing for words no course has', () => {
    expect(codes('helikopter')).toEqual([]);
    expect(codes('   ')).toEqual([]);
  });
});

describe('who sees a course', () => {
  it('active courses whose visible_to lists the account type', () => {
    expect(visibleToList('free, full,driver,other')).toEqual(['free', 'full', 'driver']);
    expect(learnerSees(CATALOGUE[1]!, 'free')).toBe(false);
    expect(learnerSees(CATALOGUE[1]!, 'full')).toBe(true);
    expect(learnerSees(CATALOGUE[5]!, 'free')).toBe(false);
    expect(seatsLeft({ capacity: 12, status: 'scheduled' }, 12)).toBe(0);
    expect(seatsLeft({ capacity: 12, status: 'scheduled' }, 14)).toBe(0);
    expect(seatsLeft({ capacity: 16, status: 'scheduled' }, 9)).toBe(7);
  });
});

const TODAY = '2026-11-25';
const unit = (id: number, capacity: number, enrolled: number, waitlisted = 0) => ({
  id,
  starts_at: `2027-0${id}-10T07:00:00.000Z`,
  place: 'Oslo',
  capacity,
  status: 'scheduled' as const,
  enrolled,
  waitlisted,
});

function facts(values: Partial<AccessFacts> & { type?: 'free' | 'full' | 'driver' } = {}): AccessFacts {
  return {
    course: CATALOGUE[1]!,
    learner: {
      selector: 'kari@firma.no',
      account_type: values.type ?? 'full',
      status: 'active',
      employer_org_number: '988077917',
    },
    futureUnits: [unit(1, 12, 3)],
    booking: undefined,
    passed: undefined,
    today: TODAY,
    ...values,
  };
}

describe('why a learner does not see or cannot book a course', () => {
  it('a free account does not see a paid course; the fix is the type change with the employer', () => {
    const v = explainAccess(facts({ type: 'free' }));
    expect(v.verdict).toBe('hidden');
    expect(v.reasons.map((r) => r.code)).toEqual(['account-type']);
    expect(v.reasons[0]?.fix).toBe('kursdesk users set-type kari@firma.no full --employer 988077917');
    expect(v.reasons[0]?.text).toContain('paid course');
  });

  it('without an employer on file the fix asks for one', () => {
    const f = facts({ type: 'free' });
    f.learner.employer_org_number = null;
    expect(explainAccess(f).reasons[0]?.fix).toBe(
      'kursdesk users set-type kari@firma.no full --employer <orgnr>',
    );
  });

  it('a driver course is fixed by the driver type', () => {
    const v = explainAccess(facts({ course: CATALOGUE[3]!, type: 'full' }));
    expect(v.reasons[0]?.fix).toBe('kursdesk users set-type kari@firma.no driver --employer 988077917');
  });

  it('an inactive course is hidden from everyone, with no fix', () => {
    const v = explainAccess(facts({ course: CATALOGUE[5]! }));
    expect(v.verdict).toBe('hidden');
    expect(v.reasons.map((r) => [r.code, r.fix])).toEqual([['inactive', null]]);
  });

  it('a classroom course with no unit scheduled suggests a unit request', () => {
    const v = explainAccess(facts({ futureUnits: [] }));
    expect(v.verdict).toBe('cannot-book');
    expect(v.reasons.map((r) => [r.code, r.fix])).toEqual([
      ['no-unit', 'kursdesk units request SV-300 --user kari@firma.no'],
    ]);
  });

  it('every unit full suggests joining the waitlist of the first', () => {
    const v = explainAccess(facts({ futureUnits: [unit(1, 12, 12, 3), unit(2, 10, 10)] }));
    expect(v.reasons.map((r) => [r.code, r.fix])).toEqual([
      ['all-full', 'kursdesk units enrol kari@firma.no 1'],
    ]);
    expect(v.reasons[0]?.text).toContain('(3 waiting)');
  });

  it('one unit with a seat is enough', () => {
    expect(explainAccess(facts({ futureUnits: [unit(1, 12, 12), unit(2, 10, 9)] })).verdict).toBe('visible');
  });

  it('a valid pass blocks booking and says until when; an expired one does not', () => {
    const valid = explainAccess(facts({ passed: { completed_on: '2025-01-10', expires_on: '2028-01-10' } }));
    expect(valid.reasons.map((r) => r.code)).toEqual(['passed-valid']);
    expect(valid.reasons[0]?.text).toContain('valid until 2028-01-10');
    const lapsed = explainAccess(facts({ passed: { completed_on: '2021-01-10', expires_on: '2024-01-10' } }));
    expect(lapsed.verdict).toBe('visible');
    const lastDay = explainAccess(facts({ passed: { completed_on: '2023-11-25', expires_on: TODAY } }));
    expect(lastDay.verdict).toBe('cannot-book');
  });

  it('several reasons at once, in order', () => {
    const v = explainAccess(facts({ type: 'free', futureUnits: [] }));
    expect(v.reasons.map((r) => r.code)).toEqual(['account-type', 'no-unit']);
  });

  it('a pending account needs an activation link', () => {
    const f = facts();
    f.learner.status = 'pending';
    const v = explainAccess(f);
    expect(v.reasons.map((r) => [r.code, r.fix])).toEqual([
      ['account-status', 'kursdesk links issue kari@firma.no --kind activation'],
    ]);
  });

  it('nothing hides an e-learning course open to the learner', () => {
    expect(explainAccess(facts({ course: CATALOGUE[0]!, futureUnits: [] }))).toEqual({
      verdict: 'visible',
      reasons: [],
    });
  });
});

describe('the reply to the learner', () => {
  const reply = (lang: 'nb' | 'en', f: AccessFacts) =>
    courseAccessReply(lang, explainAccess(f), {
      firstName: 'Kari',
      course: { code: f.course.code, title: f.course.title, title_en: f.course.title_en },
      targetType: 'full',
    });

  it('explains the paid course in bokmål and English, without commands', () => {
    const nb = reply('nb', facts({ type: 'free' }));
    expect(nb).toMatch(/^Hei Kari,\n\n/);
    expect(nb).toContain('SV-300 Sikkerhetsvakt – grunnopplæring er et betalingskurs');
    expect(nb).toContain('organisasjonsnummeret');
    expect(nb).not.toContain('kursdesk');
    const en = reply('en', facts({ type: 'free' }));
    expect(en).toContain('SV-300 Track safety guard – basic training is a paid course');
    expect(en).toMatch(/Kind regards\nThe course portal support desk\n$/);
  });

  it('a full course offers the waitlist; a valid pass gives the date', () => {
    expect(reply('nb', facts({ futureUnits: [unit(1, 1, 1)] }))).toContain('ventelisten');
    expect(
      reply('en', facts({ passed: { completed_on: '2025-01-10', expires_on: '2028-01-10' } })),
    ).toContain('valid until 10 January 2028');
  });
});

describe('the qualification a learner holds', () => {
  it('the latest pass decides: a later pass renews, a later fail does not take it away', () => {
    expect(
      qualificationOf(
        [
          { id: 1, completed_on: '2020-01-10', passed: true, expires_on: '2023-01-10' },
          { id: 2, completed_on: '2022-12-20', passed: true, expires_on: '2025-12-20' },
          { id: 3, completed_on: '2025-12-01', passed: false, expires_on: null },
        ],
        TODAY,
      ),
    ).toEqual({ completed_on: '2022-12-20', valid_until: '2025-12-20', state: 'expired' });
    expect(
      qualificationOf([{ id: 1, completed_on: '2024-01-10', passed: true, expires_on: '2027-01-10' }], TODAY)
        ?.state,
    ).toBe('valid');
    expect(
      qualificationOf([{ id: 1, completed_on: '2024-01-10', passed: false, expires_on: null }], TODAY),
    ).toBe(undefined);
  });

  it('programme items: passed with validity, expired, missing with a booking or the units with seats', () => {
    const base = { position: 1, booking: undefined, unitsWithSeats: 0 };
    const classroom = { code: 'SV-300', title: 'Sikkerhetsvakt', kind: 'classroom' as const, active: true };
    const passed = itemStatus(
      {
        ...base,
        course: classroom,
        completions: [{ id: 1, completed_on: '2025-01-10', passed: true, expires_on: '2028-01-10' }],
      },
      TODAY,
    );
    expect([passed.status, passed.valid_until, passed.next]).toEqual([
      'passed',
      '2028-01-10',
      'valid until 2028-01-10',
    ]);
    const open = itemStatus({ ...base, course: classroom, completions: [], unitsWithSeats: 2 }, TODAY);
    expect([open.status, open.next]).toEqual(['missing', 'no date booked: 2 units with seats']);
    const booked = itemStatus(
      {
        ...base,
        course: classroom,
        completions: [{ id: 1, completed_on: '2020-01-10', passed: true, expires_on: '2023-01-10' }],
        booking: {
          unit_id: 17,
          starts_at: '2027-01-11T07:00:00.000Z',
          place: 'Oslo',
          status: 'enrolled',
          position: null,
        },
      },
      TODAY,
    );
    expect([booked.status, booked.next]).toEqual(['expired', 'booked: 11 Jan 2027 08:00, Oslo (unit 17)']);
    const standing = programmeStanding([passed, open, booked]);
    expect(standing).toEqual({ complete: false, approved_until: null, missing: 1, expired: 1 });
    expect(programmeStanding([passed])).toEqual({
      complete: true,
      approved_until: '2028-01-10',
      missing: 0,
      expired: 0,
    });
  });
});

describe('periods', () => {
  it('accepts days, weeks, months and years, and a bare number as days', () => {
    expect(parsePeriod('90d')).toEqual({ ok: true, value: { amount: 90, unit: 'd' } });
    expect(parsePeriod('12 weeks')).toEqual({ ok: true, value: { amount: 12, unit: 'w' } });
    expect(parsePeriod('6mnd')).toEqual({ ok: true, value: { amount: 6, unit: 'mo' } });
    expect(parsePeriod('1Y')).toEqual({ ok: true, value: { amount: 1, unit: 'y' } });
    expect(parsePeriod('30')).toEqual({ ok: true, value: { amount: 30, unit: 'd' } });
    for (const bad of ['', '0d', '-5d', '90x', 'soon', '1.5m']) expect(parsePeriod(bad).ok, bad).toBe(false);
  });

  it('shifts dates by the period', () => {
    expect(shiftByPeriod('2026-11-25', { amount: 90, unit: 'd' })).toBe('2027-02-23');
    expect(shiftByPeriod('2026-11-30', { amount: 3, unit: 'mo' })).toBe('2027-02-28');
    expect(shiftByPeriod('2026-11-25', { amount: 2, unit: 'w' }, -1)).toBe('2026-11-11');
    expect(shiftByPeriod('2024-02-29', { amount: 1, unit: 'y' })).toBe('2025-02-28');
  });

  it('a day period shifted forward and back returns to the start (property)', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1990-01-01T00:00:00Z'),
          max: new Date('2090-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: 1, max: 3650 }),
        (d, n) => {
          const day = d.toISOString().slice(0, 10);
          const later = shiftByPeriod(day, { amount: n, unit: 'd' });
          expect(daysBetween(day, later)).toBe(n);
          expect(shiftByPeriod(later, { amount: n, unit: 'd' }, -1)).toBe(day);
        },
      ),
    );
  });
});

describe('learner lists', () => {
  it('takes the first column of each line, skips a header and blank lines, and keeps line numbers', () => {
    expect(parseLearnerList('\uFEFFE-post;navn\r\nkari@firma.no;Kari\n\n"42",Ola\n')).toEqual({
      ok: true,
      value: [
        { line: 2, learner: 'kari@firma.no' },
        { line: 4, learner: '42' },
      ],
    });
    expect(parseLearnerList('email\n\n').ok).toBe(false);
  });
});

// A small catalogue for the W12/W14 tests, inserted directly: courses of every kind and visibility,
// future units (one with seats, one full with a waitlist), a programme, a company with staff, and
// learners of each account type. Today is TEST_NOW (2026-11-25).
import type { Kysely } from 'kysely';
import type { Schema } from '../../src/db/schema.js';
import { TEST_NOW } from './cli.js';
import { insertCompletion, insertCourse, insertUnit } from './learning.js';
import { insertCompany, insertLearnerRow } from './rows.js';

export async function seedCatalogue(db: Kysely<Schema>) {
  const company = await insertCompany(db, { org_number: '988077917', name: 'Bygg og Anlegg AS' });
  const other = await insertCompany(db, { org_number: '974760673', name: 'Skinnegang AS' });
  const free = await insertLearnerRow(db, { email: 'kari@firma.no', account_type: 'free' });
  const full = await insertLearnerRow(db, {
    given_names: 'Ola',
    family_name: 'Æsøy',
    email: 'ola@bygg.no',
    birth_date: '1969-03-20',
    account_type: 'full',
    employer_id: company.id,
  });
  const colleague = await insertLearnerRow(db, {
    given_names: 'Siri',
    family_name: 'Berg',
    email: 'siri@bygg.no',
    birth_date: '1972-09-13',
    account_type: 'full',
    employer_id: company.id,
  });
  const elsewhere = await insertLearnerRow(db, {
    given_names: 'Per',
    family_name: 'Lund',
    email: 'per@skinnegang.no',
    birth_date: '1980-01-01',
    account_type: 'full',
    employer_id: other.id,
  });
  const safety = await insertCourse(db, {
    code: 'SIK-100',
    title: 'Grunnleggende sikkerhet ved arbeid i og nær spor',
    title_en: 'Basic safety when working on or near the track',
    category: 'Sikkerhet',
    kind: 'e-learning',
    validity_months: 24,
  });
  const guard = await insertCourse(db, {
    code: 'SV-300',
    title: 'Sikkerhetsvakt – grunnopplæring',
    title_en: 'Track safety guard – basic training',
    category: 'Sikkerhet',
    kind: 'classroom',
    paid: true,
    price_nok: 14500,
    visible_to: 'full',
    validity_months: 36,
  });
  const shunting = await insertCourse(db, {
    code: 'SKI-610',
    title: 'Skifting og skifteleder',
    title_en: 'Shunting',
    category: 'Trafikk',
    kind: 'classroom',
    paid: true,
    visible_to: 'full,driver',
    validity_months: null,
  });
  const retired = await insertCourse(db, {
    code: 'GML-050',
    title: 'Kontaktledning – gammel opplæring',
    title_en: null,
    category: 'Elektro',
    kind: 'classroom',
    active: false,
    validity_months: null,
  });
  const exam = await insertCourse(db, {
    code: 'SV-320',
    title: 'Sikkerhetsvakt – skriftlig eksamen',
    title_en: null,
    category: 'Sikkerhet',
    kind: 'exam',
    paid: true,
    visible_to: 'full',
    validity_months: 36,
  });
  // SV-300: a full unit in January (1 seat, taken, two waiting), one with seats in February, one in the past.
  const fullUnit = await insertUnit(db, guard.id, {
    starts_at: '2027-01-11T07:00:00.000Z',
    ends_at: '2027-01-15T15:00:00.000Z',
    place: 'Jernbaneskolen, Oslo',
    capacity: 1,
  });
  const openUnit = await insertUnit(db, guard.id, {
    starts_at: '2027-02-15T07:00:00.000Z',
    ends_at: '2027-02-19T15:00:00.000Z',
    place: 'Marienborg, Trondheim',
    capacity: 16,
  });
  const pastUnit = await insertUnit(db, guard.id, {
    starts_at: '2026-03-02T07:00:00.000Z',
    ends_at: '2026-03-06T15:00:00.000Z',
    place: 'Lokstallen, Hamar',
    capacity: 16,
  });
  await insertUnit(db, guard.id, {
    starts_at: '2027-03-01T07:00:00.000Z',
    ends_at: '2027-03-05T15:00:00.000Z',
    place: 'Bodø',
    capacity: 10,
    status: 'cancelled',
  });
  const enrol = (unit_id: number, user_id: number, status: 'enrolled' | 'waitlisted', queued_at: string) =>
    db
      .insertInto('enrolments')
      .values({ unit_id, user_id, status, queued_at, enrolled_at: status === 'enrolled' ? queued_at : null })
      .execute();
  await enrol(fullUnit.id, elsewhere.id, 'enrolled', '2026-10-01T08:00:00.000Z');
  await enrol(fullUnit.id, colleague.id, 'waitlisted', '2026-10-02T08:00:00.000Z');
  await enrol(fullUnit.id, full.id, 'waitlisted', '2026-10-03T08:00:00.000Z');
  await enrol(openUnit.id, colleague.id, 'enrolled', '2026-10-04T08:00:00.000Z');

  const programme = await db
    .insertInto('programmes')
    .values({ code: 'OL-SV', title: 'Opplæringsløp sikkerhetsvakt', validity_months: 36 })
    .returningAll()
    .executeTakeFirstOrThrow();
  await db
    .insertInto('programmes')
    .values({ code: 'OL-KL', title: 'Opplæringsløp kontaktledning', validity_months: 12 })
    .execute();
  await db
    .insertInto('programme_items')
    .values([
      { programme_id: programme.id, course_id: safety.id, position: 1 },
      { programme_id: programme.id, course_id: guard.id, position: 2 },
      { programme_id: programme.id, course_id: exam.id, position: 3 },
    ])
    .execute();
  return {
    company,
    other,
    free,
    full,
    colleague,
    elsewhere,
    courses: { safety, guard, shunting, retired, exam },
    units: { fullUnit, openUnit, pastUnit },
    programme,
    completion: (values: Parameters<typeof insertCompletion>[1]) => insertCompletion(db, values),
    now: TEST_NOW,
  };
}

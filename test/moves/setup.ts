// The world the move tests start from: an old employer (with its mail domain), a new one, an inactive
// one, learners employed at the old one, and their enrolments (paid and free, coming and past).
import type { Kysely } from 'kysely';
import type { Schema } from '../../src/db/schema.js';
import { insertCourse, insertEnrolment, insertUnit } from '../helpers/learning.js';
import { insertCompany, insertEmployee } from '../helpers/rows.js';

export const OLD = { org_number: '988077917', name: 'Gammel Bygg AS', email_domains: 'gammelbygg.no' };
export const NEW = {
  org_number: '912837459',
  name: 'Bane og Signal Norge AS',
  email_domains: 'banesignal.no',
};
export const INACTIVE = { org_number: '923746102', name: 'Nordbane Sporteknikk AS' };
/** A valid org number that no company in the database has. */
export const UNREGISTERED = '974760673';

export interface World {
  old: number;
  new: number;
  /** Learners 1–3, employed at OLD; 1 and 2 have logins on its domain. */
  learners: number[];
  /** Learner 1's place in a paid unit that starts after TEST_NOW (invoiced to OLD). */
  comingPaid: number;
  /** Learner 1's waitlist place in another coming paid unit. */
  comingWaitlisted: number;
  /** Enrolments a move must leave alone: a past paid unit, a free course, a cancelled place. */
  untouched: number[];
}

export async function seedWorld(db: Kysely<Schema>): Promise<World> {
  const old = await insertCompany(db, OLD);
  const fresh = await insertCompany(db, NEW);
  await insertCompany(db, { ...INACTIVE, status: 'inactive' });
  const emails = ['kari@gammelbygg.no', 'ola@avd.gammelbygg.no', 'siri@gmail.com'];
  const learners: number[] = [];
  for (const [i, email] of emails.entries()) {
    const row = await insertEmployee(db, {
      email,
      given_names: ['Kari', 'Ola', 'Siri'][i],
      account_type: 'full',
      employer_id: old.id,
      invoice_reference: i === 0 ? 'GB-17' : null,
    });
    learners.push(row.id);
  }
  const paid = await insertCourse(db, {
    code: 'KL-200',
    title: 'Kontaktledning',
    paid: true,
    price_nok: 11800,
    visible_to: 'full,driver',
  });
  const free = await insertCourse(db, { code: 'SIK-101', paid: false });
  const coming = await insertUnit(db, paid.id, {
    starts_at: '2027-02-01T07:00:00.000Z',
    ends_at: '2027-02-03T14:00:00.000Z',
  });
  const later = await insertUnit(db, paid.id, {
    starts_at: '2027-04-01T07:00:00.000Z',
    ends_at: '2027-04-03T14:00:00.000Z',
  });
  const past = await insertUnit(db, paid.id, {
    starts_at: '2026-10-01T07:00:00.000Z',
    ends_at: '2026-10-03T14:00:00.000Z',
  });
  const freeUnit = await insertUnit(db, free.id, {
    starts_at: '2027-01-10T07:00:00.000Z',
    ends_at: '2027-01-10T14:00:00.000Z',
  });
  const enrol = (
    unit: number,
    status: 'enrolled' | 'waitlisted' | 'cancelled' | 'attended',
    learner = learners[0]!,
  ) => insertEnrolment(db, { unit_id: unit, user_id: learner, status, invoice_company_id: old.id });
  const comingPaid = await enrol(coming.id, 'enrolled');
  const comingWaitlisted = await enrol(later.id, 'waitlisted');
  const untouched = [
    await enrol(past.id, 'attended'),
    await enrol(freeUnit.id, 'enrolled'),
    // A cancelled place in a coming paid unit, of learner 2.
    await enrol(coming.id, 'cancelled', learners[1]!),
  ];
  return { old: old.id, new: fresh.id, learners, comingPaid, comingWaitlisted, untouched };
}

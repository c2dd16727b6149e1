// W14, refresher planning: the qualifications that run out within a period (and, on request, those that
// already lapsed and were not renewed), for a company or a programme, ready for a mailing.
import { isoDate } from '../context/clock.js';
import { expiringQualifications, programmeItems } from '../db/queries/catalogue.js';
import { companyByOrgNumber } from '../db/queries/companies.js';
import { fullName } from '../domain/learner.js';
import { text } from '../domain/messages/index.js';
import { daysBetween, type Period, shiftByPeriod } from '../domain/programmes.js';
import { NotFoundError } from '../errors.js';
import type { WorkflowDeps } from './deps.js';
import { findProgramme } from './programmes.js';

export interface ExpiringRequest {
  within: Period;
  /** Also qualifications that lapsed within this period before today. */
  expiredWithin: Period | undefined;
  orgNumber: string | undefined;
  programmeCode: string | undefined;
}

export interface ExpiringQualification {
  learner_id: number;
  name: string;
  email: string;
  employer: string | null;
  org_number: string | null;
  course: string;
  title: string;
  completed_on: string;
  expires_on: string;
  /** Days from today to the last valid day (negative: lapsed that many days ago). */
  days_left: number;
  state: 'expiring' | 'expired';
}

export interface ExpiringReport {
  from: string;
  to: string;
  employer: string | null;
  programme: string | null;
  qualifications: ExpiringQualification[];
}

export async function expiringReport(
  deps: Pick<WorkflowDeps, 'db' | 'clock'>,
  request: ExpiringRequest,
): Promise<ExpiringReport> {
  const db = deps.db.kysely;
  const today = isoDate(deps.clock.now());
  const to = shiftByPeriod(today, request.within);
  const from = request.expiredWithin ? shiftByPeriod(today, request.expiredWithin, -1) : today;
  let companyId: number | undefined;
  let employer: string | null = null;
  if (request.orgNumber !== undefined) {
    const company = await companyByOrgNumber(db, request.orgNumber);
    if (!company)
      throw new NotFoundError(text('company.not-a-customer-number', { orgNumber: request.orgNumber }), {
        hint: text('hint.companies-find'),
      });
    companyId = company.id;
    employer = `${company.name} (${company.org_number})`;
  }
  let programme: { id: number; courseIds: number[] } | undefined;
  if (request.programmeCode !== undefined) {
    const p = await findProgramme(db, request.programmeCode);
    programme = { id: p.id, courseIds: (await programmeItems(db, [p.id])).map((i) => i.course_id) };
  }
  const rows = await expiringQualifications(db, deps.db.dialect, {
    from,
    to,
    ...(companyId !== undefined ? { companyId } : {}),
    ...(programme ? { programme } : {}),
  });
  const daysLeft = new Map<string, number>();
  return {
    from,
    to,
    employer,
    programme: request.programmeCode ?? null,
    qualifications: rows.map((r) => {
      // A window holds a few hundred distinct days at most: count each once.
      let days = daysLeft.get(r.expires_on);
      if (days === undefined) {
        days = daysBetween(today, r.expires_on);
        daysLeft.set(r.expires_on, days);
      }
      return {
        learner_id: r.user_id,
        name: fullName(r.given_names, r.family_name),
        email: r.email,
        employer: r.employer,
        org_number: r.org_number,
        course: r.course,
        title: r.title,
        completed_on: r.completed_on,
        expires_on: r.expires_on,
        days_left: days,
        state: days < 0 ? 'expired' : 'expiring',
      };
    }),
  };
}

// W10 "I need the full catalogue" / "I am a driver": change a learner's account type with the fields the
// new type requires (an employer for full and driver, the driver details for driver). Bookings the new
// type may not keep stop the change unless they are cancelled with it, their seats going to the waitlists.

import { isoDate } from '../context/clock.js';
import { companyById, companyByOrgNumber } from '../db/queries/companies.js';
import { openBookingsOf, unitWithCourse } from '../db/queries/seats.js';
import { updateUserVersioned } from '../db/queries/users.js';
import type { Company, User } from '../db/schema.js';
import { writeChange } from '../db/write-gate.js';
import { type BookingLearner, bookingRefusal } from '../domain/booking.js';
import { type DriverDetails, driverDetailsText, readDriverDetails } from '../domain/driver-details.js';
import type { AccountType } from '../domain/learner.js';
import { typeNeedsEmployer } from '../domain/learner.js';
import type { MailLang } from '../domain/link-mail.js';
import { type Text, text } from '../domain/messages/index.js';
import { diffFields } from '../domain/personal-data.js';
import { ConflictError, NotFoundError, PolicyError, UsageError } from '../errors.js';
import type { WorkflowDeps } from './deps.js';
import { type LearnerProfile, type LearnerSelector, learnerProfile, resolveLearner } from './learners.js';
import { type Promotion, releaseSeat } from './seats.js';

/** What the command needs to know before asking for the new type's fields. */
export interface TypeChangeStart {
  user: User;
  employer: Pick<Company, 'org_number' | 'name' | 'status'> | null;
  driver: DriverDetails | undefined;
  note: Text | undefined;
}

export async function startTypeChange(
  deps: Pick<WorkflowDeps, 'db' | 'secret'>,
  selector: LearnerSelector,
): Promise<TypeChangeStart> {
  const { user, note } = await resolveLearner(deps, selector);
  const employer =
    user.employer_id === null ? undefined : await companyById(deps.db.kysely, user.employer_id);
  return { user, employer: employer ?? null, driver: readDriverDetails(user.driver_details), note };
}

export interface TypeChangeRequest {
  type: AccountType;
  /** A new employer for a learner who has none (a learner with one changes it with users move). */
  employerOrgNumber: string | undefined;
  invoiceReference: string | undefined;
  /** Required for driver; ignored (and cleared) for the other types. */
  driver: DriverDetails | undefined;
  /** Cancel the bookings the new type may not keep (their seats go to the waitlists). */
  cancelPaid: boolean;
  lang: MailLang | undefined;
}

export interface CancelledBooking {
  unit: number;
  course: string;
  starts_at: string;
  was: 'enrolled' | 'waitlisted';
  reason: string;
  promoted: number[];
}

export interface TypeChangeResult {
  profile: LearnerProfile;
  oldType: AccountType;
  cancelled: CancelledBooking[];
  promotions: Promotion[];
  dryRun: boolean;
}

export async function changeAccountType(
  deps: WorkflowDeps,
  start: TypeChangeStart,
  request: TypeChangeRequest,
  options: { dryRun: boolean },
): Promise<TypeChangeResult> {
  const actor = deps.actor();
  const now = actor.now.toISOString();
  const { user } = start;
  const driverText = request.type === 'driver' && request.driver ? driverDetailsText(request.driver) : null;
  if (request.type === 'driver' && driverText === null)
    throw new UsageError(text('set-type.driver-needs-details'));
  if (
    request.type === user.account_type &&
    driverText === user.driver_details &&
    request.invoiceReference === undefined
  ) {
    throw new UsageError(text('set-type.unchanged', { id: user.id, accountType: user.account_type }), {
      hint: request.employerOrgNumber
        ? text('hint.new-employer-is-a-move', { id: user.id, orgNumber: request.employerOrgNumber })
        : undefined,
    });
  }

  const result = await writeChange(deps.db, actor, options, async (trx, audit) => {
    let employer = user.employer_id === null ? undefined : await companyById(trx, user.employer_id);
    let opensEmployment = false;
    if (request.employerOrgNumber !== undefined && request.employerOrgNumber !== employer?.org_number) {
      const company = await companyByOrgNumber(trx, request.employerOrgNumber);
      if (!company) {
        throw new NotFoundError(
          text('company.not-a-customer-number', { orgNumber: request.employerOrgNumber }),
          {
            hint: text('hint.register-company-first', { orgNumber: request.employerOrgNumber }),
          },
        );
      }
      if (company.status !== 'active')
        throw new PolicyError(
          text('set-type.inactive-customer', { name: company.name, orgNumber: company.org_number }),
        );
      if (employer) {
        throw new ConflictError(
          text('set-type.employer-is-a-move', {
            id: user.id,
            name: employer.name,
            orgNumber: employer.org_number,
          }),
          { hint: text('hint.move-then-set-type', { id: user.id, orgNumber: company.org_number }) },
        );
      }
      employer = company;
      opensEmployment = true;
    }
    if (typeNeedsEmployer(request.type)) {
      if (!employer) throw new UsageError(text('set-type.needs-employer', { accountType: request.type }));
      if (employer.status !== 'active') {
        throw new PolicyError(
          text('set-type.employer-inactive', {
            id: user.id,
            name: employer.name,
            orgNumber: employer.org_number,
            accountType: request.type,
          }),
          { hint: text('hint.move-to-current-employer', { id: user.id }) },
        );
      }
    }

    // Bookings the learner could not make with the new type (the same rules as enrol) must go first.
    const after: BookingLearner = {
      id: user.id,
      account_type: request.type,
      status: user.status,
      employer: employer
        ? { org_number: employer.org_number, name: employer.name, active: employer.status === 'active' }
        : null,
    };
    const conflicts: { booking: Awaited<ReturnType<typeof openBookingsOf>>[number]; reason: string }[] = [];
    for (const booking of await openBookingsOf(trx, user.id, now)) {
      const refusal = bookingRefusal(
        after,
        booking,
        { id: booking.unit_id, starts_at: booking.starts_at, status: 'scheduled' },
        now,
      );
      if (refusal?.kind === 'policy') conflicts.push({ booking, reason: refusal.reason });
    }
    if (conflicts.length > 0 && !request.cancelPaid) {
      throw new ConflictError(
        text('set-type.bookings-not-allowed', {
          learner: user.id,
          accountType: request.type,
          bookings: conflicts.map((c) => ({
            unit: c.booking.unit_id,
            course: c.booking.code,
            startsAt: c.booking.starts_at,
            status: c.booking.status,
          })),
        }),
        { hint: text('hint.cancel-paid') },
      );
    }

    const patch = {
      account_type: request.type,
      employer_id: employer?.id ?? null,
      invoice_reference: request.invoiceReference ?? user.invoice_reference,
      driver_details: driverText,
      updated_at: now,
    };
    await updateUserVersioned(trx, user, patch);
    if (opensEmployment && employer) {
      await trx
        .insertInto('employment_history')
        .values({
          user_id: user.id,
          company_id: employer.id,
          invoice_reference: patch.invoice_reference,
          started_on: isoDate(actor.now),
          ended_on: null,
        })
        .execute();
    } else if (request.invoiceReference !== undefined && employer) {
      await trx
        .updateTable('employment_history')
        .set({ invoice_reference: request.invoiceReference })
        .where('user_id', '=', user.id)
        .where('company_id', '=', employer.id)
        .where('ended_on', 'is', null)
        .execute();
    }
    audit({
      action: 'users.set-type',
      targetType: 'user',
      targetId: user.id,
      userId: user.id,
      changes: [
        ...diffFields(
          {
            account_type: user.account_type,
            employer: start.employer?.org_number ?? null,
            invoice_reference: user.invoice_reference,
            driver_details: user.driver_details,
          },
          {
            account_type: patch.account_type,
            employer: employer?.org_number ?? null,
            invoice_reference: patch.invoice_reference,
            driver_details: patch.driver_details,
          },
        ),
        ...(conflicts.length > 0
          ? [{ field: 'cancelled_units', old: null, new: conflicts.map((c) => c.booking.unit_id) }]
          : []),
      ],
    });

    const cancelled: CancelledBooking[] = [];
    const promotions: Promotion[] = [];
    for (const { booking, reason } of conflicts) {
      const unit = await unitWithCourse(trx, booking.unit_id);
      if (!unit) continue;
      const release = await releaseSeat(
        { trx, audit, now, lang: request.lang },
        unit,
        { id: booking.enrolment, user_id: user.id, status: booking.status },
        `account type changed to ${request.type}: ${reason}`,
      );
      promotions.push(...release.promoted);
      cancelled.push({
        unit: unit.id,
        course: unit.code,
        starts_at: unit.starts_at,
        was: booking.status,
        reason,
        promoted: release.promoted.map((p) => p.user_id),
      });
    }
    return {
      profile: await learnerProfile(trx, user.id, isoDate(actor.now), { history: false }),
      cancelled,
      promotions,
    };
  });
  return { ...result.result, oldType: user.account_type, dryRun: result.dryRun };
}

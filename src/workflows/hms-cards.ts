// W11: "I got a new HMS card": record the number and when the card was issued (version-checked, audited);
// and the list of learners whose card is due for renewal, for a reminder mailing.
import { isoDate } from '../context/clock.js';
import { companyByOrgNumber } from '../db/queries/companies.js';
import { checkExpectedVersion, updateUserVersioned } from '../db/queries/users.js';
import { writeChange } from '../db/write-gate.js';
import { addMonths } from '../domain/dates.js';
import {
  type CardState,
  type DueWindow,
  daysBetween,
  registeredOnOrBefore,
  windowEnd,
} from '../domain/hms-cards.js';
import { fullName, HMS_CARD_VALIDITY_MONTHS, hmsCardState } from '../domain/learner.js';
import { type Notice, text } from '../domain/messages/index.js';
import { diffFields, maskHmsCard } from '../domain/personal-data.js';
import { NotFoundError, UsageError } from '../errors.js';
import type { WorkflowDeps } from './deps.js';
import { type LearnerProfile, type LearnerSelector, learnerProfile, resolveLearner } from './learners.js';

export interface HmsCardRequest {
  /** Already normalised by parseHmsCardNumber. */
  number: string;
  /** The card's issue date; default today. */
  issuedOn: string | undefined;
  expectVersion: number | undefined;
}

export interface HmsCardChange {
  profile: LearnerProfile;
  previous: string | null;
  warnings: Notice[];
  notes: Notice[];
  dryRun: boolean;
}

export async function setHmsCard(
  deps: WorkflowDeps,
  selector: LearnerSelector,
  request: HmsCardRequest,
  options: { dryRun: boolean },
): Promise<HmsCardChange> {
  const db = deps.db.kysely;
  const actor = deps.actor();
  const today = isoDate(actor.now);
  const found = await resolveLearner(deps, selector);
  const user = found.user;
  await checkExpectedVersion(db, user, request.expectVersion);
  const issuedOn = request.issuedOn ?? today;
  if (issuedOn > today) throw new UsageError(text('hms-card.issued-in-future', { date: issuedOn }));
  if (user.hms_card_number === request.number && user.hms_card_registered_on === issuedOn) {
    throw new UsageError(
      text('hms-card.unchanged', { id: user.id, maskedCard: maskHmsCard(request.number), date: issuedOn }),
    );
  }
  const warnings: Notice[] = [];
  const notes: Notice[] = found.note ? [found.note] : [];
  const due = addMonths(issuedOn, HMS_CARD_VALIDITY_MONTHS);
  if (due <= today) warnings.push(text('warning.hms-card-overdue', { issuedOn, due }));
  const others = await db
    .selectFrom('users')
    .select('id')
    .where('hms_card_number', '=', request.number)
    .where('id', '!=', user.id)
    .orderBy('id')
    .execute();
  if (others.length > 0) {
    warnings.push(text('warning.hms-card-shared', { learners: others.map((o) => o.id) }));
  }
  const now = actor.now.toISOString();
  const result = await writeChange(deps.db, actor, options, async (trx, audit) => {
    const patch = { hms_card_number: request.number, hms_card_registered_on: issuedOn };
    await updateUserVersioned(trx, user, { ...patch, updated_at: now });
    audit({
      action: 'users.set-hms',
      targetType: 'user',
      targetId: user.id,
      userId: user.id,
      changes: diffFields(
        { hms_card_number: user.hms_card_number, hms_card_registered_on: user.hms_card_registered_on },
        patch,
      ),
    });
    return learnerProfile(trx, user.id, today, { history: false });
  });
  return {
    profile: result.result,
    previous: user.hms_card_number === null ? null : maskHmsCard(user.hms_card_number),
    warnings,
    notes,
    dryRun: result.dryRun,
  };
}

export interface HmsDueRow {
  id: number;
  name: string;
  email: string;
  employer: string | null;
  employer_org_number: string | null;
  /** Masked: the last three characters, enough for the learner to know which card is meant. */
  hms_card: string | null;
  registered_on: string | null;
  due_on: string | null;
  /** Negative when overdue; null for a missing card. */
  days_left: number | null;
  state: CardState;
}

export interface HmsDueQuery {
  window: DueWindow;
  employerOrgNumber: string | undefined;
  /** Include learners with no card on record. */
  missing: boolean;
}

export interface HmsDueReport {
  today: string;
  until: string;
  employer: string | null;
  rows: HmsDueRow[];
}

/**
 * Learners (not disabled) whose card is overdue or due by the end of the window, soonest first; with
 * `missing`, then those with no card on record. Cards due later are left out.
 */
export async function hmsCardsDue(deps: WorkflowDeps, query: HmsDueQuery): Promise<HmsDueReport> {
  const db = deps.db.kysely;
  const today = isoDate(deps.clock.now());
  const until = windowEnd(today, query.window);
  let employerId: number | undefined;
  let employerName: string | null = null;
  if (query.employerOrgNumber !== undefined) {
    const company = await companyByOrgNumber(db, query.employerOrgNumber);
    if (!company)
      throw new NotFoundError(text('company.not-a-customer-number', { orgNumber: query.employerOrgNumber }));
    employerId = company.id;
    employerName = company.name;
  }
  let select = db
    .selectFrom('users')
    .leftJoin('companies', 'companies.id', 'users.employer_id')
    .select([
      'users.id',
      'users.given_names',
      'users.family_name',
      'users.email',
      'users.hms_card_number',
      'users.hms_card_registered_on',
      'companies.name as employer',
      'companies.org_number as employer_org_number',
    ])
    .where('users.status', '!=', 'disabled');
  if (employerId !== undefined) select = select.where('users.employer_id', '=', employerId);
  const cutoff = registeredOnOrBefore(until);
  const found = await select
    .where((eb) =>
      query.missing
        ? eb.or([
            eb('users.hms_card_registered_on', '<=', cutoff),
            eb('users.hms_card_number', 'is', null),
            eb('users.hms_card_registered_on', 'is', null),
          ])
        : eb('users.hms_card_registered_on', '<=', cutoff),
    )
    .orderBy('users.id')
    .execute();
  const rows: HmsDueRow[] = [];
  for (const u of found) {
    const base = {
      id: u.id,
      name: fullName(u.given_names, u.family_name),
      email: u.email,
      employer: u.employer,
      employer_org_number: u.employer_org_number,
      hms_card: u.hms_card_number === null ? null : maskHmsCard(u.hms_card_number),
      registered_on: u.hms_card_registered_on,
    };
    if (u.hms_card_number === null || u.hms_card_registered_on === null) {
      rows.push({ ...base, due_on: null, days_left: null, state: 'missing' });
      continue;
    }
    const card = hmsCardState(u.hms_card_registered_on, today);
    if (card.renewalDue > until) continue;
    rows.push({
      ...base,
      due_on: card.renewalDue,
      days_left: daysBetween(today, card.renewalDue),
      state: card.overdue ? 'overdue' : 'due',
    });
  }
  rows.sort((a, b) => {
    if (a.due_on === b.due_on) return a.id - b.id;
    if (a.due_on === null) return 1;
    if (b.due_on === null) return -1;
    return a.due_on < b.due_on ? -1 : 1;
  });
  return { today, until, employer: employerName, rows };
}

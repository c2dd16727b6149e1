// W16 (register a learner with the one-account-per-person check) and learner look-ups for `users show`.
import { isoDate } from '../context/clock.js';
import { companyById, companyByOrgNumber } from '../db/queries/companies.js';
import { checkNationalIdKey, isTestDatabase } from '../db/queries/meta.js';
import {
  addEmailHistory,
  addNameTerms,
  emailHistoryOf,
  employmentHistoryOf,
  insertUser,
  userByEmail,
  userById,
  userByNationalIdHash,
  usersByEarlierEmail,
} from '../db/queries/users.js';
import type { User } from '../db/schema.js';
import { age } from '../domain/dates.js';
import {
  type AccountStatus,
  type AccountType,
  fullName,
  hmsCardState,
  typeNeedsEmployer,
} from '../domain/learner.js';
import type { LearnerSelector } from '../domain/learner-selector.js';
import { type Notice, type Text, text } from '../domain/messages/index.js';
import { maskNationalId, type NationalId } from '../domain/national-id.js';
import { nationalIdHash } from '../domain/national-id-hash.js';
import { maskEmail, maskHmsCard, maskRecord } from '../domain/personal-data.js';
import { ConflictError, NotFoundError, PolicyError, UsageError } from '../errors.js';
import type { WorkflowDeps } from './deps.js';

export interface NewLearner {
  givenNames: string;
  familyName: string;
  /** When absent, the national ID's birth date is used (it must then be unambiguous). */
  birthDate: string | undefined;
  email: string;
  nationalId: NationalId;
  hmsCard: string | undefined;
  accountType: AccountType;
  status: AccountStatus;
  employerOrgNumber: string | undefined;
  invoiceReference: string | undefined;
  phone: string | undefined;
}

export interface CreatedLearner {
  profile: LearnerProfile;
  dryRun: boolean;
  warnings: Notice[];
}

export async function createLearner(
  deps: WorkflowDeps,
  input: NewLearner,
  options: { dryRun: boolean },
): Promise<CreatedLearner> {
  const { db } = deps;
  const key = deps.secret();
  const actor = deps.actor();
  const today = isoDate(actor.now);
  const warnings: Notice[] = [];

  if (input.nationalId.synthetic && !(await isTestDatabase(db.kysely))) {
    throw new PolicyError(text('learner.synthetic-id-in-real-database'), {
      hint: text('hint.mark-test-database'),
    });
  }
  const birthDate = input.birthDate ?? input.nationalId.birthDate;
  if (birthDate === null) {
    throw new UsageError(text('learner.birth-date-unknown'));
  }
  if (birthDate > today) {
    throw new UsageError(text('learner.birth-date-in-future', { date: birthDate }));
  }
  const idDate = input.nationalId.birthDate;
  const candidates = input.nationalId.birthDateCandidates;
  if (
    input.birthDate &&
    !idDate &&
    !input.nationalId.dNumber &&
    candidates.length > 0 &&
    !candidates.includes(input.birthDate)
  ) {
    throw new UsageError(text('learner.birth-date-does-not-fit', { given: input.birthDate, candidates }));
  }
  if (input.birthDate && idDate && idDate !== input.birthDate) {
    if (input.nationalId.dNumber) {
      warnings.push(text('learner.birth-date-differs-d-number', { idDate, given: input.birthDate }));
    } else {
      throw new UsageError(text('learner.birth-date-mismatch', { given: input.birthDate, idDate }));
    }
  }
  if (typeNeedsEmployer(input.accountType) && !input.employerOrgNumber) {
    throw new UsageError(text('learner.needs-employer', { accountType: input.accountType }));
  }

  // Loaded here, not at the top: `users show` reads through this module and needs neither.
  const [{ writeChange }, { nameIndexTerms }] = await Promise.all([
    import('../db/write-gate.js'),
    import('../domain/name-matching.js'),
  ]);
  const result = await writeChange(db, actor, options, async (trx, audit) => {
    await checkNationalIdKey(trx, key, { record: true });
    const hash = nationalIdHash(key, input.nationalId.value);
    const existing = await userByNationalIdHash(trx, hash);
    if (existing) {
      throw new ConflictError(
        text('learner.national-id-taken', { id: existing.id, maskedEmail: maskEmail(existing.email) }),
        { hint: text('hint.log-in-with-that-email'), detail: { id: existing.id } },
      );
    }
    const sameEmail = await userByEmail(trx, input.email);
    if (sameEmail) {
      throw new ConflictError(text('learner.email-taken', { email: input.email, id: sameEmail.id }), {
        hint: text('hint.other-address-or-look-up', { id: sameEmail.id }),
      });
    }
    const earlier = await usersByEarlierEmail(trx, input.email);
    for (const other of earlier)
      warnings.push(text('learner.email-used-earlier-check', { id: other.id, email: input.email }));

    let employerId: number | null = null;
    if (input.employerOrgNumber) {
      const company = await companyByOrgNumber(trx, input.employerOrgNumber);
      if (!company) {
        throw new NotFoundError(
          text('company.not-a-customer-number', { orgNumber: input.employerOrgNumber }),
          {
            hint: text('hint.register-company-first', { orgNumber: input.employerOrgNumber }),
          },
        );
      }
      if (company.status !== 'active') {
        throw new PolicyError(
          text('company.inactive', { name: company.name, orgNumber: company.org_number }),
        );
      }
      employerId = company.id;
    }
    const now = actor.now.toISOString();
    const terms = nameIndexTerms(input.givenNames, input.familyName);
    const values = {
      given_names: input.givenNames,
      family_name: input.familyName,
      birth_date: birthDate,
      email: input.email,
      phone: input.phone ?? null,
      national_id_hash: hash,
      national_id_mask: maskNationalId(input.nationalId.value),
      national_id_kind: input.nationalId.kind,
      hms_card_number: input.hmsCard ?? null,
      hms_card_registered_on: input.hmsCard ? today : null,
      account_type: input.accountType,
      status: input.status,
      employer_id: employerId,
      invoice_reference: input.invoiceReference ?? null,
      driver_details: null,
      password_set_at: null,
      created_at: now,
      updated_at: now,
    };
    const id = await insertUser(trx, { ...values, search_name: terms.join(' ') });
    await addNameTerms(trx, terms);
    await addEmailHistory(trx, id, input.email, now);
    if (employerId !== null) {
      await trx
        .insertInto('employment_history')
        .values({
          user_id: id,
          company_id: employerId,
          invoice_reference: input.invoiceReference ?? null,
          started_on: today,
          ended_on: null,
        })
        .execute();
    }
    audit({
      action: 'users.create',
      targetType: 'user',
      targetId: id,
      userId: id,
      changes: maskRecord(values),
    });
    return learnerProfile(trx, id, today, { history: false });
  });
  return { profile: result.result, dryRun: result.dryRun, warnings };
}

export { type LearnerSelector, parseLearnerSelector } from '../domain/learner-selector.js';

export interface FoundLearner {
  user: User;
  /** How the learner was found when it was not by the current login. */
  note: Text | undefined;
}

export async function resolveLearner(
  deps: Pick<WorkflowDeps, 'db' | 'secret'>,
  selector: LearnerSelector,
): Promise<FoundLearner> {
  const db = deps.db.kysely;
  switch (selector.by) {
    case 'id': {
      const user = await userById(db, selector.id);
      if (!user) throw new NotFoundError(text('learner.no-such-id', { id: selector.id }));
      return { user, note: undefined };
    }
    case 'email': {
      const user = await userByEmail(db, selector.email);
      if (user) return { user, note: undefined };
      const earlier = await usersByEarlierEmail(db, selector.email);
      if (earlier.length === 1) {
        return {
          user: earlier[0]!,
          note: text('note.found-by-earlier-email', { email: earlier[0]!.email }),
        };
      }
      if (earlier.length > 1) {
        throw new ConflictError(
          text('learner.earlier-email-shared', {
            count: earlier.length,
            email: selector.email,
            ids: earlier.map((u) => u.id),
          }),
          { hint: text('hint.show-one-by-id') },
        );
      }
      throw new NotFoundError(text('learner.no-such-email', { email: selector.email }), {
        hint: text('hint.find-by-name-and-birth-date'),
      });
    }
    case 'national-id': {
      const key = deps.secret();
      await checkNationalIdKey(db, key, { record: false });
      const user = await userByNationalIdHash(db, nationalIdHash(key, selector.nationalId));
      if (!user)
        throw new NotFoundError(
          text('learner.no-such-national-id', { masked: maskNationalId(selector.nationalId) }),
        );
      return { user, note: undefined };
    }
  }
}

export interface LearnerProfile {
  id: number;
  name: string;
  given_names: string;
  family_name: string;
  birth_date: string;
  national_id: string;
  national_id_kind: string;
  email: string;
  phone: string | null;
  account_type: AccountType;
  status: AccountStatus;
  employer: string | null;
  employer_org_number: string | null;
  invoice_reference: string | null;
  hms_card: string | null;
  hms_card_registered_on: string | null;
  /** Coded: English in json/csv/yaml, the agent's language on screen. */
  hms_card_age: Text<'age.years-months'> | null;
  hms_card_renewal_due: string | null;
  hms_card_overdue: boolean | null;
  created_at: string;
  updated_at: string;
  version: number;
  email_history?: { email: string; valid_from: string; valid_to: string | null }[];
  employment_history?: {
    org_number: string;
    company: string;
    invoice_reference: string | null;
    started_on: string;
    ended_on: string | null;
  }[];
}

/** Everything support shows about a learner: the national ID masked, the HMS card shortened. */
export async function learnerProfile(
  db: WorkflowDeps['db']['kysely'],
  id: number,
  today: string,
  options: { history: boolean },
): Promise<LearnerProfile> {
  const user = await userById(db, id);
  if (!user) throw new NotFoundError(text('learner.no-such-id', { id }));
  const employer = user.employer_id === null ? undefined : await companyById(db, user.employer_id);
  const card = user.hms_card_registered_on ? hmsCardState(user.hms_card_registered_on, today) : undefined;
  const profile: LearnerProfile = {
    id: user.id,
    name: fullName(user.given_names, user.family_name),
    given_names: user.given_names,
    family_name: user.family_name,
    birth_date: user.birth_date,
    national_id: user.national_id_mask,
    national_id_kind: user.national_id_kind,
    email: user.email,
    phone: user.phone,
    account_type: user.account_type,
    status: user.status,
    employer: employer?.name ?? null,
    employer_org_number: employer?.org_number ?? null,
    invoice_reference: user.invoice_reference,
    hms_card: user.hms_card_number ? maskHmsCard(user.hms_card_number) : null,
    hms_card_registered_on: user.hms_card_registered_on,
    hms_card_age: user.hms_card_registered_on ? age(user.hms_card_registered_on, today) : null,
    hms_card_renewal_due: card ? card.renewalDue : null,
    hms_card_overdue: card ? card.overdue : null,
    created_at: user.created_at,
    updated_at: user.updated_at,
    version: user.version,
  };
  if (options.history) {
    profile.email_history = await emailHistoryOf(db, id);
    profile.employment_history = await employmentHistoryOf(db, id);
  }
  return profile;
}

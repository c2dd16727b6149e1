// W20: a person's requests about their data ("what do you store about me?", "delete me") and the
// retention run that anonymises accounts nobody has used for years. Returns data; never prints.
import { auditPersonalValues } from '../db/queries/audit.js';
import {
  anonymiseLearner,
  auditEntriesAbout,
  type ErasedRows,
  inactiveLearners,
  personalRecordsOf,
  purgeDeadLinks,
  purgeMailBodies,
} from '../db/queries/privacy.js';
import { userById } from '../db/queries/users.js';
import { flag } from '../db/schema.js';
import { restorePersonalValues, writeChange } from '../db/write-gate.js';
import { fullName } from '../domain/learner.js';
import type { LearnerSelector } from '../domain/learner-selector.js';
import { bodyForAgents } from '../domain/link-mail.js';
import { text } from '../domain/messages/index.js';
import { foldForComparison, type RetentionPeriods } from '../domain/privacy.js';
import { NotFoundError, UsageError } from '../errors.js';
import type { WorkflowDeps } from './deps.js';
import { resolveLearner } from './learners.js';

export interface PersonalDataExport {
  generated_at: string;
  learner_id: number;
  erased_at: string | null;
  account: Record<string, unknown>;
  national_id: string;
  email_history: unknown[];
  employment_history: unknown[];
  enrolments: unknown[];
  waitlist_places: unknown[];
  unit_requests: unknown[];
  programme_assignments: unknown[];
  completions: unknown[];
  certificates: unknown[];
  links: unknown[];
  mail: unknown[];
  audit_entries: unknown[];
}

/** Everything kursdesk stores about one learner, for an access request (GDPR art. 15). Audited. */
export async function exportPersonalData(
  deps: WorkflowDeps,
  selector: LearnerSelector,
): Promise<PersonalDataExport> {
  const { user } = await resolveLearner(deps, selector);
  const db = deps.db.kysely;
  const records = await personalRecordsOf(db, user.id);
  const employer = user.employer_id
    ? await db
        .selectFrom('companies')
        .select(['name', 'org_number'])
        .where('id', '=', user.employer_id)
        .executeTakeFirst()
    : undefined;
  const entries = await auditEntriesAbout(db, user.id);
  const personal = await auditPersonalValues(
    db,
    entries.filter((e) => e.personal_digest).map((e) => e.id),
  );
  const actor = deps.actor();
  // The export itself is an access to personal data, so it is audited before the file is written.
  await writeChange(deps.db, actor, { dryRun: false }, async (_trx, audit) => {
    audit({
      action: 'privacy.export',
      targetType: 'user',
      targetId: user.id,
      userId: user.id,
      changes: { sections: 12 },
    });
  });
  const waiting = records.enrolments.filter((e) => e.status === 'waitlisted');
  return {
    generated_at: actor.now.toISOString(),
    learner_id: user.id,
    erased_at: user.erased_at,
    account: {
      name: fullName(user.given_names, user.family_name),
      given_names: user.given_names,
      family_name: user.family_name,
      birth_date: user.birth_date,
      email: user.email,
      phone: user.phone,
      account_type: user.account_type,
      status: user.status,
      employer: employer ? `${employer.name} (${employer.org_number})` : null,
      invoice_reference: user.invoice_reference,
      hms_card_number: user.hms_card_number,
      hms_card_registered_on: user.hms_card_registered_on,
      driver_details: user.driver_details ? (JSON.parse(user.driver_details) as unknown) : null,
      password_set: user.password_set_at !== null,
      created_at: user.created_at,
      updated_at: user.updated_at,
    },
    national_id:
      'not stored: only a keyed one-way hash (to keep one account per person) and a mask showing the birth date',
    email_history: records.emails,
    employment_history: records.employment,
    enrolments: records.enrolments.filter((e) => e.status !== 'waitlisted'),
    waitlist_places: waiting,
    unit_requests: records.unitRequests,
    programme_assignments: records.programmes,
    completions: records.completions.map((c) => ({ ...c, passed: flag(c.passed) })),
    certificates: records.certificates,
    links: records.links,
    mail: records.mail.map((m) => ({ ...m, body: bodyForAgents(m.body) })),
    audit_entries: entries.map((e) => ({
      at: e.at,
      agent: e.agent,
      ticket: e.ticket,
      action: e.action,
      changes: restorePersonalValues(
        JSON.parse(e.changes) as unknown,
        e.personal_digest ? (personal.get(e.id) ?? null) : {},
      ),
    })),
  };
}

export interface ErasureResult {
  learner_id: number;
  /** False when the account had been erased before (nothing to do: erasure is idempotent). */
  erased: boolean;
  already_erased_at: string | null;
  dryRun: boolean;
  removed: ErasedRows | null;
  kept: string[];
}

/** What stays after an erasure, without anything that says whom it was about. */
export const KEPT_AFTER_ERASURE = [
  'the account id, type and employer (invoices to the employer)',
  'employment periods, enrolments and waitlist history (seat counts, invoicing)',
  'programme assignments and completions with their dates',
  `certificate numbers, revoked as "erased on request"`,
  'audit entries (who did what, when, for which ticket) without their personal values',
];

/**
 * Makes a learner anonymous in one transaction through the write gate (GDPR art. 17). The reason is
 * kept in the audit log for good, so it may not contain the person's names or e-mail addresses.
 */
export async function eraseLearner(
  deps: WorkflowDeps,
  selector: LearnerSelector,
  request: { reason: string; dryRun: boolean },
): Promise<ErasureResult> {
  const { user } = await resolveLearner(deps, selector);
  return eraseLearnerById(deps, user.id, { ...request, action: 'privacy.erase', checkReason: true });
}

async function eraseLearnerById(
  deps: WorkflowDeps,
  userId: number,
  request: { reason: string; dryRun: boolean; action: string; checkReason: boolean },
): Promise<ErasureResult> {
  const user = await userById(deps.db.kysely, userId);
  if (!user) throw new NotFoundError(text('learner.no-such-id', { id: userId }));
  if (user.erased_at) {
    return {
      learner_id: user.id,
      erased: false,
      already_erased_at: user.erased_at,
      dryRun: request.dryRun,
      removed: null,
      kept: KEPT_AFTER_ERASURE,
    };
  }
  const earlier = await deps.db.kysely
    .selectFrom('email_history')
    .select('email')
    .where('user_id', '=', user.id)
    .execute();
  // Whole words only: a learner called Ina must not make "inactive" suspect.
  const reasonWords = new Set(
    foldForComparison(request.reason)
      .split(' ')
      .flatMap((w) => [w, w.replace(/^\.+|\.+$/g, ''), ...w.split(/[.@]/)])
      .filter(Boolean),
  );
  const identifying = [user.given_names, user.family_name, user.email, ...earlier.map((e) => e.email)]
    .flatMap((v) => foldForComparison(v).split(' '))
    .filter((v) => v.length >= 2);
  if (request.checkReason && identifying.some((v) => reasonWords.has(v))) {
    throw new UsageError(text('erase.reason-names-person'), { hint: text('hint.erase-reason-example') });
  }
  const actor = deps.actor();
  const now = actor.now.toISOString();
  // Deleting rows is the admin role's on a shared server (agents may only insert and update), and an
  // erasure is an admin's decision anyway.
  const result = await writeChange(
    deps.db,
    actor,
    { dryRun: request.dryRun, role: 'admin' },
    async (trx, audit) => {
      const removed = await anonymiseLearner(trx, deps.db.dialect, user.id, now);
      audit({
        action: request.action,
        targetType: 'user',
        targetId: user.id,
        userId: user.id,
        changes: { reason: request.reason, removed },
      });
      return removed;
    },
  );
  if (!result.dryRun) compactSqliteFile(deps);
  return {
    learner_id: user.id,
    erased: true,
    already_erased_at: null,
    dryRun: result.dryRun,
    removed: result.result,
    kept: KEPT_AFTER_ERASURE,
  };
}

/**
 * SQLite keeps the pages a transaction replaced in the write-ahead log until a checkpoint; truncating it
 * after an erasure leaves the old values nowhere in the files. A reader elsewhere may hold the log open,
 * in which case the next checkpoint does it.
 */
function compactSqliteFile(deps: WorkflowDeps): void {
  const native = deps.db.native;
  if (native.dialect === 'sqlite') native.database.pragma('wal_checkpoint(TRUNCATE)');
}

export interface RetentionRequest {
  periods: RetentionPeriods;
  dryRun: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface RetentionResult {
  dryRun: boolean;
  inactive_since: string;
  candidates: { id: number; last_activity: string }[];
  erased: number;
  mail_bodies_purged: number;
  link_rows_purged: number;
}

/** The nightly clean-up: inactive accounts anonymised, old mail bodies and dead link rows purged. */
export async function applyRetention(
  deps: WorkflowDeps,
  request: RetentionRequest,
): Promise<RetentionResult> {
  const now = deps.clock.now();
  const cut = (p: { years?: number; days?: number }) => {
    const d = new Date(now);
    if (p.years) d.setUTCFullYear(d.getUTCFullYear() - p.years);
    if (p.days) d.setUTCDate(d.getUTCDate() - p.days);
    return d.toISOString();
  };
  const inactiveSince = cut(request.periods.inactive);
  const candidates = await inactiveLearners(deps.db.kysely, inactiveSince);
  let erased = 0;
  if (!request.dryRun) {
    // One transaction per account: a failure part-way keeps the accounts already done, and each
    // erasure is its own audited change, exactly as `privacy erase` makes it.
    for (const [i, c] of candidates.entries()) {
      const r = await eraseLearnerById(deps, c.id, {
        reason: 'retention: inactive beyond the retention period',
        dryRun: false,
        action: 'privacy.retention',
        checkReason: false,
      });
      if (r.erased) erased += 1;
      request.onProgress?.(i + 1, candidates.length);
    }
  }
  const purge = await writeChange(
    deps.db,
    deps.actor(),
    { dryRun: request.dryRun, role: 'admin' },
    async (trx, audit) => {
      const mail = await purgeMailBodies(trx, cut(request.periods.mailBodies));
      const links = await purgeDeadLinks(trx, cut(request.periods.links), now.toISOString());
      if (mail + links > 0)
        audit({
          action: 'privacy.purge',
          targetType: 'database',
          targetId: null,
          changes: { mail_bodies: mail, link_rows: links },
        });
      return { mail, links };
    },
  );
  if (!request.dryRun) compactSqliteFile(deps);
  return {
    dryRun: request.dryRun,
    inactive_since: inactiveSince,
    candidates,
    erased: request.dryRun ? 0 : erased,
    mail_bodies_purged: purge.result.mail,
    link_rows_purged: purge.result.links,
  };
}

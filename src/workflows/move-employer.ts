// W5 and W6: learners change employer, one at a time ("I changed employer") or a whole staff at once (a
// merger, an acquisition, an HR list). The learners are read first, as an agent reads them; the change
// then checks each one's version, ends the old employment period and opens the new one, and moves the
// invoicing of coming paid courses to the new employer. A bulk move is one transaction: by default one
// learner that cannot move keeps everyone where they are; --keep-good moves the rest.
import { isoDate } from '../context/clock.js';
import { companyById, companyByOrgNumber } from '../db/queries/companies.js';
import {
  endOpenEmployments,
  invoiceEnrolmentsTo,
  type PaidEnrolment,
  paidEnrolmentsAhead,
  startEmployments,
} from '../db/queries/employment.js';
import {
  checkExpectedVersion,
  learnersOfEmployer,
  lockLearnersInOrder,
  updateUserVersioned,
} from '../db/queries/users.js';
import type { Company, User } from '../db/schema.js';
import { type Audit, type Tx, writeChange } from '../db/write-gate.js';
import { employerDomainOf } from '../domain/address-checks.js';
import { learnerShown } from '../domain/completion-import.js';
import type { MoveListProblem, MoveListRow } from '../domain/employer-moves.js';
import { fullName } from '../domain/learner.js';
import { type Notice, Text, text } from '../domain/messages/index.js';
import { diffFields, type FieldChange } from '../domain/personal-data.js';
import { ConflictError, NotFoundError, PolicyError, UsageError, UserError } from '../errors.js';
import type { WorkflowDeps } from './deps.js';
import {
  type LearnerProfile,
  type LearnerSelector,
  learnerProfile,
  parseLearnerSelector,
  resolveLearner,
} from './learners.js';
import { replaceLoginEmail } from './set-email.js';

/** The company a learner moves to: a registered customer that is active. */
export async function destinationCompany(
  db: WorkflowDeps['db']['kysely'],
  orgNumber: string,
): Promise<Company> {
  const company = await companyByOrgNumber(db, orgNumber);
  if (!company) {
    throw new NotFoundError(text('move.not-a-customer', { orgNumber }), {
      hint: text('hint.register-before-move', { orgNumber }),
    });
  }
  if (company.status !== 'active') {
    throw new PolicyError(
      text('move.inactive-customer', { name: company.name, orgNumber: company.org_number }),
      {
        hint: text('hint.reactivate-customer', { orgNumber: company.org_number }),
      },
    );
  }
  return company;
}

/** One learner's move, as planned from what was read. */
interface MovePlan {
  user: User;
  from: Company | undefined;
  invoiceReference: string | null;
  newEmail?: string;
}

interface AppliedMove {
  plan: MovePlan;
  /** Why it did not move (another agent changed the learner since it was read). */
  stale?: ConflictError;
  enrolments: PaidEnrolment[];
  revokedLinks: number;
  warnings: Notice[];
}

function moveChanges(plan: MovePlan, to: Company, reinvoiced: number, revokedLinks: number): FieldChange[] {
  return [
    { field: 'employer', old: plan.from?.org_number ?? null, new: to.org_number },
    ...diffFields(
      {
        invoice_reference: plan.user.invoice_reference,
        ...(plan.newEmail ? { email: plan.user.email } : {}),
      },
      { invoice_reference: plan.invoiceReference, ...(plan.newEmail ? { email: plan.newEmail } : {}) },
    ),
    ...(reinvoiced > 0 ? [{ field: 'enrolments_reinvoiced', old: null, new: reinvoiced }] : []),
    ...(revokedLinks > 0 ? [{ field: 'links_revoked', old: null, new: revokedLinks }] : []),
  ];
}

/**
 * Writes the planned moves in the open transaction: learners locked in id order, each one's version
 * checked (a stale learner is reported, not written, and the caller decides whether that stops all),
 * employment periods closed and opened, coming paid enrolments invoiced to the new employer, one audit
 * entry per moved learner.
 */
async function applyMoves(
  trx: Tx,
  deps: WorkflowDeps,
  plans: readonly MovePlan[],
  to: Company,
  audit: Audit,
  progress?: (done: number, total: number) => void,
): Promise<AppliedMove[]> {
  const actor = deps.actor();
  const now = actor.now.toISOString();
  const today = isoDate(actor.now);
  const ordered = [...plans].sort((a, b) => a.user.id - b.user.id);
  await lockLearnersInOrder(
    trx,
    deps.db.dialect,
    ordered.map((p) => p.user.id),
  );
  const applied: AppliedMove[] = [];
  let done = 0;
  for (const plan of ordered) {
    const move: AppliedMove = { plan, enrolments: [], revokedLinks: 0, warnings: [] };
    applied.push(move);
    try {
      if (plan.newEmail) {
        const login = await replaceLoginEmail(trx, plan.user, plan.newEmail, now);
        move.revokedLinks = login.revokedLinks;
        move.warnings.push(...login.warnings);
      }
      await updateUserVersioned(trx, plan.user, {
        employer_id: to.id,
        invoice_reference: plan.invoiceReference,
        updated_at: now,
        ...(plan.newEmail ? { email: plan.newEmail } : {}),
      });
    } catch (error) {
      // Only a bulk move goes on past a stale learner (and only to report every one); the single move
      // and an all-or-nothing bulk move stop at the caller.
      if (!(error instanceof ConflictError) || plan.newEmail) throw error;
      move.stale = error;
    }
    progress?.(++done, ordered.length);
  }
  const moved = applied.filter((m) => !m.stale);
  const ids = moved.map((m) => m.plan.user.id);
  await endOpenEmployments(trx, ids, today);
  await startEmployments(
    trx,
    moved.map((m) => ({
      user_id: m.plan.user.id,
      company_id: to.id,
      invoice_reference: m.plan.invoiceReference,
      started_on: today,
    })),
  );
  const enrolments = (await paidEnrolmentsAhead(trx, ids, now)).filter((e) => e.invoice_company_id !== to.id);
  await invoiceEnrolmentsTo(
    trx,
    enrolments.map((e) => e.enrolment_id),
    to.id,
  );
  const byUser = new Map<number, PaidEnrolment[]>();
  for (const e of enrolments) byUser.set(e.user_id, [...(byUser.get(e.user_id) ?? []), e]);
  for (const m of moved) {
    m.enrolments = byUser.get(m.plan.user.id) ?? [];
    audit({
      action: 'users.move',
      targetType: 'user',
      targetId: m.plan.user.id,
      userId: m.plan.user.id,
      changes: moveChanges(m.plan, to, m.enrolments.length, m.revokedLinks),
    });
  }
  return applied;
}

/** A paid enrolment that the move hands over to the new employer's invoice. */
export interface ReinvoicedEnrolment {
  enrolment: number;
  learner_id: number;
  course: string;
  title: string;
  unit: number;
  starts_at: string;
  status: 'enrolled' | 'waitlisted';
  price_nok: number | null;
  invoiced_before_to: string | null;
}

function reinvoiced(list: readonly PaidEnrolment[], companies: Map<number, Company>): ReinvoicedEnrolment[] {
  return list.map((e) => ({
    enrolment: e.enrolment_id,
    learner_id: e.user_id,
    course: e.course,
    title: e.title,
    unit: e.unit_id,
    starts_at: e.starts_at,
    status: e.status,
    price_nok: e.price_nok,
    invoiced_before_to:
      e.invoice_company_id === null ? null : (companies.get(e.invoice_company_id)?.org_number ?? null),
  }));
}

async function companiesOf(db: Tx | WorkflowDeps['db']['kysely'], ids: Iterable<number | null>) {
  const map = new Map<number, Company>();
  for (const id of new Set(ids)) {
    if (id === null || map.has(id)) continue;
    const company = await companyById(db, id);
    if (company) map.set(id, company);
  }
  return map;
}

/** When the login is on a domain of the employer being left, the learner may soon lose that mailbox. */
function formerDomainWarning(
  email: string,
  from: Company | undefined,
  suggestFlag: boolean,
  isNew = false,
): Notice | undefined {
  if (!from) return undefined;
  const domain = employerDomainOf(email, from.email_domains);
  if (!domain) return undefined;
  return text('note.move-login-on-old-domain', { email, domain, company: from.name, isNew, suggestFlag });
}

/** The languages the desk's own remarks are written in: English for the commands, bokmål or English guided. */
type DeskLang = 'nb' | 'en';

export interface MoveRequest {
  to: string;
  invoiceReference: string | undefined;
  newEmail: string | undefined;
  /** The version the agent looked at (`users show`); a learner changed since is a conflict. */
  expectVersion: number | undefined;
  /** The language of the warnings and notes (default English, the commands'). */
  lang?: DeskLang;
}

export interface LearnerMove {
  profile: LearnerProfile;
  from: { org_number: string; name: string } | null;
  to: { org_number: string; name: string };
  enrolments: ReinvoicedEnrolment[];
  revokedLinks: number;
  /** The login after the move is still on a domain of the employer left (the reply warns the learner). */
  loginOnOldDomain: boolean;
  warnings: Notice[];
  notes: Notice[];
  dryRun: boolean;
  /** The learner was already at that employer with that invoice reference and login: nothing was done. */
  unchanged: boolean;
}

export async function moveLearner(
  deps: WorkflowDeps,
  selector: LearnerSelector,
  request: MoveRequest,
  options: { dryRun: boolean },
): Promise<LearnerMove> {
  const db = deps.db.kysely;
  const actor = deps.actor();
  if (request.newEmail && !actor.ticket) {
    throw new PolicyError(text('move.email-needs-ticket'), { hint: text('hint.move-email-ticket') });
  }
  const found = await resolveLearner(deps, selector);
  const user = found.user;
  const notes: Notice[] = found.note ? [found.note] : [];
  await checkExpectedVersion(db, user, request.expectVersion);
  const to = await destinationCompany(db, request.to);
  const from = user.employer_id === null ? undefined : await companyById(db, user.employer_id);
  if (from && from.id === to.id) {
    // Run again after it was done (a script's retry, a re-run list), the move asks for nothing new:
    // nothing changes and nothing is audited. An invoice reference or login that differs from the
    // learner's is a change a move cannot make, and stays refused.
    const sameReference =
      request.invoiceReference === undefined || request.invoiceReference === user.invoice_reference;
    const sameLogin = request.newEmail === undefined || request.newEmail === user.email;
    if (sameReference && sameLogin) {
      const at = { org_number: to.org_number, name: to.name };
      return {
        profile: await learnerProfile(db, user.id, isoDate(actor.now), { history: true }),
        from: at,
        to: at,
        enrolments: [],
        revokedLinks: 0,
        loginOnOldDomain: false,
        warnings: [],
        notes,
        dryRun: options.dryRun,
        unchanged: true,
      };
    }
    throw new UsageError(
      text('move.already-there', { id: user.id, name: to.name, orgNumber: to.org_number }),
      {
        hint: text('hint.move-needs-other-employer'),
      },
    );
  }
  if (request.newEmail === user.email)
    throw new UsageError(text('move.email-unchanged', { email: request.newEmail, id: user.id }));
  const warnings: Notice[] = [];
  // The guided mode (which gives a language) offers the new login itself, so its warning names no flag.
  const suggestFlag = request.newEmail === undefined && request.lang === undefined;
  const onOldDomain = formerDomainWarning(user.email, from, suggestFlag);
  if (onOldDomain && request.newEmail === undefined) warnings.push(onOldDomain);
  let loginOnOldDomain = onOldDomain !== undefined && request.newEmail === undefined;
  if (request.newEmail) {
    const still = formerDomainWarning(request.newEmail, from, false, true);
    if (still) warnings.push(still);
    loginOnOldDomain = still !== undefined;
  }
  if (user.invoice_reference && request.invoiceReference === undefined)
    notes.push(
      text('note.move-invoice-reference', {
        reference: user.invoice_reference,
        from: from?.name,
        to: to.name,
      }),
    );

  const plan: MovePlan = {
    user,
    from,
    invoiceReference: request.invoiceReference ?? null,
    ...(request.newEmail ? { newEmail: request.newEmail } : {}),
  };
  const result = await writeChange(deps.db, actor, options, async (trx, audit) => {
    const [applied] = await applyMoves(trx, deps, [plan], to, audit);
    if (!applied) throw new Error('applyMoves returned no move');
    if (applied.stale) throw applied.stale;
    const companies = await companiesOf(
      trx,
      applied.enrolments.map((e) => e.invoice_company_id),
    );
    return {
      applied,
      enrolments: reinvoiced(applied.enrolments, companies),
      profile: await learnerProfile(trx, user.id, isoDate(actor.now), { history: true }),
    };
  });
  const { applied, enrolments, profile } = result.result;
  return {
    profile,
    from: from ? { org_number: from.org_number, name: from.name } : null,
    to: { org_number: to.org_number, name: to.name },
    enrolments,
    revokedLinks: applied.revokedLinks,
    loginOnOldDomain,
    warnings: [...warnings, ...applied.warnings],
    notes,
    dryRun: result.dryRun,
    unchanged: false,
  };
}

// ---- bulk moves (W6) ----

export type BulkSource =
  | { kind: 'employer'; from: string }
  | {
      kind: 'list';
      fileName: string;
      rows: readonly MoveListRow[];
      problems: readonly BulkProblem[];
      total: number;
    };

export type BulkProblem = MoveListProblem;

export interface BulkMoveRow {
  /** The file line (list moves); null for --from moves. */
  line: number | null;
  /** The learner as written in the file (national IDs masked), or the id. */
  learner: string;
  id: number | null;
  name: string | null;
  from: string | null;
  to: string;
  invoice_reference: string | null;
  /** `unchanged`: the learner was already at the new employer (a list run again): left as is. */
  outcome: 'moved' | 'would move' | 'refused' | 'not moved' | 'unchanged';
  /** Why the row is refused: coded where it can be (its English is what the data has always said). */
  reason: Notice | null;
  /** For a refused row: the column at fault and its value as written (national IDs masked). */
  column: string | null;
  value: string | null;
  enrolments_reinvoiced: number;
  login_on_old_domain: boolean;
  /** Set when the reason is a change by another agent since the learner was read. */
  stale: boolean;
}

export interface BulkMoveReport {
  source: string;
  to: string;
  to_name: string;
  rows: number;
  /** Rows that can move (moved, or would have: dry run, or held back by refused rows). */
  movable: number;
  /** Learners actually moved (0 on a dry run or when nothing was written). */
  moved: number;
  refused: number;
  /** Rows whose learner was already at the new employer: left as they are. */
  unchanged: number;
  enrolments_reinvoiced: number;
  logins_on_old_domain: number;
  committed: boolean;
  dry_run: boolean;
  kept_good: boolean;
  learners: BulkMoveRow[];
  enrolments: ReinvoicedEnrolment[];
}

export interface BulkMoveRequest {
  to: string;
  /** For every learner whose row gives none (and for every learner of a --from move). */
  invoiceReference: string | undefined;
  keepGood: boolean;
  dryRun: boolean;
}

class RollBackMove extends Error {
  constructor(readonly applied: AppliedMove[]) {
    super('a learner changed meanwhile');
  }
}

/** Resolves every row of a list to a learner, or to the reason it cannot move. */
async function planList(
  deps: WorkflowDeps,
  rows: readonly MoveListRow[],
  to: Company,
  fallbackReference: string | null,
): Promise<{ row: MoveListRow; user?: User; reason?: Notice; column?: string; unchanged?: boolean }[]> {
  const cache = new Map<string, User | Notice>();
  const lookup = async (written: string): Promise<User | Notice> => {
    const known = cache.get(written);
    if (known !== undefined) return known;
    let result: User | Notice;
    try {
      result = (await resolveLearner(deps, parseLearnerSelector(written))).user;
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      // The learner as written is masked in each language's words.
      const masked = (lang: 'en' | 'nb') => error.messageIn(lang).replaceAll(written, learnerShown(written));
      result = error.text
        ? text('move.row-lookup-refused', { en: masked('en'), nb: masked('nb') })
        : masked('en');
    }
    cache.set(written, result);
    return result;
  };
  const firstLine = new Map<number, number>();
  const out: { row: MoveListRow; user?: User; reason?: Notice; column?: string; unchanged?: boolean }[] = [];
  for (const row of rows) {
    const found: User[] = [];
    let reason: Notice | undefined;
    for (const written of row.selectors) {
      const result = await lookup(written);
      if (typeof result === 'string' || result instanceof Text) {
        reason = result;
        break;
      }
      found.push(result);
    }
    const user = found[0];
    if (!reason && user && found.some((u) => u.id !== user.id))
      reason = text('move.row-two-learners', {
        learners: row.selectors.map((s, i) => ({ shown: learnerShown(s), id: found[i]?.id })),
      });
    if (!reason && user) {
      const earlier = firstLine.get(user.id);
      if (earlier !== undefined)
        reason = text('move.row-already-listed', { learner: user.id, line: earlier });
      else firstLine.set(user.id, row.line);
    }
    if (!reason && user && user.employer_id === to.id) {
      // A list run again after it was done: a learner already there, asking for no other invoice
      // reference, is left as is (not a refusal, not audited).
      const reference = row.invoiceReference ?? fallbackReference;
      if (reference === null || reference === user.invoice_reference) {
        out.push({ row, user, unchanged: true });
        continue;
      }
    }
    if (!reason && user && user.employer_id === to.id)
      reason = text('move.row-already-employed', {
        learner: user.id,
        name: to.name,
        orgNumber: to.org_number,
      });
    out.push(
      reason || !user
        ? { row, reason: reason ?? text('move.row-unknown-learner'), column: 'learner' }
        : { row, user },
    );
  }
  return out;
}

export async function moveEmployees(
  deps: WorkflowDeps,
  source: BulkSource,
  request: BulkMoveRequest,
  progress?: (done: number, total: number) => void,
): Promise<BulkMoveReport> {
  const db = deps.db.kysely;
  const actor = deps.actor();
  const to = await destinationCompany(db, request.to);
  const fallbackReference = request.invoiceReference ?? null;
  const rows: BulkMoveRow[] = [];
  const plans: { plan: MovePlan; row: BulkMoveRow }[] = [];
  const companies = new Map<number, Company>([[to.id, to]]);
  const companyOf = async (id: number | null) => {
    if (id === null) return undefined;
    if (!companies.has(id)) {
      const c = await companyById(db, id);
      if (c) companies.set(id, c);
    }
    return companies.get(id);
  };
  const refusedRow = (
    line: number | null,
    learner: string,
    reason: Notice,
    column = 'learner',
    value = learner,
  ): BulkMoveRow => ({
    line,
    learner,
    id: null,
    name: null,
    from: null,
    to: to.org_number,
    invoice_reference: null,
    outcome: 'refused',
    reason,
    column,
    value,
    enrolments_reinvoiced: 0,
    login_on_old_domain: false,
    stale: false,
  });
  const addPlan = async (line: number | null, learner: string, user: User, reference: string | null) => {
    const from = await companyOf(user.employer_id);
    const row: BulkMoveRow = {
      line,
      learner,
      id: user.id,
      name: fullName(user.given_names, user.family_name),
      from: from?.org_number ?? null,
      to: to.org_number,
      invoice_reference: reference,
      outcome: 'would move',
      reason: null,
      column: null,
      value: null,
      enrolments_reinvoiced: 0,
      login_on_old_domain: from ? employerDomainOf(user.email, from.email_domains) !== undefined : false,
      stale: false,
    };
    rows.push(row);
    plans.push({ plan: { user, from, invoiceReference: reference }, row });
  };

  let sourceName: string;
  if (source.kind === 'employer') {
    const from = await companyByOrgNumber(db, source.from);
    if (!from) throw new NotFoundError(text('company.not-a-customer-number', { orgNumber: source.from }));
    if (from.id === to.id) throw new UsageError(text('move.same-company'));
    companies.set(from.id, from);
    sourceName = `${from.name} (${from.org_number})`;
    for (const user of await learnersOfEmployer(db, from.id))
      await addPlan(null, String(user.id), user, fallbackReference);
  } else {
    sourceName = source.fileName;
    for (const p of source.problems) {
      rows.push(refusedRow(p.line, learnerShown(p.learner), p.reason, p.column, learnerShown(p.value)));
    }
    for (const planned of await planList(deps, source.rows, to, fallbackReference)) {
      const shown = planned.row.selectors.map(learnerShown).join(' / ');
      if (planned.user && planned.unchanged)
        rows.push({
          line: planned.row.line,
          learner: shown,
          id: planned.user.id,
          name: fullName(planned.user.given_names, planned.user.family_name),
          from: to.org_number,
          to: to.org_number,
          invoice_reference: planned.user.invoice_reference,
          outcome: 'unchanged',
          reason: null,
          column: null,
          value: null,
          enrolments_reinvoiced: 0,
          login_on_old_domain: false,
          stale: false,
        });
      else if (planned.user)
        await addPlan(
          planned.row.line,
          shown,
          planned.user,
          planned.row.invoiceReference ?? fallbackReference,
        );
      else rows.push(refusedRow(planned.row.line, shown, planned.reason ?? text('move.row-cannot-move')));
    }
    rows.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  }

  const report = (committed: boolean, enrolments: ReinvoicedEnrolment[]): BulkMoveReport => {
    const refused = rows.filter((r) => r.outcome === 'refused').length;
    const unchanged = rows.filter((r) => r.outcome === 'unchanged').length;
    return {
      source: sourceName,
      to: to.org_number,
      to_name: to.name,
      rows: rows.length,
      movable: rows.length - refused - unchanged,
      moved: rows.filter((r) => r.outcome === 'moved').length,
      refused,
      unchanged,
      enrolments_reinvoiced: enrolments.length,
      logins_on_old_domain: rows.filter(
        (r) => r.login_on_old_domain && (r.outcome === 'moved' || r.outcome === 'would move'),
      ).length,
      committed,
      dry_run: request.dryRun,
      kept_good: request.keepGood,
      learners: rows,
      enrolments,
    };
  };
  const holdBack = () => {
    for (const { row } of plans) if (row.outcome !== 'refused') row.outcome = 'not moved';
  };
  const markStale = (applied: AppliedMove[]) => {
    const rowOf = new Map(plans.map((p) => [p.plan, p.row]));
    for (const a of applied) {
      const row = rowOf.get(a.plan);
      if (!row) continue;
      if (a.stale) {
        row.outcome = 'refused';
        row.reason = a.stale.text ?? a.stale.message;
        row.column = 'learner';
        row.value = row.learner;
        row.stale = true;
      } else row.enrolments_reinvoiced = a.enrolments.length;
    }
  };

  // Rows refused while reading keep everyone where they are, unless the agent asked to move the rest.
  if (rows.some((r) => r.outcome === 'refused') && !request.keepGood) {
    holdBack();
    return report(false, []);
  }
  if (plans.length === 0) return report(false, []);

  try {
    const written = await writeChange(
      deps.db,
      actor,
      // Bulk: single changes by others go on meanwhile; each learner's move is version-checked.
      { dryRun: request.dryRun, mode: 'bulk' },
      async (trx, audit) => {
        const applied = await applyMoves(
          trx,
          deps,
          plans.map((p) => p.plan),
          to,
          audit,
          progress,
        );
        if (applied.some((a) => a.stale) && !request.keepGood) throw new RollBackMove(applied);
        markStale(applied);
        const enrolments = applied.flatMap((a) => a.enrolments);
        for (const e of enrolments) await companyOf(e.invoice_company_id);
        const moved = applied.filter((a) => !a.stale).length;
        audit({
          action: 'users.move-bulk',
          targetType: 'company',
          targetId: to.org_number,
          changes: {
            source: sourceName,
            rows: rows.length,
            moved,
            refused: rows.length - moved - rows.filter((r) => r.outcome === 'unchanged').length,
            enrolments_reinvoiced: enrolments.length,
            kept_good: request.keepGood,
          },
        });
        return reinvoiced(enrolments, companies);
      },
    );
    if (!written.dryRun) for (const { row } of plans) if (row.outcome === 'would move') row.outcome = 'moved';
    const anyMoved = plans.some((p) => p.row.outcome === 'moved');
    return report(!written.dryRun && anyMoved, written.result);
  } catch (error) {
    if (!(error instanceof RollBackMove)) throw error;
    markStale(error.applied);
    for (const row of rows) row.enrolments_reinvoiced = 0;
    holdBack();
    return report(false, []);
  }
}

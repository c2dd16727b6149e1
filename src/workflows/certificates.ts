// W15, second half: certificates. Issuing signs the certificate's content once and keeps it, so a
// re-issue prints the same certificate (same number, same code); verifying checks a code's signature
// with public keys alone, and asks the database only whether the certificate was revoked.

import type { KeyObject } from 'node:crypto';
import { randomBytes } from 'node:crypto';
import { isoDate } from '../context/clock.js';
import type { Db } from '../db/connect.js';
import {
  type Certificate,
  type CompletionForCertificate,
  certificateByNumber,
  certificatesByCompletions,
  certificatesOfLearner,
  completionForCertificate,
  completionsOfLearner,
  insertCertificates,
  passedCompletionsOfUnit,
} from '../db/queries/learning.js';
import { isTestDatabase } from '../db/queries/meta.js';
import { ERASED_REASON } from '../db/queries/privacy.js';
import { writeChange } from '../db/write-gate.js';
import {
  type CertificateContent,
  contentProblem,
  type SignedContent,
} from '../domain/certificates/content.js';
import { keyIdOf, publicKeyPem, rawPublicKey, type SigningKey } from '../domain/certificates/keys.js';
import {
  certificateNumberFromBytes,
  NUMBER_BYTES,
  parseCertificateNumber,
} from '../domain/certificates/number.js';
import {
  checkCode,
  checkSeal,
  codeOf,
  type KeyRing,
  keyRing,
  type SealCheck,
  sealContent,
} from '../domain/certificates/seal.js';
import { fullName } from '../domain/learner.js';
import { qualificationStatus } from '../domain/learning.js';
import { osloIsoDate } from '../domain/local-time.js';
import { type Notice, type Text, text } from '../domain/messages/index.js';
import { ConflictError, NotFoundError, UsageError, UserError } from '../errors.js';
import type { CertificatePage } from '../output/certificate-pdf.js';
import type { CertificateLanguage } from '../output/certificate-text.js';
import { findCourse, findUnit } from './completions.js';
import type { WorkflowDeps } from './deps.js';
import { type LearnerSelector, resolveLearner } from './learners.js';

export interface CertificateKeys {
  signing: SigningKey;
  /** Every key a stored certificate may have been signed with (the signing key and retired ones). */
  ring: KeyRing;
}

export function certificateKeys(signing: SigningKey, retired: readonly KeyObject[] = []): CertificateKeys {
  return { signing, ring: keyRing([signing.publicKey, ...retired]) };
}

export interface IssueSettings {
  issuer: string;
  verifyUrl: string;
  lang: CertificateLanguage;
}

export interface IssuedCertificate {
  number: string;
  learner_id: number;
  name: string;
  course: string;
  completed_on: string;
  expires_on: string | null;
  status: 'valid' | 'expired';
  /** new: signed now; reissued: printed again as it was; sealed: a stored but unsigned certificate, signed now. */
  action: 'new' | 'reissued' | 'sealed';
  code: string;
  link: string;
}

export interface Issuance {
  certificates: IssuedCertificate[];
  /** What to print, in the same order as `certificates` (nothing for a dry run). */
  pages: CertificatePage[];
  warnings: Notice[];
  dryRun: boolean;
}

export function verificationLink(verifyUrl: string, code: string): string {
  return `${verifyUrl}#${code}`;
}

function contentOf(
  row: CompletionForCertificate,
  number: string,
  issuedOn: string,
  issuer: string,
): CertificateContent {
  return {
    number,
    name: fullName(row.given_names, row.family_name).normalize('NFC'),
    birthDate: row.birth_date,
    courseCode: row.course_code,
    courseTitle: row.course_title.normalize('NFC'),
    courseTitleEn: row.course_title_en ? row.course_title_en.normalize('NFC') : null,
    completedOn: row.completed_on,
    expiresOn: row.expires_on,
    issuer,
    issuedOn,
  };
}

interface Planned {
  row: CompletionForCertificate;
  existing: Certificate | undefined;
  action: IssuedCertificate['action'];
  signed: SignedContent;
  payload: string;
  signature: string;
  code: string;
}

function newNumber(taken: Set<string>): string {
  for (;;) {
    const number = certificateNumberFromBytes(randomBytes(NUMBER_BYTES));
    if (!taken.has(number)) {
      taken.add(number);
      return number;
    }
  }
}

function plan(
  row: CompletionForCertificate,
  existing: Certificate | undefined,
  keys: CertificateKeys,
  issuer: string,
  today: string,
  taken: Set<string>,
): Planned {
  if (existing?.payload) {
    const check = checkSeal(existing.payload, existing.signature, keys.ring);
    if (check.genuine) {
      return {
        row,
        existing,
        action: 'reissued',
        signed: check.signed,
        payload: check.payload,
        signature: check.signature,
        code: codeOf(Buffer.from(check.payload, 'base64url'), Buffer.from(check.signature, 'base64url')),
      };
    }
  }
  // A stored certificate without a valid signature (loaded from fixtures) keeps its number and date.
  if (existing && !parseCertificateNumber(existing.number).ok) {
    throw new UserError(text('certificate.malformed-stored-number', { number: existing.number }), 1, {
      hint: text('hint.certificate-number-source'),
    });
  }
  const number = existing?.number ?? newNumber(taken);
  const issuedOn = existing ? existing.issued_at.slice(0, 10) : today;
  const content = contentOf(row, number, issuedOn, issuer);
  const problem = contentProblem(content);
  if (problem)
    throw new UserError(text('certificate.cannot-issue', { completion: row.completion_id, problem }));
  const sealed = sealContent(content, keys.signing);
  return {
    row,
    existing,
    action: existing ? 'sealed' : 'new',
    signed: { content, keyId: sealed.keyId },
    payload: sealed.payload,
    signature: sealed.signature,
    code: sealed.code,
  };
}

async function issueFor(
  deps: WorkflowDeps,
  rows: CompletionForCertificate[],
  keys: CertificateKeys,
  settings: IssueSettings,
  options: { dryRun: boolean },
): Promise<Issuance> {
  const actor = deps.actor();
  const today = isoDate(actor.now);
  const warnings: Notice[] = [];
  const result = await writeChange(deps.db, actor, options, async (trx, audit) => {
    const stored = new Map(
      (
        await certificatesByCompletions(
          trx,
          rows.map((r) => r.completion_id),
        )
      ).map((c) => [c.completion_id, c]),
    );
    const taken = new Set<string>();
    const planned: Planned[] = [];
    for (const row of rows) {
      const existing = stored.get(row.completion_id);
      if (existing?.revoked_at) {
        if (rows.length === 1) {
          throw new ConflictError(
            text('certificate.revoked-not-reissued', {
              number: existing.number,
              date: osloIsoDate(existing.revoked_at),
              reason: existing.revoked_reason,
            }),
            { hint: text('hint.record-new-completion') },
          );
        }
        warnings.push(
          text('certificate.revoked-skipped', {
            number: existing.number,
            learner: row.user_id,
            reason: existing.revoked_reason,
          }),
        );
        continue;
      }
      planned.push(plan(row, existing, keys, settings.issuer, today, taken));
    }
    const fresh = planned.filter((p) => p.action === 'new');
    await insertCertificates(
      trx,
      fresh.map((p) => ({
        number: p.signed.content.number,
        completion_id: p.row.completion_id,
        user_id: p.row.user_id,
        course_id: p.row.course_id,
        issued_at: actor.now.toISOString(),
        issued_by: actor.agent,
        signature: p.signature,
        payload: p.payload,
        key_id: p.signed.keyId,
      })),
    );
    for (const p of planned.filter((x) => x.action === 'sealed')) {
      await trx
        .updateTable('certificates')
        .set({ signature: p.signature, payload: p.payload, key_id: p.signed.keyId })
        .where('id', '=', p.existing!.id)
        .execute();
      warnings.push(text('certificate.signed-now', { number: p.signed.content.number }));
    }
    for (const p of planned) {
      audit({
        action:
          p.action === 'reissued'
            ? 'certificates.reissue'
            : p.action === 'new'
              ? 'certificates.issue'
              : 'certificates.seal',
        targetType: 'certificate',
        targetId: p.signed.content.number,
        userId: p.row.user_id,
        changes: {
          number: p.signed.content.number,
          course: p.row.course_code,
          completion_id: p.row.completion_id,
          key_id: p.signed.keyId,
        },
      });
    }
    return planned;
  });

  const certificates: IssuedCertificate[] = [];
  const pages: CertificatePage[] = [];
  for (const p of result.result) {
    const c = p.signed.content;
    const status = qualificationStatus(true, c.expiresOn, today) === 'expired' ? 'expired' : 'valid';
    if (status === 'expired') {
      warnings.push(
        text('certificate.issued-expired', {
          name: c.name,
          course: c.courseCode,
          expiresOn: String(c.expiresOn),
        }),
      );
    }
    const link = verificationLink(settings.verifyUrl, p.code);
    certificates.push({
      number: c.number,
      learner_id: p.row.user_id,
      name: c.name,
      course: c.courseCode,
      completed_on: c.completedOn,
      expires_on: c.expiresOn,
      status,
      action: p.action,
      code: p.code,
      link,
    });
    pages.push({
      content: c,
      code: p.code,
      keyId: p.signed.keyId,
      link,
      lang: settings.lang,
      expired: status === 'expired',
    });
  }
  return { certificates, pages, warnings, dryRun: result.dryRun };
}

/**
 * Signs every stored certificate that has no valid signature yet, keeping its number and issue date:
 * for fixture loaders, whose rows carry a placeholder signature. Returns the numbers signed.
 */
export async function sealUnsignedCertificates(
  deps: Pick<WorkflowDeps, 'db' | 'actor'>,
  keys: CertificateKeys,
  issuer: string,
): Promise<string[]> {
  const actor = deps.actor();
  const result = await writeChange(deps.db, actor, { dryRun: false }, async (trx, audit) => {
    const sealed: string[] = [];
    let lastId = 0;
    for (;;) {
      const batch = await trx
        .selectFrom('certificates')
        .selectAll()
        .where('id', '>', lastId)
        .orderBy('id')
        .limit(500)
        .execute();
      if (batch.length === 0) break;
      lastId = batch.at(-1)!.id;
      for (const stored of batch) {
        if (stored.payload && checkSeal(stored.payload, stored.signature, keys.ring).genuine) continue;
        const row = await completionForCertificate(trx, stored.completion_id);
        if (!row) continue;
        const p = plan(row, { ...stored, payload: null }, keys, issuer, isoDate(actor.now), new Set());
        await trx
          .updateTable('certificates')
          .set({ signature: p.signature, payload: p.payload, key_id: p.signed.keyId })
          .where('id', '=', stored.id)
          .execute();
        sealed.push(stored.number);
      }
    }
    if (sealed.length > 0) {
      audit({
        action: 'certificates.seal',
        targetType: 'certificate',
        targetId: null,
        changes: { signed: sealed.length, key_id: keys.signing.keyId },
      });
    }
    return sealed;
  });
  return result.result;
}

/** The certificate of a learner's latest passed completion of a course. */
export async function issueForLearner(
  deps: WorkflowDeps,
  request: { learner: LearnerSelector; courseCode: string },
  keys: CertificateKeys,
  settings: IssueSettings,
  options: { dryRun: boolean },
): Promise<Issuance> {
  const db = deps.db.kysely;
  const { user } = await resolveLearner(deps, request.learner);
  const course = await findCourse(db, request.courseCode);
  const completions = await completionsOfLearner(db, user.id, course.id);
  const passed = completions.find((c) => c.passed === true || c.passed === 1);
  const who = { learner: user.id, name: fullName(user.given_names, user.family_name), course: course.code };
  if (!passed) {
    const command = `kursdesk results record ${user.id} ${course.code} --date <date> --passed`;
    if (completions.length === 0) {
      throw new NotFoundError(text('certificate.no-completion', who), {
        hint: text('hint.record-passed-first', { command }),
      });
    }
    const latest = completions[0]!;
    throw new NotFoundError(
      text('certificate.not-passed', { ...who, attempts: completions.length, latest: latest.completed_on }),
      { hint: text('hint.certificate-needs-pass', { command }) },
    );
  }
  const row = await completionForCertificate(db, passed.id);
  if (!row) throw new NotFoundError(text('completion.disappeared', { id: passed.id }));
  return issueFor(deps, [row], keys, settings, options);
}

/** Certificates for everyone who passed a unit. */
export async function issueForUnit(
  deps: WorkflowDeps,
  unitId: number,
  keys: CertificateKeys,
  settings: IssueSettings,
  options: { dryRun: boolean },
): Promise<Issuance & { unit: number; course: string }> {
  const db = deps.db.kysely;
  const unit = await findUnit(db, unitId);
  const rows = await passedCompletionsOfUnit(db, unit.id);
  const course = await db
    .selectFrom('courses')
    .select('code')
    .where('id', '=', unit.course_id)
    .executeTakeFirstOrThrow();
  if (rows.length === 0) {
    throw new NotFoundError(
      text('certificate.none-passed-unit', { unit: unit.id, course: course.code, startsAt: unit.starts_at }),
      { hint: text('hint.import-results-first', { unit: unit.id }) },
    );
  }
  return { ...(await issueFor(deps, rows, keys, settings, options)), unit: unit.id, course: course.code };
}

export interface Verification {
  /**
   * `unsigned demo`: a certificate of the demo or generated fixtures in a test database, never signed: it
   * proves nothing, but is no forgery either. The same row in a database not marked test is `not genuine`.
   */
  verdict: 'valid' | 'revoked' | 'not genuine' | 'unsigned demo';
  reason: string | null;
  /** The reason coded, where the check has it (for the refusal line; `reason` is the data's English). */
  reasonText?: Text;
  number: string | null;
  name: string | null;
  birth_date: string | null;
  course: string | null;
  course_title: string | null;
  completed_on: string | null;
  expires_on: string | null;
  qualification: string | null;
  issuer: string | null;
  issued_on: string | null;
  key_id: string | null;
  revocation: string;
  /** An unsigned demo certificate's learner, for the command that signs it. */
  learner_id?: number;
}

export type VerifyInput =
  | { kind: 'code'; code: string }
  /** `typo`: why the number fails its check character (a stored placeholder may still have it). */
  | { kind: 'number'; number: string; typo?: string | Text };

function verification(
  check: SealCheck,
  revocation: string,
  revoked: Certificate | undefined,
  today: string,
): Verification {
  const signed = check.signed;
  // A certificate of an erased learner still verifies as revoked, but never says whose it was.
  const erased = revoked?.revoked_reason === ERASED_REASON;
  const c = signed?.content;
  const qualification = c
    ? c.expiresOn === null
      ? 'does not expire'
      : c.expiresOn < today
        ? `expired on ${c.expiresOn}`
        : `valid through ${c.expiresOn}`
    : null;
  return {
    verdict: !check.genuine ? 'not genuine' : revoked ? 'revoked' : 'valid',
    reason: !check.genuine ? check.reason : revoked ? revoked.revoked_reason : null,
    ...(!check.genuine && check.text ? { reasonText: check.text } : {}),
    number: c?.number ?? null,
    name: erased ? null : (c?.name ?? null),
    birth_date: erased ? null : (c?.birthDate ?? null),
    course: c?.courseCode ?? null,
    course_title: c?.courseTitle ?? null,
    completed_on: c?.completedOn ?? null,
    expires_on: c?.expiresOn ?? null,
    qualification,
    issuer: c?.issuer ?? null,
    issued_on: c?.issuedOn ?? null,
    key_id: signed?.keyId ?? null,
    revocation,
  };
}

function revocationText(row: Certificate): string {
  return row.revoked_at
    ? `revoked on ${osloIsoDate(row.revoked_at)}${row.revoked_reason ? `: ${row.revoked_reason}` : ''}`
    : 'not revoked';
}

/**
 * Checks a code (offline when `db` is undefined) or a certificate number (which needs the database).
 * `offlineReason` says why the database was not asked.
 */
/** No public key was given or found: a signature cannot be checked. */
export function noPublicKeyError(): UserError {
  return new UserError(text('certificate.no-public-key'), 1, { hint: text('hint.give-public-key') });
}

/** What an unsigned fixture certificate in a test database is, said plainly (the record keeps English). */
const UNSIGNED_DEMO = text('verify.unsigned-demo-reason').in('en');

export async function verifyCertificate(
  input: VerifyInput,
  context: {
    /** The public keys; undefined when there are none (a signature then cannot be checked). */
    ring: KeyRing | undefined;
    db: Db | undefined;
    offlineReason: string;
    today: string;
    issuer: string;
  },
): Promise<Verification> {
  const { db, today } = context;
  const keys = (): KeyRing => {
    if (!context.ring) throw noPublicKeyError();
    return context.ring;
  };
  if (input.kind === 'code') {
    const check = checkCode(input.code, keys());
    if (!check.genuine || !db) {
      const revocation = check.genuine ? `not checked: ${context.offlineReason}` : 'not checked';
      return verification(check, revocation, undefined, today);
    }
    const row = await certificateByNumber(db.kysely, check.signed.content.number);
    if (!row)
      return verification(
        check,
        'not checked: this database has no certificate with this number',
        undefined,
        today,
      );
    return verification(check, revocationText(row), row.revoked_at ? row : undefined, today);
  }
  if (!db) throw new UserError(text('certificate.number-needs-database'));
  const row = await certificateByNumber(db.kysely, input.number);
  if (!row && input.typo) throw new UsageError(input.typo);
  if (!row) throw new NotFoundError(text('certificate.no-such-number', { number: input.number }));
  if (row.revoked_reason === ERASED_REASON) return erasedVerification(db, row);
  let check: SealCheck;
  if (input.typo) {
    check = { genuine: false, reason: `its number is not one kursdesk issues: ${input.typo}` };
  } else if (row.payload) {
    check = checkSeal(row.payload, row.signature, keys());
  } else {
    // Never signed (a placeholder from fixtures): show what the database says, and that it is not genuine.
    const completion = await completionForCertificate(db.kysely, row.completion_id);
    const content = completion
      ? contentOf(completion, row.number, row.issued_at.slice(0, 10), context.issuer)
      : undefined;
    check = {
      genuine: false,
      reason: 'it was never signed: its signature is a placeholder',
      ...(content ? { signed: { content, keyId: row.key_id ?? '' } } : {}),
    };
    // Demo data in a test database is unsigned by design: say so, rather than call it a forgery.
    if (await isTestDatabase(db.kysely)) {
      const shown = verification(check, revocationText(row), row.revoked_at ? row : undefined, today);
      return {
        ...shown,
        verdict: 'unsigned demo',
        reason: UNSIGNED_DEMO,
        key_id: null,
        learner_id: row.user_id,
      };
    }
  }
  return verification(check, revocationText(row), row.revoked_at ? row : undefined, today);
}

/** Its content went with the holder's data: the number, course and dates say what it was, not whose. */
async function erasedVerification(db: Db, row: Certificate): Promise<Verification> {
  const course = await db.kysely
    .selectFrom('courses')
    .select(['code', 'title'])
    .where('id', '=', row.course_id)
    .executeTakeFirst();
  return {
    verdict: 'revoked',
    reason: ERASED_REASON,
    number: row.number,
    name: null,
    birth_date: null,
    course: course?.code ?? null,
    course_title: course?.title ?? null,
    completed_on: null,
    expires_on: null,
    qualification: null,
    issuer: null,
    issued_on: row.issued_at.slice(0, 10),
    key_id: row.key_id,
    revocation: revocationText(row),
  };
}

export async function revokeCertificate(
  deps: WorkflowDeps,
  number: string,
  reason: string,
  options: { dryRun: boolean },
): Promise<{ number: string; learner_id: number; revoked_at: string; reason: string; dryRun: boolean }> {
  const actor = deps.actor();
  let now = actor.now.toISOString();
  const result = await writeChange(deps.db, actor, options, async (trx, audit) => {
    const row = await certificateByNumber(trx, number);
    if (!row) throw new NotFoundError(text('certificate.no-such-number', { number }));
    // An agent whose clock is behind the one that issued it (agents on a shared server): the
    // revocation is dated no earlier than the issue, never before it.
    if (Date.parse(row.issued_at) > actor.now.getTime()) now = new Date(row.issued_at).toISOString();
    if (row.revoked_at) {
      throw new ConflictError(
        text('certificate.already-revoked', {
          number,
          date: osloIsoDate(row.revoked_at),
          reason: row.revoked_reason,
        }),
      );
    }
    await trx
      .updateTable('certificates')
      .set({ revoked_at: now, revoked_reason: reason })
      .where('id', '=', row.id)
      .execute();
    audit({
      action: 'certificates.revoke',
      targetType: 'certificate',
      targetId: number,
      userId: row.user_id,
      changes: [
        { field: 'revoked_at', old: null, new: now },
        { field: 'revoked_reason', old: null, new: reason },
      ],
    });
    return row.user_id;
  });
  return { number, learner_id: result.result, revoked_at: now, reason, dryRun: result.dryRun };
}

export async function learnerCertificates(
  deps: Pick<WorkflowDeps, 'db' | 'secret'>,
  selector: LearnerSelector,
  today: string,
) {
  const { user } = await resolveLearner(deps, selector);
  const rows = await certificatesOfLearner(deps.db.kysely, user.id);
  return {
    learner: { id: user.id, name: fullName(user.given_names, user.family_name), birth_date: user.birth_date },
    certificates: rows.map((r) => ({
      number: r.number,
      course: r.course,
      title: r.title,
      completed_on: r.completed_on,
      expires_on: r.expires_on,
      issued_at: r.issued_at,
      issued_by: r.issued_by,
      status: r.revoked_at ? 'revoked' : qualificationStatus(true, r.expires_on, today),
      revoked_at: r.revoked_at,
      revoked_reason: r.revoked_reason,
    })),
  };
}

export function publicKeyRecord(key: SigningKey, issuer: string) {
  return {
    key_id: keyIdOf(key.publicKey),
    algorithm: 'Ed25519',
    issuer,
    public_key: rawPublicKey(key.publicKey).toString('base64url'),
    pem: publicKeyPem(key.publicKey),
  };
}

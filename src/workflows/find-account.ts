// W1: find the account a learner means from what they wrote (name, birth date, e-mails), rank the
// candidates with their evidence, and say how sure the match is. Addresses stay masked unless the
// identity is verified or the agent reveals them with a reason (audited).
import {
  candidateFacts,
  idsByBirthDates,
  idsByEmails,
  idsByNameTerms,
  termsOfLength,
} from '../db/queries/identity.js';
import { checkNationalIdKey } from '../db/queries/meta.js';
import { userByNationalIdHash } from '../db/queries/users.js';
import { writeChange } from '../db/write-gate.js';
import {
  decide,
  type IdentityClaim,
  type RankedCandidate,
  swapDayMonth,
  type Verdict,
} from '../domain/identity-match.js';
import { expandTokens, nameTokens, typoAllowance } from '../domain/name-matching.js';
import { nationalIdHash } from '../domain/national-id-hash.js';
import { maskEmail } from '../domain/personal-data.js';
import { UsageError } from '../errors.js';
import type { WorkflowDeps } from './deps.js';

export interface FindRequest {
  name?: string;
  birthDate?: string;
  emails: string[];
  nationalId?: string;
  employerOrgNumber?: string;
  limit: number;
  /** Show addresses in full; the reason goes to the audit log. */
  reveal?: { reason: string };
}

export interface CandidateRow {
  rank: number;
  id: number;
  score: number;
  name: string;
  birth_date: string;
  email: string;
  status: string;
  employer_org_number: string | null;
  name_match: string;
  birth_date_match: string;
  email_match: string;
  evidence: RankedCandidate['evidence'];
}

export interface FindResult {
  verdict: Verdict;
  reason: string;
  revealed: boolean;
  candidates: CandidateRow[];
}

const CANDIDATE_LIMIT = 2000;
const MAX_NAME_TOKENS = 5;

/**
 * Accounts whose name has every written word, trying the exact words first and then words one and two
 * typos away (from the vocabulary), so the closest spellings are fetched before the candidate limit bites;
 * only when nothing has every word, all but one word (an extra middle name, a word mangled beyond two typos).
 */
async function idsByName(deps: Pick<WorkflowDeps, 'db'>, name: string, fuzzy: boolean): Promise<number[]> {
  const { db } = deps;
  const tokens = nameTokens(name).slice(0, MAX_NAME_TOKENS);
  if (tokens.length === 0) return [];
  const found = new Set<number>();
  const search = async (groups: string[][], minGroups: number) => {
    for (const id of await idsByNameTerms(db.kysely, db.dialect, { groups, minGroups }, CANDIDATE_LIMIT))
      found.add(id);
  };
  const exact = tokens.map((t) => [t]);
  await search(exact, tokens.length);
  let widest = exact;
  if (fuzzy) {
    const slack = Math.max(...tokens.map((t) => typoAllowance(t.length)));
    const lengths = tokens.map((t) => t.length);
    const vocabulary =
      slack === 0
        ? []
        : await termsOfLength(db.kysely, Math.min(...lengths) - slack, Math.max(...lengths) + slack);
    for (const distance of [1, 2]) {
      // One typo away is always looked at (a typo can land on another real name); two only if needed.
      if (distance > slack || (distance === 2 && found.size > 0)) break;
      widest = expandTokens(tokens, vocabulary, distance);
      await search(widest, tokens.length);
    }
  }
  if (found.size === 0 && tokens.length > 1) await search(widest, Math.max(1, tokens.length - 1));
  return [...found];
}

export async function findAccount(deps: WorkflowDeps, request: FindRequest): Promise<FindResult> {
  const { db } = deps;
  if (!request.name && !request.birthDate && request.emails.length === 0 && !request.nationalId) {
    throw new UsageError('give at least one of --name, --birthdate, --email or --national-id');
  }
  const ids = new Set<number>();
  const add = (found: number[]) => {
    for (const id of found) ids.add(id);
  };
  if (request.birthDate) {
    const dates = [request.birthDate, swapDayMonth(request.birthDate)].filter((d): d is string => d !== null);
    add(await idsByBirthDates(db.kysely, dates, CANDIDATE_LIMIT));
  }
  add(await idsByEmails(db.kysely, request.emails, CANDIDATE_LIMIT));
  let nationalIdHashValue: string | undefined;
  if (request.nationalId) {
    const key = deps.secret();
    await checkNationalIdKey(db.kysely, key, { record: false });
    nationalIdHashValue = nationalIdHash(key, request.nationalId);
    const user = await userByNationalIdHash(db.kysely, nationalIdHashValue);
    if (user) ids.add(user.id);
  }
  const claim: IdentityClaim = {
    emails: request.emails,
    ...(request.name ? { name: request.name } : {}),
    ...(request.birthDate ? { birthDate: request.birthDate } : {}),
    ...(nationalIdHashValue ? { nationalIdHash: nationalIdHashValue } : {}),
    ...(request.employerOrgNumber ? { employerOrgNumber: request.employerOrgNumber } : {}),
  };
  // The birth date, e-mails and national ID give a small candidate set; the name index is searched only
  // when that set has nobody whose name matches (a wrong birth date, an address never used, or none given).
  let facts = await candidateFacts(db.kysely, [...ids]);
  let result = decide(claim, facts, request.limit);
  const nameFound = result.candidates.some(
    (c) => c.evidence.name.kind === 'exact' || c.evidence.name.kind === 'close',
  );
  if (request.name && !nameFound) {
    const more = (await idsByName(deps, request.name, true)).filter((id) => !ids.has(id));
    if (more.length > 0) {
      facts = [...facts, ...(await candidateFacts(db.kysely, more))];
      result = decide(claim, facts, request.limit);
    }
  }
  const reveal = request.reveal !== undefined;
  const showFull = (c: RankedCandidate) =>
    reveal || (result.verdict === 'verified' && c === result.candidates[0]);

  if (reveal && result.candidates.length > 0) {
    await writeChange(db, deps.actor(), { dryRun: false }, async (_trx, audit) => {
      for (const c of result.candidates) {
        audit({
          action: 'users.reveal',
          targetType: 'user',
          targetId: c.facts.id,
          userId: c.facts.id,
          changes: { fields: ['email'], reason: request.reveal?.reason ?? '' },
        });
      }
    });
  }

  return {
    verdict: result.verdict,
    reason: result.reason,
    revealed: reveal,
    candidates: result.candidates.map((c, i) => ({
      rank: i + 1,
      id: c.facts.id,
      score: c.score,
      name: `${c.facts.givenNames} ${c.facts.familyName}`,
      birth_date: c.facts.birthDate,
      email: showFull(c) ? c.facts.email : maskEmail(c.facts.email),
      status: c.facts.status,
      employer_org_number: c.facts.employerOrgNumber,
      name_match:
        c.evidence.name.kind +
        (c.evidence.name.details.length ? ` (${c.evidence.name.details.join('; ')})` : ''),
      birth_date_match: c.evidence.birth_date.match,
      email_match: c.evidence.email.match,
      evidence: maskEvidence(c.evidence, showFull(c)),
    })),
  };
}

function maskEvidence(evidence: RankedCandidate['evidence'], full: boolean): RankedCandidate['evidence'] {
  if (full || !evidence.email.account_address) return evidence;
  return {
    ...evidence,
    email: { ...evidence.email, account_address: maskEmail(evidence.email.account_address) },
  };
}

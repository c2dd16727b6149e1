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
import { decide, type IdentityClaim, type RankedCandidate, swapDayMonth, type Verdict } from '../domain/identity-match.js';
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

async function idsByName(deps: Pick<WorkflowDeps, 'db'>, name: string, fuzzy: boolean): Promise<number[]> {
  const { db } = deps;
  const tokens = nameTokens(name).slice(0, MAX_NAME_TOKENS);
  if (tokens.length === 0) return [];
  let groups = tokens.map((t) => [t]);
  if (fuzzy) {
    const lengths = tokens.map((t) => t.length);
    const slack = Math.max(...tokens.map((t) => typoAllowance(t.length)));
    const vocabulary = await termsOfLength(db.kysely, Math.min(...lengths) - slack, Math.max(...lengths) + slack);
    groups = expandTokens(tokens, vocabulary);
  }
  // Every written word first; then all but one (an extra middle name, a word too mangled); then any.
  const attempts = [...new Set([groups.length, Math.max(2, groups.length - 1), 1])].filter((n) => n <= groups.length);
  for (const minGroups of attempts) {
    if (minGroups === 1 && groups.length > 1 && !fuzzy) break;
    const ids = await idsByNameTerms(db.kysely, db.dialect, { groups, minGroups }, CANDIDATE_LIMIT);
    if (ids.length > 0) return ids;
  }
  return [];
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
  if (request.name) {
    // With a birth date or an e-mail the exact words suffice to add namesakes; alone, the name is
    // widened to the vocabulary's near spellings.
    const strongOther = ids.size > 0 && (request.birthDate !== undefined || request.emails.length > 0);
    add(await idsByName(deps, request.name, !strongOther));
  }

  const claim: IdentityClaim = {
    emails: request.emails,
    ...(request.name ? { name: request.name } : {}),
    ...(request.birthDate ? { birthDate: request.birthDate } : {}),
    ...(nationalIdHashValue ? { nationalIdHash: nationalIdHashValue } : {}),
    ...(request.employerOrgNumber ? { employerOrgNumber: request.employerOrgNumber } : {}),
  };
  const result = decide(claim, await candidateFacts(db.kysely, [...ids]), request.limit);
  const reveal = request.reveal !== undefined;
  const showFull = (c: RankedCandidate) => reveal || (result.verdict === 'verified' && c === result.candidates[0]);

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
      name_match: c.evidence.name.kind + (c.evidence.name.details.length ? ` (${c.evidence.name.details.join('; ')})` : ''),
      birth_date_match: c.evidence.birth_date.match,
      email_match: c.evidence.email.match,
      evidence: maskEvidence(c.evidence, showFull(c)),
    })),
  };
}

function maskEvidence(evidence: RankedCandidate['evidence'], full: boolean): RankedCandidate['evidence'] {
  if (full || !evidence.email.account_address) return evidence;
  return { ...evidence, email: { ...evidence.email, account_address: maskEmail(evidence.email.account_address) } };
}

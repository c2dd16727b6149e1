// W1: find the account a learner means from what they wrote (name, birth date, e-mails), rank the
// candidates with their evidence, and say how sure the match is. Addresses stay masked unless the
// identity is verified or the agent reveals them with a reason (audited).
import { isoDate } from '../context/clock.js';
import {
  candidateFacts,
  idsByBirthDates,
  idsByEmails,
  idsByNameTerms,
  termsOfLength,
  termsOnFile,
} from '../db/queries/identity.js';
import { checkNationalIdKey } from '../db/queries/meta.js';
import { userByNationalIdHash } from '../db/queries/users.js';
import { writeChange } from '../db/write-gate.js';
import {
  birthDatesOneSlipAway,
  decide,
  type IdentityClaim,
  type MatchWhy,
  type RankedCandidate,
  type Verdict,
} from '../domain/identity-match.js';
import { text as message, type Text } from '../domain/messages/index.js';
import {
  alternativeTokenisations,
  nameTokens,
  readingsWithin,
  slipAllowance,
  tokenisationPieces,
  tokenReadings,
} from '../domain/name-matching.js';
import { parseNationalId } from '../domain/national-id.js';
import { nationalIdHash } from '../domain/national-id-hash.js';
import { maskEmail } from '../domain/personal-data.js';
import { UsageError } from '../errors.js';
import type { WorkflowDeps } from './deps.js';

export interface FindRequest {
  name?: string;
  birthDate?: string;
  emails: string[];
  nationalId?: string;
  /** Every company the employer the learner named can be (evidence, not a filter). */
  employerOrgNumbers?: string[];
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
  /** Coded: how the name fits and what differed; English in json/csv/yaml, the agent's language on screen. */
  name_match: Text;
  birth_date_match: string;
  email_match: string;
  evidence: RankedCandidate['evidence'];
}

export interface FindResult {
  verdict: Verdict;
  reason: string;
  /** The reason as data, so the guided mode can say it in the agent's language. */
  why: MatchWhy;
  revealed: boolean;
  candidates: CandidateRow[];
}

const CANDIDATE_LIMIT = 2000;
const MAX_NAME_TOKENS = 5;

/**
 * Accounts whose name has every written word, trying the exact words first and then the words they may
 * be slips of (from the vocabulary): the cheap readings always, the whole slack only when nothing came
 * of them, so the closest spellings are fetched before the candidate limit bites. Words joined or split
 * by a slip are tried as the words on file they can be cut into. Only when nothing has every word, all
 * but one word (an extra middle name, a word mangled beyond the slack).
 */
async function idsByName(
  deps: Pick<WorkflowDeps, 'db'>,
  tokens: string[],
  onFile: ReadonlySet<string>,
): Promise<number[]> {
  const { db } = deps;
  if (tokens.length === 0) return [];
  const found = new Set<number>();
  const search = async (groups: string[][], minGroups: number) => {
    for (const id of await idsByNameTerms(db.kysely, db.dialect, { groups, minGroups }, CANDIDATE_LIMIT))
      found.add(id);
  };
  const tokenisations = [tokens, ...alternativeTokenisations(tokens, (t) => onFile.has(t))];
  for (const words of tokenisations)
    await search(
      words.map((t) => [t]),
      words.length,
    );
  const lengths = tokenisations.flat().map((t) => t.length);
  // A letter added or dropped costs 1 (a folded variant a little more), so this bounds the lengths read.
  const reach = Math.ceil(slipAllowance(Math.max(...lengths))) + 1;
  const vocabulary = await termsOfLength(
    db.kysely,
    Math.min(...lengths) - reach,
    Math.max(...lengths) + reach,
  );
  const readings = tokenisations.map((words) => tokenReadings(words, vocabulary));
  let widest = tokens.map((t) => [t]);
  for (const maxCost of [1, Number.POSITIVE_INFINITY]) {
    // Cheap readings are always looked at (a slip can land on another real name); the rest only if needed.
    if (maxCost > 1 && found.size > 0) break;
    for (const [i, words] of tokenisations.entries()) {
      const groups = readingsWithin(readings[i]!, maxCost);
      if (i === 0) widest = groups;
      await search(groups, words.length);
    }
  }
  if (found.size === 0 && tokens.length > 1) await search(widest, Math.max(1, tokens.length - 1));
  return [...found];
}

/**
 * The birth date written cannot be the one the national ID spells (both given): one of them is wrong,
 * which is evidence in itself. A national ID that does not parse says nothing here.
 */
function birthDateContradicts(nationalId: string, birthDate: string, today: string): boolean {
  const parsed = parseNationalId(nationalId, { today, allowHNumber: true, allowSynthetic: true });
  if (!parsed.ok || parsed.value.kind === 'fh-number' || parsed.value.dNumber) return false;
  const possible = parsed.value.birthDate ? [parsed.value.birthDate] : parsed.value.birthDateCandidates;
  return possible.length > 0 && !possible.includes(birthDate);
}

export async function findAccount(deps: WorkflowDeps, request: FindRequest): Promise<FindResult> {
  const { db } = deps;
  if (!request.name && !request.birthDate && request.emails.length === 0 && !request.nationalId) {
    throw new UsageError(message('find.no-criteria'));
  }
  const ids = new Set<number>();
  const add = (found: number[]) => {
    for (const id of found) ids.add(id);
  };
  if (request.birthDate) {
    // Born on the day written or one slip of the pen from it (a digit, two digits swapped, day and month).
    add(
      await idsByBirthDates(
        db.kysely,
        [request.birthDate, ...birthDatesOneSlipAway(request.birthDate)],
        CANDIDATE_LIMIT,
      ),
    );
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
  const nameWords = request.name ? nameTokens(request.name).slice(0, MAX_NAME_TOKENS) : [];
  const onFile = await termsOnFile(db.kysely, tokenisationPieces(nameWords));
  const birthDateConflict =
    request.nationalId !== undefined &&
    request.birthDate !== undefined &&
    birthDateContradicts(request.nationalId, request.birthDate, isoDate(deps.clock.now()));
  const claim: IdentityClaim = {
    emails: request.emails,
    knownNameTerms: onFile,
    ...(birthDateConflict ? { birthDateConflict } : {}),
    ...(request.name ? { name: request.name } : {}),
    ...(request.birthDate ? { birthDate: request.birthDate } : {}),
    ...(nationalIdHashValue ? { nationalIdHash: nationalIdHashValue } : {}),
    ...(request.employerOrgNumbers?.length ? { employerOrgNumbers: request.employerOrgNumbers } : {}),
  };
  // The birth date (and the dates one slip from it), e-mails and national ID give a small candidate set;
  // the name index is searched only when that set has nobody whose name matches on a firm fact besides
  // (a wrong birth date, an address never used, or none given).
  let facts = await candidateFacts(db.kysely, [...ids]);
  let result = decide(claim, facts, request.limit);
  // A name match found through a weak fact alone (a name-made local part elsewhere, a birth date one slip
  // away) may be a namesake, and one that reads the name written as another name (Andresen as Andersen)
  // is no match of the name: then the accounts with the name are fetched too.
  const nameFound = result.candidates.some(
    (c) =>
      (c.evidence.name.kind === 'exact' || c.evidence.name.kind === 'close') &&
      !c.nameReadAsAnother &&
      (c.evidence.birth_date.match === 'exact' ||
        c.evidence.email.match === 'current' ||
        c.evidence.email.match === 'earlier' ||
        c.evidence.national_id?.match === 'exact'),
  );
  if (request.name && !nameFound) {
    // An initial (H. Andersen) is no word of the index: search by the whole words, and let the ranking
    // read the initial.
    const words = nameWords.filter((t) => t.length > 1);
    const more = (await idsByName(deps, words.length > 0 ? words : nameWords, onFile)).filter(
      (id) => !ids.has(id),
    );
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
    why: result.why,
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
      name_match: message('name-match', { kind: c.evidence.name.kind, details: c.evidence.name.details }),
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

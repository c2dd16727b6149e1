// W1: how strongly the facts a learner wrote (name, birth date, e-mails) point at one account, and the
// verdict support may act on. Pure: candidates come in as plain data, evidence and a ranking come out.
import {
  commonNameKnowledge,
  compareNames,
  editDistance,
  type NameComparison,
  nameKnowledge,
} from './name-matching.js';

export interface IdentityClaim {
  name?: string;
  birthDate?: string;
  emails: string[];
  /** The national ID matched this account's hash (the agent typed it; never asked over e-mail). */
  nationalIdHash?: string;
  employerOrgNumber?: string;
  /** Written name words that are names on file (for how much slack a word gets; see name-matching). */
  knownNameTerms?: ReadonlySet<string>;
  /** The birth date written is not one the national ID given can spell: one of the two is wrong. */
  birthDateConflict?: boolean;
}

export interface CandidateFacts {
  id: number;
  givenNames: string;
  familyName: string;
  birthDate: string;
  email: string;
  earlierEmails: string[];
  nationalIdHash: string;
  employerOrgNumber: string | null;
  earlierEmployerOrgNumbers: string[];
  status: string;
}

export type BirthDateMatch = 'exact' | 'day-month swapped' | 'none' | 'not given';
export type EmailMatch =
  | 'current'
  | 'earlier'
  | 'same local part at another domain'
  | 'near miss'
  | 'none'
  | 'not given';

export interface Evidence {
  name: NameComparison | { kind: 'not given'; score: 0; details: string[] };
  birth_date: { match: BirthDateMatch };
  email: { match: EmailMatch; given?: string; account_address?: string };
  national_id?: { match: 'exact' | 'different'; birth_date_conflict?: true };
  employer?: { match: 'current' | 'earlier' | 'none' };
}

export interface RankedCandidate {
  facts: CandidateFacts;
  score: number;
  evidence: Evidence;
}

export type Verdict = 'verified' | 'likely' | 'ambiguous' | 'none';

const WEIGHTS = { name: 0.4, birthDate: 0.3, email: 0.3, nationalId: 0.3, employer: 0.05 };

/** Two candidates whose scores are closer than this cannot be told apart. */
export const AMBIGUITY_MARGIN = 0.12;
export const LIKELY_SCORE = 0.6;
export const MINIMUM_SCORE = 0.35;

export function swapDayMonth(iso: string): string | null {
  const [y, m, d] = iso.split('-');
  if (!y || !m || !d || m === d || Number(d) > 12) return null;
  return `${y}-${d}-${m}`;
}

function birthDateMatch(claim: string | undefined, actual: string): BirthDateMatch {
  if (!claim) return 'not given';
  if (claim === actual) return 'exact';
  return swapDayMonth(claim) === actual ? 'day-month swapped' : 'none';
}

/** E-mail evidence from strongest to weakest; anything else is weaker still. */
const EMAIL_ORDER: EmailMatch[] = ['current', 'earlier', 'same local part at another domain', 'near miss'];
const rankOf = <T>(order: T[], value: T) => (order.includes(value) ? order.indexOf(value) : order.length);

const localPart = (email: string) => email.slice(0, email.lastIndexOf('@'));

function emailMatch(claims: string[], facts: CandidateFacts): Evidence['email'] {
  if (claims.length === 0) return { match: 'not given' };
  let best: Evidence['email'] = { match: 'none' };
  const rank = (m: EmailMatch) => rankOf(EMAIL_ORDER, m);
  const consider = (next: Evidence['email']) => {
    if (rank(next.match) < rank(best.match)) best = next;
  };
  const all = [facts.email, ...facts.earlierEmails];
  for (const given of claims) {
    if (given === facts.email) consider({ match: 'current', given, account_address: facts.email });
    else if (facts.earlierEmails.includes(given))
      consider({ match: 'earlier', given, account_address: given });
    for (const address of all) {
      if (address === given) continue;
      if (localPart(address) === localPart(given))
        consider({ match: 'same local part at another domain', given, account_address: address });
      else if (editDistance(address, given, 2) <= 2)
        consider({ match: 'near miss', given, account_address: address });
    }
  }
  return best;
}

const EMAIL_SCORE: Record<EmailMatch, number> = {
  current: 1,
  earlier: 1,
  'same local part at another domain': 0.6,
  'near miss': 0.6,
  none: 0,
  'not given': 0,
};

const BIRTH_SCORE: Record<BirthDateMatch, number> = {
  exact: 1,
  'day-month swapped': 0.6,
  none: 0,
  'not given': 0,
};

export function scoreCandidate(claim: IdentityClaim, facts: CandidateFacts): RankedCandidate {
  const name: Evidence['name'] = claim.name
    ? compareNames(
        claim.name,
        facts.givenNames,
        facts.familyName,
        claim.knownNameTerms ? nameKnowledge(claim.knownNameTerms) : commonNameKnowledge,
      )
    : { kind: 'not given', score: 0, details: [] };
  const birth = birthDateMatch(claim.birthDate, facts.birthDate);
  const email = emailMatch(claim.emails, facts);
  const evidence: Evidence = { name, birth_date: { match: birth }, email };
  let total = 0;
  let weight = 0;
  if (claim.name) {
    total += WEIGHTS.name * name.score;
    weight += WEIGHTS.name;
  }
  if (claim.birthDate) {
    total += WEIGHTS.birthDate * BIRTH_SCORE[birth];
    weight += WEIGHTS.birthDate;
  }
  if (claim.emails.length > 0) {
    total += WEIGHTS.email * EMAIL_SCORE[email.match];
    weight += WEIGHTS.email;
  }
  if (claim.nationalIdHash) {
    const same = claim.nationalIdHash === facts.nationalIdHash;
    evidence.national_id = {
      match: same ? 'exact' : 'different',
      ...(claim.birthDateConflict ? { birth_date_conflict: true as const } : {}),
    };
    total += WEIGHTS.nationalId * (same ? 1 : 0);
    weight += WEIGHTS.nationalId;
  }
  if (claim.employerOrgNumber) {
    const match =
      facts.employerOrgNumber === claim.employerOrgNumber
        ? 'current'
        : facts.earlierEmployerOrgNumbers.includes(claim.employerOrgNumber)
          ? 'earlier'
          : 'none';
    evidence.employer = { match };
    total += WEIGHTS.employer * (match === 'none' ? 0 : 1);
    weight += WEIGHTS.employer;
  }
  // A score is only as strong as the evidence behind it: one field alone cannot reach "likely".
  const given = [
    claim.name,
    claim.birthDate,
    claim.emails.length > 0 ? 'e' : undefined,
    claim.nationalIdHash,
  ].filter(Boolean).length;
  const coverage = (given >= 2 ? 1 : 0.85) * (claim.birthDateConflict ? 0.9 : 1);
  const score = weight === 0 ? 0 : Math.round((total / weight) * coverage * 1000) / 1000;
  return { facts, score, evidence };
}

export function isVerified(c: RankedCandidate): boolean {
  return (
    c.evidence.birth_date.match === 'exact' &&
    (c.evidence.name.kind === 'exact' || c.evidence.name.kind === 'close') &&
    (c.evidence.email.match === 'current' || c.evidence.email.match === 'earlier')
  );
}

export interface MatchResult {
  verdict: Verdict;
  candidates: RankedCandidate[];
  /** Why the verdict is what it is, for the agent (in English: the commands' language). */
  reason: string;
  /** The same reason as data, for saying it in the agent's language (`matchReasonText`). */
  why: MatchWhy;
}

/** Why a verdict is what it is; `close` is how many accounts are too close to tell apart. */
export type MatchWhy =
  | { code: 'nothing-close' | 'birth-date-conflict' | 'verified' | 'name-only' | 'stands-out' }
  | { code: 'too-close'; close: number };

/** The reason for a verdict in the desk's languages (the commands speak English, the guided mode either). */
export function matchReasonText(why: MatchWhy, lang: 'nb' | 'en'): string {
  const nb = lang === 'nb';
  switch (why.code) {
    case 'nothing-close':
      return nb
        ? 'ingen konto ligger nær nok det som ble skrevet'
        : 'no account is close enough to what was written';
    case 'birth-date-conflict':
      return nb
        ? 'kontoen passer, men fødselsdatoen som ble skrevet, er ikke den i fødselsnummeret; spør personen hvilken som er riktig'
        : 'the account matches, but the birth date written is not the one in the national ID given; ask the person which is right';
    case 'verified':
      return nb
        ? 'fødselsdatoen stemmer, navnet passer, og en oppgitt e-post er kontoens'
        : 'birth date exact, name matches, and a given e-mail is the account’s';
    case 'too-close':
      return nb
        ? `${why.close} kontoer ligger for nær hverandre til å skilles; be om mer (fødselsdato, e-poster brukt, arbeidsgiver)`
        : `${why.close} accounts are too close to tell apart; ask for more (birth date, e-mails used, employer)`;
    case 'name-only':
      return nb
        ? 'bare et navn ble oppgitt, og det er ikke nøyaktig kontoens: be om fødselsdato og e-postene som er brukt'
        : 'only a name was given and it is not exactly this account’s: ask for the birth date and the e-mails used';
    case 'stands-out':
      return nb
        ? 'én konto skiller seg ut, men bevisene bekrefter ikke identiteten'
        : 'one account stands out, but the evidence does not verify the identity';
  }
}

function result(verdict: Verdict, candidates: RankedCandidate[], why: MatchWhy): MatchResult {
  return { verdict, candidates, reason: matchReasonText(why, 'en'), why };
}

const BIRTH_ORDER: BirthDateMatch[] = ['exact', 'day-month swapped'];

/**
 * The name as written is exactly this account's and only near the other's, and the other has nothing
 * better on birth date or e-mail: the exact one wins outright (an exact Ole Hagen over an Ole Hansen
 * born the same day), however small the score gap.
 */
function clearlyAhead(top: RankedCandidate, other: RankedCandidate): boolean {
  if (top.evidence.name.kind !== 'exact' || other.evidence.name.kind === 'exact') return false;
  return (
    rankOf(BIRTH_ORDER, top.evidence.birth_date.match) <=
      rankOf(BIRTH_ORDER, other.evidence.birth_date.match) &&
    rankOf(EMAIL_ORDER, top.evidence.email.match) <= rankOf(EMAIL_ORDER, other.evidence.email.match)
  );
}

/** Ranks the candidates and decides how sure the match is. */
export function decide(claim: IdentityClaim, facts: CandidateFacts[], limit = 10): MatchResult {
  const ranked = facts
    .map((f) => scoreCandidate(claim, f))
    .filter((c) => c.score >= MINIMUM_SCORE)
    .sort((a, b) => b.score - a.score || a.facts.id - b.facts.id)
    .slice(0, limit);
  const [top, second] = ranked;
  if (!top) return result('none', [], { code: 'nothing-close' });
  const verified = ranked.filter(isVerified);
  if (verified.length === 1 && verified[0] === top && claim.birthDateConflict)
    return result('likely', ranked, { code: 'birth-date-conflict' });
  if (verified.length === 1 && verified[0] === top) return result('verified', ranked, { code: 'verified' });
  if (
    second &&
    top.score - second.score < AMBIGUITY_MARGIN &&
    second.score >= LIKELY_SCORE &&
    !clearlyAhead(top, second)
  ) {
    const close = ranked.filter((c) => top.score - c.score < AMBIGUITY_MARGIN).length;
    return result('ambiguous', ranked, { code: 'too-close', close });
  }
  // A name alone that is not exactly the account's could be a slip or somebody else with a near name
  // (Tor Haugen, who is not there, against Tore Hansen): name evidence alone cannot tell, so ask for more.
  const nameOnly = claim.name && !claim.birthDate && claim.emails.length === 0 && !claim.nationalIdHash;
  if (nameOnly && top.evidence.name.kind !== 'exact' && top.score >= LIKELY_SCORE)
    return result('ambiguous', ranked, { code: 'name-only' });
  if (top.score >= LIKELY_SCORE) return result('likely', ranked, { code: 'stands-out' });
  return result('none', ranked, { code: 'nothing-close' });
}

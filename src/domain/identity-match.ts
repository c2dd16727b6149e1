// W1: how strongly the facts a learner wrote (name, birth date, e-mails) point at one account, and the
// verdict support may act on. Pure: candidates come in as plain data, evidence and a ranking come out.
import { text } from './messages/text.js';
import {
  commonNameKnowledge,
  compareNames,
  editDistance,
  foldName,
  type NameComparison,
  type NameDetail,
  nameKnowledge,
  nameTokens,
} from './name-matching.js';

export interface IdentityClaim {
  name?: string;
  birthDate?: string;
  emails: string[];
  /** The national ID matched this account's hash (the agent typed it; never asked over e-mail). */
  nationalIdHash?: string;
  /**
   * The employer the learner named: every company the text named (two customers can share a name). In a
   * search the employer is evidence for the accounts that work there, never a key that rules others out.
   */
  employerOrgNumbers?: readonly string[];
  /** Written name words that are names on file (for how much slack a word gets; see name-matching). */
  knownNameTerms?: ReadonlySet<string>;
  /** The birth date written is not one the national ID given can spell: one of the two is wrong. */
  birthDateConflict?: boolean;
  /**
   * Every e-mail given is on no account (decide works it out from the candidates): a private address
   * says nothing against an account, as people have many, so it counts only where it nearly matches.
   */
  emailsOnNoAccount?: boolean;
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

export type BirthDateMatch =
  | 'exact'
  | 'day-month swapped'
  | 'one digit off'
  | 'two digits swapped'
  | 'none'
  | 'not given';
export type EmailMatch =
  | 'current'
  | 'earlier'
  | 'same local part at another domain'
  | 'near miss'
  | 'none'
  | 'not given';

export interface Evidence {
  name: NameComparison | { kind: 'not given'; score: 0; details: NameDetail[] };
  birth_date: { match: BirthDateMatch };
  email: { match: EmailMatch; given?: string; account_address?: string };
  national_id?: { match: 'exact' | 'different'; birth_date_conflict?: true };
  employer?: { match: 'current' | 'earlier' | 'none' };
}

export interface RankedCandidate {
  facts: CandidateFacts;
  score: number;
  evidence: Evidence;
  /** The name fits only with a written word that is itself a name read as another (Andresen as Andersen). */
  nameReadAsAnother?: true;
}

export type Verdict = 'verified' | 'likely' | 'ambiguous' | 'none';

const WEIGHTS = { name: 0.4, birthDate: 0.3, email: 0.3, nationalId: 0.3, employer: 0.15 };
/** The employer named is one the account worked for before: weaker than where it works now. */
const EARLIER_EMPLOYER_SCORE = 0.5;

/** Two candidates whose scores are closer than this cannot be told apart. */
export const AMBIGUITY_MARGIN = 0.12;
export const LIKELY_SCORE = 0.6;
export const MINIMUM_SCORE = 0.35;

export function swapDayMonth(iso: string): string | null {
  const [y, m, d] = iso.split('-');
  if (!y || !m || !d || m === d || Number(d) > 12) return null;
  return `${y}-${d}-${m}`;
}

const digitsOf = (iso: string) => iso.replace(/-/g, '');

/** How a written birth date differs from the account's by one slip of the pen (or none, or more). */
function birthDateSlip(written: string, actual: string): 'one digit off' | 'two digits swapped' | null {
  const a = digitsOf(written);
  const b = digitsOf(actual);
  if (a.length !== b.length) return null;
  const differ: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) differ.push(i);
  if (differ.length === 1) return 'one digit off';
  const [i, j] = differ;
  if (differ.length === 2 && i !== undefined && j === i + 1 && a[i] === b[j] && a[j] === b[i])
    return 'two digits swapped';
  return null;
}

function birthDateMatch(claim: string | undefined, actual: string): BirthDateMatch {
  if (!claim) return 'not given';
  if (claim === actual) return 'exact';
  if (swapDayMonth(claim) === actual) return 'day-month swapped';
  return birthDateSlip(claim, actual) ?? 'none';
}

const isCalendarDate = (iso: string) => {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
};

/**
 * The real dates one slip away from a written birth date (a digit changed, two neighbouring digits
 * swapped, day and month swapped), so a search can fetch the accounts born on them.
 */
export function birthDatesOneSlipAway(iso: string): string[] {
  const digits = digitsOf(iso);
  const out = new Set<string>();
  const add = (d: string) => {
    const date = `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
    // Only years a learner can be born in: 2000 slips to 0000, which PostgreSQL's date type refuses.
    const year = Number(d.slice(0, 4));
    if (d !== digits && year >= 1900 && year < 2100 && isCalendarDate(date)) out.add(date);
  };
  for (let i = 0; i < digits.length; i++) {
    for (let n = 0; n <= 9; n++) add(digits.slice(0, i) + String(n) + digits.slice(i + 1));
    if (i + 1 < digits.length) add(digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2));
  }
  const swapped = swapDayMonth(iso);
  if (swapped) out.add(swapped);
  return [...out];
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
      else if (editDistance(address, given, 2) <= 2 && !namesakeNumber(given, address, facts))
        consider({ match: 'near miss', given, account_address: address });
    }
  }
  return best;
}

/**
 * Two addresses that spell the account's name with different numbers (odd.saether95 and
 * odd.saether86): the number is usually a birth year, and a namesake writes the same name with their
 * own, so such an address is not a slip of the account's.
 */
function namesakeNumber(given: string, address: string, facts: CandidateFacts): boolean {
  const digits = (a: string) => localPart(a).replace(/[^0-9]/g, '');
  return (
    digits(given) !== digits(address) &&
    nameLikeLocalPart(address, facts.givenNames, facts.familyName) &&
    nameLikeLocalPart(given, facts.givenNames, facts.familyName)
  );
}

/**
 * An address's local part that is only the account's name (kari.nordmann, kari_nordmann85, knordmann,
 * kari): every namesake may have one like it at some provider, so the same local part elsewhere says
 * little about which of them wrote.
 */
export function nameLikeLocalPart(address: string, givenNames: string, familyName: string): boolean {
  const letters = foldName(localPart(address)).replace(/[^a-z]/g, '');
  const given = nameTokens(givenNames);
  const family = nameTokens(familyName).join('');
  const first = given[0] ?? '';
  const forms = [
    given.join('') + family,
    first + family,
    first.slice(0, 1) + family,
    family + first,
    given.join(''),
    first,
    family,
  ];
  return letters.length > 0 && forms.includes(letters);
}

const EMAIL_SCORE: Record<EmailMatch, number> = {
  current: 1,
  earlier: 1,
  'same local part at another domain': 0.6,
  'near miss': 0.6,
  none: 0,
  'not given': 0,
};

// A slip of one digit is close, never proof: it may be a namesake born nearby.
const BIRTH_SCORE: Record<BirthDateMatch, number> = {
  exact: 1,
  'day-month swapped': 0.6,
  'one digit off': 0.5,
  'two digits swapped': 0.5,
  none: 0,
  'not given': 0,
};

export function scoreCandidate(claim: IdentityClaim, facts: CandidateFacts): RankedCandidate {
  const { readAsAnother, ...name }: NameComparison | (Evidence['name'] & { readAsAnother?: never }) =
    claim.name
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
  // Addresses on no account: a near one is weak evidence that agrees (weighted by its strength), no
  // match is no evidence at all, and beside a name nor is the same name-made local part elsewhere.
  const nameMadeElsewhere =
    claim.name !== undefined &&
    email.match === 'same local part at another domain' &&
    email.account_address !== undefined &&
    nameLikeLocalPart(email.account_address, facts.givenNames, facts.familyName);
  const emailsCount =
    claim.emails.length > 0 && !(claim.emailsOnNoAccount && (email.match === 'none' || nameMadeElsewhere));
  if (emailsCount && claim.emailsOnNoAccount) {
    total += WEIGHTS.email * EMAIL_SCORE[email.match];
    weight += WEIGHTS.email * EMAIL_SCORE[email.match];
  } else if (emailsCount) {
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
  const employers = claim.employerOrgNumbers ?? [];
  if (employers.length > 0) {
    const match =
      facts.employerOrgNumber !== null && employers.includes(facts.employerOrgNumber)
        ? 'current'
        : facts.earlierEmployerOrgNumbers.some((org) => employers.includes(org))
          ? 'earlier'
          : 'none';
    evidence.employer = { match };
    total += WEIGHTS.employer * (match === 'current' ? 1 : match === 'earlier' ? EARLIER_EMPLOYER_SCORE : 0);
    weight += WEIGHTS.employer;
  }
  // A score is only as strong as the evidence behind it: one field alone cannot reach "likely".
  const given = [claim.name, claim.birthDate, emailsCount ? 'e' : undefined, claim.nationalIdHash].filter(
    Boolean,
  ).length;
  const coverage = (given >= 2 ? 1 : 0.85) * (claim.birthDateConflict ? 0.9 : 1);
  const score = weight === 0 ? 0 : Math.round((total / weight) * coverage * 1000) / 1000;
  return { facts, score, evidence, ...(readAsAnother ? { nameReadAsAnother: true as const } : {}) };
}

/**
 * The account's own name (words left out or added, a short form, a spelling variant, at most one
 * typing slip in a word), its exact birth date and one of its addresses.
 */
export function isVerified(c: RankedCandidate): boolean {
  return (
    c.evidence.birth_date.match === 'exact' &&
    (c.evidence.name.kind === 'exact' || c.evidence.name.kind === 'close') &&
    ('typos' in c.evidence.name ? (c.evidence.name.typos ?? 0) : 0) <= 1 &&
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
  | {
      code:
        | 'nothing-close'
        | 'birth-date-conflict'
        | 'verified'
        | 'name-only'
        | 'stands-out'
        | 'birth-date-far'
        | 'one-name-word'
        | 'name-is-another';
    }
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
    case 'birth-date-far':
      return text('find.birth-date-far').in(lang);
    case 'one-name-word':
      return text('find.one-name-word').in(lang);
    case 'name-is-another':
      return text('find.name-is-another').in(lang);
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
 * The written words are all the account's, letter for letter, with some of its words left out (Kari
 * Nordmann for Kari Anne Nordmann): a fit as good as an exact name, as people leave out their middle
 * names and half of a double family name all the time.
 */
const isPartialName = (c: RankedCandidate) =>
  'partial' in c.evidence.name && c.evidence.name.partial === true;

/**
 * The name as written is exactly this account's and only near the other's, and the other has nothing
 * better on birth date or e-mail: the exact one wins outright (an exact Ole Hagen over an Ole Hansen
 * born the same day), however small the score gap. Not over a name that only leaves words out (Ole
 * Hagen beside Ole Martin Hagen): either may be the one who wrote.
 */
function clearlyAhead(top: RankedCandidate, other: RankedCandidate): boolean {
  if (top.evidence.name.kind !== 'exact' || other.evidence.name.kind === 'exact') return false;
  if (isPartialName(other)) return false;
  return (
    rankOf(BIRTH_ORDER, top.evidence.birth_date.match) <=
      rankOf(BIRTH_ORDER, other.evidence.birth_date.match) &&
    rankOf(EMAIL_ORDER, top.evidence.email.match) <= rankOf(EMAIL_ORDER, other.evidence.email.match)
  );
}

/**
 * The employer named is one the best fit works or worked for and none of those as close to it ever did,
 * while their name, birth date and address evidence is no better than its: namesakes who never worked
 * there are not who wrote.
 */
function aheadByEmployer(top: RankedCandidate, ranked: readonly RankedCandidate[]): boolean {
  const atEmployer = (c: RankedCandidate) =>
    c.evidence.employer?.match === 'current' || c.evidence.employer?.match === 'earlier';
  if (!atEmployer(top)) return false;
  return ranked
    .filter((c) => c !== top && top.score - c.score < AMBIGUITY_MARGIN)
    .every(
      (c) =>
        !atEmployer(c) &&
        c.evidence.name.score <= top.evidence.name.score &&
        rankOf(BIRTH_ORDER, top.evidence.birth_date.match) <=
          rankOf(BIRTH_ORDER, c.evidence.birth_date.match) &&
        rankOf(EMAIL_ORDER, top.evidence.email.match) <= rankOf(EMAIL_ORDER, c.evidence.email.match),
    );
}

/** The candidates hold every account a given address is on (the search fetches them by address). */
function emailsOnNoAccount(emails: readonly string[], facts: readonly CandidateFacts[]): boolean {
  if (emails.length === 0) return false;
  const onFile = new Set<string>();
  for (const f of facts) {
    onFile.add(f.email);
    for (const e of f.earlierEmails) onFile.add(e);
  }
  return emails.every((e) => !onFile.has(e));
}

/** One of the account's addresses or its national ID was given: proof that outweighs a wrong birth date. */
const ownProof = (c: RankedCandidate) =>
  c.evidence.email.match === 'current' ||
  c.evidence.email.match === 'earlier' ||
  c.evidence.national_id?.match === 'exact';

/**
 * A birth date was written and it is no slip of the account's (not one digit, not two neighbours
 * swapped, not day and month): the writer is taken for someone else (a relative, a namesake) however
 * well the name and the employer fit, unless an address or the national ID of the account is given.
 */
const birthDateAgainst = (claim: IdentityClaim, c: RankedCandidate) =>
  claim.birthDate !== undefined && c.evidence.birth_date.match === 'none' && !ownProof(c);

/**
 * A name was written and it is not this account's: not only words of it left out (a first name alone),
 * but a word it lacks, another given or family name, or more slips than the words take. Unless one of
 * the account's addresses or its national ID is given.
 */
const nameAgainst = (claim: IdentityClaim, c: RankedCandidate) =>
  claim.name !== undefined &&
  c.evidence.name.kind === 'different' &&
  !('unwritten' in c.evidence.name && c.evidence.name.unwritten === true) &&
  !ownProof(c);

/**
 * Only one word of a name was written (a first name) and neither an exact birth date nor the account's
 * address or national ID backs it: the employer narrows it to colleagues, who are the very people who
 * write to us, so it cannot stand in for the family name.
 */
const oneNameWordAlone = (claim: IdentityClaim, c: RankedCandidate) =>
  claim.name !== undefined &&
  nameTokens(claim.name).length === 1 &&
  c.evidence.birth_date.match !== 'exact' &&
  !ownProof(c);

/** Ranks the candidates and decides how sure the match is. */
export function decide(given: IdentityClaim, facts: CandidateFacts[], limit = 10): MatchResult {
  const claim = { ...given, emailsOnNoAccount: emailsOnNoAccount(given.emails, facts) };
  const ranked = facts
    .map((f) => scoreCandidate(claim, f))
    .filter((c) => c.score >= MINIMUM_SCORE)
    .sort(
      (a, b) =>
        b.score - a.score ||
        rankOf(EMAIL_ORDER, a.evidence.email.match) - rankOf(EMAIL_ORDER, b.evidence.email.match) ||
        a.facts.id - b.facts.id,
    )
    .slice(0, limit);
  if (ranked.length === 0) return result('none', [], { code: 'nothing-close' });
  // A written word that is itself a name is taken as meant (Andresen is not Andersen): accounts the name
  // reaches only by reading it as another stay listed, and the verdict is about the others, unless one
  // of their addresses or their national ID was given.
  const asAnother = (c: RankedCandidate) => c.nameReadAsAnother === true && !ownProof(c);
  const fits = ranked.filter((c) => !asAnother(c));
  // An account whose name is not the one written (another family name, a word it lacks, more slips
  // than a word takes) is no fit however near its birth date: `likely` never rests on another
  // person's name. Listed where its score puts it; the verdict is about the others.
  const judged = judge(
    claim,
    fits.filter((c) => !nameAgainst(claim, c)),
  );
  if (fits.length === ranked.length) return result(judged.verdict, ranked, judged.why);
  const why: MatchWhy =
    judged.verdict === 'none' && judged.why.code === 'nothing-close'
      ? { code: 'name-is-another' }
      : judged.why;
  // Listed after the accounts the name fits (so the one a verdict is about comes first), before those
  // only a birth date or an address brought in.
  const nameFits = (c: RankedCandidate) =>
    c.evidence.name.kind === 'exact' || c.evidence.name.kind === 'close';
  const head = judged.verdict === 'none' || !fits[0] || nameFits(fits[0]) ? fits.filter(nameFits) : fits;
  const order = [...head, ...ranked.filter(asAnother), ...fits.filter((c) => !head.includes(c))];
  return result(judged.verdict, order, why);
}

/** The verdict over the candidates that fit what was written, best first. */
function judge(
  claim: IdentityClaim,
  ranked: readonly RankedCandidate[],
): { verdict: Verdict; why: MatchWhy } {
  const [top, second] = ranked;
  if (!top) return { verdict: 'none', why: { code: 'nothing-close' } };
  const verified = ranked.filter(isVerified);
  if (verified.length === 1 && verified[0] === top && claim.birthDateConflict)
    return { verdict: 'likely', why: { code: 'birth-date-conflict' } };
  if (verified.length === 1 && verified[0] === top) return { verdict: 'verified', why: { code: 'verified' } };
  // What follows `likely` is the account's login hint: a wrong person must never be told someone
  // else's address, so what speaks against the best fit (or leaves it unproven) makes it `none`.
  if (birthDateAgainst(claim, top)) return { verdict: 'none', why: { code: 'birth-date-far' } };
  if (oneNameWordAlone(claim, top)) return { verdict: 'none', why: { code: 'one-name-word' } };
  if (
    second &&
    top.score - second.score < AMBIGUITY_MARGIN &&
    second.score >= LIKELY_SCORE &&
    !clearlyAhead(top, second) &&
    !aheadByEmployer(top, ranked)
  ) {
    const close = ranked.filter((c) => top.score - c.score < AMBIGUITY_MARGIN).length;
    return { verdict: 'ambiguous', why: { code: 'too-close', close } };
  }
  // A name alone that is not exactly the account's could be a slip or somebody else with a near name
  // (Tor Haugen, who is not there, against Tore Hansen): name evidence alone cannot tell, so ask for more.
  // A name with only a middle name or half a double family name left out is the account's as written.
  const nameOnly =
    claim.name &&
    !claim.birthDate &&
    (claim.emails.length === 0 || (claim.emailsOnNoAccount && top.evidence.email.match === 'none')) &&
    !claim.nationalIdHash;
  if (nameOnly && top.evidence.name.kind !== 'exact' && !isPartialName(top) && top.score >= LIKELY_SCORE)
    return { verdict: 'ambiguous', why: { code: 'name-only' } };
  if (top.score >= LIKELY_SCORE) return { verdict: 'likely', why: { code: 'stands-out' } };
  return { verdict: 'none', why: { code: 'nothing-close' } };
}

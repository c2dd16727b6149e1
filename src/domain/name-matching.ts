// How names are compared when a learner writes in: folding (case, accents, Å/AA, Ø/OE, Æ), tokens,
// double names and surname prefixes, and an edit distance that counts a swap of two letters as one typo.
// Pure: the database stores the index terms this module makes, and the ranking uses its comparisons.
import { COMMON_FAMILY_NAMES, COMMON_GIVEN_NAMES, PET_FORMS } from './common-names.js';
import { type MessageCode, type Text, text } from './messages/text.js';

const PREFIXES = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'da',
  'di',
  'du',
  'la',
  'le',
  'af',
  'av',
  'mac',
  'mc',
  'st',
]);

/** Letters that carry no separable accent, as Norwegian writes them in plain letters. */
const PLAIN_LETTERS: Readonly<Record<string, string>> = {
  æ: 'ae',
  ä: 'ae',
  ø: 'o',
  ö: 'o',
  å: 'a',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ß: 'ss',
  ı: 'i',
  œ: 'oe',
};
const PLAIN_LETTER = /[æäøöåłđðþßıœ]/g;

/**
 * Folds a name for comparison, the one folding every name comparison uses (account search, triage's
 * names and addresses): `Kari-Anne Sæther` → `kari anne saether`, `Aase Haaland` → `ase haland`,
 * `Bjoern Sørensen` → `bjorn sorensen`, `Łukasz Žukauskas` → `lukasz zukauskas`. Case, accents and
 * punctuation go (a hyphen or a dot parts words, as an address writes them; an apostrophe joins them);
 * Å/Aa, Ø/Oe/Ö and Æ/Ae/Ä are one letter each, as old spellings and addresses write them. Mc and Mac
 * stay apart (McDonald is not MacDonald). Letters of other scripts are kept, so a name never folds to
 * nothing. Idempotent.
 */
export function foldName(text: string): string {
  // Old spellings: Aa for Å, Oe for Ø (Haakon/Håkon, Soeren/Søren); repeated, so folding twice changes nothing.
  let s = foldLetters(text).replace(/a{2,}/g, 'a');
  while (s.includes('oe')) s = s.replace(/oe/g, 'o');
  return s;
}

/**
 * foldName without reading two letters as one (Aa as Å, Oe as Ø): `Håkon Moe` → `hakon moe`, where
 * foldName gives `hakon mo`. Tells a name written letter for letter from one that is only the same
 * once old spellings are read (Moe is a family name of its own beside Mo).
 */
export function foldLetters(text: string): string {
  let s = text.normalize('NFKC').toLowerCase();
  // Plain ASCII (most names, and every address) needs none of the Unicode work.
  if (/\P{ASCII}/u.test(s)) {
    s = s.replace(PLAIN_LETTER, (c) => PLAIN_LETTERS[c] as string);
    s = s.normalize('NFD').replace(/\p{M}/gu, '');
    s = s.replace(/[’`´ʼ‘]/g, "'");
  }
  return s
    .replace(/['`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function isSurnamePrefix(token: string): boolean {
  return PREFIXES.has(token);
}

/** Folded tokens of a name, with surname prefixes joined to the word they belong to (`van der berg` → `vanderberg`). */
export function nameTokens(text: string): string[] {
  const raw = foldName(text).split(' ').filter(Boolean);
  const tokens: string[] = [];
  let pending = '';
  for (const token of raw) {
    if (isSurnamePrefix(token)) {
      pending += token;
      continue;
    }
    tokens.push(pending + token);
    pending = '';
  }
  if (pending) tokens.push(pending);
  return tokens;
}

/**
 * The terms a learner's name is indexed under: every token, each token without its surname prefix, and
 * adjacent tokens written together (Kari Anne → karianne), so the common spellings all find the same person.
 */
export function nameIndexTerms(givenNames: string, familyName: string): string[] {
  const terms = new Set<string>();
  for (const part of [givenNames, familyName]) {
    const raw = foldName(part).split(' ').filter(Boolean);
    const tokens = nameTokens(part);
    for (const t of tokens) terms.add(t);
    for (const t of raw) if (!isSurnamePrefix(t)) terms.add(t);
    for (let i = 0; i + 1 < tokens.length; i++) terms.add(tokens[i]! + tokens[i + 1]!);
  }
  return [...terms];
}

/** The text stored in users.search_name: the index terms, space-separated. */
export function searchName(givenNames: string, familyName: string): string {
  return nameIndexTerms(givenNames, familyName).join(' ');
}

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transposition), giving up above `max`
 * (returns max + 1) so scans over many names stay cheap.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, prevPrev[j - 2]! + 1);
      row.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** How many typos a token of this length may have and still count as the same word (catalogue search). */
export function typoAllowance(length: number): number {
  if (length <= 3) return 0;
  if (length <= 5) return 1;
  return 2;
}

// ---- How people mistype names, and how Norwegian names vary -------------------------------------
// A slip costs by its kind: two letters swapped (Sievrtsen) 0.6, a neighbouring key (Hansrn) 0.6, any
// other letter added, dropped or changed 1. A spelling variant (ph/f, th/t, ck/k, ch/k, w/v, z/s,
// -son/-sen, a consonant doubled or not: Kristofer, Nordman) costs 0.3 in all, or 0.3 on top of the slips
// between the two words with their variants folded.

const KEY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
/** neighbour[x * 128 + y] is 1 when keys x and y touch (char codes below 128). */
const NEIGHBOUR = new Uint8Array(128 * 128);
KEY_ROWS.forEach((row, r) => {
  for (let i = 0; i < row.length; i++) {
    const key = row.charCodeAt(i);
    for (const other of [row[i - 1], row[i + 1], KEY_ROWS[r + 1]?.[i - 1], KEY_ROWS[r + 1]?.[i]]) {
      if (!other) continue;
      const code = other.charCodeAt(0);
      NEIGHBOUR[key * 128 + code] = 1;
      NEIGHBOUR[code * 128 + key] = 1;
    }
  }
});

const VARIANT_COST = 0.3;
const SWAP_COST = 0.6;
/** The cheapest slip that changes which letters a word has (a neighbouring key). */
const CHEAPEST_LETTER_CHANGE = 0.6;

function substitutionCost(a: number, b: number): number {
  return a < 128 && b < 128 && NEIGHBOUR[a * 128 + b] === 1 ? 0.6 : 1;
}

const VARIANT_RULES: readonly [RegExp, string][] = [
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/ck/g, 'k'],
  [/ch/g, 'k'],
  [/c(?=[aou])/g, 'k'],
  [/qu/g, 'kv'],
  [/q/g, 'k'],
  [/w/g, 'v'],
  [/z/g, 's'],
  [/x/g, 'ks'],
  [/([bcdfghjklmnpqrstvwxz])\1/g, '$1'],
  [/son$/, 'sen'],
];

// Vocabulary scans fold the same words again and again: remember them (bounded, cleared when full).
const folded = new Map<string, string>();
const FOLD_CACHE_SIZE = 200_000;

/** A name word with its spelling variants folded away: `Christophersson` → `kristofersen`. */
export function variantFold(token: string): string {
  const known = folded.get(token);
  if (known !== undefined) return known;
  let s = token;
  for (const [pattern, replacement] of VARIANT_RULES) s = s.replace(pattern, replacement);
  if (folded.size >= FOLD_CACHE_SIZE) folded.clear();
  folded.set(token, s);
  return s;
}

// Rows of the distance table, reused across calls (names are short; grown when one is not).
let rows = [new Float64Array(64), new Float64Array(64), new Float64Array(64)];
const letterCounts = new Int16Array(128);

/**
 * How many letters must change at least to turn one word into the other, from the letters alone (a
 * cheap lower bound: a swap changes none, anything else at least one). Used to skip most of a vocabulary.
 */
function letterDifference(a: string, b: string): number {
  for (let i = 0; i < a.length; i++) letterCounts[a.charCodeAt(i) & 127]! += 1;
  for (let i = 0; i < b.length; i++) letterCounts[b.charCodeAt(i) & 127]! -= 1;
  let extra = 0;
  let missing = 0;
  // Each letter is read once, then cleared, so the counts are all zero again for the next call.
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i) & 127;
    const n = letterCounts[c]!;
    if (n > 0) extra += n;
    letterCounts[c] = 0;
  }
  for (let i = 0; i < b.length; i++) {
    const c = b.charCodeAt(i) & 127;
    const n = letterCounts[c]!;
    if (n < 0) missing -= n;
    letterCounts[c] = 0;
  }
  return Math.max(extra, missing);
}

/** Weighted optimal-string-alignment distance; anything above max comes back as Infinity. */
function weightedDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return Number.POSITIVE_INFINITY;
  if (letterDifference(a, b) * CHEAPEST_LETTER_CHANGE > max + 1e-9) return Number.POSITIVE_INFINITY;
  const m = b.length;
  if (rows[0]!.length <= m)
    rows = [new Float64Array(m + 1), new Float64Array(m + 1), new Float64Array(m + 1)];
  let [prevPrev, prev, row] = rows as [Float64Array, Float64Array, Float64Array];
  prev[0] = 0;
  for (let j = 1; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cb = b.charCodeAt(j - 1);
      let v = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + (ca === cb ? 0 : substitutionCost(ca, cb)),
      );
      if (i > 1 && j > 1 && ca !== cb && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb)
        v = Math.min(v, (prevPrev[j - 2] as number) + SWAP_COST);
      row[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max + 1e-9) return Number.POSITIVE_INFINITY;
    [prevPrev, prev, row] = [prev, row, prevPrev];
  }
  const d = prev[m] as number;
  return d > max + 1e-9 ? Number.POSITIVE_INFINITY : d;
}

/** What it costs to have written `a` for `b` (0 = the same word), or Infinity above max. */
export function slipCost(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  const fa = variantFold(a);
  const fb = variantFold(b);
  if (fa === fb) return VARIANT_COST;
  const direct = weightedDistance(a, b, max);
  // Folding changed nothing in either word: the variant path is the direct one plus its cost.
  if (fa === a && fb === b) return direct;
  const viaVariant = VARIANT_COST + weightedDistance(fa, fb, max - VARIANT_COST);
  return Math.min(direct, viaVariant);
}

/** How familiar a written word is as a name: one of the country's most common, one on file, or neither. */
export type NameFamiliarity = 'common' | 'known' | 'unknown';

export interface NameKnowledge {
  familiarity(token: string): NameFamiliarity;
}

let commonNames: Set<string> | undefined;
function isCommonName(token: string): boolean {
  if (!commonNames) {
    commonNames = new Set();
    for (const name of `${COMMON_FAMILY_NAMES} ${COMMON_GIVEN_NAMES}`.split(/\s+/))
      for (const t of nameTokens(name)) commonNames.add(t);
  }
  return commonNames.has(token);
}

let commonGivenNames: Set<string> | undefined;
/**
 * One of the common given names (Tom, Per). A pet form that is one stays the name written; one that is
 * only a common family name (Mo, folded as Moe) is still read as the given name it stands for.
 */
function isCommonGivenName(token: string): boolean {
  if (!commonGivenNames) {
    commonGivenNames = new Set();
    for (const name of COMMON_GIVEN_NAMES.split(/\s+/))
      for (const t of nameTokens(name)) commonGivenNames.add(t);
  }
  return commonGivenNames.has(token);
}

/** Knowledge from the common-name list alone (pure use, tests, comparing two accounts). */
export const commonNameKnowledge: NameKnowledge = {
  familiarity: (token) => (isCommonName(token) ? 'common' : 'unknown'),
};

/** Knowledge from the common-name list and the names on file (`knownTerms`: written words found in the index). */
export function nameKnowledge(knownTerms: ReadonlySet<string>): NameKnowledge {
  return {
    familiarity: (token) => (isCommonName(token) ? 'common' : knownTerms.has(token) ? 'known' : 'unknown'),
  };
}

/**
 * Slack for a written word against a name of the account, by the shorter word's length. A written word
 * that is itself a name pays extra for reading it as another (see FAMILIAR_PENALTY).
 */
export function slipAllowance(shorterLength: number): number {
  if (shorterLength <= 2) return 0.6;
  if (shorterLength === 3) return 1;
  if (shorterLength === 4) return 1.6;
  if (shorterLength <= 9) return 2;
  return 2.6;
}

/** What reading a written name as another name costs beyond the slips: Hansen is meant as Hansen. */
const FAMILIAR_PENALTY: Record<NameFamiliarity, number> = { common: 1, known: 0.5, unknown: 0 };

/** The cost of reading `written` as the account's `name`, or null when it is beyond the slack. */
export function readAsCost(written: string, name: string, knowledge: NameKnowledge): number | null {
  if (written === name) return 0;
  const familiarity = knowledge.familiarity(written);
  // A spelling variant is how the same name is written, not another name: Tor for Thor is fine.
  if (variantFold(written) === variantFold(name)) return VARIANT_COST + (familiarity === 'unknown' ? 0 : 0.2);
  const allowance = slipAllowance(Math.min(written.length, name.length));
  const penalty = FAMILIAR_PENALTY[familiarity];
  if (penalty >= allowance) return null;
  const cost = slipCost(written, name, allowance - penalty);
  return Number.isFinite(cost) ? cost + penalty : null;
}

export interface NameComparison {
  /** 0–1: 1 is the same name after folding. */
  score: number;
  kind: 'exact' | 'close' | 'different';
  /**
   * What differed, coded (e.g. name-detail.swapped: "first and last name swapped"), so each language
   * says it from the same words; its English is what the details always read.
   */
  details: NameDetail[];
  /**
   * Every written word is one of the account's, letter for letter, and only some of the account's
   * words were left out (a middle name, half of a double family name): the name as the person may
   * well write it, not a slip or another name.
   */
  partial?: true;
  /**
   * The most letters mistyped in one written word (not spelling variants, short or pet forms, or a name
   * read as another): a person may slip once in a word of their own name (in each word, even), rarely
   * twice in one, so `verified` allows one.
   */
  typos?: number;
  /**
   * A written word that is itself a name (common, or on file) was read as another name by a slip
   * (Andresen as Andersen), not as a spelling variant or a short or pet form: a name is taken as meant,
   * so this fits the account only as a guess.
   */
  readAsAnother?: true;
  /**
   * The given or the family name was not written at all, and every word that was fits one of the
   * account's (Kari for Kari Nordmann): too little of the name to compare, not another person's name.
   * A `different` name without this flag is one the account does not have.
   */
  unwritten?: true;
}

/** One thing that differed between the written name and the account's, as a coded message. */
export type NameDetail = Text<Extract<MessageCode, `name-detail.${string}`>>;

/** How a written word stands for a given name without being it or a slip of it. */
type Shortened = 'initial' | 'short form' | 'pet form';

interface TokenMatch {
  query: string;
  candidate: string;
  cost: number;
  /** The written word is an initial, a short form or a pet form of the account's given name. */
  shortened?: Shortened;
}

let petForms: Map<string, string[]> | undefined;

/** The given names a written word is a known pet form of (Mange: Magnus), folded; none for most words. */
export function petFormNames(written: string): readonly string[] {
  if (!petForms) {
    petForms = new Map();
    for (const line of PET_FORMS.split('\n')) {
      const [pets, names] = line.split(':');
      if (!pets || !names) continue;
      const full = nameTokens(names);
      for (const pet of nameTokens(pets)) petForms.set(pet, [...(petForms.get(pet) ?? []), ...full]);
    }
  }
  return petForms.get(written) ?? [];
}

/**
 * What a pet form written for a given name costs (Mange for Magnus, Sasha for Oleksandr): as much as a
 * short form, weaker evidence than the name itself, and for given names only. A pet form that is itself
 * one of the common given names (Tom) is taken as meant, as any common name is: Tom is not Thomas; one
 * that is only a common family name (Mo, which folds as Moe) is still tried against the given names.
 */
export function petFormCost(written: string, given: string): { cost: number; shortened: 'pet form' } | null {
  if (isCommonGivenName(written)) return null;
  const meant = variantFold(given);
  return petFormNames(written).some((name) => variantFold(name) === meant)
    ? { cost: SHORTENED_COST, shortened: 'pet form' }
    : null;
}

/**
 * What a shortened given name costs: an initial (H. for Hilde) or the start of the name as a short form
 * (Kris for Kristoffer, Alex for Aleksander, Chris for Christian). Weaker evidence than the whole name,
 * so it costs more than a slip; a common name is never read as the start of a longer one (Tor is not
 * Tormod, Mari is not Marianne). Only for the account's given names: people shorten those.
 */
const SHORTENED_COST = 1.5;
export function shortenedGivenNameCost(
  written: string,
  given: string,
  knowledge: NameKnowledge,
): { cost: number; shortened: 'initial' | 'short form' } | null {
  if (written.length === 1)
    return given.length > 1 && given.startsWith(written)
      ? { cost: SHORTENED_COST, shortened: 'initial' }
      : null;
  if (written.length < 3 || given.length < written.length + 2) return null;
  if (knowledge.familiarity(written) === 'common') return null;
  const short = variantFold(written);
  return given.startsWith(written) || variantFold(given).startsWith(short)
    ? { cost: SHORTENED_COST, shortened: 'short form' }
    : null;
}

function bestAssignment(
  query: string[],
  candidate: string[],
  givenCount: number,
  knowledge: NameKnowledge,
): { matches: TokenMatch[]; unmatchedQuery: string[]; unmatchedCandidate: string[] } {
  const pairs: { qi: number; ci: number; cost: number; shortened?: Shortened }[] = [];
  query.forEach((q, qi) => {
    candidate.forEach((c, ci) => {
      const cost = readAsCost(q, c, knowledge);
      if (cost !== null) pairs.push({ qi, ci, cost });
      else if (ci < givenCount) {
        const short = shortenedGivenNameCost(q, c, knowledge) ?? petFormCost(q, c);
        if (short) pairs.push({ qi, ci, ...short });
      }
    });
  });
  pairs.sort((x, y) => x.cost - y.cost || Math.abs(x.qi - x.ci) - Math.abs(y.qi - y.ci));
  const usedQ = new Set<number>();
  const usedC = new Set<number>();
  const matches: TokenMatch[] = [];
  for (const p of pairs) {
    if (usedQ.has(p.qi) || usedC.has(p.ci)) continue;
    usedQ.add(p.qi);
    usedC.add(p.ci);
    matches.push({
      query: query[p.qi]!,
      candidate: candidate[p.ci]!,
      cost: p.cost,
      ...(p.shortened ? { shortened: p.shortened } : {}),
    });
  }
  return {
    matches,
    unmatchedQuery: query.filter((_, i) => !usedQ.has(i)),
    unmatchedCandidate: candidate.filter((_, i) => !usedC.has(i)),
  };
}

function slipDetail(m: TokenMatch, knowledge: NameKnowledge): NameDetail {
  const words = { written: m.query, meant: m.candidate };
  if (m.shortened) return text('name-detail.stand-in', { how: m.shortened, ...words });
  if (variantFold(m.query) === variantFold(m.candidate))
    return text('name-detail.stand-in', { how: 'spelling variant', ...words });
  const familiar = knowledge.familiarity(m.query);
  if (familiar !== 'unknown')
    return text('name-detail.read-as-another', { ...words, common: familiar === 'common' });
  return text('name-detail.typos', { typos: editDistance(m.query, m.candidate), ...words });
}

/**
 * Written with the words joined or split by one slip (LarsrHaugen, Anne Lise for Annelise): the whole
 * name compared without spaces, in either order. Only when the number of words differs, so a short
 * word's strictness cannot be sidestepped by gluing it to a long one.
 */
function compareJoined(query: string[], given: string[], family: string[]): NameComparison | null {
  if (query.length === given.length + family.length) return null;
  const written = query.join('');
  let best = Number.POSITIVE_INFINITY;
  // Every way the account's name can be written: given names then family or the other way round, with
  // leading given names left out as people do (a dropped name costs a little).
  for (let dropped = 0; dropped < given.length; dropped++) {
    const kept = given.slice(dropped);
    for (const order of [
      [...kept, ...family],
      [...family, ...kept],
    ]) {
      const joined = order.join('');
      const allowance = Math.min(written.length, joined.length) >= 8 ? 1.6 : 1;
      best = Math.min(best, slipCost(written, joined, allowance) + 0.4 * dropped);
    }
  }
  if (!Number.isFinite(best)) return null;
  const details: NameDetail[] = [text('name-detail.joined')];
  if (best > 0) details.push(text('name-detail.joined-slip'));
  const score = Math.max(0, 0.97 - 0.08 * best);
  return { score, kind: score >= 0.7 ? 'close' : 'different', details };
}

/** An exact name that needed Aa or Oe read as one letter. */
const LETTERS_READ_SCORE = 0.99;

/**
 * A name written "Family, Given" (as in lists, forms and e-mail signatures) put in the usual order: the
 * comma says which words are the family name, so it is the person's own name, not one read backwards.
 */
export function givenNamesFirst(written: string): string {
  const parts = written.split(',').map((part) => part.trim());
  const [family, given] = parts;
  return parts.length === 2 && family && given ? `${given} ${family}` : written;
}

/**
 * Compares the name a learner wrote with an account's given and family names. `knowledge` says which
 * written words are names in their own right (default: the common-name list).
 */
export function compareNames(
  asWritten: string,
  givenNames: string,
  familyName: string,
  knowledge: NameKnowledge = commonNameKnowledge,
): NameComparison {
  const written = givenNamesFirst(asWritten);
  const query = nameTokens(written);
  const given = nameTokens(givenNames);
  const family = nameTokens(familyName);
  const candidate = [...given, ...family];
  if (query.length === 0 || candidate.length === 0)
    return { score: 0, kind: 'different', details: [text('name-detail.no-name')] };
  if (query.join(' ') === candidate.join(' ')) {
    // The same letter for letter ranks a hair above the same only once Aa and Oe are read as Å and Ø
    // (Mo written: Knut Mo before Knut Moe; Haakon written: Haakon before Håkon), still exact.
    const letters = (t: string) => foldLetters(t).replace(/ /g, '');
    const literal = letters(written) === letters(`${givenNames} ${familyName}`);
    return { score: literal ? 1 : LETTERS_READ_SCORE, kind: 'exact', details: [] };
  }

  // Written together or apart (Karianne / Kari Anne), compared without spaces.
  const joinedQuery = query.join('');
  const joinedCandidate = candidate.join('');
  if (joinedQuery === joinedCandidate)
    return { score: 0.97, kind: 'close', details: [text('name-detail.spacing')] };

  const byWords = compareWordByWord(query, given, family, knowledge);
  const joined = compareJoined(query, given, family);
  return joined && joined.score > byWords.score ? joined : byWords;
}

function compareWordByWord(
  query: string[],
  given: string[],
  family: string[],
  knowledge: NameKnowledge,
): NameComparison {
  const candidate = [...given, ...family];
  const { matches, unmatchedQuery, unmatchedCandidate } = bestAssignment(
    query,
    candidate,
    given.length,
    knowledge,
  );
  const details: NameDetail[] = [];
  let cost = 0;
  let familiarMisreadings = 0;
  let typos = 0;
  let readAsAnother = false;
  for (const m of matches) {
    if (m.cost > 0) {
      cost += m.cost;
      const variant = variantFold(m.query) === variantFold(m.candidate);
      if (!m.shortened && knowledge.familiarity(m.query) !== 'unknown') {
        familiarMisreadings++;
        if (!variant) readAsAnother = true;
      } else if (!m.shortened && !variant) typos = Math.max(typos, editDistance(m.query, m.candidate));
      details.push(slipDetail(m, knowledge));
    }
  }
  const familyMatched = matches.some((m) => family.includes(m.candidate));
  const givenMatched = matches.some((m) => given.includes(m.candidate));
  // Swapped order: the first written word is the family name and the last a given name.
  const first = matches.find((m) => m.query === query[0]);
  const last = matches.find((m) => m.query === query.at(-1));
  const swapped =
    query.length > 1 &&
    first !== undefined &&
    last !== undefined &&
    family.includes(first.candidate) &&
    given.includes(last.candidate);
  if (swapped) details.push(text('name-detail.swapped'));
  const missingGiven = unmatchedCandidate.filter((t) => given.includes(t));
  const missingFamily = unmatchedCandidate.filter((t) => family.includes(t));
  if (missingGiven.length > 0)
    details.push(text('name-detail.not-written', { part: 'given', words: missingGiven.join(' ') }));
  if (missingFamily.length > 0)
    details.push(text('name-detail.not-written', { part: 'family', words: missingFamily.join(' ') }));
  if (unmatchedQuery.length > 0)
    details.push(text('name-detail.not-in-account', { words: unmatchedQuery.join(' ') }));

  if (!familyMatched || !givenMatched) {
    // One of the two names is missing or different: at best a weak match.
    const part = matches.length / Math.max(query.length, candidate.length);
    return {
      score: Math.min(0.45, part * 0.5),
      kind: 'different',
      details: [...details, text(familyMatched ? 'name-detail.given-differs' : 'name-detail.family-differs')],
      ...(unmatchedQuery.length === 0 && matches.length > 0 ? { unwritten: true as const } : {}),
    };
  }
  let score = 1;
  // The cost already holds the penalty for reading a name as another; the extra step keeps an exact
  // name clearly ahead of a near one.
  score -= 0.08 * cost + 0.05 * familiarMisreadings;
  score -= 0.04 * missingGiven.length + 0.08 * missingFamily.length;
  score -= 0.1 * unmatchedQuery.length;
  if (swapped) score -= 0.02;
  score = Math.max(0, Math.min(0.99, score));
  const kind = score >= 0.7 ? 'close' : 'different';
  const partial =
    kind === 'close' &&
    unmatchedQuery.length === 0 &&
    unmatchedCandidate.length > 0 &&
    matches.every((m) => m.cost === 0);
  const found: NameComparison = partial ? { score, kind, details, partial } : { score, kind, details };
  return {
    ...found,
    ...(typos > 0 ? { typos } : {}),
    ...(readAsAnother && kind === 'close' ? { readAsAnother: true as const } : {}),
  };
}

/** What a pet form's reading costs in the name search: no more than the cheapest search's slips. */
const PET_FORM_READING = 1;

/**
 * For each written token, the vocabulary terms it may be read as and what each reading costs (the
 * token itself at 0), within the slack readAsCost allows. A written word that is in the vocabulary
 * counts as known.
 */
export function tokenReadings(
  tokens: readonly string[],
  vocabulary: readonly string[],
): Map<string, number>[] {
  const onFile = new Set(vocabulary);
  const knowledge = nameKnowledge(onFile);
  return tokens.map((token) => {
    const readings = new Map([[token, 0]]);
    const reach = slipAllowance(token.length) + 1;
    for (const term of vocabulary) {
      if (term === token || Math.abs(term.length - token.length) > reach) continue;
      const cost = readAsCost(token, term, knowledge);
      if (cost !== null) readings.set(term, cost);
    }
    // The names a pet form stands for, whatever their length (Sasha: Oleksandr), unless it is a common
    // name itself (Tom), taken as meant. Read with the cheap readings, as surely as a slip: a pet form
    // that is also a word on file (Mo, in Moe-Olsen; Tommy) must not hide the given names it stands for
    // behind the accounts that have the word itself. The ranking prices it as a short form.
    if (!isCommonGivenName(token))
      for (const name of petFormNames(token))
        readings.set(name, Math.min(readings.get(name) ?? PET_FORM_READING, PET_FORM_READING));
    return readings;
  });
}

/** The terms of each reading that cost at most maxCost, as groups for a name-index search. */
export function readingsWithin(readings: readonly Map<string, number>[], maxCost: number): string[][] {
  return readings.map((r) => [...r].filter(([, cost]) => cost <= maxCost).map(([term]) => term));
}

/**
 * Widens each written token to the vocabulary terms it may be read as (within `maxCost`), so an index
 * of exact words still finds `Sievrtsen` under `sivertsen`.
 */
export function expandTokens(
  tokens: readonly string[],
  vocabulary: readonly string[],
  maxCost = Number.POSITIVE_INFINITY,
): string[][] {
  return readingsWithin(tokenReadings(tokens, vocabulary), maxCost);
}

/**
 * Other ways to cut the written words into name words: two words written together (Anne Lise for
 * Annelise) and one word split at a slip (LarsrHaugen, Nilsdahl). `isTerm` says which pieces are
 * words on file; only cuts into words on file are offered.
 */
export function alternativeTokenisations(
  tokens: readonly string[],
  isTerm: (t: string) => boolean,
): string[][] {
  const out: string[][] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const joined = tokens[i]! + tokens[i + 1]!;
    if (isTerm(joined)) out.push([...tokens.slice(0, i), joined, ...tokens.slice(i + 2)]);
  }
  tokens.forEach((token, i) => {
    if (token.length < 5 || isTerm(token)) return;
    for (const [left, right] of splitsOf(token)) {
      if (isTerm(left) && isTerm(right))
        out.push([...tokens.slice(0, i), left, right, ...tokens.slice(i + 1)]);
    }
  });
  return out;
}

/** The places a word could be cut in two: between two letters, or at a letter typed for the space. */
export function splitsOf(token: string): [string, string][] {
  const out: [string, string][] = [];
  for (let p = 2; p <= token.length - 2; p++) {
    out.push([token.slice(0, p), token.slice(p)]);
    if (p + 1 <= token.length - 2) out.push([token.slice(0, p), token.slice(p + 1)]);
  }
  return out;
}

/** Every piece alternativeTokenisations may ask about, so the caller can look them up in one query. */
export function tokenisationPieces(tokens: readonly string[]): string[] {
  const pieces = new Set<string>(tokens);
  for (let i = 0; i + 1 < tokens.length; i++) pieces.add(tokens[i]! + tokens[i + 1]!);
  for (const token of tokens) {
    if (token.length < 5) continue;
    for (const [left, right] of splitsOf(token)) {
      pieces.add(left);
      pieces.add(right);
    }
  }
  return [...pieces];
}

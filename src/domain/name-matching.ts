// How names are compared when a learner writes in: folding (case, accents, Å/AA, Ø/OE, Æ), tokens,
// double names and surname prefixes, and an edit distance that counts a swap of two letters as one typo.
// Pure: the database stores the index terms this module makes, and the ranking uses its comparisons.

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

/** Folds a name for comparison: `Kari-Anne Sæther` → `kari anne saether`, `Åse Haaland` → `ase haland`. */
export function foldName(text: string): string {
  let s = text.normalize('NFKC').toLowerCase();
  s = s.replace(/æ/g, 'ae').replace(/ä/g, 'ae').replace(/ø/g, 'o').replace(/ö/g, 'o').replace(/å/g, 'a');
  s = s.normalize('NFD').replace(/\p{M}/gu, '');
  s = s.replace(/['’`´]/g, '').replace(/[^a-z0-9]+/g, ' ');
  // Old spellings: Aa for Å, Oe for Ø (Haakon/Håkon, Soeren/Søren).
  s = s.replace(/aa/g, 'a').replace(/oe/g, 'o');
  return s.trim().replace(/\s+/g, ' ');
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

/** How many typos a token of this length may have and still count as the same word. */
export function typoAllowance(length: number): number {
  if (length <= 3) return 0;
  if (length <= 5) return 1;
  return 2;
}

export interface NameComparison {
  /** 0–1: 1 is the same name after folding. */
  score: number;
  kind: 'exact' | 'close' | 'different';
  /** What differed, in words an agent reads (e.g. "first and last name swapped"). */
  details: string[];
}

interface TokenMatch {
  query: string;
  candidate: string;
  distance: number;
}

function bestAssignment(
  query: string[],
  candidate: string[],
): { matches: TokenMatch[]; unmatchedQuery: string[]; unmatchedCandidate: string[] } {
  const pairs: { qi: number; ci: number; distance: number }[] = [];
  query.forEach((q, qi) => {
    candidate.forEach((c, ci) => {
      const allowance = typoAllowance(Math.max(q.length, c.length));
      const distance = editDistance(q, c, allowance);
      if (distance <= allowance) pairs.push({ qi, ci, distance });
    });
  });
  pairs.sort((x, y) => x.distance - y.distance || Math.abs(x.qi - x.ci) - Math.abs(y.qi - y.ci));
  const usedQ = new Set<number>();
  const usedC = new Set<number>();
  const matches: TokenMatch[] = [];
  for (const p of pairs) {
    if (usedQ.has(p.qi) || usedC.has(p.ci)) continue;
    usedQ.add(p.qi);
    usedC.add(p.ci);
    matches.push({ query: query[p.qi]!, candidate: candidate[p.ci]!, distance: p.distance });
  }
  return {
    matches,
    unmatchedQuery: query.filter((_, i) => !usedQ.has(i)),
    unmatchedCandidate: candidate.filter((_, i) => !usedC.has(i)),
  };
}

/** Compares the name a learner wrote with an account's given and family names. */
export function compareNames(written: string, givenNames: string, familyName: string): NameComparison {
  const query = nameTokens(written);
  const given = nameTokens(givenNames);
  const family = nameTokens(familyName);
  const candidate = [...given, ...family];
  if (query.length === 0 || candidate.length === 0)
    return { score: 0, kind: 'different', details: ['no name to compare'] };
  if (query.join(' ') === candidate.join(' ')) return { score: 1, kind: 'exact', details: [] };

  // Written together or apart (Karianne / Kari Anne), compared without spaces.
  const joinedQuery = query.join('');
  const joinedCandidate = candidate.join('');
  if (joinedQuery === joinedCandidate)
    return { score: 0.97, kind: 'close', details: ['written with different spacing or hyphens'] };

  const { matches, unmatchedQuery, unmatchedCandidate } = bestAssignment(query, candidate);
  const details: string[] = [];
  let typos = 0;
  for (const m of matches) {
    if (m.distance > 0) {
      typos += m.distance;
      details.push(
        `${m.distance === 1 ? '1 typo' : `${m.distance} typos`}: '${m.query}' for '${m.candidate}'`,
      );
    }
  }
  const familyMatched = matches.some((m) => family.includes(m.candidate));
  const givenMatched = matches.some((m) => given.includes(m.candidate));
  // Swapped order: the first written word is the family name and the last a given name.
  const first = matches.find((m) => m.query === query[0]);
  const last = matches.find((m) => m.query === query.at(-1));
  if (
    query.length > 1 &&
    first &&
    last &&
    family.includes(first.candidate) &&
    given.includes(last.candidate)
  ) {
    details.push('first and last name swapped');
  }
  const missingGiven = unmatchedCandidate.filter((t) => given.includes(t));
  const missingFamily = unmatchedCandidate.filter((t) => family.includes(t));
  if (missingGiven.length > 0) details.push(`given name '${missingGiven.join(' ')}' not written`);
  if (missingFamily.length > 0) details.push(`family name '${missingFamily.join(' ')}' not written`);
  if (unmatchedQuery.length > 0) details.push(`'${unmatchedQuery.join(' ')}' not in the account's name`);

  if (!familyMatched || !givenMatched) {
    // One of the two names is missing or different: at best a weak match.
    const part = matches.length / Math.max(query.length, candidate.length);
    return {
      score: Math.min(0.45, part * 0.5),
      kind: 'different',
      details: [...details, familyMatched ? 'given name differs' : 'family name differs'],
    };
  }
  let score = 1;
  score -= 0.07 * typos;
  score -= 0.04 * missingGiven.length + 0.08 * missingFamily.length;
  score -= 0.1 * unmatchedQuery.length;
  if (details.includes('first and last name swapped')) score -= 0.02;
  score = Math.max(0, Math.min(0.99, score));
  return { score, kind: score >= 0.7 ? 'close' : 'different', details };
}

/**
 * Widens each written token to the vocabulary terms within its typo allowance, so an index of exact
 * words still finds `Sievrtsen` under `sivertsen`.
 */
export function expandTokens(
  tokens: readonly string[],
  vocabulary: readonly string[],
  maxDistance = 2,
): string[][] {
  return tokens.map((token) => {
    const allowance = Math.min(maxDistance, typoAllowance(token.length));
    const near = new Set([token]);
    if (allowance > 0) {
      for (const term of vocabulary) {
        if (Math.abs(term.length - token.length) > allowance) continue;
        if (editDistance(token, term, allowance) <= allowance) near.add(term);
      }
    }
    return [...near];
  });
}

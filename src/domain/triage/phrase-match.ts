// Words of a ticket and the weighted phrases of topic-phrases.ts matched against them. A phrase list is
// compiled once into an index by first word, so a ticket costs about one look-up per word.

/** How many words may stand between the two halves of an 'a ~ b' phrase. */
const WINDOW = 5;

/**
 * Lower case, with the spellings that mean one word made one word ("e-post", "epost" and "e post";
 * "HMS-kort" and "hmskort"), and every other hyphen, punctuation and symbol a word break.
 */
export function normaliseForMatching(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[’`´]/g, "'")
      // Every way of writing "e-mail" is one word, so one phrase covers "e-post", "mailen", "email".
      .replace(/\b(?:e[\s-]?post|e[\s-]?mail|mail)/g, 'epost')
      .replace(/\be[\s-]?(læring|learning)/g, 'e$1')
      .replace(/\bhms(?:-|\s)?(kort|card|nummer|nr)/g, 'hms $1')
      .replace(/\bfirma[\s-]?id\b/g, 'firma id')
      // The person number has many names; the phrases use one.
      .replace(/\b(?:personnummer|personnr|fnr|fødselsnr|fodselsnummer)(?=\P{L}|$)/gu, 'fødselsnummer')
      .replace(/\borg(?:anisasjons)?[\s.-]*n(?:umme)?r\.?/g, 'orgnr')
  );
}

export function wordsOf(text: string): string[] {
  const words = normaliseForMatching(text).match(/[\p{L}\p{N}']+/gu) ?? [];
  // A quote used as punctuation ('fullt') is no part of the word; "don't" keeps its own.
  return words.map((w) => w.replace(/^'+|'+$/g, '')).filter((w) => w.length > 0);
}

interface WordPattern {
  text: string;
  stem: boolean;
}

interface CompiledPhrase {
  key: string;
  label: string;
  weight: number;
  /** One or two word sequences; the second must start within WINDOW words of the end of the first. */
  parts: WordPattern[][];
}

export interface PhraseIndex<K extends string> {
  /** First word (exact) → phrases. */
  exact: Map<string, { key: K; phrase: CompiledPhrase }[]>;
  /** First three letters of a stem → phrases whose first word is that stem. */
  stems: Map<string, { key: K; phrase: CompiledPhrase }[]>;
  /** Phrases whose first word is a stem of one or two letters, tried at every word. */
  shortStems: { key: K; phrase: CompiledPhrase }[];
  /** Long words of the phrases (stems as written), by first letter: what a typo is corrected to. */
  vocabulary: Map<string, WordPattern[]>;
}

function compileWord(raw: string): WordPattern {
  const stem = raw.endsWith('*');
  return { text: stem ? raw.slice(0, -1) : raw, stem };
}

function compilePhrase(label: string, weight: number): CompiledPhrase {
  const parts = label
    .split('~')
    .map((part) => wordsOf(part.replaceAll('*', ' STEMMARK ')).join(' '))
    .map((part) =>
      part
        .replace(/ stemmark/g, '*')
        .split(' ')
        .filter((w) => w !== '')
        .map(compileWord),
    )
    .filter((part) => part.length > 0);
  return { key: label, label: label.replace(/\s+/g, ' ').trim(), weight, parts };
}

/** Builds the index of every phrase of every key (a topic, or a language). */
export function indexPhrases<K extends string>(
  table: Readonly<Partial<Record<K, Readonly<Record<string, number>>>>>,
): PhraseIndex<K> {
  const index: PhraseIndex<K> = { exact: new Map(), stems: new Map(), shortStems: [], vocabulary: new Map() };
  for (const [key, phrases] of Object.entries(table) as [K, Readonly<Record<string, number>>][]) {
    for (const [label, weight] of Object.entries(phrases)) {
      const phrase = compilePhrase(label, weight);
      const first = phrase.parts[0]?.[0];
      if (!first) continue;
      for (const word of phrase.parts.flat()) {
        if (word.text.length < TYPO_MIN_LENGTH) continue;
        const list = index.vocabulary.get(word.text[0] as string) ?? [];
        if (!list.some((w) => w.text === word.text && w.stem === word.stem)) list.push(word);
        index.vocabulary.set(word.text[0] as string, list);
      }
      if (first.stem && first.text.length >= 3) {
        const bucket = first.text.slice(0, 3);
        const list = index.stems.get(bucket) ?? [];
        list.push({ key, phrase });
        index.stems.set(bucket, list);
      } else if (first.stem) {
        index.shortStems.push({ key, phrase });
      } else {
        const list = index.exact.get(first.text) ?? [];
        list.push({ key, phrase });
        index.exact.set(first.text, list);
      }
    }
  }
  return index;
}

/** Words this long or longer may carry one typo; shorter ones are too easily another word. */
const TYPO_MIN_LENGTH = 6;

/** True when a and b differ by one edit: a letter changed, added, dropped, or two letters swapped. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Corrects one typo in a long word that no phrase knows ("passrod" → "passord", "aktivring" →
 * "aktivering"), so text messages typed in a hurry still match. Only the matching sees the correction.
 */
export function correctTypos<K extends string>(index: PhraseIndex<K>, words: readonly string[]): string[] {
  return words.map((word) => (word.length < TYPO_MIN_LENGTH ? word : correctedWord(index, word)));
}

// Tickets reuse their words, so each long word is looked at once per index; the cache is bounded.
const corrections = new WeakMap<object, Map<string, string>>();
const MAX_CACHED_WORDS = 50_000;

function correctedWord<K extends string>(index: PhraseIndex<K>, word: string): string {
  let cache = corrections.get(index);
  if (!cache) {
    cache = new Map();
    corrections.set(index, cache);
  }
  const known = cache.get(word);
  if (known !== undefined) return known;
  const corrected = correctOnce(index, word);
  if (cache.size >= MAX_CACHED_WORDS) cache.clear();
  cache.set(word, corrected);
  return corrected;
}

function correctOnce<K extends string>(index: PhraseIndex<K>, word: string): string {
  const candidates = index.vocabulary.get(word[0] as string) ?? [];
  if (candidates.some((c) => (c.stem ? word.startsWith(c.text) : word === c.text))) return word;
  for (const candidate of candidates) {
    // One word the start of the other is an inflection ("endre", "endret"), not a typo.
    if (candidate.text.startsWith(word) || word.startsWith(candidate.text)) continue;
    // A stem is compared with the word cut to the stem's length (and one either side).
    const pieces = candidate.stem
      ? [
          word.slice(0, candidate.text.length),
          word.slice(0, candidate.text.length + 1),
          word.slice(0, candidate.text.length - 1),
        ]
      : [word];
    for (const piece of pieces) {
      if (oneEditApart(piece, candidate.text)) {
        return candidate.stem ? candidate.text + word.slice(piece.length) : candidate.text;
      }
    }
  }
  return word;
}

function wordMatches(word: string | undefined, pattern: WordPattern): boolean {
  if (word === undefined) return false;
  return pattern.stem ? word.startsWith(pattern.text) : word === pattern.text;
}

function sequenceAt(words: readonly string[], at: number, sequence: readonly WordPattern[]): boolean {
  for (let i = 0; i < sequence.length; i++) {
    if (!wordMatches(words[at + i], sequence[i] as WordPattern)) return false;
  }
  return true;
}

function phraseAt(words: readonly string[], at: number, phrase: CompiledPhrase): boolean {
  const [first, second] = phrase.parts as [WordPattern[], WordPattern[] | undefined];
  if (!sequenceAt(words, at, first)) return false;
  if (!second) return true;
  const from = at + first.length;
  for (let j = from; j <= from + WINDOW && j < words.length; j++) {
    if (sequenceAt(words, j, second)) return true;
  }
  // Either order: "e-posten har ikke kommet" is "ikke kommet ~ e-post*" said the other way round.
  for (let j = Math.max(0, at - WINDOW - second.length); j + second.length <= at; j++) {
    if (sequenceAt(words, j, second)) return true;
  }
  return false;
}

export interface PhraseHit<K extends string> {
  key: K;
  label: string;
  weight: number;
  /** Where the phrase first starts, in words: what is said first is mostly what is asked first. */
  at: number;
}

/** Every phrase found in the words, each counted once however often it occurs. */
export function findPhrases<K extends string>(
  index: PhraseIndex<K>,
  words: readonly string[],
): PhraseHit<K>[] {
  const seen = new Set<CompiledPhrase>();
  const hits: PhraseHit<K>[] = [];
  for (let at = 0; at < words.length; at++) {
    const word = words[at] as string;
    const lists = [index.exact.get(word), index.stems.get(word.slice(0, 3)), index.shortStems];
    for (const list of lists) {
      if (!list) continue;
      for (const { key, phrase } of list) {
        if (seen.has(phrase)) continue;
        if (phraseAt(words, at, phrase)) {
          seen.add(phrase);
          hits.push({ key, label: phrase.label, weight: phrase.weight, at });
        }
      }
    }
  }
  return hits;
}

// A person's full name as the agent types it from a ticket (W1's search): before the character rules of
// parseName, the shapes of text that are plainly no name are refused with what they are instead, so a
// pasted subject line, a question, an address or a number is asked for again, not searched for.

import { parseName } from './learner.js';
import { text } from './messages/index.js';
import type { NotANameKind } from './messages/names12.js';
import { type ParseResult, refused } from './parse-result.js';

/**
 * Words of a sentence or a request that no name holds: pronouns, question words, verbs and the desk's
 * nouns, in bokmål, nynorsk and English. Words that are names somewhere are left out ("My", "Min", "Kan",
 * "Will"), as are the particles of names ("av", "de", "van", "la").
 */
const NOT_NAME_WORDS = new Set([
  'jeg',
  'eg',
  'meg',
  'mitt',
  'mine',
  'hvordan',
  'korleis',
  'hvorfor',
  'kvifor',
  'hva',
  'kva',
  'hvem',
  'kven',
  'ikke',
  'ikkje',
  'har',
  'er',
  'skal',
  'vil',
  'glemt',
  'gløymt',
  'passord',
  'passordet',
  'brukernavn',
  'brukarnamn',
  'innlogging',
  'logge',
  'firma',
  'firmaet',
  'kurs',
  'kurset',
  'kursbevis',
  'hei',
  'hallo',
  'takk',
  'emne',
  'sak',
  'vedr',
  'angående',
  'how',
  'what',
  'why',
  'who',
  'where',
  'i',
  "i'm",
  'is',
  'are',
  'the',
  'not',
  'password',
  'login',
  'course',
  'company',
  'hello',
  'thanks',
  'please',
  'subject',
  'id',
  'e-post',
  'epost',
  'email',
  'e-mail',
]);

/** A label before the name ("Emne:", "Navn:", "Re:"): text before a colon. */
const LABEL = /^[^:]*\p{L}[^:]*:/u;

/** Why `typed` is plainly no name, or undefined when it may be one. */
function notANameKind(typed: string): NotANameKind | undefined {
  if (typed.includes('@')) return 'email';
  if (/\d/.test(typed)) return 'digits';
  // "Emne: firma id??" is a subject line first: its label says what was pasted.
  if (LABEL.test(typed)) return 'label';
  if (typed.includes('?')) return 'question';
  const words = typed
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);
  // Names run to five or six words ("Maria Isabel dos Santos Pereira"); more is a sentence.
  if (words.length > 6 || words.some((w) => NOT_NAME_WORDS.has(w.replace(/[.!]+$/, '')))) return 'sentence';
  return undefined;
}

/** A full name typed by the agent; refused, coded, when it is a subject line, a question, an address or a number. */
export function parseFullName(input: string): ParseResult<string> {
  const kind = notANameKind(input.trim());
  if (kind) return refused(text('guided.not-a-name', { kind }));
  return parseName(input, 'name');
}

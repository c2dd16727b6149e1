// A company name as people write it, folded so that spellings of one name compare equal: case, the
// Norwegian letters and their old spellings (Ø as O or Oe, Å as Aa, Æ as Ae), punctuation and spaces,
// and the legal form (AS, A/S, ASA, ANS, DA, SA, BA, ENK) wherever it stands.
import { foldName } from './name-matching.js';

/** Legal-form words, as foldName leaves them; only whole words are dropped (Dahl and Asker keep theirs). */
const LEGAL_FORMS = new Set(['as', 'asa', 'ans', 'da', 'sa', 'ba', 'enk']);

/** 'Sørlandets Bygg A/S' → 'sorlandets bygg'; 'Bane og Signal Norge AS' → 'bane og signal norge'. */
export function foldCompanyName(name: string): string {
  return foldName(name.replace(/\ba\/s\b/gi, ' '))
    .split(' ')
    .filter((word) => !LEGAL_FORMS.has(word))
    .join(' ');
}

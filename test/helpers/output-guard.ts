// What no output of kursdesk may contain (issue 16): a valid national ID (in any form people write one:
// one run of digits, DDMMYY-NNNNN, DD.MM.YY-NNNNN …), a link token, or a secret key. Every end-to-end run is
// checked with it (runBin), so the whole end-to-end suite doubles as a scan.
import {
  isSyntheticNationalId,
  nationalIdCheckDigitRule,
  writtenNationalIdsIn,
} from '../../src/domain/national-id.js';
import { TEST_SECRET } from './cli.js';

/** A link's token sits in its path; a public key or a hash of the same length elsewhere is not one. */
const TOKEN_LIKE = /https?:\/\/\S*?\/([A-Za-z0-9_-]{43})(?![A-Za-z0-9_.-])/g;

/** The kinds of secret found in a text (never the values themselves, which would repeat them). */
export function secretsIn(text: string, options: { tokensAllowed?: boolean } = {}): string[] {
  const found = new Set<string>();
  // Synthetic numbers (month + 80 or + 65) can never be a real person's; the demo data uses them.
  for (const { digits } of writtenNationalIdsIn(text)) {
    if (nationalIdCheckDigitRule(digits) !== null && !isSyntheticNationalId(digits))
      found.add('a valid national ID');
  }
  // A 43-character base64url path segment with letters and digits: the shape of a 256-bit link token.
  if (!options.tokensAllowed)
    for (const m of text.matchAll(TOKEN_LIKE))
      if (/\d/.test(m[0]) && /[A-Za-z]/.test(m[0])) found.add('a link token');
  if (text.includes(TEST_SECRET)) found.add('the national-ID key');
  if (/PRIVATE KEY/.test(text)) found.add('a private key');
  return [...found];
}

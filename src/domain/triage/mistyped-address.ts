// An address a ticket gives whose domain is a slip of a common one (gmial.com, online.nop, epost.tset):
// mail to it reaches nobody and no account is likely to have it, so triage does not run commands for it
// as the learner. The check of a domain against the common providers is address-checks' (the W2 check
// before a link is mailed); this adds top-level domains one letter or one swap off a common one. Pure.
import { domainOf, likelyDomainTypo } from '../address-checks.js';
import { editDistance } from '../name-matching.js';

/** Top-level domains triage takes as meant: the generic ones and the reserved test names. */
const MEANT_TOP_LEVEL = new Set([
  'com',
  'net',
  'org',
  'edu',
  'gov',
  'int',
  'mil',
  'biz',
  'info',
  'test',
  'example',
]);

/** The common top-level domains a slip is measured against. */
const SLIPPED_FROM = ['com', 'net', 'org', 'test'];

function topLevelSlip(tld: string): boolean {
  // Two letters are a country's (every pair is close to another); longer ones a slip when one letter
  // or one swap off a common top-level domain they are not.
  if (tld.length < 3 || MEANT_TOP_LEVEL.has(tld)) return false;
  return SLIPPED_FROM.some((known) => editDistance(tld, known, 1) <= 1);
}

/** Whether the address's domain looks like a typo (so the address is not the learner's to act on). */
export function isMistypedAddress(email: string): boolean {
  const domain = domainOf(email);
  return likelyDomainTypo(domain) !== undefined || topLevelSlip(domain.slice(domain.lastIndexOf('.') + 1));
}

// Before a link is mailed (W2): is the address on file likely to reach the learner? Two checks — a
// domain that looks like a typo of a common provider (or of the employer's own domain), and a domain
// that belongs to an employer the learner has left. Pure: the employers come in as data.
import { type Text, text } from './messages/index.js';
import { editDistance } from './name-matching.js';

/**
 * Mail providers Norwegian learners use most, most common first (ties in distance go to the earlier).
 * Very short domains (me.com, aol.com) are left out: too many real company domains are one letter away.
 */
export const COMMON_MAIL_DOMAINS: readonly string[] = [
  'gmail.com',
  'hotmail.com',
  'outlook.com',
  'online.no',
  'live.no',
  'hotmail.no',
  'icloud.com',
  'yahoo.com',
  'yahoo.no',
  'live.com',
  'googlemail.com',
  'protonmail.com',
  'proton.me',
  'getmail.no',
  'altibox.no',
  'lyse.net',
  'broadpark.no',
  'frisurf.no',
  'c2i.net',
  'telia.no',
  'yahoo.co.uk',
  'hotmail.co.uk',
];

/** Providers that have one domain only: the same name under another top-level domain is a slip. */
const SINGLE_DOMAIN_PROVIDERS: Readonly<Record<string, string>> = {
  gmail: 'gmail.com',
  googlemail: 'googlemail.com',
  icloud: 'icloud.com',
  protonmail: 'protonmail.com',
};

/** Top-level domains that do not exist but are one slip away from one that does. */
const TOP_LEVEL_SLIPS: Readonly<Record<string, string>> = {
  con: 'com',
  cmo: 'com',
  ocm: 'com',
  comm: 'com',
  coom: 'com',
  vom: 'com',
  xom: 'com',
  cpm: 'com',
  nop: 'no',
  nno: 'no',
  noo: 'no',
  nei: 'no',
  nte: 'net',
  ner: 'net',
  nett: 'net',
  ogr: 'org',
  orgg: 'org',
};

export function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

function withDomain(email: string, domain: string): string {
  return `${email.slice(0, email.lastIndexOf('@'))}@${domain}`;
}

/** How far a domain may be from a known one and still count as a typo of it. */
function typoAllowance(known: string): number {
  return known.length >= 9 ? 2 : 1;
}

const GENERIC_TOP_LEVEL = new Set(['com', 'net', 'org']);

/**
 * When only the top-level domain differs, it is a slip if it is one letter off a generic one (hotmail.co
 * for hotmail.com); another country's domain of the same provider (hotmail.dk, yahoo.de) is deliberate.
 */
function isTopLevelSlip(domain: string, candidate: string): boolean {
  const cut = (x: string) => [x.slice(0, x.lastIndexOf('.')), x.slice(x.lastIndexOf('.') + 1)] as const;
  const [base, tld] = cut(domain);
  const [knownBase, knownTld] = cut(candidate);
  if (base !== knownBase) return true;
  return GENERIC_TOP_LEVEL.has(knownTld) && editDistance(tld, knownTld, 1) <= 1;
}

/**
 * A known domain with what the scan needs of it: its allowance and its letters (code, count), so a domain
 * with too many letters of its own is passed over before the edit distance is worked out.
 */
interface KnownDomain {
  domain: string;
  allowance: number;
  letters: readonly (readonly [code: number, count: number])[];
}

function knownDomain(domain: string): KnownDomain {
  const counts = new Map<number, number>();
  for (let i = 0; i < domain.length; i++) {
    const code = domain.charCodeAt(i) & 127;
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return { domain, allowance: typoAllowance(domain), letters: [...counts] };
}

const COMMON_SET: ReadonlySet<string> = new Set(COMMON_MAIL_DOMAINS);
const COMMON_KNOWN: readonly KnownDomain[] = COMMON_MAIL_DOMAINS.map(knownDomain);

/**
 * A lower bound of the edit distance from the letter counts alone: a slip adds or drops one letter, or
 * changes one (two counts), and a swap changes none, so the distance is at least half the count difference.
 * Letters are folded into 128 slots (a fold only lowers the bound, so it stays a bound).
 */
function letterBound(d: string, counts: Uint32Array, known: KnownDomain): number {
  let shared = 0;
  for (const [code, count] of known.letters) shared += Math.min(counts[code]!, count);
  return Math.ceil((d.length + known.domain.length - 2 * shared) / 2);
}

/** The domain this one was probably meant to be, or undefined when it looks deliberate. */
export function likelyDomainTypo(
  domain: string,
  known: readonly string[] = COMMON_MAIL_DOMAINS,
): string | undefined {
  const d = domain.toLowerCase();
  if (COMMON_SET.has(d) || known.includes(d)) return undefined;
  const labels = d.split('.');
  const single = SINGLE_DOMAIN_PROVIDERS[labels.at(-2) ?? ''];
  if (single && labels.length === 2) return single;
  const counts = new Uint32Array(128);
  for (let i = 0; i < d.length; i++) counts[d.charCodeAt(i) & 127]! += 1;
  let best: { domain: string; distance: number } | undefined;
  for (const candidate of known === COMMON_MAIL_DOMAINS ? COMMON_KNOWN : known.map(knownDomain)) {
    const { allowance } = candidate;
    // Cheap checks first: the lengths, then the letters, each a bound the distance cannot beat.
    const limit = best ? Math.min(allowance, best.distance - 1) : allowance;
    if (Math.abs(d.length - candidate.domain.length) > limit) continue;
    if (letterBound(d, counts, candidate) > limit) continue;
    const distance = editDistance(d, candidate.domain, allowance);
    if (distance > limit) continue;
    if (!isTopLevelSlip(d, candidate.domain)) continue;
    best = { domain: candidate.domain, distance };
  }
  if (best) return best.domain;
  const tld = TOP_LEVEL_SLIPS[labels.at(-1) ?? ''];
  if (tld) return [...labels.slice(0, -1), tld].join('.');
  return undefined;
}

export interface EmployerDomains {
  name: string;
  orgNumber: string;
  /** companies.email_domains: comma-separated. */
  domains: string | null;
}

export function splitDomains(domains: string | null): string[] {
  return (domains ?? '')
    .split(/[,;\s]+/)
    .map((d) => d.trim().toLowerCase().replace(/^@/, ''))
    .filter(Boolean);
}

function onDomain(domain: string, companyDomain: string): boolean {
  return domain === companyDomain || domain.endsWith(`.${companyDomain}`);
}

/** The company domain (from companies.email_domains) an address is on, if any; subdomains count. */
export function employerDomainOf(email: string, domains: string | null): string | undefined {
  const domain = domainOf(email);
  return splitDomains(domains).find((d) => onDomain(domain, d));
}

export type AddressWarning =
  | { kind: 'typo'; domain: string; suggestion: string; suggestedEmail: string; message: string; text: Text }
  | {
      kind: 'former-employer';
      domain: string;
      company: string;
      orgNumber: string;
      message: string;
      text: Text;
    };

export interface AddressFacts {
  email: string;
  currentEmployer: EmployerDomains | undefined;
  /** Employers the learner has left (the current one excluded). */
  formerEmployers: readonly EmployerDomains[];
}

/** What is wrong with the address on file, worded for the agent; empty when nothing is. */
export function checkAddress(facts: AddressFacts): AddressWarning[] {
  const domain = domainOf(facts.email);
  const warnings: AddressWarning[] = [];
  const currentDomains = splitDomains(facts.currentEmployer?.domains ?? null);
  if (!currentDomains.some((d) => onDomain(domain, d))) {
    const suggestion = likelyDomainTypo(domain, [...COMMON_MAIL_DOMAINS, ...currentDomains]);
    if (suggestion) {
      const said = text('address.typo', { email: facts.email, domain, suggestion });
      warnings.push({
        kind: 'typo',
        domain,
        suggestion,
        suggestedEmail: withDomain(facts.email, suggestion),
        message: said.in('en'),
        text: said,
      });
    }
    for (const former of facts.formerEmployers) {
      if (splitDomains(former.domains).some((d) => onDomain(domain, d))) {
        const said = text('address.former-employer', {
          email: facts.email,
          domain,
          company: former.name,
          orgNumber: former.orgNumber,
        });
        warnings.push({
          kind: 'former-employer',
          domain,
          company: former.name,
          orgNumber: former.orgNumber,
          message: said.in('en'),
          text: said,
        });
        break;
      }
    }
  }
  return warnings;
}

// A company as an agent names it: an organisation number, or (part of) a name from the ticket. One
// resolver serves every place a company is asked for (--employer, --to, --from, prompts); it returns
// what it found and the command decides how to say it or ask.
import { findCompanies } from '../../db/queries/companies.js';
import { registerUnitsNamed } from '../../db/queries/registry.js';
import { foldCompanyName } from '../../domain/company-name.js';
import { text as message, type Text } from '../../domain/messages/index.js';
import { parseOrgNumber } from '../../domain/org-number.js';
import { UsageError } from '../../errors.js';
import type { WorkflowDeps } from '../deps.js';

export interface CompanyCandidate {
  org_number: string;
  name: string;
  /** Customer status, or the register unit's town. */
  detail: string;
}

export type CompanyResolution =
  | { kind: 'org-number'; orgNumber: string }
  | { kind: 'invalid-org-number'; query: string; error: string; text?: Text | undefined }
  | { kind: 'unique'; query: string; company: CompanyCandidate }
  | { kind: 'several'; query: string; candidates: CompanyCandidate[]; more: boolean }
  | { kind: 'none'; query: string };

/** How many candidates a list shows; one more is fetched to know whether there are more. */
export const SHOWN_CANDIDATES = 10;

/**
 * Digits with the separators people write (spaces, dots, dashes: 988-077-917), an NO…MVA wrapping or
 * the Peppol 0192: prefix, as parseOrgNumber reads them: meant as an org number, so a bad one is an
 * error, not a name.
 */
function meantAsOrgNumber(text: string): boolean {
  return /^(NO|0192:)?[\d.-]+(MVA)?$/i.test(text.replace(/\s/g, ''));
}

/**
 * `whole` says which candidates the query names in full (by default: its name folded, so ignoring the
 * legal form, case and how Æ, Ø and Å are written).
 */
function pick(
  query: string,
  candidates: CompanyCandidate[],
  whole = (c: CompanyCandidate) => foldCompanyName(c.name) === foldCompanyName(query),
): CompanyResolution {
  if (candidates.length === 0) return { kind: 'none', query };
  if (candidates.length === 1) return { kind: 'unique', query, company: candidates[0] as CompanyCandidate };
  // "Bane og Signal" names "Bane og Signal AS" even when "Bane og Signal Nord AS" also contains it.
  const exact = candidates.filter(whole);
  if (exact.length === 1) return { kind: 'unique', query, company: exact[0] as CompanyCandidate };
  return {
    kind: 'several',
    query,
    candidates: candidates.slice(0, SHOWN_CANDIDATES),
    more: candidates.length > SHOWN_CANDIDATES,
  };
}

function asOrgNumber(text: string): CompanyResolution {
  const org = parseOrgNumber(text);
  return org.ok
    ? { kind: 'org-number', orgNumber: org.value }
    : { kind: 'invalid-org-number', query: text, error: org.error, text: org.text };
}

/** An org number as it is; else a name of two letters or more, looked up with `named`. */
async function resolveByNumberOrName(
  text: string,
  named: (query: string, limit: number) => Promise<{ org_number: string; name: string; detail: string }[]>,
): Promise<CompanyResolution> {
  const query = text.trim();
  if (meantAsOrgNumber(query)) return asOrgNumber(query);
  if (query.length < 2) throw new UsageError(message('company.name-too-short', { value: text }));
  const found = await named(query, SHOWN_CANDIDATES + 1);
  if (found.length > 0) return pick(query, found);
  // 'Bru & Tunnel' for 'Bru og Tunnel AS', or the other way round: the name as the register writes it.
  for (const spelling of otherSpellings(query)) {
    const more = await named(spelling, SHOWN_CANDIDATES + 1);
    if (more.length > 0)
      return pick(query, more, (c) => foldCompanyName(c.name) === foldCompanyName(spelling));
  }
  // Written loosely (Ø as O or Oe, Å as Aa, Æ as Ae, spaces, A/S): the names are compared folded, as
  // people's names are, among those holding a piece of the query that folding leaves as it is.
  const folded = foldCompanyName(query);
  const piece = steadyPiece(folded);
  if (piece.length >= MIN_STEADY_PIECE) {
    const near = (await named(piece, LOOSE_CANDIDATES)).filter((c) =>
      foldCompanyName(c.name).includes(folded),
    );
    if (near.length > 0) {
      // pick's whole-name test is the folded name already.
      return pick(query, near.slice(0, SHOWN_CANDIDATES + 1));
    }
  }
  return pick(query, found);
}

/** At least this long, so the look-up by a piece stays narrow; at most this many rows compared. */
const MIN_STEADY_PIECE = 4;
const LOOSE_CANDIDATES = 500;

/**
 * The longest piece of a folded name that any spelling of it keeps as it is: no a or o (Å, Aa, Æ, Ø,
 * Oe and Ö all fold to them) and no e after one (the e of Ae and Oe). 'sorlandets kontaktledning' →
 * 'ktledning'.
 */
function steadyPiece(folded: string): string {
  let best = '';
  for (const run of folded.replace(/([ao])e/g, '$1').split(/[ao\s]+/))
    if (run.length > best.length) best = run;
  return best;
}

/** The same company name with its 'and' written the other ways (&, og, and). */
function otherSpellings(name: string): string[] {
  const and = /\s*&\s*|\s+(?:og|and)\s+/gi;
  if (name.search(and) < 0) return [];
  return [' og ', ' & ', ' and '].map((word) => name.replace(and, word)).filter((s) => s !== name);
}

/** A customer company (the companies table) by org number or name. */
export function resolveCustomer(deps: Pick<WorkflowDeps, 'db'>, text: string): Promise<CompanyResolution> {
  return resolveByNumberOrName(text, async (query, limit) =>
    (await findCompanies(deps.db.kysely, query, limit)).map((c) => ({
      org_number: c.org_number,
      name: c.name,
      detail: c.status,
    })),
  );
}

/** A unit of the loaded Brønnøysund extract by org number or name (registry lookup). */
export function resolveRegisterUnit(
  deps: Pick<WorkflowDeps, 'db'>,
  text: string,
): Promise<CompanyResolution> {
  return resolveByNumberOrName(text, async (query, limit) =>
    (await registerUnitsNamed(deps.db.kysely, query, limit)).map((u) => ({
      org_number: u.org_number,
      name: u.name,
      detail: u.city ?? '',
    })),
  );
}

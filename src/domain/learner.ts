// What a learner record may hold, as parsers from typed input to trusted values, and the rules that
// tie its fields together (account type ↔ employer, HMS card age).
import { addMonths, ageText } from './dates.js';
import { echoed } from './echoed-input.js';
import { text } from './messages/index.js';
import { holdsNationalId, maskNationalIdShapesIn } from './national-id.js';
import { type ParseResult, refused } from './parse-result.js';

export const ACCOUNT_TYPES = ['free', 'full', 'driver'] as const;
export type AccountType = (typeof ACCOUNT_TYPES)[number];
export const ACCOUNT_STATUSES = ['pending', 'active', 'disabled'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

/** An HMS card is valid for at most two years. */
export const HMS_CARD_VALIDITY_MONTHS = 24;

const NAME = /^[\p{L}][\p{L}\p{M}'’. -]*$/u;

export function parseName(input: string, what: string): ParseResult<string> {
  // NFC: a name typed on a Mac (decomposed å) must equal the same name typed elsewhere.
  const value = input
    .normalize('NFC')
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/\s*-\s*/g, '-');
  if (value === '') return refused(text('name.empty', { what }));
  if (value.length > 100) return refused(text('name.too-long', { what }));
  if (!NAME.test(value)) {
    if (/^[\p{M}'’. -]/u.test(value)) {
      return refused(text('name.first-not-letter', { what, value: maskNationalIdShapesIn(value) }));
    }
    const bad = [...value].find((ch) => !/[\p{L}\p{M}'’. -]/u.test(ch));
    // An invisible or control character is named by its code, never printed (it could reorder or
    // retitle the agent's terminal); nor is the rest of the value.
    if (bad !== undefined && /[\p{C}]/u.test(bad)) {
      const code = bad.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0');
      return refused(text('name.invisible-character', { what, codePoint: code ?? '' }));
    }
    // A national ID typed where the name belongs (the guided greeting's first name) is never read back.
    const shown = maskNationalIdShapesIn(value);
    return refused(text('name.bad-character', { what, value: shown, character: bad ?? value[0] ?? '' }));
  }
  return { ok: true, value };
}

const EMAIL_LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$/;
const DOMAIN_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** An e-mail address, lower-cased; messages say which part is wrong. */
export function parseEmail(input: string): ParseResult<string> {
  const value = input.trim().toLowerCase();
  if (value === '') return refused(text('email.empty'));
  // What the messages read back: a national ID typed where the address belonged is hidden, valid or mistyped.
  const shown = (part: string) => echoed(maskNationalIdShapesIn(part));
  if (/\s/.test(value)) return refused(text('email.space', { value: shown(value) }));
  const at = value.lastIndexOf('@');
  if (at < 0) return refused(text('email.no-at', { value: shown(value) }));
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (local === '') return refused(text('email.nothing-before-at', { value: shown(value) }));
  if (domain === '') return refused(text('email.nothing-after-at', { value: shown(value) }));
  if (!EMAIL_LOCAL.test(local) || local.startsWith('.') || local.endsWith('.') || local.includes('..')) {
    return refused(text('email.bad-local-part', { value: shown(value), local: shown(local) }));
  }
  if (!domain.includes('.'))
    return refused(text('email.no-top-level', { value: shown(value), domain: shown(domain) }));
  const labels = domain.split('.');
  if (labels.some((l) => !DOMAIN_LABEL.test(l)))
    return refused(text('email.bad-domain', { value: shown(value), domain: shown(domain) }));
  if (!/^[a-z]{2,}$/.test(labels.at(-1) ?? '')) {
    return refused(text('email.bad-top-level', { value: shown(value), label: labels.at(-1) ?? '' }));
  }
  if (value.length > 254) return refused(text('email.too-long'));
  return { ok: true, value };
}

/** HMS card numbers have no public format or check digit: an opaque code of 4–20 letters and digits. */
export function parseHmsCardNumber(input: string): ParseResult<string> {
  const value = input.replace(/[\s-]/g, '').toUpperCase();
  if (value === '') return refused(text('hms-card.empty'));
  // A national ID typed where the card's number belongs would be stored in clear (never quoted back).
  if (holdsNationalId(value) || holdsNationalId(input)) return refused(text('hms-card.national-id'));
  if (!/^[A-Z0-9]+$/.test(value))
    return refused(text('hms-card.bad-characters', { value: echoed(maskNationalIdShapesIn(input.trim())) }));
  if (value.length < 4 || value.length > 20) {
    return refused(
      text('hms-card.length', { value: echoed(maskNationalIdShapesIn(value)), length: value.length }),
    );
  }
  return { ok: true, value };
}

/**
 * Norwegian (8 digits, optionally +47/0047/47) or international (+ and 7–15 digits) phone numbers, as
 * E.164. Norwegian numbers follow the numbering plan (norwegian-ids.md §6): 8 digits starting 2–9,
 * except the 58 series, which has 12.
 */
export function parsePhone(input: string): ParseResult<string> {
  const compact = input.replace(/[\s().-]/g, '');
  const error = (why: 'phone.not-a-number' | 'phone.not-norwegian'): ParseResult<string> =>
    refused(text(why, { value: echoed(maskNationalIdShapesIn(input.trim())) }));
  let e164: string;
  if (compact.startsWith('+')) e164 = compact;
  else if (compact.startsWith('00')) e164 = `+${compact.slice(2)}`;
  else if (/^47\d{8}$/.test(compact)) e164 = `+${compact}`;
  else e164 = `+47${compact}`;
  if (!/^\+[1-9]\d{6,14}$/.test(e164)) return error('phone.not-a-number');
  if (e164.startsWith('+47')) {
    const national = e164.slice(3);
    const valid =
      /^58\d{10}$/.test(national) || (/^[2-9]\d{7}$/.test(national) && !national.startsWith('58'));
    if (!valid) return error('phone.not-norwegian');
  }
  return { ok: true, value: e164 };
}

/** The longest invoice reference kept: what fits the reference field of an EHF/Peppol invoice line. */
export const INVOICE_REFERENCE_MAX = 60;

/**
 * An invoice reference is the employer's own free text (a cost centre, a PO number), so any printable
 * characters go, up to 60 after trimming; control, format and private-use characters (tabs, line breaks,
 * zero-width spaces) are refused, since they would break the invoice and are never meant.
 */
export function parseInvoiceReference(input: string): ParseResult<string> {
  const value = input.normalize('NFC').trim();
  if (value === '') return refused(text('invoice-reference.empty'));
  const length = [...value].length;
  if (length > INVOICE_REFERENCE_MAX)
    return refused(text('invoice-reference.too-long', { length, max: INVOICE_REFERENCE_MAX }));
  const bad = /\p{C}/u.exec(value);
  if (bad) {
    const code = bad[0].codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0');
    const position = [...value.slice(0, bad.index)].length + 1;
    return refused(text('invoice-reference.unprintable', { codePoint: code ?? '', position }));
  }
  if (holdsNationalId(value)) return refused(text('invoice-reference.national-id'));
  return { ok: true, value };
}

export function parseChoice<T extends string>(
  input: string,
  choices: readonly T[],
  what: string,
): ParseResult<T> {
  const value = input.trim().toLowerCase();
  return (choices as readonly string[]).includes(value)
    ? { ok: true, value: value as T }
    : { ok: false, error: `${what} '${input}' is not one of ${choices.join(', ')}` };
}

/** Paid courses are invoiced to the employer, so full and driver accounts need one. */
export function typeNeedsEmployer(type: AccountType): boolean {
  return type !== 'free';
}

export interface HmsCardState {
  registeredOn: string;
  age: string;
  renewalDue: string;
  overdue: boolean;
}

export function hmsCardState(registeredOn: string, today: string): HmsCardState {
  const renewalDue = addMonths(registeredOn, HMS_CARD_VALIDITY_MONTHS);
  return { registeredOn, age: ageText(registeredOn, today), renewalDue, overdue: renewalDue <= today };
}

export function fullName(given: string, family: string): string {
  return `${given} ${family}`;
}

// What a customer company record holds, and one parser per field. The registration of one company
// (W7) and the bulk import (W8) both go through these parsers, so a value is accepted or refused the
// same way whichever door it came in by.
import { parseEmail, parseName, parsePhone } from '../learner.js';
import { text as message, type Text } from '../messages/index.js';
import { parseOrgNumber } from '../org-number.js';
import { type ParseResult, refused } from '../parse-result.js';

/** The company fields a request or an import row can give, in storage order. */
export const COMPANY_FIELDS = [
  'org_number',
  'name',
  'business_street',
  'business_postal_code',
  'business_city',
  'invoice_street',
  'invoice_postal_code',
  'invoice_city',
  'invoice_email',
  'contact_name',
  'contact_email',
  'contact_phone',
  'email_domains',
] as const;

export type CompanyField = (typeof COMPANY_FIELDS)[number];

/** Parsed company values: every field present, null where not given. */
export type CompanyValues = { org_number: string; name: string | null } & {
  [K in Exclude<CompanyField, 'org_number' | 'name'>]: string | null;
};

export const FIELD_INDEX: Readonly<Record<CompanyField, number>> = Object.fromEntries(
  COMPANY_FIELDS.map((field, i) => [field, i]),
) as Record<CompanyField, number>;

/** Fields every import row and every request must have. */
export const REQUIRED_FIELDS: readonly CompanyField[] = [
  'org_number',
  'name',
  'contact_name',
  'contact_email',
  'contact_phone',
];

/** Parses a non-empty value; the empty string means "not given" and is handled by the caller. */
type FieldParser = (text: string) => ParseResult<string>;

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** Already clean: no control characters, no whitespace but single inner spaces (the usual case). */
const CLEAN_TEXT =
  /^[^\s\u0000-\u001f\u007f-\u009f](?:[^\s\u0000-\u001f\u007f-\u009f]| (?=[^\s\u0000-\u001f\u007f-\u009f]))*$/;

/** Trims, collapses inner whitespace (line breaks from spreadsheet cells included) and bounds the length. */
/** Characters that reorder the text around them: a name with them can show as something else. */
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
/** A cell starting with one of these is run as a formula by spreadsheets. */
const FORMULA_START = /^\s*[=+\-@]/;

/**
 * Text a company record may not hold: bidirectional controls (a spoofed name), and a formula start,
 * which no registered name or address has and which a spreadsheet opening a kursdesk CSV would run.
 */
function unsafeText(what: string, value: string): Text | undefined {
  const bidi = BIDI_CONTROL.exec(value);
  if (bidi) {
    const codePoint = bidi[0].codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0') ?? '';
    return message('company-field.bidi-control', { what, codePoint });
  }
  if (FORMULA_START.test(value))
    return message('company-field.formula-start', { what, first: value.trim()[0] ?? '' });
  return undefined;
}

/**
 * The usual value, checked in one pass: no whitespace but single inner spaces, no control, no
 * bidirectional control, no formula start, within `max`. True means CLEAN_TEXT matches and unsafeText
 * finds nothing; false only means "ask the full parser" (characters from U+1680 on always do).
 */
function plainAndSafe(text: string, max: number): boolean {
  const length = text.length;
  if (length === 0 || length > max) return false;
  const first = text.charCodeAt(0);
  if (first === 0x3d || first === 0x2b || first === 0x2d || first === 0x40) return false; // = + - @
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x20 && c < 0x7f) continue;
    if (c === 0x20) {
      if (i === 0 || i === length - 1 || text.charCodeAt(i + 1) === 0x20) return false;
      continue;
    }
    // U+00A1–U+167F hold no whitespace and one bidirectional control (U+061C).
    if (c >= 0xa1 && c < 0x1680 && c !== 0x061c) continue;
    return false;
  }
  return true;
}

function plainText(what: string, max: number): FieldParser {
  return (text) => {
    if (plainAndSafe(text, max)) return { ok: true, value: text };
    const unsafe = unsafeText(what, text);
    if (unsafe) return refused(unsafe);
    if (text.length <= max && CLEAN_TEXT.test(text)) return { ok: true, value: text };
    const value = text.trim().replace(/\s+/g, ' ');
    if (value === '') return refused(message('company-field.empty', { what }));
    if (value.length > max) return refused(message('company-field.too-long', { what, max }));
    if (CONTROL.test(value)) return refused(message('company-field.control-character', { what }));
    return { ok: true, value };
  };
}

function isDigits(text: string, count: number): boolean {
  if (text.length !== count) return false;
  for (let i = 0; i < count; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

export function parsePostalCode(text: string): ParseResult<string> {
  if (isDigits(text, 4)) return { ok: true, value: text };
  const value = text.replace(/\s/g, '');
  if (/^\d{4}$/.test(value)) return { ok: true, value };
  return refused(message('company-field.postal-code', { value: text.trim() }));
}

const DOMAIN = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** `firma.no, Firma.com` → `firma.no,firma.com`: the domains the company's staff have addresses on. */
export function parseEmailDomains(text: string): ParseResult<string> {
  if (DOMAIN.test(text)) return { ok: true, value: text };
  const domains = text
    .toLowerCase()
    .split(/[\s,;]+/)
    .map((d) => d.replace(/^@/, ''))
    .filter(Boolean);
  if (domains.length === 0) return refused(message('company-field.email-domains-empty'));
  for (const domain of domains) {
    if (!DOMAIN.test(domain)) return refused(message('company-field.not-an-email-domain', { domain }));
  }
  return { ok: true, value: [...new Set(domains)].join(',') };
}

/** The common shape (already lower-case, plain) is accepted at once; anything else gets the full parser. */
const PLAIN_EMAIL =
  /^[a-z0-9_%+-]+(?:\.[a-z0-9_%+-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** A plain name (letters, single spaces, hyphen, apostrophe) passes at once; others get the full parser. */
const PLAIN_NAME = /^[A-Za-zÀ-ÖØ-öø-ÿ](?:[A-Za-zÀ-ÖØ-öø-ÿ'’.]|[ -](?=[A-Za-zÀ-ÖØ-öø-ÿ]))*$/;

function parseContactName(text: string): ParseResult<string> {
  if (text.length <= 100 && PLAIN_NAME.test(text)) return { ok: true, value: text };
  return parseName(text, 'contact name');
}

/** Eight digits (Norway) or + and digits need no clean-up; others get the full parser. */
function parseCompanyPhone(text: string): ParseResult<string> {
  if (isDigits(text, 8)) return { ok: true, value: `+47${text}` };
  return parsePhone(text);
}

function parseCompanyEmail(text: string): ParseResult<string> {
  if (text.length <= 254 && PLAIN_EMAIL.test(text)) return { ok: true, value: text };
  return parseEmail(text);
}

export const FIELD_PARSERS: Readonly<Record<CompanyField, FieldParser>> = {
  org_number: parseOrgNumber,
  name: plainText('name', 200),
  business_street: plainText('street address', 200),
  business_postal_code: parsePostalCode,
  business_city: plainText('city', 100),
  invoice_street: plainText('invoice street address', 200),
  invoice_postal_code: parsePostalCode,
  invoice_city: plainText('invoice city', 100),
  invoice_email: parseCompanyEmail,
  contact_name: parseContactName,
  contact_email: parseCompanyEmail,
  contact_phone: parseCompanyPhone,
  email_domains: parseEmailDomains,
};

/** A value that could not be used, with the field it belongs to. */
export interface FieldIssue {
  field: CompanyField;
  value: string;
  /** In English (import reports and the commands print it). */
  reason: string;
  /** The reason coded, where it is in the catalogue (the guided mode says it in the agent's language). */
  text?: Text;
}

/** An issue whose reason is coded. */
export function fieldIssue(field: CompanyField, value: string, reason: Text): FieldIssue {
  return { field, value, reason: reason.in('en'), text: reason };
}

/** The three parts of an address go together: all or none. */
export const ADDRESS_GROUPS = [
  ['business_street', 'business_postal_code', 'business_city'],
  ['invoice_street', 'invoice_postal_code', 'invoice_city'],
] as const satisfies readonly (readonly CompanyField[])[];

export function addressIssues(values: Readonly<Record<CompanyField, string | null>>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const group of ADDRESS_GROUPS) {
    const given = group.filter((f) => values[f] !== null);
    if (given.length === 0 || given.length === group.length) continue;
    for (const field of group) {
      if (values[field] === null) {
        issues.push(fieldIssue(field, '', message('company-field.address-incomplete', { field })));
      }
    }
  }
  return issues;
}

/** Addresses compare equal when they differ only in case, spacing or punctuation. */
export function sameAddress(a: readonly (string | null)[], b: readonly (string | null)[]): boolean {
  return a.length === b.length && a.every((part, i) => foldAddress(part) === foldAddress(b[i] ?? null));
}

function foldAddress(s: string | null): string {
  return s === null ? '' : s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** sameAddress for two address groups given as positions in one list of values (no lists made). */
export function sameAddressAt(
  values: readonly (string | null)[],
  a: readonly number[],
  b: readonly number[],
): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = values[a[i] as number] ?? null;
    const y = values[b[i] as number] ?? null;
    if (x !== y && foldAddress(x) !== foldAddress(y)) return false;
  }
  return true;
}

/**
 * Parses the raw values of one company (from flags, a request file or an import row). Absent or
 * empty values become null; `required` names the fields that must be there.
 */
export function parseCompanyValues(
  raw: Partial<Record<CompanyField, string | undefined>>,
  required: readonly CompanyField[] = REQUIRED_FIELDS,
): { ok: true; values: CompanyValues } | { ok: false; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const values = {} as Record<CompanyField, string | null>;
  for (const field of COMPANY_FIELDS) {
    const text = raw[field];
    if (text === undefined || text.trim() === '') {
      values[field] = null;
      if (required.includes(field))
        issues.push(
          fieldIssue(
            field,
            '',
            message('company-field.required', { field, description: describeField(field) }),
          ),
        );
      continue;
    }
    const result = FIELD_PARSERS[field](text);
    if (result.ok) values[field] = result.value;
    else {
      values[field] = null;
      issues.push({
        field,
        value: text,
        reason: result.error,
        ...(result.text ? { text: result.text } : {}),
      });
    }
  }
  if (issues.length === 0) issues.push(...addressIssues(values));
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, values: values as CompanyValues };
}

const DESCRIPTIONS: Readonly<Record<CompanyField, string>> = {
  org_number: 'organisation number',
  name: 'company name',
  business_street: 'business street address',
  business_postal_code: 'business postal code',
  business_city: 'business city',
  invoice_street: 'invoice street address',
  invoice_postal_code: 'invoice postal code',
  invoice_city: 'invoice city',
  invoice_email: 'invoice e-mail',
  contact_name: 'contact person',
  contact_email: "contact person's e-mail",
  contact_phone: "contact person's phone",
  email_domains: 'e-mail domains',
};

export function describeField(field: CompanyField): string {
  return DESCRIPTIONS[field];
}

// The bulk import's view of a CSV file (W8): which column holds which field (Norwegian or English
// header names), and a row checker compiled once from that plan, so each row costs a few plain
// function calls and no allocation beyond its values. Pure: rows in, checked values or issues out.
import type { CopyLineBuffer } from '../ingest/copy-text.js';
import { IntMap } from '../ingest/int-map.js';
import { type CodedData, text as coded, type Text } from '../messages/index.js';
import {
  ADDRESS_GROUPS,
  COMPANY_FIELDS,
  type CompanyField,
  describeField,
  FIELD_INDEX,
  FIELD_PARSERS,
  REQUIRED_FIELDS,
  sameAddressAt,
} from './fields.js';

const SYNONYMS: Readonly<Record<CompanyField, readonly string[]>> = {
  org_number: [
    'org_number',
    'orgnr',
    'org_nr',
    'org_no',
    'orgnummer',
    'organisasjonsnummer',
    'organisasjonsnr',
    'organization_number',
    'organisation_number',
  ],
  name: ['name', 'navn', 'company', 'company_name', 'firmanavn', 'bedrift', 'bedriftsnavn', 'foretaksnavn'],
  business_street: ['business_street', 'business_address', 'forretningsadresse', 'besoksadresse'],
  business_postal_code: [
    'business_postal_code',
    'business_postcode',
    'forretningsadresse_postnummer',
    'forretning_postnummer',
  ],
  business_city: ['business_city', 'forretningsadresse_poststed', 'forretning_poststed'],
  invoice_street: ['invoice_street', 'invoice_address', 'fakturaadresse', 'faktura_adresse'],
  invoice_postal_code: [
    'invoice_postal_code',
    'invoice_postcode',
    'fakturaadresse_postnummer',
    'faktura_postnummer',
    'fakturapostnummer',
  ],
  invoice_city: ['invoice_city', 'fakturaadresse_poststed', 'faktura_poststed', 'fakturapoststed'],
  invoice_email: ['invoice_email', 'fakturaepost', 'faktura_epost', 'epost_faktura'],
  contact_name: ['contact_name', 'contact_person', 'contact', 'kontaktperson', 'kontakt_navn', 'kontaktnavn'],
  contact_email: ['contact_email', 'kontakt_epost', 'kontaktepost', 'kontaktperson_epost'],
  contact_phone: [
    'contact_phone',
    'contact_mobile',
    'kontakt_telefon',
    'kontakttelefon',
    'kontaktperson_telefon',
    'kontakt_mobil',
  ],
  email_domains: ['email_domains', 'epostdomener', 'epost_domener', 'domener', 'domains'],
};

/** The Norwegian header the import documents for each field (any synonym above is accepted). */
export const NORWEGIAN_HEADER: Readonly<Record<CompanyField, string>> = {
  org_number: 'Organisasjonsnummer',
  name: 'Navn',
  business_street: 'Forretningsadresse',
  business_postal_code: 'Forretningsadresse postnummer',
  business_city: 'Forretningsadresse poststed',
  invoice_street: 'Fakturaadresse',
  invoice_postal_code: 'Faktura postnummer',
  invoice_city: 'Faktura poststed',
  invoice_email: 'Faktura e-post',
  contact_name: 'Kontaktperson',
  contact_email: 'Kontakt e-post',
  contact_phone: 'Kontakttelefon',
  email_domains: 'E-postdomener',
};

/** `Faktura e-post` → `faktura_epost`, `Org.nr.` → `org_nr`, `Kontakt Telefon` → `kontakt_telefon`. */
export function normaliseHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'o')
    .replaceAll('å', 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .replace(/(^|_)e_(post|mail)/g, '$1e$2');
}

const BY_NAME: ReadonlyMap<string, CompanyField> = new Map(
  COMPANY_FIELDS.flatMap((field) => SYNONYMS[field].map((name) => [name, field] as const)),
);

export function fieldForHeader(header: string): CompanyField | undefined {
  return BY_NAME.get(normaliseHeader(header));
}

export interface ColumnPlan {
  headers: string[];
  /** Per CSV column: the field it holds, or null when the column is ignored. */
  fields: (CompanyField | null)[];
  present: CompanyField[];
  ignored: string[];
}

export type PlanResult =
  | { ok: true; plan: ColumnPlan }
  | {
      ok: false;
      /** In English, for scripts and logs. */
      problems: string[];
      /** The same coded, for the agent's screen. */
      text: Text;
    };

/** Maps the header row to fields; names every missing required column and every clash at once. */
export function planColumns(headers: readonly string[]): PlanResult {
  const fields = headers.map((h) => fieldForHeader(h) ?? null);
  const found: Text[] = [];
  const seen = new Map<CompanyField, string>();
  fields.forEach((field, i) => {
    if (field === null) return;
    const earlier = seen.get(field);
    if (earlier !== undefined)
      found.push(
        coded('companies-file.columns-clash', {
          earlier,
          later: headers[i] as string,
          field,
          label: describeField(field),
        }),
      );
    else seen.set(field, headers[i] as string);
  });
  const missing = REQUIRED_FIELDS.filter((f) => !seen.has(f));
  if (missing.length > 0) {
    const list = missing.map((f) => ({ field: f, label: describeField(f), header: NORWEGIAN_HEADER[f] }));
    found.unshift(coded('companies-file.missing-columns', { missing: list }));
  }
  const problems = found.map((t) => t.in('en'));
  if (problems.length > 0)
    return { ok: false, problems, text: coded('companies-file.header-problems', { problems: found }) };
  return {
    ok: true,
    plan: {
      headers: [...headers],
      fields,
      present: COMPANY_FIELDS.filter((f) => seen.has(f)),
      ignored: headers.filter((_, i) => fields[i] === null),
    },
  };
}

/** One problem with one row, as the rejected-rows report shows it. */
export interface RowIssue {
  line: number;
  column: string;
  value: string;
  /** In English: what reject files, json and scripts read. */
  reason: string;
  /**
   * The reason coded, where the check has it, for the agent's screen; it may have crossed from the
   * worker thread as plain data, so read it with reviveText.
   */
  text?: CodedData;
}

export const ROW_HAS_INVOICE_EMAIL = 1;

export interface CheckedRow {
  ok: true;
  /** The row's values in COMPANY_FIELDS order (null where the file gives none). */
  values: (string | null)[];
  org: number;
  flags: number;
}

export type RowCheck = CheckedRow | { ok: false; issues: RowIssue[] };

export interface RowChecker {
  check(record: readonly string[], line: number): RowCheck;
  /**
   * The usual row, checked on the UTF-8 bytes of its values (value i from starts[i] to ends[i], i <
   * count; quotes off, no line break inside): true when every value is one the field's parser takes as it is (or, for a
   * phone, with +47 before it) and the row passes the row rules; its values are then written to `out`
   * as a COPY line, and `accepted` holds its org number and flags. False means "not sure", never
   * "refused": the caller then checks the line's decoded text with check(), which decides and
   * words the problems. Nothing is recorded for a row it returns false for.
   */
  checkBytes(
    bytes: Uint8Array,
    starts: Int32Array,
    ends: Int32Array,
    count: number,
    line: number,
    out: CopyLineBuffer,
  ): boolean;
  readonly accepted: { org: number; flags: number };
}

/** The mod-11 weights of the first eight digits (as orgNumberCheckDigit uses them). */
const ORG_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];

/** Adds an issue to a row's list, making the list on the first one (most rows have none). */
function addIssue(issues: RowIssue[] | undefined, issue: RowIssue): RowIssue[] {
  if (issues === undefined) return [issue];
  issues.push(issue);
  return issues;
}

/**
 * The hot-path org number check: nine digits with a valid mod-11 digit, as a number (every such
 * number fits a small integer); anything else goes to the full parser for its message.
 */
function quickOrgNumber(text: string): number {
  if (text.length !== 9) return -1;
  let sum = 0;
  let value = 0;
  for (let i = 0; i < 9; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    if (i < 8) sum += digit * (ORG_WEIGHTS[i] as number);
    value = value * 10 + digit;
  }
  const remainder = sum % 11;
  if (remainder === 1) return -1;
  return (remainder === 0 ? 0 : 11 - remainder) === value % 10 ? value : -1;
}

// The fast checks on bytes. Each accepts only what the field's parser in fields.ts accepts unchanged
// (test/companies/import-bytes.test.ts holds them to it), and says "not sure" for anything else.

const BYTE_ORG = 1;
const BYTE_TEXT_200 = 2;
const BYTE_TEXT_100 = 3;
const BYTE_POSTAL = 4;
const BYTE_EMAIL = 5;
const BYTE_PERSON = 6;
const BYTE_PHONE = 7;
const BYTE_DOMAINS = 8;

const BYTE_KIND: Readonly<Record<CompanyField, number>> = {
  org_number: BYTE_ORG,
  name: BYTE_TEXT_200,
  business_street: BYTE_TEXT_200,
  business_postal_code: BYTE_POSTAL,
  business_city: BYTE_TEXT_100,
  invoice_street: BYTE_TEXT_200,
  invoice_postal_code: BYTE_POSTAL,
  invoice_city: BYTE_TEXT_100,
  invoice_email: BYTE_EMAIL,
  contact_name: BYTE_PERSON,
  contact_email: BYTE_EMAIL,
  contact_phone: BYTE_PHONE,
  email_domains: BYTE_DOMAINS,
};

function digitsAt(b: Uint8Array, s: number, e: number, count: number): boolean {
  if (e - s !== count) return false;
  for (let i = s; i < e; i++) {
    const c = b[i] as number;
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** quickOrgNumber on bytes: the number, or -1. */
function orgAt(b: Uint8Array, s: number, e: number): number {
  if (e - s !== 9) return -1;
  let sum = 0;
  let value = 0;
  for (let i = 0; i < 9; i++) {
    const digit = (b[s + i] as number) - 48;
    if (digit < 0 || digit > 9) return -1;
    if (i < 8) sum += digit * (ORG_WEIGHTS[i] as number);
    value = value * 10 + digit;
  }
  const remainder = sum % 11;
  if (remainder === 1) return -1;
  return (remainder === 0 ? 0 : 11 - remainder) === value % 10 ? value : -1;
}

/**
 * plainAndSafe (fields.ts) on bytes, narrower: printable ASCII but the backslash (COPY would escape
 * it), single inner spaces, and two-byte characters from U+00A1 on but U+061C; no formula start.
 */
function plainTextAt(b: Uint8Array, s: number, e: number, max: number): boolean {
  const first = b[s] as number;
  if (first === 0x3d || first === 0x2b || first === 0x2d || first === 0x40) return false;
  let chars = 0;
  for (let i = s; i < e; i++) {
    const c = b[i] as number;
    if (c > 0x20 && c < 0x7f) {
      if (c === 0x5c) return false;
    } else if (c === 0x20) {
      if (i === s || i === e - 1 || b[i + 1] === 0x20) return false;
    } else if (c >= 0xc2 && c <= 0xdf && i + 1 < e) {
      const next = b[i + 1] as number;
      if ((next & 0xc0) !== 0x80) return false;
      const code = ((c & 0x1f) << 6) | (next & 0x3f);
      if (code < 0xa1 || code === 0x61c) return false;
      i++;
    } else return false;
    chars++;
  }
  return chars <= max;
}

/** A letter of PLAIN_NAME at i: its length in bytes (1 or 2), or 0. */
function letterAt(b: Uint8Array, i: number, e: number): number {
  if (i >= e) return 0;
  const c = b[i] as number;
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return 1;
  // U+00C0–U+00FF but × (U+00D7) and ÷ (U+00F7): C3 80–BF.
  if (c === 0xc3 && i + 1 < e) {
    const next = b[i + 1] as number;
    if (next >= 0x80 && next <= 0xbf && next !== 0x97 && next !== 0xb7) return 2;
  }
  return 0;
}

/** PLAIN_NAME of fields.ts (and at most 100 characters) on bytes. */
function personAt(b: Uint8Array, s: number, e: number): boolean {
  let n = letterAt(b, s, e);
  if (n === 0) return false;
  let i = s + n;
  let chars = 1;
  while (i < e) {
    const c = b[i] as number;
    n = letterAt(b, i, e);
    if (n !== 0) i += n;
    else if (c === 0x27 || c === 0x2e) i++;
    else if (c === 0xe2 && b[i + 1] === 0x80 && b[i + 2] === 0x99 && i + 2 < e) i += 3;
    else if ((c === 0x20 || c === 0x2d) && letterAt(b, i + 1, e) !== 0) i++;
    else return false;
    chars++;
  }
  return chars <= 100;
}

/** The domain part of PLAIN_EMAIL and DOMAIN: labels of [a-z0-9-] (1–63, no hyphen at either end), then a dot and 2–63 letters. */
function domainAt(b: Uint8Array, s: number, e: number): boolean {
  let labels = 0;
  let labelStart = s;
  let lettersOnly = true;
  for (let i = s; i <= e; i++) {
    const c = i < e ? (b[i] as number) : 0x2e;
    if (c === 0x2e) {
      const length = i - labelStart;
      if (length < 1 || length > 63) return false;
      if (i === e) {
        // The last label: letters only, 2–63.
        return labels > 0 && lettersOnly && length >= 2;
      }
      if (b[labelStart] === 0x2d || b[i - 1] === 0x2d) return false;
      labels++;
      labelStart = i + 1;
      lettersOnly = true;
    } else if (c >= 0x61 && c <= 0x7a) {
      // a letter
    } else if ((c >= 0x30 && c <= 0x39) || c === 0x2d) lettersOnly = false;
    else return false;
  }
  return false;
}

/** PLAIN_EMAIL of fields.ts (and at most 254 characters) on bytes. */
function emailAt(b: Uint8Array, s: number, e: number): boolean {
  if (e - s > 254) return false;
  let atomStart = s;
  for (let i = s; i < e; i++) {
    const c = b[i] as number;
    if (
      (c >= 0x61 && c <= 0x7a) ||
      (c >= 0x30 && c <= 0x39) ||
      c === 0x5f ||
      c === 0x25 ||
      c === 0x2b ||
      c === 0x2d
    )
      continue;
    if (c === 0x2e) {
      if (i === atomStart) return false;
      atomStart = i + 1;
      continue;
    }
    if (c === 0x40) return i !== atomStart && domainAt(b, i + 1, e);
    return false;
  }
  return false;
}

/** One value of `kind` accepted as it is (a phone gets +47 before it). */
function valueAt(kind: number, b: Uint8Array, s: number, e: number): boolean {
  switch (kind) {
    case BYTE_TEXT_200:
      return plainTextAt(b, s, e, 200);
    case BYTE_TEXT_100:
      return plainTextAt(b, s, e, 100);
    case BYTE_POSTAL:
      return digitsAt(b, s, e, 4);
    case BYTE_EMAIL:
      return emailAt(b, s, e);
    case BYTE_PERSON:
      return personAt(b, s, e);
    case BYTE_PHONE:
      return digitsAt(b, s, e, 8);
    case BYTE_DOMAINS:
      return e - s >= 4 && e - s <= 253 && domainAt(b, s, e);
    default:
      return false;
  }
}

/**
 * Compiles the per-row check for one header: a list of (column, field, parser) steps for the fields
 * present, the required-value checks, address completeness, duplicates within the file.
 */
/** A row issue's reason: English for the records, coded for the agent's screen. */
function because(why: Text): { reason: string; text: Text } {
  return { reason: why.in('en'), text: why };
}

export function compileRowChecker(plan: ColumnPlan): RowChecker {
  const steps = plan.fields
    .map((field, column) => ({ field, column }))
    .filter((s): s is { field: CompanyField; column: number } => s.field !== null)
    .map(({ field, column }) => ({
      column,
      index: FIELD_INDEX[field],
      header: plan.headers[column] as string,
      parse: FIELD_PARSERS[field],
      field,
      required: REQUIRED_FIELDS.includes(field),
      label: describeField(field),
      isOrg: field === 'org_number',
    }));
  const width = plan.headers.length;
  const headerOf = (field: CompanyField) => plan.headers[plan.fields.indexOf(field)] ?? field;
  const groups = ADDRESS_GROUPS.map((g) => g.map((f) => FIELD_INDEX[f]));
  const businessIdx = groups[0] as number[];
  const invoiceIdx = groups[1] as number[];
  const invoiceEmailIdx = FIELD_INDEX.invoice_email;
  const firstLine = new IntMap();
  // For checkBytes: per CSV column, the field's index and kind (-1: an ignored column).
  const columnField = Int32Array.from(plan.fields, (f) => (f === null ? -1 : FIELD_INDEX[f]));
  const columnKind = Int32Array.from(plan.fields, (f) => (f === null ? 0 : BYTE_KIND[f]));
  const required = new Uint8Array(COMPANY_FIELDS.length);
  for (const f of REQUIRED_FIELDS) required[FIELD_INDEX[f]] = 1;
  const from = new Int32Array(COMPANY_FIELDS.length);
  const to = new Int32Array(COMPANY_FIELDS.length);
  const phoneIdx = FIELD_INDEX.contact_phone;
  const accepted = { org: 0, flags: 0 };

  return {
    accepted,
    checkBytes(b, starts, ends, count, line, out) {
      // The columns: as many as the header's, or the text check words the problem.
      if (count !== width) return false;
      from.fill(-1);
      let org = -1;
      let length = 0;
      for (let column = 0; column < width; column++) {
        const index = columnField[column] as number;
        const s = starts[column] as number;
        const e = ends[column] as number;
        if (index < 0) {
          // An ignored column is not checked, but its bytes must decode (the text path would say so).
          for (let i = s; i < e; i++) if ((b[i] as number) >= 0x80) return false;
          continue;
        }
        if (s === e) {
          if (required[index] === 1) return false;
          continue;
        }
        const kind = columnKind[column] as number;
        if (kind === BYTE_ORG) {
          org = orgAt(b, s, e);
          if (org < 0) return false;
        } else if (!valueAt(kind, b, s, e)) return false;
        from[index] = s;
        to[index] = e;
        length += e - s;
      }
      for (const group of groups) {
        let given = 0;
        for (const i of group) if ((from[i] as number) >= 0) given++;
        if (given !== 0 && given !== group.length) return false;
      }
      // Both addresses given: whether they are the same is the text check's (it folds case and marks).
      if ((from[invoiceIdx[0] as number] as number) >= 0 && (from[businessIdx[0] as number] as number) >= 0)
        return false;
      if (org < 0 || firstLine.get(org) !== undefined) return false;
      firstLine.set(org, line);
      const target = out.reserve(length + 3 * COMPANY_FIELDS.length + 4);
      let at = out.length;
      for (let f = 0; f < COMPANY_FIELDS.length; f++) {
        if (f > 0) target[at++] = 9;
        const s = from[f] as number;
        if (s < 0) {
          target[at++] = 92;
          target[at++] = 78;
          continue;
        }
        if (f === phoneIdx) {
          target[at++] = 0x2b;
          target[at++] = 0x34;
          target[at++] = 0x37;
        }
        const e = to[f] as number;
        for (let i = s; i < e; i++) target[at++] = b[i] as number;
      }
      target[at++] = 10;
      out.commit(at);
      accepted.org = org;
      accepted.flags = (from[invoiceEmailIdx] as number) >= 0 ? ROW_HAS_INVOICE_EMAIL : 0;
      return true;
    },
    check(record, line) {
      if (record.length !== width) {
        return {
          ok: false,
          issues: [
            {
              line,
              column: '',
              value: '',
              ...because(coded('company-row.field-count', { fields: record.length, columns: width })),
            },
          ],
        };
      }
      const values: (string | null)[] = new Array(COMPANY_FIELDS.length).fill(null);
      let issues: RowIssue[] | undefined;
      let org = 0;
      for (const step of steps) {
        const text = record[step.column] as string;
        if (step.isOrg) {
          const quick = quickOrgNumber(text);
          if (quick >= 0) {
            values[step.index] = text;
            org = quick;
            continue;
          }
        }
        if (text === '' || text.trim() === '') {
          if (step.required) {
            issues = addIssue(issues, {
              line,
              column: step.header,
              value: '',
              ...because(coded('company-row.required', { field: step.field, label: step.label })),
            });
          }
          continue;
        }
        const result = step.parse(text);
        if (result.ok) {
          values[step.index] = result.value;
          if (step.isOrg) org = Number(result.value);
        } else
          issues = addIssue(issues, {
            line,
            column: step.header,
            value: text,
            reason: result.error,
            ...(result.text ? { text: result.text } : {}),
          });
      }
      if (issues === undefined) {
        for (const group of groups) {
          let given = 0;
          for (const i of group) if (values[i] !== null) given++;
          if (given === 0 || given === group.length) continue;
          for (const i of group) {
            if (values[i] !== null) continue;
            const field = COMPANY_FIELDS[i] as CompanyField;
            issues = addIssue(issues, {
              line,
              column: headerOf(field),
              value: '',
              ...because(coded('company-row.address-part-missing', { field, label: describeField(field) })),
            });
          }
        }
      }
      if (issues !== undefined) return { ok: false, issues };
      const first = firstLine.get(org);
      if (first !== undefined) {
        return {
          ok: false,
          issues: [
            {
              line,
              column: headerOf('org_number'),
              value: values[0] as string,
              ...because(coded('company-row.org-twice', { org: values[0] as string, first })),
            },
          ],
        };
      }
      firstLine.set(org, line);
      if (values[invoiceIdx[0] as number] !== null && sameAddressAt(values, invoiceIdx, businessIdx)) {
        for (const i of invoiceIdx) values[i] = null;
      }
      return {
        ok: true,
        values,
        org,
        flags: values[invoiceEmailIdx] !== null ? ROW_HAS_INVOICE_EMAIL : 0,
      };
    },
  };
}

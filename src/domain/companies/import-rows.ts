// The bulk import's view of a CSV file (W8): which column holds which field (Norwegian or English
// header names), and a row checker compiled once from that plan, so each row costs a few plain
// function calls and no allocation beyond its values. Pure: rows in, checked values or issues out.
import { IntMap } from '../ingest/int-map.js';
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

export type PlanResult = { ok: true; plan: ColumnPlan } | { ok: false; problems: string[] };

/** Maps the header row to fields; names every missing required column and every clash at once. */
export function planColumns(headers: readonly string[]): PlanResult {
  const fields = headers.map((h) => fieldForHeader(h) ?? null);
  const problems: string[] = [];
  const seen = new Map<CompanyField, string>();
  fields.forEach((field, i) => {
    if (field === null) return;
    const earlier = seen.get(field);
    if (earlier !== undefined)
      problems.push(`columns '${earlier}' and '${headers[i]}' both give the ${describeField(field)}`);
    else seen.set(field, headers[i] as string);
  });
  const missing = REQUIRED_FIELDS.filter((f) => !seen.has(f));
  if (missing.length > 0) {
    const list = missing.map((f) => `${f} (${describeField(f)}; in Norwegian ${NORWEGIAN_HEADER[f]})`);
    problems.unshift(`missing required column${missing.length > 1 ? 's' : ''}: ${list.join(', ')}`);
  }
  if (problems.length > 0) return { ok: false, problems };
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
  reason: string;
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

/**
 * Compiles the per-row check for one header: a list of (column, field, parser) steps for the fields
 * present, the required-value checks, address completeness, duplicates within the file.
 */
export function compileRowChecker(plan: ColumnPlan): RowChecker {
  const steps = plan.fields
    .map((field, column) => ({ field, column }))
    .filter((s): s is { field: CompanyField; column: number } => s.field !== null)
    .map(({ field, column }) => ({
      column,
      index: FIELD_INDEX[field],
      header: plan.headers[column] as string,
      parse: FIELD_PARSERS[field],
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

  return {
    check(record, line) {
      if (record.length !== width) {
        const what = record.length > width ? 'too many' : 'too few';
        return {
          ok: false,
          issues: [
            {
              line,
              column: '',
              value: '',
              reason: `${what} fields: ${record.length}, but the header has ${width} columns (a delimiter inside an unquoted value?)`,
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
              reason: `${step.label} is required`,
            });
          }
          continue;
        }
        const result = step.parse(text);
        if (result.ok) {
          values[step.index] = result.value;
          if (step.isOrg) org = Number(result.value);
        } else issues = addIssue(issues, { line, column: step.header, value: text, reason: result.error });
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
              reason: `${describeField(field)} is missing: an address needs street, postal code and city`,
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
              reason: `organisation number ${values[0]} appears twice in the file (first on line ${first})`,
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

// Company files for the import tests: valid org numbers in a run, and a CSV row of the usual columns.
import { orgNumberCheckDigit } from '../../src/domain/org-number.js';

export const COMPANY_CSV_HEADER = 'org_number,name,invoice_email,contact_name,contact_email,contact_phone';

/** The first `n` valid org numbers from the eight digits `firstPrefix` on. */
export function validOrgNumbers(n: number, firstPrefix = 93_000_000): string[] {
  const orgs: string[] = [];
  for (let prefix = firstPrefix; orgs.length < n; prefix++) {
    const check = orgNumberCheckDigit(String(prefix));
    if (check !== null) orgs.push(`${prefix}${check}`);
  }
  return orgs;
}

/** Company `i` of a file with COMPANY_CSV_HEADER's columns. */
export const companyCsvRow = (org: string, i: number, phone: string) =>
  `${org},Firma ${i} AS,faktura@firma${i}.example,Kari Nordmann,kari@firma${i}.example,${phone}`;

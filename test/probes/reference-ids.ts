// An independent reading of shared/reference/norwegian-ids.md (§1 and §2), written from the document
// alone, so the domain validators can be checked against a second implementation in property tests.

export type RefPersonKind = 'fnr' | 'd' | 'fh';
/** Month markers of §1.4: 0 real, 40 H-number or NAV Dolly, 65 NHN reserved, 80 Skatteetaten synthetic. */
export type RefMonthOffset = 0 | 40 | 65 | 80;

export type RefPersonFailure =
  | 'format' // not 11 digits after removing spaces, dots and dashes
  | 'k1' // (S1 + K1) mod 11 is outside 0..3
  | 'k2' // (S2 + K2) mod 11 is not 0
  | 'month' // month is not 01-12 after removing a known marker
  | 'day' // day is not 01-31 after removing the D marker
  | 'date'; // no century from the tables forms a calendar date

export interface RefPerson {
  readonly digits: string;
  readonly kind: RefPersonKind;
  readonly monthOffset: RefMonthOffset;
  /** "1964" when the K1 remainder is 0 (valid under both rules), "2032" when it is 1-3 (only the new rule). */
  readonly rule: '1964' | '2032';
  /** ISO dates that the century tables allow and the calendar has; empty for FH numbers. */
  readonly birthDates: readonly string[];
}

export type RefPersonResult = { ok: true; value: RefPerson } | { ok: false; reason: RefPersonFailure };

const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2, 1];
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1];

export function refNormalise(input: string): string {
  return input.replace(/[ .-]/g, '');
}

function weighted(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (digits.charCodeAt(i) - 48) * (weights[i] ?? 0);
  return sum;
}

/** Remainder (S1 + K1) mod 11 over the first ten digits: 0 for the 1964 rule, 0-3 allowed from 2032. */
export function refK1Remainder(digits: string): number {
  return weighted(digits, K1_WEIGHTS) % 11;
}

export function refK2Ok(digits: string): boolean {
  return weighted(digits, K2_WEIGHTS) % 11 === 0;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysIn(year: number, month: number): number {
  if (month === 2) return isLeap(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Centuries the classic table (§1.5) allows for an individual number and a two-digit year. */
export function refClassicCenturies(individual: number, yy: number): number[] {
  const out: number[] = [];
  if (individual <= 499) out.push(1900);
  if (individual >= 500 && individual <= 749 && yy >= 54) out.push(1800);
  if (individual >= 900 && yy >= 40) out.push(1900);
  if (individual >= 500 && yy <= 39) out.push(2000);
  return out;
}

/** Centuries the 2021 D-number table (§1.5) allows. */
export function refDTableCenturies(individual: number, yy: number): number[] {
  const out: number[] = [];
  if (individual >= 500 && individual <= 599 && yy >= 58) out.push(1800);
  if (individual <= 199 && yy <= 39) out.push(1900);
  if ((individual <= 499 || individual >= 600) && yy >= 40) out.push(1900);
  if (individual >= 200 && yy <= 39) out.push(2000);
  return out;
}

function monthMarker(mm: number): { month: number; offset: RefMonthOffset } | undefined {
  if (mm >= 1 && mm <= 12) return { month: mm, offset: 0 };
  if (mm >= 41 && mm <= 52) return { month: mm - 40, offset: 40 };
  if (mm >= 66 && mm <= 77) return { month: mm - 65, offset: 65 };
  if (mm >= 81 && mm <= 92) return { month: mm - 80, offset: 80 };
  return undefined;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The whole fnr family, structurally: check digits (2032 superset), markers, calendar and century. */
export function refCheckPerson(input: string): RefPersonResult {
  const digits = refNormalise(input);
  if (!/^[0-9]{11}$/.test(digits)) return { ok: false, reason: 'format' };
  const remainder = refK1Remainder(digits);
  if (remainder > 3) return { ok: false, reason: 'k1' };
  if (!refK2Ok(digits)) return { ok: false, reason: 'k2' };
  const rule = remainder === 0 ? '1964' : '2032';
  const first = digits.charCodeAt(0) - 48;
  if (first >= 8) return { ok: true, value: { digits, kind: 'fh', monthOffset: 0, rule, birthDates: [] } };
  const kind: RefPersonKind = first >= 4 ? 'd' : 'fnr';
  const day = Number(digits.slice(0, 2)) - (kind === 'd' ? 40 : 0);
  const marker = monthMarker(Number(digits.slice(2, 4)));
  if (!marker) return { ok: false, reason: 'month' };
  if (day < 1 || day > 31) return { ok: false, reason: 'day' };
  const yy = Number(digits.slice(4, 6));
  const individual = Number(digits.slice(6, 9));
  // §1.3: from 2032 "the individual number will no longer indicate the century", and the new rule is
  // given to people of every age; a number only the new rule accepts may be born in either century
  // (1900s or 2000s), and the tables, which read the individual number, are not asked: their 1800s
  // row would put a birth in the 1800s on a number first issued in 2032.
  const centuries = new Set(rule === '2032' ? [] : refClassicCenturies(individual, yy));
  if (kind === 'd' && rule === '1964') for (const c of refDTableCenturies(individual, yy)) centuries.add(c);
  if (rule === '2032') {
    centuries.add(1900);
    centuries.add(2000);
  }
  const birthDates = [...centuries]
    .sort()
    .filter((c) => day <= daysIn(c + yy, marker.month))
    .map((c) => `${pad(c + yy, 4)}-${pad(marker.month, 2)}-${pad(day, 2)}`);
  if (birthDates.length === 0) return { ok: false, reason: 'date' };
  return { ok: true, value: { digits, kind, monthOffset: marker.offset, rule, birthDates } };
}

/** Builds a number with valid check digits from nine digits and a K1 remainder (0 = 1964 rule). */
export function refComplete(prefix9: string, remainder = 0): string | undefined {
  const s1 = weighted(`${prefix9}0`, K1_WEIGHTS) % 11;
  const k1 = (11 + remainder - s1) % 11;
  if (k1 === 10) return undefined;
  const ten = `${prefix9}${k1}`;
  const s2 = weighted(`${ten}0`, K2_WEIGHTS) % 11;
  const k2 = (11 - s2) % 11;
  if (k2 === 10) return undefined;
  return `${ten}${k2}`;
}

// ---- organisation numbers (§2) ----

const ORG_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2, 1];

export type RefOrgFailure = 'format' | 'check';
export type RefOrgResult =
  | { ok: true; digits: string; unusualFirstDigit: boolean }
  | { ok: false; reason: RefOrgFailure };

export function refCheckOrg(input: string): RefOrgResult {
  const digits = refNormalise(input);
  if (!/^[0-9]{9}$/.test(digits)) return { ok: false, reason: 'format' };
  if (weighted(digits, ORG_WEIGHTS) % 11 !== 0) return { ok: false, reason: 'check' };
  return { ok: true, digits, unusualFirstDigit: digits[0] !== '8' && digits[0] !== '9' };
}

/** §2.2: optional NO prefix and MVA suffix (case-insensitive, spaces allowed), then the orgnr rule. */
export function refCheckMva(input: string): RefOrgResult {
  const compact = input.replace(/\s/g, '').toUpperCase();
  const m = /^(?:NO)?([0-9.-]*)(?:MVA)?$/.exec(compact);
  if (!m) return { ok: false, reason: 'format' };
  return refCheckOrg(m[1] ?? '');
}

export function refCompleteOrg(prefix8: string): string | undefined {
  const r = weighted(`${prefix8}0`, ORG_WEIGHTS) % 11;
  if (r === 1) return undefined;
  return `${prefix8}${(11 - r) % 11}`;
}

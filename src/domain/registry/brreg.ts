// Brønnøysund's Enhetsregisteret bulk files (reference §3): main units (enheter) and subunits
// (underenheter), as CSV or JSON, turned into the rows of our offline copy. Columns are found by
// header name, never by position; CSV and JSON spell a few names differently.
import { encodeRow } from '../ingest/copy-text.js';
import { text as coded, type Text } from '../messages/index.js';
import { maskTypedNumber } from '../national-id.js';
import { parseOrgNumber } from '../org-number.js';

/** brreg_units columns in the order the bulk writer takes them (extract_id is added by the writer). */
export const BRREG_COLUMNS = [
  'org_number',
  'name',
  'org_form',
  'org_form_name',
  'parent_org_number',
  'is_subunit',
  'street',
  'postal_code',
  'city',
  'bankrupt',
  'under_liquidation',
  'compulsory_dissolution',
  'deleted_on',
  'closed_on',
] as const;

/** A skipped row: `reason` in English (what the record and scripts keep), `why` coded for the agent. */
export type SkippedRow = { ok: false; reason: string; why: Text };
export type BrregRow = { ok: true; text: string; org: number } | SkippedRow;

/** A row skipped for a coded reason. */
export function skippedRow(why: Text): SkippedRow {
  return { ok: false, reason: why.in('en'), why };
}

interface UnitFields {
  org: string | undefined;
  name: string | undefined;
  orgForm: string | undefined;
  orgFormName: string | undefined;
  parent: string | undefined;
  subunit: boolean;
  street: string | readonly (string | null)[] | undefined;
  postalCode: string | undefined;
  city: string | undefined;
  bankrupt: string | boolean | undefined;
  liquidation: string | boolean | undefined;
  dissolution: string | boolean | undefined;
  deleted: string | undefined;
  closed: string | undefined;
}

/** Subunits have the legal form BEDR (business) or AAFY (unit of a non-business). */
const SUBUNIT_FORMS = new Set(['BEDR', 'AAFY']);

const truthy = (v: string | boolean | undefined) => v === true || v === 'true' || v === 'J' || v === 'ja';
const text = (v: string | undefined) => {
  const t = v?.trim().replace(/\s+/g, ' ');
  return t ? t : null;
};
const date = (v: string | undefined) => {
  const t = v?.trim();
  return t && /^\d{4}-\d{2}-\d{2}/.test(t) ? t.slice(0, 10) : null;
};
/** Address lines arrive as one text with line breaks (CSV) or as an array with nulls (JSON). */
const street = (v: string | readonly (string | null)[] | undefined) => {
  const lines = Array.isArray(v) ? v : typeof v === 'string' ? v.split(/\r?\n/) : [];
  const joined = lines
    .map((l) => (l ?? '').trim())
    .filter(Boolean)
    .join(', ');
  return joined === '' ? null : joined.replace(/\s+/g, ' ');
};

function unitRow(u: UnitFields): BrregRow {
  const parsed = parseOrgNumber(u.org ?? '');
  if (!parsed.ok)
    return skippedRow(
      coded('registry-row.bad-org-number', {
        given: maskTypedNumber(u.org ?? ''),
        why: parsed.text ?? parsed.error,
      }),
    );
  const name = text(u.name);
  if (name === null) return skippedRow(coded('registry-row.no-name', { org: parsed.value }));
  const parent = u.parent ? parseOrgNumber(u.parent) : undefined;
  const subunit = u.subunit || SUBUNIT_FORMS.has(u.orgForm ?? '');
  const row = [
    parsed.value,
    name,
    text(u.orgForm),
    text(u.orgFormName),
    parent?.ok ? parent.value : null,
    subunit ? '1' : '0',
    street(u.street),
    text(u.postalCode),
    text(u.city),
    truthy(u.bankrupt) ? '1' : '0',
    truthy(u.liquidation) ? '1' : '0',
    truthy(u.dissolution) ? '1' : '0',
    date(u.deleted),
    date(u.closed),
  ];
  return { ok: true, text: encodeRow(row), org: Number(parsed.value) };
}

export interface BrregCsvPlan {
  subunits: boolean;
  row(record: readonly string[]): BrregRow;
}

/**
 * Reads the header of an enheter or underenheter CSV. The address columns say which file it is:
 * `forretningsadresse.*` for main units, `beliggenhetsadresse.*` for subunits.
 */
export function planBrregCsv(
  headers: readonly string[],
): { ok: true; plan: BrregCsvPlan } | { ok: false; problem: string } {
  const index = new Map(headers.map((h, i) => [h.trim(), i]));
  const at = (name: string) => index.get(name);
  if (at('organisasjonsnummer') === undefined || at('navn') === undefined) {
    return {
      ok: false,
      problem: `not a Brønnøysund unit file: the header has no 'organisasjonsnummer' and 'navn' columns (found: ${headers.slice(0, 6).join(', ')}${headers.length > 6 ? ', …' : ''})`,
    };
  }
  const subunits =
    at('beliggenhetsadresse.adresse') !== undefined ||
    at('nedleggelsesdato') !== undefined ||
    at('oppstartsdato') !== undefined;
  const address = subunits ? 'beliggenhetsadresse' : 'forretningsadresse';
  const cols = {
    org: at('organisasjonsnummer'),
    name: at('navn'),
    orgForm: at('organisasjonsform.kode'),
    orgFormName: at('organisasjonsform.beskrivelse'),
    parent: at('overordnetEnhet'),
    street: at(`${address}.adresse`),
    postalCode: at(`${address}.postnummer`),
    city: at(`${address}.poststed`),
    bankrupt: at('konkurs'),
    liquidation: at('underAvvikling'),
    dissolution: at('underTvangsavviklingEllerTvangsopplosning'),
    // Not in the bulk CSV as published (deleted units are left out); read when a file has it.
    deleted: at('slettedato'),
    closed: at('nedleggelsesdato'),
  };
  const width = headers.length;
  const get = (record: readonly string[], i: number | undefined) => (i === undefined ? undefined : record[i]);
  return {
    ok: true,
    plan: {
      subunits,
      row(record) {
        if (record.length !== width) {
          return skippedRow(coded('registry-row.field-count', { fields: record.length, columns: width }));
        }
        return unitRow({
          org: get(record, cols.org),
          name: get(record, cols.name),
          orgForm: get(record, cols.orgForm),
          orgFormName: get(record, cols.orgFormName),
          parent: get(record, cols.parent),
          subunit: subunits,
          street: get(record, cols.street),
          postalCode: get(record, cols.postalCode),
          city: get(record, cols.city),
          bankrupt: get(record, cols.bankrupt),
          liquidation: get(record, cols.liquidation),
          dissolution: get(record, cols.dissolution),
          deleted: get(record, cols.deleted),
          closed: get(record, cols.closed),
        });
      },
    },
  };
}

type JsonAddress = { adresse?: unknown; postnummer?: unknown; poststed?: unknown } | undefined;
type JsonUnit = {
  organisasjonsnummer?: unknown;
  navn?: unknown;
  organisasjonsform?: { kode?: unknown; beskrivelse?: unknown };
  overordnetEnhet?: unknown;
  forretningsadresse?: JsonAddress;
  beliggenhetsadresse?: JsonAddress;
  konkurs?: unknown;
  underAvvikling?: unknown;
  underTvangsavviklingEllerTvangsopplosning?: unknown;
  slettedato?: unknown;
  nedleggelsesdato?: unknown;
  oppstartsdato?: unknown;
};

/** A JSON value as text, or nothing: a number or object where text belongs is not read as text. */
const jsonText = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const jsonFlag = (v: unknown): string | boolean | undefined =>
  typeof v === 'string' || typeof v === 'boolean' ? v : undefined;
const jsonLines = (v: unknown): string | (string | null)[] | undefined =>
  typeof v === 'string' ? v : Array.isArray(v) ? v.map((l) => (typeof l === 'string' ? l : null)) : undefined;
const jsonAddress = (v: unknown): JsonAddress =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as JsonAddress) : undefined;

/** What a JSON value is, in words, for a message that must not repeat the value itself. */
/** A JSON value's kind, as the skip reasons name it (src/domain/messages/nbtext3.ts words it). */
function jsonKind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'list';
  return typeof v;
}

/**
 * A unit's organisation number in JSON: text, as the register writes it, or a JSON number of exactly
 * 9 digits, as spreadsheets and some exporters write it (an org number never starts with 0, so nothing
 * is lost). Any other number is refused without being repeated: 11 digits may be a national ID.
 */
export function jsonOrgNumber(v: unknown): { ok: true; org: string } | SkippedRow {
  if (typeof v === 'string') return { ok: true, org: v };
  if (typeof v === 'number' && Number.isInteger(v) && v >= 100_000_000 && v <= 999_999_999)
    return { ok: true, org: String(v) };
  if (v === undefined) return skippedRow(coded('registry-row.json-no-org-number'));
  const digits = typeof v === 'number' && Number.isInteger(v) ? String(Math.abs(v)).length : undefined;
  return skippedRow(coded('registry-row.json-org-number-kind', { kind: jsonKind(v), digits }));
}

/** One unit object of the JSON bulk file (or of the API, where a deleted unit carries `slettedato`). */
export function brregRowFromJson(value: unknown): BrregRow {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return skippedRow(coded('registry-row.json-not-a-unit', { kind: jsonKind(value) }));
  }
  const u = value as JsonUnit;
  const org = jsonOrgNumber(u.organisasjonsnummer);
  if (!org.ok) return org;
  const parent = jsonOrgNumber(u.overordnetEnhet);
  const subunit =
    u.beliggenhetsadresse !== undefined || u.nedleggelsesdato !== undefined || u.oppstartsdato !== undefined;
  const address = jsonAddress(subunit ? u.beliggenhetsadresse : u.forretningsadresse);
  const form =
    typeof u.organisasjonsform === 'object' && u.organisasjonsform !== null ? u.organisasjonsform : {};
  return unitRow({
    org: org.org,
    name: jsonText(u.navn),
    orgForm: jsonText(form.kode),
    orgFormName: jsonText(form.beskrivelse),
    parent: parent.ok ? parent.org : undefined,
    subunit,
    street: jsonLines(address?.adresse),
    postalCode: jsonText(address?.postnummer),
    city: jsonText(address?.poststed),
    bankrupt: jsonFlag(u.konkurs),
    liquidation: jsonFlag(u.underAvvikling),
    dissolution: jsonFlag(u.underTvangsavviklingEllerTvangsopplosning),
    deleted: jsonText(u.slettedato),
    closed: jsonText(u.nedleggelsesdato),
  });
}

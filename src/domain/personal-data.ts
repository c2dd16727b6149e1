// Masking rules for personal data, in one registry: what output, reply drafts and the audit log may show
// of each personal field. Pure functions; no field is added to output or audit without passing here.

/** `kari.nordmann@firma.no` → `k***@firma.no`. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${email[0]}***${email.slice(at)}`;
}

/** HMS card numbers show their last three characters only. */
export function maskHmsCard(card: string): string {
  return card.length <= 3 ? '***' : `${'*'.repeat(Math.min(card.length - 3, 6))}${card.slice(-3)}`;
}

/** A name keeps its initials: `Kari-Anne Nordmann` → `K*** N***`. */
export function maskName(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => `${part[0]}***`)
    .join(' ');
}

export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.length <= 2 ? '***' : `***${digits.slice(-2)}`;
}

/** yyyy-mm-dd → yyyy-**-** (the year is enough to tell changes apart in the audit log). */
export function maskBirthDate(date: string): string {
  return `${date.slice(0, 4)}-**-**`;
}

const hidden = () => '[hidden]';

/** Every personal-data column, with how it is masked when it appears in the audit log or a masked view. */
export const PERSONAL_FIELDS: Readonly<Record<string, (value: string) => string>> = {
  given_names: maskName,
  family_name: maskName,
  name: maskName,
  birth_date: maskBirthDate,
  email: maskEmail,
  to_address: maskEmail,
  contact_email: maskEmail,
  contact_name: maskName,
  phone: maskPhone,
  contact_phone: maskPhone,
  national_id: hidden,
  national_id_hash: hidden,
  national_id_mask: (v) => v,
  hms_card_number: maskHmsCard,
  driver_details: hidden,
  token: hidden,
  token_hash: hidden,
};

export function maskField(field: string, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  const mask = PERSONAL_FIELDS[field];
  return mask ? mask(String(value)) : value;
}

export interface FieldChange {
  field: string;
  old: unknown;
  new: unknown;
}

/** The fields that differ between two records, old → new, personal data masked. */
export function diffFields(before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of Object.keys(after)) {
    if (field === 'version' || field === 'updated_at') continue;
    const old = before[field] ?? null;
    const next = after[field] ?? null;
    if (old !== next) changes.push({ field, old: maskField(field, old), new: maskField(field, next) });
  }
  return changes;
}

/** Masks the values of a new record for the audit log (every field counts as changed from nothing). */
export function maskRecord(record: Record<string, unknown>): FieldChange[] {
  return Object.entries(record)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([field, value]) => ({ field, old: null, new: maskField(field, value) }));
}

// The extra details a driver account holds (users.driver_details): the home depot or training location,
// and the train-driver licence number once the licence is issued (candidates in training have none yet).
// Stored as a small JSON object, {"licence":"F4410982","depot":"Narvik"}, treated as personal data.
import { text as coded } from './messages/index.js';
import { holdsNationalId, maskNationalIdShapesIn } from './national-id.js';
import { type ParseResult, refused } from './parse-result.js';

export interface DriverDetails {
  /** The licence number (letters and digits, upper case), or null while in training. */
  licence: string | null;
  /** Where the learner drives from or trains: a place name. */
  depot: string;
}

/** Licence numbers have no public check digit: 4–20 letters and digits, spaces and hyphens dropped. */
export function parseLicence(input: string): ParseResult<string | null> {
  const value = input.replace(/[\s-]/g, '').toUpperCase();
  // "None yet" in the agent's words: a bokmål agent types ingen, which must not become licence INGEN.
  if (value === '' || value === 'NONE' || value === 'INGEN') return { ok: true, value: null };
  if (!/^[A-Z0-9]+$/.test(value)) return refused(coded('licence.bad-characters', { value: input.trim() }));
  if (value.length < 4 || value.length > 20)
    return refused(coded('licence.length', { value, length: value.length }));
  if (holdsNationalId(value)) return refused(coded('licence.national-id'));
  return { ok: true, value };
}

export function parseDepot(input: string): ParseResult<string> {
  const value = input.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (value === '') return refused(coded('depot.empty'));
  if (value.length > 60) return refused(coded('depot.too-long'));
  if (!/^[\p{L}][\p{L}\p{M}\p{N} .,'’()-]*$/u.test(value))
    return refused(coded('depot.not-a-place', { value }));
  // Kept with the account and in the audit log: a national ID typed into the place is masked.
  return { ok: true, value: maskNationalIdShapesIn(value) };
}

/** The stored form, keys in a fixed order (a licence only when there is one). */
export function driverDetailsText(details: DriverDetails): string {
  return JSON.stringify(
    details.licence === null ? { depot: details.depot } : { licence: details.licence, depot: details.depot },
  );
}

/** Reads the stored form; undefined when it is missing or not in this shape (older free text). */
export function readDriverDetails(text: string | null): DriverDetails | undefined {
  if (text === null) return undefined;
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value !== 'object' || value === null) return undefined;
    const record = value as Record<string, unknown>;
    const depot = typeof record.depot === 'string' ? parseDepot(record.depot) : undefined;
    const licence =
      typeof record.licence === 'string' ? parseLicence(record.licence) : { ok: true, value: null };
    if (!depot?.ok || !licence.ok) return undefined;
    return { depot: depot.value, licence: licence.value as string | null };
  } catch {
    return undefined;
  }
}

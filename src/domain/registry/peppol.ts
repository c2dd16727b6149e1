// Peppol participant identifiers (reference §4): Norwegian receivers are `0192:<orgnr>`, written in
// the Directory's exports as `iso6523-actorid-upis::0192:<orgnr>`. The retired ICD 9908 is read only
// to be normalised to 0192; other countries' schemes are skipped.
import { encodeRow } from '../ingest/copy-text.js';
import { text as coded } from '../messages/index.js';
import { maskTypedNumber } from '../national-id.js';
import { parseOrgNumber } from '../org-number.js';
import { type SkippedRow, skippedRow } from './brreg.js';

export const ELMA_COLUMNS = ['identifier', 'org_number', 'name'] as const;

export type ParticipantRow =
  | { ok: true; text: string; org: number }
  | { ok: false; skip: 'foreign' }
  | (SkippedRow & { skip: 'invalid' });

const SCHEME = /^iso6523-actorid-upis::/i;

export function participantRow(id: string, name: string | null): ParticipantRow {
  const bare = id.trim().replace(SCHEME, '');
  const colon = bare.indexOf(':');
  if (colon < 0)
    return {
      ...skippedRow(coded('registry-row.not-a-participant', { id: maskTypedNumber(id) })),
      skip: 'invalid',
    };
  const icd = bare.slice(0, colon);
  if (icd !== '0192' && icd !== '9908') return { ok: false, skip: 'foreign' };
  const org = parseOrgNumber(bare.slice(colon + 1));
  if (!org.ok) {
    const why = coded('registry-row.bad-participant-org-number', {
      id: maskTypedNumber(id),
      why: org.text ?? org.error,
    });
    return { ...skippedRow(why), skip: 'invalid' };
  }
  const cleanName = name?.split(/\r?\n/)[0]?.trim() || null;
  return { ok: true, text: encodeRow([`0192:${org.value}`, org.value, cleanName]), org: Number(org.value) };
}

/** Finds the participant column (and a name column, if any) in a participants or business-card CSV. */
export function planPeppolCsv(
  headers: readonly string[],
): { ok: true; id: number; name: number | undefined } | { ok: false; problem: string } {
  const norm = headers.map((h) => h.trim().toLowerCase());
  const id = norm.findIndex(
    (h) => h === 'participant id' || h === 'participant' || h === 'participantid' || h === 'identifier',
  );
  if (id < 0) {
    return {
      ok: false,
      problem: `not a Peppol participants export: no 'Participant ID' column (found: ${headers.join(', ')})`,
    };
  }
  const name = norm.findIndex((h) => h === 'names (per-row)' || h === 'name' || h === 'names');
  return { ok: true, id, name: name < 0 ? undefined : name };
}

/**
 * An element of the JSON export's `participants` array: a string, or an object with the id. What is
 * neither says why, without repeating a number (it may be anything, a national ID too).
 */
export function participantFromJson(
  value: unknown,
): { ok: true; id: string; name: string | null } | SkippedRow {
  if (typeof value === 'string') return { ok: true, id: value, name: null };
  if (typeof value === 'number') return skippedRow(coded('registry-row.participant-is-a-number'));
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const v = value as Record<string, unknown>;
    const id = v.id ?? v.participantID ?? v.value;
    if (typeof id === 'string') {
      const scheme = typeof v.scheme === 'string' && !id.includes('::') ? `${v.scheme}::` : '';
      return { ok: true, id: scheme + id, name: typeof v.name === 'string' ? v.name : null };
    }
    if (id === undefined) return skippedRow(coded('registry-row.participant-no-id'));
    return skippedRow(coded('registry-row.participant-id-kind', { kind: typeof id }));
  }
  return skippedRow(coded('registry-row.participant-not-an-identifier'));
}

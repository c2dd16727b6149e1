// What an update changes in a stored company, field by field, for the write and for the audit log
// (the contact person's details masked there; the company's own name and addresses are not personal).
import { maskField } from '../personal-data.js';
import type { CompanyField } from './fields.js';

export interface CompanyChange {
  field: string;
  old: unknown;
  new: unknown;
}

const PUBLIC = new Set(['name', 'org_number']);

export function auditValue(field: string, value: unknown): unknown {
  return PUBLIC.has(field) ? value : maskField(field, value);
}

/** The fields among `fields` (and in_elma) whose values differ; empty when nothing changes. */
export function companyChanges(
  stored: Readonly<Record<string, unknown>> & { in_elma: boolean },
  incoming: Readonly<Partial<Record<CompanyField, string | null>>> & { in_elma: boolean },
  fields: readonly CompanyField[],
): CompanyChange[] {
  const changes: CompanyChange[] = [];
  for (const field of fields) {
    const old = (stored[field] as string | null | undefined) ?? null;
    const next = incoming[field] ?? null;
    if (old !== next) changes.push({ field, old: auditValue(field, old), new: auditValue(field, next) });
  }
  if (stored.in_elma !== incoming.in_elma) {
    changes.push({ field: 'in_elma', old: stored.in_elma, new: incoming.in_elma });
  }
  return changes;
}

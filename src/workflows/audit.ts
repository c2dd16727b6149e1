// W17: the audit log as support reads it, and the check that nobody edited it.
import { type AuditFilter, auditCount, auditEntries, auditPersonalValues } from '../db/queries/audit.js';
import { flag } from '../db/schema.js';
import { auditChainHead, restorePersonalValues, verifyAuditChain, walkAuditChain } from '../db/write-gate.js';
import { mapInstants, osloDateTime, type TimeLang } from '../domain/local-time.js';
import type { WorkflowDeps } from './deps.js';

export interface AuditRow {
  id: number;
  at: string;
  agent: string;
  /** Who was logged in (session_user on PostgreSQL, the OS user on SQLite); null on older entries. */
  login: string | null;
  ticket: string | null;
  action: string;
  target: string;
  user_id: number | null;
  changes: unknown;
  summary: string;
}

/**
 * One line a person reads: instants in the changes are shown in Oslo time as `lang` writes them (the
 * record's summary is English; the json keeps `changes`).
 */
export function auditSummary(stored: unknown, lang: TimeLang = 'en'): string {
  const changes = mapInstants(stored, (t) => osloDateTime(t, lang));
  if (Array.isArray(changes)) {
    return changes
      .map((c: { field: string; old: unknown; new: unknown }) =>
        c.old === null ? `${c.field}=${c.new}` : `${c.field}: ${c.old} → ${c.new}`,
      )
      .join('; ');
  }
  return Object.entries(changes as Record<string, unknown>)
    .map(([k, v]) => `${k}=${typeof v === 'object' ? JSON.stringify(v) : v}`)
    .join('; ');
}

export async function listAudit(deps: Pick<WorkflowDeps, 'db'>, filter: AuditFilter): Promise<AuditRow[]> {
  const entries = (await auditEntries(deps.db.kysely, filter)).filter((e) => !flag(e.dry_run));
  const personal = await auditPersonalValues(
    deps.db.kysely,
    entries.filter((e) => e.personal_digest).map((e) => e.id),
  );
  return entries.map((e) => {
    const changes = restorePersonalValues(
      JSON.parse(e.changes) as unknown,
      e.personal_digest ? (personal.get(e.id) ?? null) : {},
    );
    return {
      id: e.id,
      at: e.at,
      agent: e.agent,
      login: e.login,
      ticket: e.ticket,
      action: e.action,
      target: e.target_id === null ? e.target_type : `${e.target_type} ${e.target_id}`,
      user_id: e.user_id,
      changes,
      summary: auditSummary(changes),
    };
  });
}

/** Entries the filter matches in all, for saying how many a limited list left out. */
export async function countAudit(
  deps: Pick<WorkflowDeps, 'db'>,
  filter: Omit<AuditFilter, 'limit'>,
): Promise<number> {
  return auditCount(deps.db.kysely, filter);
}

export async function verifyAudit(deps: Pick<WorkflowDeps, 'db'>) {
  return verifyAuditChain(deps.db.kysely);
}

/** The chain re-computed, and with an anchor kept from earlier, whether that entry is still in it. */
export async function verifyAuditAgainst(deps: Pick<WorkflowDeps, 'db'>, anchor: string | undefined) {
  return walkAuditChain(deps.db.kysely, anchor);
}

/** The head of the chain, to keep outside the database (a ticket, a log host). */
export async function auditAnchor(deps: Pick<WorkflowDeps, 'db'>) {
  return auditChainHead(deps.db.kysely);
}

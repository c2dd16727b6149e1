// Shared by the link and mail tests: the portal, the learners they issue links for, and a way to look
// through every stored text for a token that must not be there.
import { existsSync, readFileSync } from 'node:fs';
import type { Kysely } from 'kysely';
import type { Schema } from '../../src/db/schema.js';
import { TEST_NOW } from '../helpers/cli.js';
import type { TestDatabase } from '../helpers/databases.js';
import { insertCompany, insertLearnerRow } from '../helpers/rows.js';

export const PORTAL = 'https://kurs.example.no';
export const PORTAL_ENV = {
  KURSDESK_PORTAL_URL: PORTAL,
  KURSDESK_MAIL_FROM: 'Kursportalen <kurs@example.no>',
};

/** A learner row with its login in the e-mail history, as `users create` leaves it. */
export async function learner(
  db: Kysely<Schema>,
  values: {
    email: string;
    status?: 'pending' | 'active' | 'disabled';
    given_names?: string;
    employer_id?: number | null;
  },
): Promise<number> {
  const row = await insertLearnerRow(db, {
    email: values.email,
    status: values.status ?? 'pending',
    given_names: values.given_names ?? 'Kari',
    employer_id: values.employer_id ?? null,
    // An active account has chosen a password; a pending one has not.
    password_set_at: values.status === 'active' ? '2026-01-01T00:00:00.000Z' : null,
  });
  await db
    .insertInto('email_history')
    .values({
      user_id: row.id,
      email: values.email,
      local_part: values.email.split('@')[0]!,
      valid_from: TEST_NOW,
      valid_to: null,
    })
    .execute();
  return row.id;
}

/** A learner who left Vei og Bane AS (veibane.no) for Bygg og Anlegg AS (bygg.no), still on the old address. */
export async function learnerWhoChangedEmployer(
  db: Kysely<Schema>,
  email = 'ola@veibane.no',
): Promise<number> {
  const old = await insertCompany(db, {
    org_number: '974760673',
    name: 'Vei og Bane AS',
    email_domains: 'veibane.no',
  });
  const now = await insertCompany(db, {
    org_number: '988077917',
    name: 'Bygg og Anlegg AS',
    email_domains: 'bygg.no',
  });
  const id = await learner(db, { email, status: 'active', given_names: 'Ola', employer_id: now.id });
  await db
    .insertInto('employment_history')
    .values([
      {
        user_id: id,
        company_id: old.id,
        started_on: '2019-01-01',
        ended_on: '2026-06-30',
        invoice_reference: null,
      },
      { user_id: id, company_id: now.id, started_on: '2026-07-01', ended_on: null, invoice_reference: null },
    ])
    .execute();
  return id;
}

/** Every text the database holds in the tables a token could leak into, plus (SQLite) the raw file bytes. */
export async function storedText(t: TestDatabase): Promise<string> {
  const db = t.db.kysely;
  const parts = [
    JSON.stringify(await db.selectFrom('audit_log').selectAll().execute()),
    JSON.stringify(await db.selectFrom('outbox').selectAll().execute()),
    JSON.stringify(await db.selectFrom('link_tokens').selectAll().execute()),
  ];
  if (t.dialect === 'sqlite') {
    for (const file of [t.url, `${t.url}-wal`])
      if (existsSync(file)) parts.push(readFileSync(file).toString('latin1'));
  }
  return parts.join('\n');
}

export async function outboxRows(db: Kysely<Schema>) {
  return db.selectFrom('outbox').selectAll().orderBy('id').execute();
}

export async function linkRows(db: Kysely<Schema>) {
  return db.selectFrom('link_tokens').selectAll().orderBy('id').execute();
}

export async function auditActions(
  db: Kysely<Schema>,
): Promise<{ action: string; changes: string; ticket: string | null }[]> {
  return db.selectFrom('audit_log').select(['action', 'changes', 'ticket']).orderBy('id').execute();
}

/** An ISO time this many minutes after TEST_NOW. */
export function minutesLater(minutes: number, from = TEST_NOW): string {
  return new Date(Date.parse(from) + minutes * 60_000).toISOString();
}

// Candidate accounts for W1 (find the account): by birth date, by e-mail (current, earlier, same local
// part) and by name terms through each dialect's word index. The ranking itself is pure domain code.
import { type Kysely, sql } from 'kysely';
import type { CandidateFacts } from '../../domain/identity-match.js';
import type { Schema } from '../schema.js';
import type { Dialect } from '../target.js';

type Q = Kysely<Schema>;

/** At least `minGroups` of the groups must match; a group matches when the name has any of its terms. */
export interface NameTermQuery {
  groups: string[][];
  minGroups: number;
}

function combinations<T>(items: T[], size: number): T[][] {
  if (size === 0) return [[]];
  if (items.length < size) return [];
  const [first, ...rest] = items as [T, ...T[]];
  return [...combinations(rest, size - 1).map((c) => [first, ...c]), ...combinations(rest, size)];
}

// Terms are folded to [a-z0-9] by the domain, so they need no escaping beyond quoting.
function toFts5(query: NameTermQuery): string {
  const group = (g: string[]) => `(${g.map((t) => `"${t}"`).join(' OR ')})`;
  return combinations(query.groups, query.minGroups)
    .map((combo) => `(${combo.map(group).join(' AND ')})`)
    .join(' OR ');
}

function toTsquery(query: NameTermQuery): string {
  const group = (g: string[]) => `(${g.join(' | ')})`;
  return combinations(query.groups, query.minGroups)
    .map((combo) => `(${combo.map(group).join(' & ')})`)
    .join(' | ');
}

export async function idsByNameTerms(
  db: Q,
  dialect: Dialect,
  query: NameTermQuery,
  limit: number,
): Promise<number[]> {
  if (query.groups.length === 0 || query.minGroups < 1) return [];
  const rows =
    dialect === 'sqlite'
      ? await sql<{
          id: number;
        }>`select rowid as id from users_name_fts where users_name_fts match ${toFts5(query)} limit ${limit}`.execute(
          db,
        )
      : await sql<{
          id: number;
        }>`select id from users where to_tsvector('simple', search_name) @@ to_tsquery('simple', ${toTsquery(query)}) limit ${limit}`.execute(
          db,
        );
  return rows.rows.map((r) => Number(r.id));
}

/** Vocabulary terms of about this length, for typo expansion in the domain. */
export async function termsOfLength(db: Q, min: number, max: number): Promise<string[]> {
  const rows = await db
    .selectFrom('name_terms')
    .select('term')
    .where(sql<number>`length(term)`, '>=', min)
    .where(sql<number>`length(term)`, '<=', max)
    .execute();
  return rows.map((r) => r.term);
}

/** Which of these words are in the name vocabulary (names on file). */
export async function termsOnFile(db: Q, words: string[]): Promise<Set<string>> {
  if (words.length === 0) return new Set();
  const rows = await db.selectFrom('name_terms').select('term').where('term', 'in', words).execute();
  return new Set(rows.map((r) => r.term));
}

export async function idsByBirthDates(db: Q, dates: string[], limit: number): Promise<number[]> {
  if (dates.length === 0) return [];
  const rows = await db
    .selectFrom('users')
    .select('id')
    .where('birth_date', 'in', dates)
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

export async function idsByEmails(db: Q, emails: string[], limit: number): Promise<number[]> {
  if (emails.length === 0) return [];
  const locals = emails.map((e) => e.slice(0, e.lastIndexOf('@')));
  const current = await db.selectFrom('users').select('id').where('email', 'in', emails).execute();
  const history = await db
    .selectFrom('email_history')
    .select('user_id as id')
    .where((eb) => eb.or([eb('email', 'in', emails), eb('local_part', 'in', locals)]))
    .limit(limit)
    .execute();
  return [...current, ...history].map((r) => r.id);
}

/** Everything the ranking needs about each candidate, in a few queries. */
export async function candidateFacts(db: Q, ids: number[]): Promise<CandidateFacts[]> {
  const facts: CandidateFacts[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const users = await db
      .selectFrom('users')
      .leftJoin('companies', 'companies.id', 'users.employer_id')
      .select([
        'users.id',
        'users.given_names',
        'users.family_name',
        'users.birth_date',
        'users.email',
        'users.national_id_hash',
        'users.status',
        'companies.org_number',
      ])
      .where('users.id', 'in', chunk)
      .execute();
    const emails = await db
      .selectFrom('email_history')
      .select(['user_id', 'email'])
      .where('user_id', 'in', chunk)
      .execute();
    const employers = await db
      .selectFrom('employment_history')
      .innerJoin('companies', 'companies.id', 'employment_history.company_id')
      .select(['employment_history.user_id', 'companies.org_number'])
      .where('employment_history.user_id', 'in', chunk)
      .execute();
    for (const u of users) {
      facts.push({
        id: u.id,
        givenNames: u.given_names,
        familyName: u.family_name,
        birthDate: u.birth_date,
        email: u.email,
        earlierEmails: emails.filter((e) => e.user_id === u.id && e.email !== u.email).map((e) => e.email),
        nationalIdHash: u.national_id_hash,
        employerOrgNumber: u.org_number,
        earlierEmployerOrgNumbers: employers
          .filter((e) => e.user_id === u.id && e.org_number !== u.org_number)
          .map((e) => e.org_number),
        status: u.status,
      });
    }
  }
  return facts;
}

export interface DuplicatePair {
  first_id: number;
  second_id: number;
  /** Why the two are paired: the names are compared by the caller when it is 'same birth date'. */
  reason: 'same birth date' | `both used ${string}`;
  /** For 'same birth date': both names, for the caller's name comparison. */
  names?: [{ given: string; family: string }, { given: string; family: string }];
}

/**
 * Pairs that may be one person: born the same day with the same folded name or the same family name (the
 * caller decides with the name comparison; one may have a middle name the other lacks), or an e-mail
 * both have used.
 */
export async function probableDuplicates(db: Q, limit: number): Promise<DuplicatePair[]> {
  const sameDay = await sql<{ a: number; b: number; ag: string; af: string; bg: string; bf: string }>`
    select u1.id as a, u2.id as b, u1.given_names as ag, u1.family_name as af,
      u2.given_names as bg, u2.family_name as bf
    from users u1
    join users u2 on u2.birth_date = u1.birth_date and u2.id > u1.id
      and (u2.search_name = u1.search_name or u2.family_name = u1.family_name)
    order by u1.id, u2.id limit ${limit * 4}`.execute(db);
  const sharedEmail = await sql<{ a: number; b: number; email: string }>`
    select distinct h1.user_id as a, h2.user_id as b, h1.email as email from email_history h1
    join email_history h2 on h2.email = h1.email and h2.user_id > h1.user_id
    order by a, b limit ${limit}`.execute(db);
  return [
    ...sameDay.rows.map(
      (r): DuplicatePair => ({
        first_id: Number(r.a),
        second_id: Number(r.b),
        reason: 'same birth date',
        names: [
          { given: r.ag, family: r.af },
          { given: r.bg, family: r.bf },
        ],
      }),
    ),
    ...sharedEmail.rows.map(
      (r): DuplicatePair => ({
        first_id: Number(r.a),
        second_id: Number(r.b),
        reason: `both used ${r.email}`,
      }),
    ),
  ];
}

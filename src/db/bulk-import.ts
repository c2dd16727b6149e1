// Bulk writers for the imports (companies, register extracts), beside the fixture loader's bulk.ts
// whose COPY path they share: SQLite runs raw prepared statements on the connection of the open
// transaction; PostgreSQL streams the rows, already in COPY text from the parsing thread (see
// domain/ingest/copy-text.ts), through writeCopyText. Only this file knows how a company import
// tells new rows from stored ones on each dialect.
import { sql } from 'kysely';
import { COMPANY_FIELDS, type CompanyField } from '../domain/companies/fields.js';
import type { RegisterFacts, RegisterState } from '../domain/companies/register-rules.js';
import { decodeRow } from '../domain/ingest/copy-text.js';
import { IntMap } from '../domain/ingest/int-map.js';
import { BRREG_COLUMNS } from '../domain/registry/brreg.js';
import { ELMA_COLUMNS } from '../domain/registry/peppol.js';
import { ConflictError } from '../errors.js';
import { writeCopyText } from './bulk.js';
import type { Db } from './connect.js';
import { registerStateOf, toRegisterUnit } from './queries/registry.js';
import type { Company } from './schema.js';
import type { Tx } from './write-gate.js';

export interface CompanyInsert {
  /** The COMPANY_FIELDS values in COPY text. */
  text: string;
  org: string;
  inElma: boolean;
}

export interface CompanyUpdate {
  id: number;
  version: number;
  /** Values of the updated fields, in the order of the `fields` given to update(). */
  values: (string | null)[];
  inElma: boolean;
}

export interface CompanyBulkWriter {
  registerState(): Promise<RegisterState>;
  /** Register facts for the org numbers that are in either extract (others are absent from the map). */
  registerFacts(orgs: readonly string[], state: RegisterState): Promise<Map<string, RegisterFacts>>;
  /** Inserts the rows whose org number is new; returns the stored companies of the rest, untouched. */
  insertNew(rows: readonly CompanyInsert[]): Promise<Company[]>;
  /** Updates `fields` and in_elma of existing companies, each only if its version is unchanged. */
  update(fields: readonly CompanyField[], rows: readonly CompanyUpdate[]): Promise<void>;
}

const INSERT_COLUMNS = [...COMPANY_FIELDS, 'in_elma', 'created_at', 'updated_at'] as const;

function staleUpdate(): ConflictError {
  return new ConflictError(
    'a company in the file was changed by someone else during the import; nothing was written — run the import again',
  );
}

function concurrentInsert(): ConflictError {
  return new ConflictError(
    'another agent registered some of these companies at the same moment; nothing was written — run the import again',
  );
}

/**
 * `column = any(array)` on PostgreSQL (one parameter, one plan, whatever the batch size); an IN list on
 * SQLite, which has no arrays.
 */
function orgIn(dialect: Db['dialect'], column: string, orgs: readonly string[]) {
  return dialect === 'postgres'
    ? sql<boolean>`${sql.ref(column)} = any(${[...orgs]}::text[])`
    : sql<boolean>`${sql.ref(column)} in (${sql.join(orgs)})`;
}

/** The register side is plain Kysely: one query per batch and table, the same on both dialects. */
async function registerFacts(
  trx: Tx,
  dialect: Db['dialect'],
  orgs: readonly string[],
  state: RegisterState,
): Promise<Map<string, RegisterFacts>> {
  const facts = new Map<string, RegisterFacts>();
  if (orgs.length === 0) return facts;
  if (state.brregDate !== null) {
    const units = await trx
      .selectFrom('brreg_units')
      .select([
        'org_number',
        'name',
        'org_form',
        'org_form_name',
        'is_subunit',
        'parent_org_number',
        'street',
        'postal_code',
        'city',
        'bankrupt',
        'under_liquidation',
        'compulsory_dissolution',
        'deleted_on',
        'closed_on',
      ])
      .where(orgIn(dialect, 'org_number', orgs))
      .execute();
    for (const unit of units) facts.set(unit.org_number, { unit: toRegisterUnit(unit), inElma: false });
  }
  if (state.elmaDate !== null) {
    const listed = await trx
      .selectFrom('elma_participants')
      .select('org_number')
      .where(orgIn(dialect, 'org_number', orgs))
      .execute();
    for (const { org_number } of listed) {
      const known = facts.get(org_number);
      if (known) known.inElma = true;
      else facts.set(org_number, { unit: null, inElma: true });
    }
  }
  return facts;
}

export function companyBulkWriter(db: Db, trx: Tx, now: string): CompanyBulkWriter {
  return db.native.dialect === 'sqlite'
    ? sqliteCompanyWriter(db.native.database, trx, now)
    : postgresCompanyWriter(db, trx, now);
}

function sqliteCompanyWriter(
  database: import('better-sqlite3').Database,
  trx: Tx,
  now: string,
): CompanyBulkWriter {
  const insert = database.prepare(
    `insert into companies (${INSERT_COLUMNS.join(', ')}) values (${INSERT_COLUMNS.map(() => '?').join(', ')}) on conflict (org_number) do nothing`,
  );
  const existing = database.prepare('select * from companies where org_number = ?');
  const updates = new Map<string, import('better-sqlite3').Statement>();
  return {
    registerState: () => registerStateOf(trx),
    registerFacts: (orgs, state) => registerFacts(trx, 'sqlite', orgs, state),
    async insertNew(rows) {
      // One statement a row: the unique index says which rows were stored already (tried: 50-row
      // statements with the stored numbers read first were slower here).
      const found: Company[] = [];
      for (const row of rows) {
        const values: unknown[] = decodeRow(row.text);
        values.push(row.inElma ? 1 : 0, now, now);
        if (insert.run(values).changes === 0) found.push(existing.get(row.org) as Company);
      }
      return found;
    },
    async update(fields, rows) {
      const key = fields.join(',');
      let statement = updates.get(key);
      if (!statement) {
        const sets = [...fields, 'in_elma', 'updated_at'].map((f) => `${f} = ?`).join(', ');
        statement = database.prepare(
          `update companies set ${sets}, version = version + 1 where id = ? and version = ?`,
        );
        updates.set(key, statement);
      }
      for (const row of rows) {
        if (statement.run([...row.values, row.inElma ? 1 : 0, now, row.id, row.version]).changes !== 1)
          throw staleUpdate();
      }
    },
  };
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string }).code === '23505';
}

/**
 * Every stored org number, read once per import in pages. Writers take turns (the write gate's
 * advisory lock), so the set stays true for the whole transaction and each batch is sorted into new
 * and stored rows without asking the server (10,000 index probes a batch cost more than its COPY).
 */
async function storedOrgNumbers(trx: Tx): Promise<IntMap> {
  const stored = new IntMap();
  let after = '';
  for (;;) {
    const page = await trx
      .selectFrom('companies')
      .select('org_number')
      .where('org_number', '>', after)
      .orderBy('org_number')
      .limit(50_000)
      .execute();
    for (const { org_number } of page) stored.set(Number(org_number), 1);
    if (page.length < 50_000) return stored;
    after = (page.at(-1) as { org_number: string }).org_number;
  }
}

function postgresCompanyWriter(db: Db, trx: Tx, now: string): CompanyBulkWriter {
  let existing: Promise<IntMap> | undefined;
  const suffixFalse = `\tf\t${now}\t${now}\n`;
  const suffixTrue = `\tt\t${now}\t${now}\n`;
  return {
    registerState: () => registerStateOf(trx),
    registerFacts: (orgs, state) => registerFacts(trx, 'postgres', orgs, state),
    async insertNew(rows) {
      if (rows.length === 0) return [];
      existing ??= storedOrgNumbers(trx);
      const stored = await existing;
      const known = rows.filter((r) => stored.get(Number(r.org)) !== undefined).map((r) => r.org);
      const found =
        known.length === 0
          ? []
          : await trx
              .selectFrom('companies')
              .selectAll()
              .where(orgIn('postgres', 'org_number', known))
              .execute();
      let chunk = '';
      for (const row of rows) {
        if (stored.get(Number(row.org)) === undefined)
          chunk += row.text + (row.inElma ? suffixTrue : suffixFalse);
      }
      try {
        await writeCopyText(db, 'companies', INSERT_COLUMNS, chunk);
      } catch (error) {
        throw isUniqueViolation(error) ? concurrentInsert() : error;
      }
      return found;
    },
    async update(fields, rows) {
      if (rows.length === 0) return;
      const columns = [...fields, 'in_elma'];
      const arrays: unknown[][] = [rows.map((r) => r.id), rows.map((r) => r.version)];
      fields.forEach((_, i) => {
        arrays.push(rows.map((r) => r.values[i] ?? null));
      });
      arrays.push(rows.map((r) => r.inElma));
      const types = ['int', 'int', ...fields.map(() => 'text'), 'boolean'];
      const unnest = sql.join(arrays.map((a, i) => sql`${a}::${sql.raw(types[i] as string)}[]`));
      const sets = sql.join(columns.map((c) => sql`${sql.ref(c)} = ${sql.ref(`u.${c}`)}`));
      const result = await sql`update companies c set ${sets}, updated_at = ${now}, version = c.version + 1
         from unnest(${unnest}) as u(id, version, ${sql.join(columns.map((c) => sql.ref(c)))})
         where c.id = u.id and c.version = u.version`.execute(trx);
      if (Number(result.numAffectedRows) !== rows.length) throw staleUpdate();
    },
  };
}

/** Replaces one register table with a new extract, inside the caller's transaction. */
export interface RegisterBulkWriter {
  /** Empties the table (the transaction keeps the old rows visible to others until commit). */
  clear(): Promise<void>;
  /** Rows in COPY text (BRREG_COLUMNS or ELMA_COLUMNS order, newline after each). */
  insert(text: string): Promise<void>;
}

export function registerBulkWriter(
  db: Db,
  trx: Tx,
  table: 'brreg_units' | 'elma_participants',
  extractId: number,
): RegisterBulkWriter {
  const columns = [...(table === 'brreg_units' ? BRREG_COLUMNS : ELMA_COLUMNS), 'extract_id'];
  const native = db.native;
  if (native.dialect === 'sqlite') {
    const { database } = native;
    const insert = database.prepare(
      `insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`,
    );
    return {
      async clear() {
        database.prepare(`delete from ${table}`).run();
      },
      async insert(text) {
        let start = 0;
        for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
          const values: unknown[] = decodeRow(text.slice(start, end));
          values.push(extractId);
          insert.run(values);
          start = end + 1;
        }
      },
    };
  }
  const suffix = `\t${extractId}\n`;
  return {
    async clear() {
      // Transactional: a failed load leaves the old extract; readers wait for the commit (TRUNCATE locks).
      await sql`truncate ${sql.table(table)}`.execute(trx);
    },
    async insert(text) {
      await writeCopyText(db, table, columns, text.replaceAll('\n', suffix));
    },
  };
}

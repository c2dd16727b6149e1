// A PostgreSQL company import runs beside single changes (it holds only the bulk lock), so another agent
// may register a company of the file while the import is half-way: after the import read the stored
// companies, before its new rows go in. The import must then take that company as a stored one (compare
// it with the file's row, update it where the file differs, count and audit it so), not stop with a
// unique violation and not write it twice. The file comes through a stream so that the registration
// falls between the import's first batch and its last, without any timing. Only on a real server:
// PGlite runs every connection in one session, so no two transactions overlap.
import { PassThrough } from 'node:stream';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openDb } from '../../src/db/connect.js';
import { parseDbTarget } from '../../src/db/target.js';
import { verifyAuditChain } from '../../src/db/write-gate.js';
import type { Notice } from '../../src/domain/messages/index.js';
import { ConflictError } from '../../src/errors.js';
import { type CompanyImportReport, importCompanies } from '../../src/workflows/companies/import.js';
import { registerCompany } from '../../src/workflows/companies/register.js';
import { COMPANY_CSV_HEADER, companyCsvRow, validOrgNumbers } from '../helpers/company-rows.js';
import { stopTestServers, type TestDatabase, useTestDatabase } from '../helpers/databases.js';
import { testDeps } from '../helpers/deps.js';

afterAll(stopTestServers);

const ROWS = 3_000;
const orgs = validOrgNumbers(ROWS);
const phoneOf = (i: number) => `9${1_000_000 + i}`;
const lines = orgs.map((org, i) => companyCsvRow(org, i, phoneOf(i)));

/** The import of `lines`, its first half at once and the rest when `between` (run after a batch is written) is done. */
async function importAround(
  t: TestDatabase,
  between: () => Promise<void>,
  warnings: Notice[] = [],
): Promise<CompanyImportReport> {
  const file = new PassThrough();
  file.write(`${[COMPANY_CSV_HEADER, ...lines.slice(0, ROWS / 2)].join('\n')}\n`);
  let wroteBatch: () => void = () => {};
  const batchWritten = new Promise<void>((resolve) => {
    wroteBatch = resolve;
  });
  const importing = importCompanies(
    testDeps(t.db, { agent: 'importer' }),
    { kind: 'stream', stream: file },
    { fileName: 'stdin', dryRun: false, keepGood: false, force: false, batchRows: 500 },
    { progress: () => wroteBatch(), warning: (w) => warnings.push(w) },
  );
  // Should the import fail before its first batch, the test says so instead of waiting for ever.
  await Promise.race([batchWritten, importing]);
  await between();
  file.end(`${lines.slice(ROWS / 2).join('\n')}\n`);
  return importing;
}

/** Company `i` of the file as another agent registers it, with `phone` for its contact phone. */
const request = (i: number, phone: string) => ({
  org_number: orgs[i] as string,
  name: `Firma ${i} AS`,
  invoice_email: `faktura@firma${i}.example`,
  contact_name: 'Kari Nordmann',
  contact_email: `kari@firma${i}.example`,
  contact_phone: phone,
});

describe.runIf(process.env.KURSDESK_TEST_PG_URL)(
  'a PostgreSQL import with another agent registering companies of the file half-way',
  () => {
    const database = useTestDatabase('postgres');

    it('takes the registered companies as stored ones: unchanged where equal, updated where the file differs', {
      timeout: 120_000,
    }, async () => {
      const t = database();
      const same = 2_000;
      const differs = 2_001;
      const warnings: Notice[] = [];
      const report = await importAround(
        t,
        async () => {
          // Another agent on its own connection, while the import holds its transaction open.
          const other = await openDb(parseDbTarget(t.url, process.cwd()), { create: false });
          try {
            const deps = testDeps(other, { agent: 'registrar' });
            const label = (f: string) => f;
            for (const [i, phone] of [
              [same, phoneOf(same)],
              [differs, '41234567'],
            ] as const) {
              const result = await registerCompany(deps, request(i, phone), {
                dryRun: false,
                force: false,
                label,
              });
              expect(result.status).toBe('created');
            }
          } finally {
            await other.close();
          }
        },
        warnings,
      );
      expect(warnings.map(String)).toContain(
        '2 companies of the file were registered by another agent during the import: compared with what was registered and counted as existing',
      );
      expect(report).toMatchObject({
        committed: true,
        rows: ROWS,
        created: ROWS - 2,
        updated: 1,
        unchanged: 1,
        rejected: 0,
      });

      const stored = await t.db.kysely
        .selectFrom('companies')
        .select(['org_number', 'contact_phone'])
        .orderBy('org_number')
        .execute();
      expect(stored).toHaveLength(ROWS);
      expect(new Set(stored.map((c) => c.org_number)).size).toBe(ROWS);
      const phone = new Map(stored.map((c) => [c.org_number, c.contact_phone]));
      // The file's phone wins where it differs: the import came after the registration.
      expect(phone.get(orgs[differs] as string)).toBe(`+47${phoneOf(differs)}`);
      expect(phone.get(orgs[same] as string)).toBe(`+47${phoneOf(same)}`);

      const audit = await t.db.kysely
        .selectFrom('audit_log')
        .select(['agent', 'action', 'target_id', 'changes'])
        .orderBy('id')
        .execute();
      expect(audit.map((a) => [a.agent, a.action, a.target_id])).toEqual([
        ['registrar', 'companies.register', orgs[same]],
        ['registrar', 'companies.register', orgs[differs]],
        ['importer', 'companies.update', orgs[differs]],
        ['importer', 'companies.import', 'stdin'],
      ]);
      expect(JSON.parse(audit[2]?.changes as string)).toEqual([
        { field: 'contact_phone', old: '***67', new: `***${phoneOf(differs).slice(-2)}` },
      ]);
      expect(JSON.parse(audit[3]?.changes as string)).toMatchObject({
        rows: ROWS,
        created: ROWS - 2,
        updated: 1,
        unchanged: 1,
        rejected: 0,
      });
      expect(await verifyAuditChain(t.db.kysely)).toMatchObject({ brokenAt: null });
    });

    it('waits for a registration still open when its rows go in, and takes the company once it is committed', {
      timeout: 120_000,
    }, async () => {
      const t = database();
      const late = 2_500;
      const client = new pg.Client({ connectionString: new URL(t.url).href.replace(/\?.*$/, '') });
      await client.connect();
      const schema = new URL(t.url).searchParams.get('schema') as string;
      try {
        await client.query(`set search_path to "${schema}"`);
        let committed: Promise<unknown> = Promise.resolve();
        const report = await importAround(t, async () => {
          // A registration between its insert and its commit: the import's insert of the same number
          // must wait for it, then find the company there.
          await client.query('begin');
          await client.query(
            `insert into companies (org_number, name, contact_phone, created_at, updated_at)
             values ($1, $2, $3, now(), now())`,
            [orgs[late], `Firma ${late} AS`, '+4741234567'],
          );
          // Committed once the import is seen waiting for this transaction's row (polled, not timed).
          committed = (async () => {
            for (;;) {
              const { rows } = await client.query(
                `select count(*)::int as n from pg_locks l
                   where not l.granted and l.locktype = 'transactionid'
                     and l.transactionid = txid_current()::text::xid`,
              );
              if ((rows[0] as { n: number }).n > 0) break;
              await new Promise((resolve) => setTimeout(resolve, 20));
            }
            await client.query('commit');
          })();
        });
        await committed;
        expect(report).toMatchObject({ committed: true, created: ROWS - 1, updated: 1, unchanged: 0 });
        const row = await t.db.kysely
          .selectFrom('companies')
          .select(['contact_phone', 'name'])
          .where('org_number', '=', orgs[late] as string)
          .execute();
        expect(row).toEqual([{ contact_phone: `+47${phoneOf(late)}`, name: `Firma ${late} AS` }]);
        expect(
          Number(
            (
              await t.db.kysely
                .selectFrom('companies')
                .select((eb) => eb.fn.countAll().as('n'))
                .executeTakeFirstOrThrow()
            ).n,
          ),
        ).toBe(ROWS);
      } finally {
        await client.end();
      }
    });

    it('a registration meeting a number the import wrote but has not committed gives up at once; the import commits', {
      timeout: 180_000,
    }, async () => {
      const t = database();
      const schema = new URL(t.url).searchParams.get('schema') as string;
      // More new rows than a run (25,000) before the pause: the first run is in companies, uncommitted.
      const many = validOrgNumbers(30_000, 94_000_000);
      const file = new PassThrough();
      file.write(
        `${[COMPANY_CSV_HEADER, ...many.map((org, i) => companyCsvRow(org, i, phoneOf(i)))].join('\n')}\n`,
      );
      let batches = 0;
      let wroteBatches: () => void = () => {};
      const enough = new Promise<void>((resolve) => {
        wroteBatches = resolve;
      });
      const importing = importCompanies(
        testDeps(t.db, { agent: 'importer' }),
        { kind: 'stream', stream: file },
        { fileName: 'stdin', dryRun: false, keepGood: false, force: false },
        {
          progress: () => {
            if (++batches * 2_000 >= 28_000) wroteBatches();
          },
        },
      );
      await Promise.race([enough, importing]);
      const other = await openDb(parseDbTarget(t.url, process.cwd()), { create: false });
      try {
        // The import idle in its transaction (its run sent, waiting for the rest of the file): found by
        // the bulk lock it holds, polled, not timed.
        for (;;) {
          const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_locks l
            join pg_stat_activity a on a.pid = l.pid
           where l.locktype = 'advisory' and l.classid = 7270003 and l.objsubid = 2
             and l.objid::bigint = (hashtext(${schema})::bigint + 4294967296) % 4294967296
             and a.state = 'idle in transaction'`.execute(other.kysely);
          if ((rows[0] as { n: number }).n > 0) break;
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        const deps = testDeps(other, { agent: 'registrar' });
        const registering = registerCompany(
          deps,
          {
            org_number: many[10] as string,
            name: 'Firma 10 AS',
            invoice_email: 'faktura@firma10.example',
            contact_name: 'Kari Nordmann',
            contact_email: 'kari@firma10.example',
            contact_phone: phoneOf(10),
          },
          { dryRun: false, force: false, label: (f) => f },
        ).then(
          () => 'registered',
          (error: unknown) => error,
        );
        // The rest of the file once the registration waits for the import's row or has given up
        // (polled on a third connection): the import then needs the write lock the registration holds.
        let settled = false;
        void registering.then(() => {
          settled = true;
        });
        const watch = await openDb(parseDbTarget(t.url, process.cwd()), { create: false });
        try {
          for (;;) {
            const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_locks l
              join pg_stat_activity a on a.pid = l.pid
             where not l.granted and l.locktype = 'transactionid' and a.datname = current_database()
               and a.query ilike 'insert into "companies"%'`.execute(watch.kysely);
            if (settled || (rows[0] as { n: number }).n > 0) break;
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
        } finally {
          await watch.close();
        }
        file.end();
        const [outcome, report] = await Promise.all([
          registering,
          importing.catch((error: unknown) => error),
        ]);
        expect(report).toMatchObject({ committed: true, created: 30_000, rejected: 0 });
        expect(outcome).toBeInstanceOf(ConflictError);
        expect(String((outcome as Error).message)).toContain(many[10] as string);
      } finally {
        await other.close();
      }
      const count = await sql<{ n: number }>`select count(*)::int as n from companies`.execute(t.db.kysely);
      expect(count.rows[0]?.n).toBe(30_000);
      expect(await verifyAuditChain(t.db.kysely)).toMatchObject({ brokenAt: null });
    });
  },
);

// Connections as a deployment needs them: TLS with sslmode and a CA file (from the URL as libpq names
// them, or PGSSLMODE / PGSSLROOTCERT) against a throwaway cluster with its own certificate; a server
// restart in the middle of an import (one line, nothing written, the retry works); a look-up stopped
// by statement_timeout; and no password from the command line or in anything printed.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../../src/db/connect.js';
import { translateDbError } from '../../src/db/errors.js';
import { parseDbTarget } from '../../src/db/target.js';
import { runCli, testHome } from '../helpers/cli.js';
import { countRows } from '../helpers/rows.js';
import { serverBinaries, startTlsCluster, type TlsCluster } from '../helpers/tls-cluster.js';

const binaries = serverBinaries();
if ('missing' in binaries && process.env.CI)
  throw new Error(`CI must run the TLS tests, but ${binaries.missing}`);

describe.skipIf('missing' in binaries)(
  `a TLS-only cluster of its own${'missing' in binaries ? ` (skipped: ${binaries.missing})` : ''}`,
  () => {
    let cluster: TlsCluster;
    beforeAll(async () => {
      cluster = await startTlsCluster((binaries as { bin: string }).bin);
    }, 120_000);
    afterAll(() => cluster?.stop());

    const url = (host: string, params: Record<string, string>) => {
      const u = new URL(cluster.url);
      u.hostname = host;
      for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v);
      return u.href;
    };

    it('verify-full with the CA from the URL connects and works', async () => {
      const db = url('127.0.0.1', { sslmode: 'verify-full', sslrootcert: cluster.caFile, schema: 'tls_ok' });
      expect(await runCli(['db', 'migrate'], { db })).toMatchObject({ code: 0 });
      const doctor = await runCli(['doctor', '--format', 'json'], { db });
      expect(doctor.code).toBe(0);
      // The TLS settings are kursdesk's, not passed on in the URL it shows.
      expect(doctor.stdout).toContain('"dialect": "postgres"');
    });

    it('verify-full takes PGSSLMODE and PGSSLROOTCERT as libpq does', async () => {
      const run = await runCli(['db', 'status'], {
        db: url('127.0.0.1', { schema: 'tls_ok' }),
        env: { PGSSLMODE: 'verify-full', PGSSLROOTCERT: cluster.caFile },
      });
      expect(run, run.stderr).toMatchObject({ code: 0 });
    });

    it('refuses a certificate from another CA, and a host name the certificate does not name, in one line', async () => {
      for (const db of [
        url('127.0.0.1', { sslmode: 'verify-full', sslrootcert: cluster.otherCaFile }),
        url('localhost', { sslmode: 'verify-full', sslrootcert: cluster.caFile }),
      ]) {
        const run = await runCli(['db', 'status'], { db });
        expect(run.code).toBe(1);
        expect(run.stderr).toContain("the server's certificate was refused");
        expect(run.stderr.trim().split('\n')).toHaveLength(1);
      }
      // verify-ca checks the chain but not the name.
      const chainOnly = await runCli(['db', 'status'], {
        db: url('localhost', { sslmode: 'verify-ca', sslrootcert: cluster.caFile, schema: 'tls_ok' }),
      });
      expect(chainOnly, chainOnly.stderr).toMatchObject({ code: 0 });
    });

    it('needs a CA file for verify-full, and says where to give it', async () => {
      const run = await runCli(['db', 'status'], { db: url('127.0.0.1', { sslmode: 'verify-full' }) });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('sslrootcert');
    });

    // The restart lands wherever the import happens to be (a statement under way, or between two
    // batches): test/db/connection-lost.test.ts cuts the connection at each statement in turn.
    it('a restart in the middle of an import: one line, nothing written, and the retry imports it all', async () => {
      const db = url('127.0.0.1', {
        sslmode: 'verify-full',
        sslrootcert: cluster.caFile,
        schema: 'restart',
      });
      expect(await runCli(['db', 'migrate'], { db })).toMatchObject({ code: 0 });
      const rows = 60_000;
      const csv = join(testHome(), 'restart-companies.csv');
      const lines = ['org_number,name,invoice_email,contact_name,contact_email,contact_phone'];
      const weights = [3, 2, 7, 6, 5, 4, 3, 2];
      for (let k = 0; lines.length <= rows; k++) {
        const eight = String(80_000_000 + k);
        const r = [...eight].reduce((s, d, i) => s + Number(d) * (weights[i] as number), 0) % 11;
        if (r === 1) continue;
        const org = eight + (r === 0 ? 0 : 11 - r);
        lines.push(`${org},Firma ${k} AS,faktura@f${k}.example,Kari Nordmann,kari@f${k}.example,91234567`);
      }
      writeFileSync(csv, `${lines.join('\n')}\n`);

      const watcher = new pg.Client({
        connectionString: cluster.url,
        ssl: { ca: await import('node:fs').then((fs) => fs.readFileSync(cluster.caFile, 'utf8')) },
      });
      await watcher.connect();
      const importing = runCli(['companies', 'import', csv, '--yes'], { db });
      // Wait until the import's transaction is open on the server, then restart it.
      for (let i = 0; i < 400; i++) {
        const { rows: open } = await watcher.query(
          `select count(*)::int as n from pg_stat_activity where pid <> pg_backend_pid() and xact_start is not null and query ilike '%companies%'`,
        );
        if (open[0].n > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      await watcher.end().catch(() => {});
      cluster.restart();
      const failed = await importing;
      expect(failed.code).toBe(1);
      expect(failed.stderr).toContain('lost the connection to PostgreSQL');
      expect(failed.stderr).toContain('nothing was written');
      // One line says why (beside the import's own warning that no register extract is loaded).
      const errors = failed.stderr
        .trim()
        .split('\n')
        .filter((l) => !l.includes('warning'));
      expect(errors, failed.stderr).toHaveLength(1);

      const check = await openDb(parseDbTarget(db, process.cwd()), { create: false });
      try {
        const count = (table: 'companies' | 'audit_log') => countRows(check.kysely, table);
        expect(await count('companies')).toBe(0);
        expect(await count('audit_log')).toBe(0);
        const retry = await runCli(['companies', 'import', csv, '--yes'], { db });
        expect(retry, retry.stderr).toMatchObject({ code: 0 });
        expect(await count('companies')).toBe(rows);
        expect(await count('audit_log')).toBe(1);
      } finally {
        await check.close();
      }
    }, 180_000);
  },
);

describe('statement timeout and passwords', () => {
  const server = process.env.KURSDESK_TEST_PG_URL;

  it.runIf(server)('a look-up longer than the statement timeout is stopped with one clear line', async () => {
    const db = await openDb(parseDbTarget(server as string, process.cwd()), {
      create: false,
      server: { statementTimeoutMs: 200 },
    });
    try {
      const error = await sql`select pg_sleep(2)`.execute(db.kysely).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(translateDbError(error)).toMatchObject({
        exitCode: 1,
        message: expect.stringContaining('statement timeout'),
      });
      // The session is still usable afterwards.
      expect((await sql<{ n: number }>`select 1 as n`.execute(db.kysely)).rows[0]?.n).toBe(1);
    } finally {
      await db.close();
    }
  });

  it('refuses a password on the command line, and never prints it', async () => {
    const run = await runCli(['doctor', '--db', 'postgres://anna:s3cret-pw@127.0.0.1:1/kursdesk']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('PGPASSWORD');
    expect(run.stdout + run.stderr).not.toContain('s3cret-pw');
  });

  it('masks a password given in the environment in everything it prints', async () => {
    for (const db of [
      'postgres://anna:s3cret-pw@127.0.0.1:1/kursdesk',
      'postgres://anna@127.0.0.1:1/kursdesk?password=s3cret-pw',
    ]) {
      const run = await runCli(['doctor'], { env: { KURSDESK_DB: db } });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('127.0.0.1:1');
      expect(run.stdout + run.stderr).not.toContain('s3cret-pw');
    }
  });
});

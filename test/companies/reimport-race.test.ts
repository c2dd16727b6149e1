// A PostgreSQL re-import runs beside single changes (it holds only the bulk lock): an agent may change
// a company of the file while the import is half-way. The import reads the stored companies (their
// org numbers and hashes) when its first batch comes, and compares the rows whose hash differs when
// its last batch is in. So a company the file leaves as it was keeps the agent's change (the import
// counts it unchanged and writes nothing to it), and a company the file changes is changed from what
// the agent left, with that as the old value in the audit; nothing is lost and the chain verifies.
// Only on a real server: PGlite runs every connection in one session, so no two transactions overlap.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/db/write-gate.js';
import { importCompanies } from '../../src/workflows/companies/import.js';
import { runCli } from '../helpers/cli.js';
import { COMPANY_CSV_HEADER, companyCsvRow, validOrgNumbers } from '../helpers/company-rows.js';
import { stopTestServers, useTestDatabase } from '../helpers/databases.js';
import { testDeps } from '../helpers/deps.js';

afterAll(stopTestServers);

const dir = mkdtempSync(join(tmpdir(), 'kursdesk-reimport-race-'));
const HEADER = COMPANY_CSV_HEADER;

const orgNumbers = (n: number) => validOrgNumbers(n);

const row = companyCsvRow;

describe.runIf(process.env.KURSDESK_TEST_PG_URL)(
  'a PostgreSQL re-import with an agent changing companies half-way',
  () => {
    const database = useTestDatabase('postgres');

    it('keeps the agent’s change where the file changes nothing, and changes from it where the file does', {
      timeout: 120_000,
    }, async () => {
      const t = database();
      const orgs = orgNumbers(5_000);
      const first = join(dir, 'first.csv');
      writeFileSync(
        first,
        `${[HEADER, ...orgs.map((org, i) => row(org, i, `9${1_000_000 + i}`))].join('\n')}\n`,
      );
      expect((await runCli(['companies', 'import', first], { db: t.url })).code).toBe(0);

      // The same file, but the last company gets a new phone. Both companies the agent changes are in
      // the second half of the file, which the import reads after the change.
      const kept = orgs[4_998] as string;
      const changed = orgs[4_999] as string;
      // The file comes through a stream: its first half, then (once the import has written a batch) the
      // agent's changes, then the rest.
      const lines = orgs.map((org, i) => row(org, i, i === 4_999 ? '41234567' : `9${1_000_000 + i}`));
      const file = new PassThrough();
      file.write(`${[HEADER, ...lines.slice(0, 2_500)].join('\n')}\n`);
      let wroteBatch: () => void = () => {};
      const batchWritten = new Promise<void>((resolve) => {
        wroteBatch = resolve;
      });
      const importing = importCompanies(
        testDeps(t.db),
        { kind: 'stream', stream: file },
        { fileName: 'stdin', dryRun: false, keepGood: false, force: false },
        { progress: () => wroteBatch() },
      );
      await batchWritten;
      // Another agent, on its own connection, while the import holds its transaction open.
      for (const org of [kept, changed]) {
        const run = await runCli(['companies', 'update', org, '--contact-phone', '47111111'], { db: t.url });
        expect(run.code, run.stderr).toBe(0);
      }
      file.end(`${lines.slice(2_500).join('\n')}\n`);
      const report = await importing;
      expect(report).toMatchObject({
        committed: true,
        created: 0,
        updated: 1,
        unchanged: 4_999,
        rejected: 0,
      });

      const phones = await t.db.kysely
        .selectFrom('companies')
        .select(['org_number', 'contact_phone'])
        .where('org_number', 'in', [kept, changed])
        .orderBy('org_number')
        .execute();
      expect(phones).toEqual([
        { org_number: kept, contact_phone: '+4747111111' },
        { org_number: changed, contact_phone: '+4741234567' },
      ]);
      const updates = await t.db.kysely
        .selectFrom('audit_log')
        .select(['target_id', 'changes'])
        .where('action', '=', 'companies.update')
        .orderBy('id')
        .execute();
      // The agent's two, then the import's one.
      expect(updates.map((u) => u.target_id)).toEqual([kept, changed, changed]);
      // The import's old value is the agent's phone (masked to its last digits), not the first import's.
      expect(JSON.parse(updates[2]?.changes as string)).toEqual([
        { field: 'contact_phone', old: '***11', new: '***67' },
      ]);
      expect(await verifyAuditChain(t.db.kysely)).toMatchObject({ brokenAt: null });
    });
  },
);

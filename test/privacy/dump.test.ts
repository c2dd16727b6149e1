// Issue 16: `fixtures dump --anonymise` of the demo database scanned against its source. No pseudonymous
// full name is a full name of the source, no pseudonymous e-mail address is an address of the source,
// and every pseudonymous address is on a reserved domain (.invalid). Several pseudonym keys, because a
// clash is a matter of chance for any one key (the demo data and the pseudonyms share a vocabulary).
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpFixture } from '../../src/workflows/fixtures/dump.js';
import { loadFixture } from '../../src/workflows/fixtures/load.js';
import { loadRequest, readTable, removeScratch, scratchDir } from '../fixtures/support.js';
import { DIALECTS, openTestDatabase, stopTestServers, type TestDatabase } from '../helpers/databases.js';
import { testDeps } from '../helpers/deps.js';

afterAll(async () => {
  removeScratch();
  await stopTestServers();
});

type Rec = Record<string, unknown>;
const fold = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

describe.each(DIALECTS)('anonymised dump against its source on %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await loadFixture(testDeps(t.db), loadRequest('demo'));
  });
  afterAll(() => t.close());

  it.each(['key one', 'key two', 'key three'])('no pseudonym repeats a source value (%s)', async (key) => {
    const source = join(scratchDir(), `plain-${key.replace(/ /g, '-')}`);
    const anonymised = join(scratchDir(), `anon-${key.replace(/ /g, '-')}`);
    const deps = testDeps(t.db);
    await dumpFixture(deps, { out: source, anonymise: false, includePersonalData: false });
    await dumpFixture(deps, {
      out: anonymised,
      anonymise: true,
      includePersonalData: false,
      pseudonymKey: Buffer.from(key),
    });
    const rows = (dir: string, table: 'users' | 'companies' | 'email_history' | 'outbox') =>
      readTable(dir, table).map((l) => JSON.parse(l) as Rec);
    const names = (dir: string) => [
      ...rows(dir, 'users').map((u) => `${u.given_names} ${u.family_name}`),
      ...rows(dir, 'companies').flatMap((c) => (typeof c.contact_name === 'string' ? [c.contact_name] : [])),
    ];
    const emails = (dir: string) =>
      [
        ...rows(dir, 'users').map((u) => u.email),
        ...rows(dir, 'email_history').map((h) => h.email),
        ...rows(dir, 'companies').flatMap((c) => [c.contact_email, c.invoice_email]),
        ...rows(dir, 'outbox').map((m) => m.to_address),
      ].filter((e): e is string => typeof e === 'string');

    const sourceNames = new Set(names(source).map(fold));
    const sourceEmails = new Set(emails(source).map(fold));
    expect(sourceNames.size).toBeGreaterThan(100);
    expect(names(anonymised).filter((n) => sourceNames.has(fold(n)))).toEqual([]);
    const pseudonymous = emails(anonymised);
    expect(pseudonymous.filter((e) => sourceEmails.has(fold(e)))).toEqual([]);
    expect(pseudonymous.filter((e) => !e.endsWith('.invalid'))).toEqual([]);
  });
});

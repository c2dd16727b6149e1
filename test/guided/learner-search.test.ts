// The search behind the guided mode's learner picker, on both dialects and the demo data: word starts of
// the name in any order, the start of an e-mail, an id; masked addresses; nothing for a single letter.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchLearners } from '../../src/workflows/learner-search.js';
import { createArgv, KARI, SIRI } from '../commands/fixtures.js';
import { TEST_SECRET } from '../helpers/cli.js';
import { DIALECTS, openTestDatabase, stopTestServers, type TestDatabase } from '../helpers/databases.js';
import { loadDemo } from '../helpers/demo-db.js';
import { runBin } from '../helpers/e2e.js';
import { slowTests } from '../helpers/limits.js';

slowTests();

afterAll(stopTestServers);

describe.each(DIALECTS)('searchLearners on %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await loadDemo(t.url);
  });
  afterAll(async () => {
    await t.close();
  });
  const find = (text: string, limit = 8) =>
    searchLearners({ db: t.db, secret: () => Buffer.from(TEST_SECRET) }, text, limit);

  it('matches the starts of name words in any order, folding æøå and case', async () => {
    const hits = await find('nordm ka');
    expect(hits.length).toBeGreaterThanOrEqual(3);
    expect(hits.every((h) => /Kari/.test(h.name) && /Nordmann/.test(h.name))).toBe(true);
    expect((await find('HANSEN-BRÅ')).map((h) => h.name)).toContain('Ola Åsmund Hansen-Bråten');
  });

  it('finds by the start of an address and by id, with addresses masked', async () => {
    const byEmail = await find('kari.nordmann@banes');
    expect(byEmail).toHaveLength(1);
    expect(byEmail[0]?.email).toBe('k***@banesignal.test');
    expect((await find(String(byEmail[0]?.id)))[0]?.name).toBe('Kari Nordmann');
  });

  it('finds by a whole national ID through its hash, and by nothing for a number that is nobody', async () => {
    const created = await runBin([
      '--db',
      t.url,
      ...createArgv(SIRI, { '--email': 'siri.search@anlegg.test' }),
    ]);
    expect(created.code, created.stderr).toBe(0);
    expect((await find(SIRI.nationalId)).map((h) => h.name)).toEqual(["Siri O'Neill"]);
    expect(await find(KARI.nationalId)).toEqual([]);
  });

  it('waits for two letters and keeps to the limit', async () => {
    expect(await find('k')).toEqual([]);
    expect(await find('   ')).toEqual([]);
    expect((await find('an', 2)).length).toBe(2);
  });
});

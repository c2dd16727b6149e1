// After a look-up or a change, the command says on stderr what the agent does next, as a command to
// run with the learner filled in: the answer or a reset link after users find, a reset link after a new
// login, a certificate after the history. Both dialects, on the demo data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixture } from '../../src/workflows/fixtures/load.js';
import { loadRequest, removeScratch } from '../fixtures/support.js';
import { runCli } from '../helpers/cli.js';
import { DIALECTS, openTestDatabase, stopTestServers, type TestDatabase } from '../helpers/databases.js';
import { FIND_HANNE_MOE } from '../helpers/demo-learners.js';
import { testDeps } from '../helpers/deps.js';

afterAll(async () => {
  removeScratch();
  await stopTestServers();
});

describe.each(DIALECTS)('next steps on %s', (dialect) => {
  let t: TestDatabase;
  const kd = (argv: string[]) => runCli(argv, { db: t.url });
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await loadFixture(testDeps(t.db), loadRequest('demo'));
  }, 120_000);
  afterAll(() => t.close());

  it('users find: verified → the reply and a reset link for that learner; not enough → ask for more', async () => {
    const kari = ['users', 'find', '--name', 'Kari Nordmann', '--birthdate', '15.10.86'];
    const verified = await kd([...kari, '--email', 'kari.nordmann@nordbane.test']);
    expect(verified.code).toBe(0);
    expect(verified.stderr).toContain('next: add --reply nb|nn|en for the answer to paste');
    expect(verified.stderr).toContain('kursdesk links issue 301 --reply nb');
    const replied = await kd([...kari, '--email', 'kari.nordmann@nordbane.test', '--reply', 'nb']);
    expect(replied.stderr).toContain('next: send the reply above');
    // Notes are not wrapped, so each line of a hint fits 80 columns (78 with a margin) by itself.
    for (const run of [verified, replied])
      for (const line of run.stderr.split('\n')) expect(line.length).toBeLessThanOrEqual(78);
    const vague = await kd(['users', 'find', '--name', 'Kari Nordmann']);
    expect(vague.stderr).toContain('next: ask for what is missing:\nkursdesk replies ask --missing');
  });

  it('users find: the next steps in bokmål when the agent chose it, each line within 78 columns', async () => {
    const nb = (argv: string[]) => runCli(argv, { db: t.url, env: { KURSDESK_LANG: 'nb' } });
    const kari = ['users', 'find', '--name', 'Kari Nordmann', '--birthdate', '15.10.86'];
    const verified = await nb([...kari, '--email', 'kari.nordmann@nordbane.test']);
    expect(verified.stderr).toContain('neste: legg til --reply nb|nn|en for svaret å lime inn');
    expect(verified.stderr).toContain('glemt passordet også? kursdesk links issue 301 --reply nb');
    const replied = await nb([...kari, '--email', 'kari.nordmann@nordbane.test', '--reply', 'nb']);
    expect(replied.stderr).toContain('neste: send svaret over');
    const vague = await nb(['users', 'find', '--name', 'Kari Nordmann']);
    expect(vague.stderr).toContain('neste: be om det som mangler:\nkursdesk replies ask --missing');
    const pending = await nb([...FIND_HANNE_MOE]);
    expect(pending.stderr).toContain('så aktiveringslenken:\nkursdesk links issue 17 --reply nb');
    for (const run of [verified, replied, vague, pending])
      for (const line of run.stderr.split('\n')) expect(line.length).toBeLessThanOrEqual(78);
  });

  it('users set-email: the learner makes a new password, or the agent hands a reset link', async () => {
    const run = await kd(['users', 'set-email', '1', 'trond.strand@nyjobb.test', '--ticket', 'SUP-1']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('«Har du glemt passordet?»');
    expect(run.stderr).toContain('kursdesk links issue 1 --reply nb');
    const dry = await kd(['users', 'set-email', '1', 'trond@x.test', '--ticket', 'SUP-2', '--dry-run']);
    expect(dry.stderr).not.toContain('next:');
  });

  it('users history: the certificate of a valid course, ready to attach', async () => {
    const run = await kd(['users', 'history', '42']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      /next: a certificate to attach:\nkursdesk certificates issue 42 [A-Z]+-\d+ --out /,
    );
  });
});

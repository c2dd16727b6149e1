// users find (W1) on a bokmål agent's screen: the verdict line and its reason, the evidence under each
// candidate and the account's status in bokmål; users show and users duplicates say an account's words
// the same way. English screens are as they were, and json, csv and yaml keep the records' English codes.
import { describe, expect, it } from 'vitest';
import { accountRecordWordNb } from '../../src/domain/messages/nbfind.js';
import { recordWordNb } from '../../src/domain/messages/nbtext4.js';
import { runCli } from '../helpers/cli.js';
import { DIALECTS, useTestDatabase } from '../helpers/databases.js';
import { useDemoDatabase } from '../helpers/demo-db.js';
import { runBin } from '../helpers/e2e.js';

const NB = { KURSDESK_LANG: 'nb' };
const KARI = [
  'users',
  'find',
  '--name',
  'Kari Nordman',
  '--birthdate',
  '15.10.86',
  '--email',
  'kari@gmail.com',
];

describe("a search's evidence and an account's words in bokmål", () => {
  // The name evidence is coded where it is made: test/output/nbtext6.test.ts.
  it('birth date and e-mail evidence, status and account type', () => {
    expect(accountRecordWordNb('birth_date_match', 'day-month swapped')).toBe('dag og måned byttet om');
    expect(accountRecordWordNb('birth_date_match', 'one digit off')).toBe('ett siffer feil');
    expect(accountRecordWordNb('email_match', 'earlier')).toBe('tidligere');
    expect(accountRecordWordNb('email_match', 'near miss')).toBe('nesten lik');
    expect(accountRecordWordNb('status', 'pending')).toBe('ikke aktivert');
    expect(accountRecordWordNb('status', 'disabled')).toBe('deaktivert');
    expect(accountRecordWordNb('account_type', 'driver')).toBe('fører');
    // Outside an account's screen a status keeps the meaning it has there (the outbox's pending waits;
    // it is no account that is not activated).
    expect(recordWordNb('status', 'pending')).toBe('venter');
  });
});

describe.each(DIALECTS)('the built CLI on %s with the demo data', (dialect) => {
  const demo = useDemoDatabase(dialect);
  const bin = (argv: string[], env?: Record<string, string>) =>
    runBin(['--db', demo.url, ...argv], env ? { env } : {});

  it('users find: verdict, reason, evidence and status in bokmål; English and json as before', async () => {
    const nb = await bin(KARI, NB);
    expect(nb.code, nb.stderr).toBe(0);
    expect(nb.stdout).toContain(
      'vurdering: uklar (2 kontoer ligger for nær hverandre til å skilles; be om mer (fødselsdato, e-poster brukt, arbeidsgiver))\n',
    );
    expect(nb.stdout).toMatch(
      / aktiv +nær \(annen skrivemåte: «nordman» for «nordmann»\) +nøyaktig +ingen\n/,
    );
    expect(nb.stdout).not.toMatch(/verdict|ambiguous|active|close \(|spelling variant|exact/);

    const en = await bin(KARI);
    expect(en.stdout).toContain(
      'verdict: ambiguous (2 accounts are too close to tell apart; ask for more (birth date, e-mails used, employer))\n',
    );
    expect(en.stdout).toMatch(/ active +close \(spelling variant: 'nordman' for 'nordmann'\) +exact +none\n/);

    for (const format of ['json', 'yaml', 'csv']) {
      const nbOut = await bin([...KARI, '--format', format], NB);
      const enOut = await bin([...KARI, '--format', format]);
      expect(nbOut.stdout, format).toBe(enOut.stdout);
      expect(nbOut.stdout, format).toContain("spelling variant: 'nordman' for 'nordmann'");
      expect(nbOut.stdout, format).toContain('active');
    }
  });

  it('users find without a birth date: a never-activated account and evidence not given', async () => {
    const nb = await bin(['users', 'find', '--name', 'Kari Nordman'], NB);
    expect(nb.code, nb.stderr).toBe(0);
    expect(nb.stdout).toMatch(/ ikke aktivert +nær \(.*\) +ikke oppgitt +ikke oppgitt\n/);
    const en = await bin(['users', 'find', '--name', 'Kari Nordman']);
    expect(en.stdout).toMatch(/ pending +close \(.*\) +not given +not given\n/);
  });

  it('users show: status and account type in bokmål; users duplicates: the reason', async () => {
    const found = await bin([
      'users',
      'find',
      '--name',
      'Kari Nordmann',
      '--birthdate',
      '1979-03-02',
      '--format',
      'json',
    ]);
    const { candidates } = JSON.parse(found.stdout) as { candidates: { id: number; status: string }[] };
    const pending = candidates.find((c) => c.status === 'pending');
    expect(pending).toBeDefined();
    const shown = await bin(['users', 'show', String(pending!.id)], NB);
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).toMatch(/\nstatus +ikke aktivert\n/);
    // The record's labels are read, not parsed: bokmål on a bokmål screen (nbtext6).
    expect(shown.stdout).toMatch(/\nkontotype +gratis\n/);
    const shownEn = await bin(['users', 'show', String(pending!.id)]);
    expect(shownEn.stdout).toMatch(/\nstatus +pending\n/);
    expect(shownEn.stdout).toMatch(/\naccount_type +free\n/);

    const pairs = await bin(['users', 'duplicates'], NB);
    expect(pairs.code, pairs.stderr).toBe(0);
    expect(pairs.stdout).toMatch(/ samme navn og fødselsdato\n/);
    expect(pairs.stdout).not.toContain('same name and birth date');
    const pairsEn = await bin(['users', 'duplicates']);
    expect(pairsEn.stdout).toMatch(/ same name and birth date\n/);
  });

  it('in a terminal the evidence under each candidate is in bokmål', async () => {
    const nb = await runCli(KARI, { db: demo.url, env: NB, tty: true });
    expect(nb.code, nb.stderr).toBe(0);
    expect(nb.stdout).toContain('vurdering: uklar');
    // The evidence under a candidate is read, not parsed: its labels in bokmål too (nbtext6).
    expect(nb.stdout).toMatch(/navnet: nær \(annen skrivemåte: «nordman» for «nordmann»\)/);
    // The line wraps inside the box: the words may continue on the next line.
    expect(nb.stdout).toMatch(/fødselsdatoen:[\s│]*nøyaktig;[\s│]*e-posten: ingen/);
  });
});

describe.each(DIALECTS)('the built CLI on an empty %s database', (dialect) => {
  const t = useTestDatabase(dialect);

  it('no account found, no duplicates: the notes in bokmål, English as before', async () => {
    const find = ['--db', t().url, 'users', 'find', '--name', 'Kari Nordmann'];
    const nb = await runBin(find, { env: NB });
    expect(nb.code).toBe(3);
    expect(nb.stdout).toBe('vurdering: ingen treff (ingen konto ligger nær nok det som ble skrevet)\n\n');
    expect(nb.stderr).toMatch(/^ingen konto passer\n/);
    const en = await runBin(find);
    expect(en.stdout).toBe('verdict: none (no account is close enough to what was written)\n\n');
    expect(en.stderr).toMatch(/^no account matches\n/);
    const json = await runBin([...find, '--format', 'json'], { env: NB });
    expect(json.stderr).toContain('verdict: none (no account is close enough to what was written)');

    const pairs = ['--db', t().url, 'users', 'duplicates'];
    expect((await runBin(pairs, { env: NB })).stderr).toContain(
      'ingen kontoer ser ut til å høre til samme person',
    );
    expect((await runBin(pairs)).stderr).toContain('no probable duplicates');
  });
});

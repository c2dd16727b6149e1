// The second block of notes and warnings (src/domain/messages/notes2.ts) through the real commands: the
// same command line in English and in bokmål (KURSDESK_LANG=nb) on one demo database, run in-process.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const NB = { KURSDESK_LANG: 'nb' };
const dir = mkdtempSync(join(tmpdir(), 'kursdesk-coded-notes2-'));
const db = join(dir, 'demo.db');

beforeAll(async () => {
  const loaded = await runCli(['fixtures', 'load', 'demo', '--yes'], { db });
  expect(loaded.code, loaded.stderr).toBe(0);
}, 120_000);

/** The same command in both languages; both must end with `code`. */
async function both(argv: string[], code = 0, env: Record<string, string> = {}) {
  const english = await runCli(argv, { db, env });
  expect(english.code, english.stderr).toBe(code);
  const bokmal = await runCli(argv, { db, env: { ...env, ...NB } });
  expect(bokmal.code, bokmal.stderr).toBe(code);
  return { en: english.stderr, nb: bokmal.stderr };
}

describe('notes of the second block in bokmål', () => {
  it('units enrol of a learner who has not activated the account (pending learner 72)', async () => {
    const said = await both(['units', 'enrol', '72', '10', '--dry-run']);
    expect(said.en).toContain(
      'warning: learner 72 has not activated the account yet: they cannot log in to see the booking (kursdesk links issue 72)',
    );
    expect(said.nb).toContain(
      'advarsel: bruker 72 har ikke aktivert kontoen ennå og kan ikke logge inn og se påmeldingen (send en aktiveringslenke: kursdesk links issue 72)',
    );
  });

  it('completions record on a cancelled unit, before it started', async () => {
    const said = await both([
      'completions',
      'record',
      '72',
      'MAN-260',
      '--unit',
      '19',
      '--passed',
      '--date',
      '20.11.2026',
      '--dry-run',
    ]);
    expect(said.en).toContain('warning: unit 19 is marked cancelled');
    expect(said.en).toMatch(
      /warning: 2026-11-20 is before unit 19 started \(\d\d [A-Z][a-z]{2} 2027 \d\d:\d\d\)/,
    );
    expect(said.en).toMatch(/dry run, nothing written: would record that .+ passed MAN-260 on 2026-11-20/);
    expect(said.nb).toContain('advarsel: enhet 19 er merket som avlyst');
    expect(said.nb).toMatch(/advarsel: 20\.11\.2026 er før enhet 19 startet \(\d\d\.\d\d\.2027 \d\d:\d\d\)/);
    expect(said.nb).toMatch(
      /prøvekjøring, ingenting skrevet: ville registrert at .+ bestod MAN-260 20\.11\.2026/,
    );
    expect(said.nb).not.toMatch(/warning|recorded|would/);
  });

  it('users set-hms with a card issued long ago', async () => {
    const said = await both(['users', 'set-hms', '72', '40112233', '--issued', '01.01.2020', '--dry-run']);
    expect(said.en).toContain(
      'warning: a card issued on 2020-01-01 was due for renewal on 2022-01-01: check the issue date on the card',
    );
    expect(said.nb).toContain(
      'advarsel: et kort utstedt 01.01.2020 skulle vært fornyet 01.01.2022: sjekk utstedelsesdatoen på kortet',
    );
  });

  it('programmes assign with a due date in the past', async () => {
    const said = await both(['programmes', 'assign', '72', 'OL-SV', '--due', '01.01.2026', '--dry-run']);
    expect(said.en).toContain('warning: the due date 2026-01-01 is in the past');
    expect(said.nb).toContain('advarsel: fristen 01.01.2026 er allerede passert');
  });

  it('--employer by name: the company it means, and the HMS summary of reports hms', async () => {
    const argv = [
      'reports',
      'hms',
      '--employer',
      'Vestlandets Kontaktledning',
      '--within',
      '1500d',
      '--missing',
    ];
    const said = await both(argv);
    expect(said.en).toContain(
      "--employer 'Vestlandets Kontaktledning': Vestlandets Kontaktledning AS (988102342)",
    );
    expect(said.nb).toContain(
      '--employer «Vestlandets Kontaktledning»: Vestlandets Kontaktledning AS (org.nr. 988102342)',
    );
    expect(said.en).toMatch(/\d+ learner\(s\): \d+ overdue, \d+ due by \d{4}-\d\d-\d\d, \d+ without a card/);
    expect(said.nb).toMatch(
      /\d+ brukere?: \d+ på overtid, \d+ skal fornyes innen \d\d\.\d\d\.\d{4}, \d+ uten kort/,
    );
  });

  it('users show by an address the learner had before', async () => {
    const changed = await runCli(['users', 'set-email', '3', 'sigurd.ny2@epost.test', '--ticket', 'T-9'], {
      db,
    });
    expect(changed.code, changed.stderr).toBe(0);
    const said = await both(['users', 'show', 'sigurd.danielsen77@epost.test']);
    expect(said.en).toContain('found by an earlier e-mail; the login is now sigurd.ny2@epost.test');
    expect(said.nb).toContain(
      'funnet på en tidligere e-postadresse; innloggingen er nå sigurd.ny2@epost.test',
    );
  });

  it('privacy erase and retention in a dry run', async () => {
    const erase = await both([
      'privacy',
      'erase',
      '72',
      '--ticket',
      'T-9',
      '--reason',
      'asked by e-mail',
      '--dry-run',
    ]);
    expect(erase.en).toContain(
      'dry run, nothing written: would erase learner 72; kept without identifying anyone: the account id, type and employer',
    );
    expect(erase.nb).toContain(
      'prøvekjøring, ingenting skrevet: ville slettet bruker 72; beholdt uten å peke ut noen: konto-id, kontotype og arbeidsgiver',
    );
    const retention = await both(['privacy', 'retention', '--inactive', '5y', '--dry-run']);
    expect(retention.en).toMatch(
      /dry run, nothing written: due: \d+ account\(s\) inactive since \d{4}-\d\d-\d\d;/,
    );
    expect(retention.nb).toMatch(
      /prøvekjøring, ingenting skrevet: står for tur: \d+ kontoe?r? inaktive? siden \d\d\.\d\d\.\d{4};/,
    );
  });

  it('audit anchor: the head of the chain', async () => {
    const said = await both(['audit', 'anchor']);
    expect(said.en).toMatch(/head of the audit chain: entry \d+ at \S+; keep this hash outside the database/);
    expect(said.nb).toMatch(/toppen av revisjonskjeden: oppføring \d+ fra \S+; ta vare på denne hashen/);
  });

  it('certificates public-key: a key made on first use, and the key it shows', async () => {
    const first = await runCli(['certificates', 'public-key'], { db, env: NB });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/nøkkel \S+ \(Ed25519\), utsteder /);
    expect(first.stderr).not.toMatch(/issuer|warning/);
    if (first.stderr.includes('advarsel'))
      expect(first.stderr).toMatch(/advarsel: laget en ny signeringsnøkkel for kursbevis \(nøkkel \S+\) i /);
    const english = await runCli(['certificates', 'public-key'], { db });
    expect(english.stderr).toMatch(/key \S+ \(Ed25519\), issuer /);
  });

  it('links check of a link to another site', async () => {
    const link =
      'https://kurs.example.com/account/reset-password/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
    const env = { KURSDESK_PORTAL_URL: 'https://kurs.example.no' };
    const english = await runCli(['links', 'check', link], { db, env });
    expect(english.stderr).toContain(
      'warning: the link points at https://kurs.example.com, not at the portal (https://kurs.example.no): it may not be ours',
    );
    const bokmal = await runCli(['links', 'check', link], { db, env: { ...env, ...NB } });
    expect(bokmal.stderr).toContain(
      'advarsel: lenken peker til https://kurs.example.com, ikke til portalen (https://kurs.example.no): den er kanskje ikke vår',
    );
  });

  it('doctor: a portal address that is not https', async () => {
    const env = { KURSDESK_PORTAL_URL: 'ftp://kurs.example.no' };
    const english = await runCli(['doctor'], { db, env });
    expect(english.stderr).toMatch(
      /warning: portal_url: ftp:\/\/kurs\.example\.no .+ — kursdesk config set portal_url https:\/\/… \(or fix KURSDESK_PORTAL_URL\)/,
    );
    const bokmal = await runCli(['doctor'], { db, env: { ...env, ...NB } });
    expect(bokmal.stderr).toMatch(
      /advarsel: portal_url: adressen ftp:\/\/kurs\.example\.no duger ikke: .+ — kursdesk config set portal_url https:\/\/… \(eller rett KURSDESK_PORTAL_URL\)/,
    );
  });

  it('completions import: a refused row names its line, column and the fix in the table', async () => {
    const file = join(dir, 'resultater.csv');
    writeFileSync(file, 'learner;course;date;result\n72;SIK-999;2026-11-20;passed\n72;MAN-260;2026-11-20\n');
    const english = await runCli(['completions', 'import', file, '--dry-run'], { db });
    expect(english.code).toBe(1);
    expect(english.stdout).toMatch(/resultater\.csv\s+2\s+course\s+no course has the code SIK-999/);
    expect(english.stdout).toContain("has 3 fields; the header has 4 (check the ';' separators)");
    const bokmal = await runCli(['completions', 'import', file, '--dry-run'], { db, env: NB });
    expect(bokmal.code).toBe(1);
    expect(bokmal.stdout).toMatch(/resultater\.csv\s+2\s+course\s+ingen kurs har koden SIK-999: sjekk koden/);
    expect(bokmal.stdout).toContain('har 3 felt, men overskriftslinjen har 4 (sjekk skilletegnene: «;»)');
    const json = await runCli(['completions', 'import', file, '--dry-run', '--format', 'json'], {
      db,
      env: NB,
    });
    expect(JSON.parse(json.stdout)[0].error).toBe('no course has the code SIK-999');
  });

  it('fixtures generate: what was made and how fast, with figures as bokmål writes them', async () => {
    const out = join(dir, 'generert');
    const english = await runCli(
      ['fixtures', 'generate', '--users', '30', '--seed', 'nb', '--out', `${out}-en`],
      { db },
    );
    expect(english.code, english.stderr).toBe(0);
    expect(english.stderr).toMatch(
      /generated 30 learners into \S+: [\d,]+ records in \d+\.\d s \([\d,]+ records\/s\)/,
    );
    const bokmal = await runCli(
      ['fixtures', 'generate', '--users', '30', '--seed', 'nb', '--out', `${out}-nb`],
      {
        db,
        env: NB,
      },
    );
    expect(bokmal.code, bokmal.stderr).toBe(0);
    expect(bokmal.stderr).toMatch(/laget 30 brukere i \S+: [\d ]+ poster på \d+,\d s \([\d ]+ poster\/s\)/);
  });
});

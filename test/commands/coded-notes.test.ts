// The notes and warnings a command prints after its data, in bokmål when the agent chose it, and in the
// English scripts read otherwise. Each case runs the same command line in both languages on one demo
// database (run in the process, as the other command tests do).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkCode, keyRing } from '../../src/domain/certificates/seal.js';
import { decodeImportText, parseResultList } from '../../src/domain/completion-import.js';
import { parseMoveList } from '../../src/domain/employer-moves.js';
import { runCli } from '../helpers/cli.js';
import { COMPANY_CSV_HEADER, companyCsvRow, validOrgNumbers } from '../helpers/company-rows.js';

const NB = { KURSDESK_LANG: 'nb' };
const dir = mkdtempSync(join(tmpdir(), 'kursdesk-coded-notes-'));
const db = join(dir, 'demo.db');
const PORTAL = { KURSDESK_PORTAL_URL: 'https://kurs.example.no' };

beforeAll(async () => {
  const loaded = await runCli(['fixtures', 'load', 'demo', '--yes'], { db });
  expect(loaded.code, loaded.stderr).toBe(0);
}, 120_000);

describe('notes after the data in bokmål', () => {
  it('courses search that finds nothing', async () => {
    const argv = ['courses', 'search', 'zzqx'];
    const english = await runCli(argv, { db });
    expect(english.code).toBe(3);
    expect(english.stderr).toContain("no course matches 'zzqx'");
    const bokmal = await runCli(argv, { db, env: NB });
    expect(bokmal.code).toBe(3);
    expect(bokmal.stderr).toContain('ingen kurs passer med «zzqx»');
    expect(bokmal.stderr).not.toContain('no course');
  });

  it('lists that come back empty: companies find, links list', async () => {
    const find = await runCli(['companies', 'find', 'zzqx'], { db });
    expect(find.stderr).toContain("no customer matches 'zzqx'");
    const finn = await runCli(['companies', 'find', 'zzqx'], { db, env: NB });
    expect(finn.stderr).toContain('ingen kunde passer med «zzqx»');
    const links = await runCli(['links', 'list', '1'], { db, env: NB });
    expect(links.stderr).toContain('bruker 1 har ingen lenker');
  });

  it('db mark and db migrate', async () => {
    const english = await runCli(['db', 'mark', 'test'], { db });
    expect(english.stderr).toContain('database marked test (was test)');
    const bokmal = await runCli(['db', 'mark', 'test'], { db, env: NB });
    expect(bokmal.stderr).toContain('databasen er nå merket som test (før: test)');
    const migrated = await runCli(['db', 'migrate'], { db, env: NB });
    expect(migrated.stderr).toMatch(/skjemaet er oppdatert \(versjon \d+\)/);
  });

  it('links issue: the dry run, the queued mail and the older link, with dates as bokmål writes them', async () => {
    const dry = ['links', 'issue', '3', '--ticket', 'T-1', '--dry-run', '--deliver', 'agent'];
    const english = await runCli(dry, { db, env: PORTAL });
    expect(english.stderr).toMatch(
      /dry run, nothing was written: would issue the (reset|activation) link \d+ for learner 3, valid until \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d \(agent\)/,
    );
    const bokmalDry = await runCli(dry, { db, env: { ...PORTAL, ...NB } });
    expect(bokmalDry.stderr).toMatch(
      // How the link would reach the learner in bokmål too (nbtext6): in the reply, not "agent".
      /prøvekjøring, ingenting ble skrevet: ville laget (lenke for nytt passord|aktiveringslenke) \d+ for bruker 3, gyldig til \d\d\.\d\d\.\d{4} \d\d:\d\d \(i svaret\)/,
    );

    const queue = ['links', 'issue', '3', '--ticket', 'T-1', '--deliver', 'mail', '--no-send'];
    const first = await runCli(queue, { db, env: { ...PORTAL, ...NB } });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/lagt i køen til \S+ som melding \d+; send med: kursdesk mail send/);
    const second = await runCli(queue, { db, env: { ...PORTAL, ...NB } });
    expect(second.stderr).toMatch(/den eldre lenken \d+ virker ikke lenger/);
    expect(second.stderr).not.toMatch(/issued|valid until|no longer work/);
    const third = await runCli(queue, { db, env: PORTAL });
    expect(third.stderr).toMatch(/older link\(s\) \d+ no longer work/);

    const revoke = ['links', 'revoke', '3', '--ticket', 'T-1', '--dry-run'];
    expect((await runCli(revoke, { db })).stderr).toContain(
      'dry run, nothing was written: would revoke 1 link(s) of learner 3; 1 unsent e-mail(s) withdrawn',
    );
    expect((await runCli(revoke, { db, env: NB })).stderr).toContain(
      'prøvekjøring, ingenting ble skrevet: ville trukket tilbake 1 lenke for bruker 3; 1 usendt e-post trukket tilbake',
    );
    const none = await runCli(['links', 'revoke', '1', '--ticket', 'T-1'], { db, env: NB });
    expect(none.stderr).toContain('bruker 1 har ingen åpne lenker');
  });

  it('users set-email in a dry run', async () => {
    const argv = ['users', 'set-email', '3', 'sigurd.ny@epost.test', '--ticket', 'T-2', '--dry-run'];
    const english = await runCli(argv, { db });
    expect(english.code, english.stderr).toBe(0);
    expect(english.stderr).toMatch(
      /dry run, nothing written: would change the login of learner 3 from \S+ to sigurd\.ny@epost\.test; \d+ open link\(s\) revoked/,
    );
    const bokmal = await runCli(argv, { db, env: NB });
    expect(bokmal.stderr).toMatch(
      /prøvekjøring, ingenting skrevet: ville endret innloggingen til bruker 3 fra \S+ til sigurd\.ny@epost\.test; \d+ (åpen lenke|åpne lenker) trukket tilbake/,
    );
  });

  it('companies import: ignored columns and the refused-rows note (an org number not in the extract)', async () => {
    const file = join(dir, 'firmaer.csv');
    const [org] = validOrgNumbers(1, 93_500_000);
    writeFileSync(file, `${COMPANY_CSV_HEADER},notes\n${companyCsvRow(org!, 1, '+47 912 34 567')},x\n`);
    const argv = ['companies', 'import', file, '--dry-run'];
    const english = await runCli(argv, { db });
    expect(english.stderr).toContain('firmaer.csv: ignoring column notes');
    expect(english.stderr).toContain(
      '1 row was refused, so nothing was imported; fix them, or import the rest with --keep-good',
    );
    const bokmal = await runCli(argv, { db, env: NB });
    expect(bokmal.stderr).toContain('firmaer.csv: ser bort fra kolonnen notes');
    expect(bokmal.stderr).toContain(
      '1 rad ble avvist, så ingenting ble importert; rett dem, eller importer resten med --keep-good',
    );
    expect(bokmal.stderr).not.toContain('ignoring');
  });

  it('a warning starts with advarsel: in bokmål', async () => {
    const argv = ['companies', 'register', '123456785', '--from', join(dir, 'no-such-request.json')];
    const english = await runCli(argv, { db });
    expect(english.stderr).toMatch(/^warning: /m);
    const bokmal = await runCli(argv, { db, env: NB });
    expect(bokmal.stderr).toMatch(/^advarsel: /m);
    expect(bokmal.stderr).not.toMatch(/^warning: /m);
  });
});

describe('list and code parsers in bokmål', () => {
  const nb = (r: { ok: boolean; error?: string; text?: { in(lang: 'nb' | 'en'): string } }) => ({
    en: r.error,
    nb: r.text?.in('nb'),
  });

  it('a list file whose header names no learner, or has no rows', () => {
    expect(nb(parseMoveList('navn,firma\nKari,Nordbane\n') as never)).toEqual({
      en: 'line 1: the header has no learner column (id, email or learner); it reads: navn,firma',
      nb: 'linje 1: overskriftslinjen har ingen kolonne for brukeren (id, email eller learner); den lyder: navn,firma',
    });
    expect(nb(parseMoveList('id,to\n') as never)).toEqual({
      en: 'it has a header but no rows',
      nb: 'den har en overskriftslinje, men ingen rader',
    });
  });

  it('a completion list without its columns, and a file that is not text', () => {
    const defaults = {
      unitId: undefined,
      unitCourseCode: undefined,
      unitDate: undefined,
      today: '2026-12-06',
    };
    expect(nb(parseResultList('learner;date\n1;2026-12-01\n', defaults as never) as never)).toEqual({
      en: 'line 1: the header has no column for result (passed or failed), course (or give --unit); it reads: learner;date',
      nb: 'linje 1: overskriftslinjen mangler kolonne for result (passed eller failed), course (eller oppgi --unit); den lyder: learner;date',
    });
    const utf16 = new Uint8Array([0x6c, 0, 0x0a, 0, 0x31, 0]);
    expect(nb(decodeImportText(utf16, 'utf-8') as never).nb).toBe(
      'linje 1 har en NUL-byte: filen er UTF-16 uten byte-rekkefølgemerke, eller ikke tekst i det hele tatt; lagre den som «CSV UTF-8»',
    );
  });

  it('a verification code that is not one', () => {
    const check = checkCode('KB1:abc$', keyRing([]));
    expect(check.genuine).toBe(false);
    if (check.genuine) return;
    expect(check.reason).toBe('the verification code is damaged: it is not valid base64url');
    expect(check.text?.in('nb')).toBe('kontrollkoden er skadet: den er ikke gyldig base64url');
    const noPrefix = checkCode('abc', keyRing([]));
    expect(!noPrefix.genuine && noPrefix.text?.in('nb')).toBe('en kontrollkode begynner med KB1:');
  });
});

// The commands' own refusals (users move, certificates verify/issue, companies register --from, fixtures
// generate) and the triage batch summary in bokmål when the agent chose it; the English beside them is
// what it always was. Each case runs the same command line in both languages.
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { text } from '../../src/domain/messages/index.js';
import { runCli } from '../helpers/cli.js';

const NB = { KURSDESK_LANG: 'nb' };
const dir = mkdtempSync(join(tmpdir(), 'kursdesk-coded-commands-'));

describe('command refusals in bokmål', () => {
  it.each([
    [
      ['users', 'move', '--to', '923609016'],
      2,
      'say who moves: a learner, --from <org-number> or --file <csv>',
      'si hvem som skal flyttes: en bruker, --from <org.nr.> eller --file <csv>',
    ],
    [
      ['users', 'move', '42', '--to', '923609016', '--keep-good'],
      2,
      '--keep-good is for bulk moves (--from or --file)',
      '--keep-good gjelder flytting av mange (--from eller --file)',
    ],
    [
      ['certificates', 'verify', 'hei-og-hopp'],
      2,
      "'hei-og-hopp' is not a verification code (KB1:…), a link, a PDF file or a certificate number",
      '«hei-og-hopp» er verken en kontrollkode (KB1:…), en lenke, en PDF-fil eller et kursbevisnummer',
    ],
    [
      ['certificates', 'verify', 'https://kursbevis.example.org/kontroll'],
      1,
      'the link holds no verification code (KB1:…)',
      'lenken har ingen kontrollkode (KB1:…)',
    ],
    [
      ['certificates', 'issue', '--unit', '3', '--reply', 'nb'],
      2,
      '--reply answers one learner: give <learner> <course>, not --unit',
      '--reply svarer én bruker: oppgi <learner> <course>, ikke --unit',
    ],
    [
      ['fixtures', 'generate', '--users', 'mange', '--out', join(dir, 'fx')],
      2,
      "--users must be a whole number from 1 to 20,000,000; got 'mange'",
      '--users må være et heltall fra 1 til 20 000 000; fikk «mange»',
    ],
    [
      ['fixtures', 'generate', '--users', '10', '--replace'],
      2,
      '--replace goes with --load (it is about the database); add --load, or leave it out',
      '--replace hører til --load (det gjelder databasen); legg til --load, eller dropp det',
    ],
    [
      ['--ticket', 'sak 12', 'users', 'find', '--name', 'Kari'],
      2,
      "--ticket 'sak 12' is not a ticket reference: use letters, digits and - _ . : # /",
      '--ticket «sak 12» er ikke et saksnummer: bruk bokstaver, sifre og - _ . : # /',
    ],
    [
      ['config', 'set', 'lang', 'sv'],
      2,
      "lang must be nb or en; got 'sv' — nb: bokmål (the default), en: English; replies can still be had in nynorsk",
      'lang må være nb eller en; fikk «sv» — nb: bokmål (standard), en: engelsk; svar kan du fortsatt få på nynorsk',
    ],
    [['users', 'find', '--name', ' '], 2, '--name is empty', '--name er tom'],
    [
      ['units', 'list', '--course', 'SIK 101!'],
      2,
      "--course: 'SIK 101!' is not a course code (letters, digits and - . _ /, like SIK-101)",
      '--course: «SIK 101!» er ikke en kurskode (bokstaver, sifre og - . _ /, som SIK-101)',
    ],
    [
      ['reports', 'expiring', '--within', '2m'],
      2,
      "--within: '2m' is ambiguous: write 2mo for months",
      '--within: «2m» kan bety to ting: skriv 2mo for måneder',
    ],
    [
      ['links', 'check', 'short'],
      2,
      '<token|url>: the token is not a link token: expected 43 characters of A–Z, a–z, 0–9, - and _; it has 5 characters (was the link cut off?)',
      '<token|url>: koden er ikke en lenkekode: den skal ha 43 tegn av A–Z, a–z, 0–9, - og _; den har 5 tegn (ble lenken kuttet?)',
    ],
    [
      ['privacy', 'erase', '42', '--ticket', 'SUP-1'],
      2,
      'missing --reason: say why the learner is erased',
      'mangler --reason: si hvorfor brukeren slettes',
    ],
    [
      ['db', 'mark', 'prod'],
      2,
      "db mark: 'prod' must be test or production",
      'db mark: «prod» må være test eller production',
    ],
    [
      ['programmes', 'assign', 'FORER'],
      2,
      'say whom to assign: a <learner>, --employer <orgnr> or --file <csv>',
      'si hvem som skal få programmet: en <learner>, --employer <org.nr.> eller --file <csv>',
    ],
  ])('%j', async (argv, code, en, nb) => {
    const english = await runCli(argv);
    expect(english).toMatchObject({ code, stdout: '', stderr: `kursdesk: ${en}\n` });
    const bokmal = await runCli(argv, { env: NB });
    expect(bokmal).toMatchObject({ code, stdout: '', stderr: `kursdesk: ${nb}\n` });
  });

  it('companies register --from a file that is not JSON names the line', async () => {
    const path = join(dir, 'firma.json');
    writeFileSync(path, '{\n  "name": "Nordbane AS",\n  oops\n}\n');
    const argv = ['companies', 'register', '923609016', '--from', path];
    const english = await runCli(argv);
    expect(english.code).toBe(2);
    expect(english.stderr).toContain(
      `: not valid JSON (line 3); a request is an object such as {"org_number": "…"}`,
    );
    const bokmal = await runCli(argv, { env: NB });
    expect(bokmal.code).toBe(2);
    expect(bokmal.stderr).toContain(
      ': ikke gyldig JSON (linje 3); en forespørsel er et objekt, som {"org_number": "…"}',
    );
  });

  it("triage's batch summary on stderr", async () => {
    const eml = join(process.cwd(), 'fixtures', 'tickets', 'glemt-epost.eml');
    const box = join(dir, 'Maildir');
    for (const sub of ['new', 'cur', 'tmp']) mkdirSync(join(box, sub), { recursive: true });
    copyFileSync(eml, join(box, 'new', '1.eml'));
    writeFileSync(join(box, 'new', '2.eml'), 'no headers here, just a line\n');
    const english = await runCli(['triage', box, '--format', 'json']);
    expect(english.code).toBe(1);
    expect(english.stderr).toContain('1 of 2 message(s) triaged, 1 unreadable');
    const bokmal = await runCli(['triage', box, '--format', 'json'], { env: NB });
    expect(bokmal.code).toBe(1);
    expect(bokmal.stderr).toContain('1 av 2 meldinger sortert, 1 kunne ikke leses');
  });

  it("triage's screen names missing facts in words in English too (JSON keeps the codes)", () => {
    const asked = text('triage-screen.asked-for', { facts: ['birthDate', 'orgNumber', 'hmsCard'] });
    expect(asked.in('en')).toBe('asked for: birth date, org number, HMS card');
    expect(asked.in('nb')).toBe('ber om: fødselsdato, org.nr., HMS-kort');
    expect(text('triage-screen.missing-fact', { topic: 'W1', fact: 'oldEmail' }).in('en')).toBe(
      'W1: old e-mail',
    );
  });

  it('triage of a folder that is not a Maildir', async () => {
    const folder = mkdtempSync(join(dir, 'notmail-'));
    const english = await runCli(['triage', folder]);
    expect(english.code).toBe(2);
    expect(english.stderr).toContain('is a folder but not a Maildir (it has no cur/ or new/ folder)');
    const bokmal = await runCli(['triage', folder], { env: NB });
    expect(bokmal.code).toBe(2);
    expect(bokmal.stderr).toContain(
      'er en mappe, men ikke en Maildir (den har ingen cur/- eller new/-mappe)',
    );
  });

  it('the org number warning on stderr', async () => {
    const argv = ['companies', 'register', '123456785', '--from', join(dir, 'no-such-request.json')];
    const english = await runCli(argv);
    expect(english.stderr).toContain(
      'warning: organisation numbers normally start with 8 or 9; check that 123 456 785 is correct',
    );
    const bokmal = await runCli(argv, { env: NB });
    expect(bokmal.stderr).toContain(
      'advarsel: organisasjonsnumre begynner vanligvis på 8 eller 9; sjekk at 123 456 785 er riktig',
    );
  });

  it('users find --employer that names no customer', async () => {
    const db = join(dir, 'find.db');
    const argv = ['users', 'find', '--name', 'Kari Nordmann', '--employer', 'Nordbne'];
    const english = await runCli(argv, { db });
    expect(english.stderr).toContain(
      "--employer 'Nordbne': no customer company has that name; searching without it",
    );
    const bokmal = await runCli(argv, { db, env: NB });
    expect(bokmal.stderr).toContain(
      '--employer «Nordbne»: ingen kundebedrift har det navnet; søker uten det',
    );
  });
});

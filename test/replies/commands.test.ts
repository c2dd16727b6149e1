// --reply on the change commands, run in-process on the demo data on both dialects: the command's own
// output first, then the answer to paste (a section in a table, a `reply` field in json), in the
// language asked, with Oslo times and masked card numbers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newSigningKey } from '../../src/domain/certificates/keys.js';
import { osloLongDateTime } from '../../src/domain/local-time.js';
import { loadFixture } from '../../src/workflows/fixtures/load.js';
import { loadRequest, removeScratch } from '../fixtures/support.js';
import { type CliOptions, runCli } from '../helpers/cli.js';
import { DIALECTS, openTestDatabase, stopTestServers, type TestDatabase } from '../helpers/databases.js';
import { unitStartsAt } from '../helpers/demo-dates.js';
import { FIND_HANNE_MOE } from '../helpers/demo-learners.js';
import { testDeps } from '../helpers/deps.js';

const scratch = mkdtempSync(join(tmpdir(), 'kursdesk-replies-'));
const CERT_ENV = { KURSDESK_CERT_KEY: newSigningKey().pem, KURSDESK_CERT_ISSUER: 'Jernbaneskolen' };

afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
  removeScratch();
  await stopTestServers();
});

const SECTION = '\n── reply to send ──\n\n';

describe.each(DIALECTS)('--reply on %s', (dialect) => {
  let t: TestDatabase;
  const kd = (argv: string[], options: CliOptions = {}) =>
    runCli([...argv, '--ticket', 'SUP-7'], { db: t.url, ...options, env: { ...CERT_ENV, ...options.env } });
  const replyOf = (stdout: string) => stdout.slice(stdout.indexOf(SECTION) + SECTION.length);

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await loadFixture(testDeps(t.db), loadRequest('demo'));
  }, 120_000);
  afterAll(() => t.close());

  it('users set-hms: the profile, then the reply with the masked card and its due date', async () => {
    const run = await kd(['users', 'set-hms', '301', 'AB123456', '--reply', 'nb']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^id\s+301\n/);
    expect(replyOf(run.stdout)).toBe(
      'Hei Kari,\n\nVi har registrert det nye HMS-kortet ditt (*****456) i kursportalen. Kortet må fornyes innen 25. november 2028; da må du oppdatere nummeret igjen. Det gjør du selv under «Min profil» og «Personlig informasjon» (trykk på blyanten).\n\nVennlig hilsen\nBrukerstøtten for kursportalen\n',
    );
    expect(run.stdout).not.toContain('AB123456');
  });

  it('users find --reply for a verified account never activated: no «forgotten password», the activation link next', async () => {
    // Hanne Moe (17) signed up and never chose a password.
    const run = await kd([...FIND_HANNE_MOE, '--reply', 'nb']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^verdict: verified/m);
    const reply = replyOf(run.stdout);
    expect(reply).toMatch(/^Hei Hanne,/);
    expect(reply).not.toContain('Har du glemt passordet?');
    expect(reply).toContain('hanne.moe86@epost.test');
    expect(run.stderr).toContain('kursdesk links issue 17 --reply nb');
    expect(run.stderr).not.toContain('password forgotten too?');
  });

  it('enrol in json: the record has the reply, in English with the Oslo time', async () => {
    const run = await kd(['enrol', '301', '18', '--reply', 'en', '--format', 'json']);
    expect(run.code).toBe(0);
    const record = JSON.parse(run.stdout) as { status: string; reply: string };
    expect(record.status).toBe('enrolled');
    // The demo's dates follow the load day: unit 18 starts at 07:00 UTC on a February day, 08:00 in Oslo.
    const when = osloLongDateTime(await unitStartsAt(t.db, 18), 'en');
    expect(when).toMatch(/^\p{L}+day \d{1,2} February 2027 at 08:00$/u);
    expect(record.reply).toContain(
      `You are now booked on SV-300 Track safety guard – basic training on ${when} in Marienborg, Trondheim.`,
    );
  });

  it('unenrol in nynorsk', async () => {
    // unenrol confirms first; without a terminal --yes answers it.
    const unconfirmed = await kd(['unenrol', '301', '18', '--reply', 'nn']);
    expect(unconfirmed.code).toBe(2);
    expect(unconfirmed.stderr).toContain('--yes');
    const run = await kd(['unenrol', '301', '18', '--reply', 'nn', '--yes']);
    expect(run.code).toBe(0);
    const when = osloLongDateTime(await unitStartsAt(t.db, 18), 'nn');
    expect(when).toMatch(/^\p{L}+dag \d{1,2}\. februar 2027 kl\. 08:00$/u);
    const opening = `Hei Kari,\n\nVi har meldt deg av SV-300 Sikkerhetsvakt – grunnopplæring med oppstart ${when}.`;
    expect(replyOf(run.stdout).slice(0, opening.length)).toBe(opening);
  });

  it('users set-type to full names the employer that is invoiced', async () => {
    const run = await kd(['users', 'set-type', '1', 'full', '--employer', '912837459', '--reply', 'nb']);
    expect(run.code).toBe(0);
    expect(replyOf(run.stdout)).toContain(
      'Kontoen din er nå endret til «Full kurskatalog», og du ser hele kurskatalogen. Betalingskurs du bestiller, faktureres Bane og Signal Norge AS.',
    );
  });

  it('units request: the wish is recorded with its place', async () => {
    const run = await kd([
      'units',
      'request',
      'SKI-610',
      '--user',
      '1',
      '--place',
      'Drammen',
      '--reply',
      'en',
    ]);
    expect(run.code).toBe(0);
    expect(replyOf(run.stdout)).toMatch(
      /We have recorded your wish for a new date for SKI-610 Shunting.* in Drammen/,
    );
  });

  it('users set-email and users move answer in the words of the change', async () => {
    const email = await kd(['users', 'set-email', '1', 'trond.ny@epost.test', '--reply', 'en']);
    expect(email.code).toBe(0);
    expect(replyOf(email.stdout)).toContain(
      'We have changed the e-mail address you log in with to trond.ny@epost.test.',
    );
    const move = await kd(['users', 'move', '301', '--to', '988102342', '--reply', 'nb']);
    expect(move.code).toBe(0);
    expect(replyOf(move.stdout)).toContain(
      'Vi har registrert Vestlandets Kontaktledning AS som arbeidsgiveren din',
    );
    expect(replyOf(move.stdout)).toContain('k***@banesignal.test');
    const bulk = await kd(['users', 'move', '--from', '912837459', '--to', '988102342', '--reply', 'nb']);
    expect(bulk.code).toBe(2);
  });

  it('programmes status: what remains, as the answer', async () => {
    const run = await kd(['programmes', 'status', '15', '--reply', 'en']);
    expect(run.code).toBe(0);
    expect(replyOf(run.stdout)).toMatch(/^Hello Marcin-Trond,\n\n/);
    expect(replyOf(run.stdout)).toContain('OL-SV');
  });

  it('waitlist --reply needs the learner; certificates issue names the file to attach', async () => {
    expect((await kd(['waitlist', '18', '--reply', 'nb'])).code).toBe(2);
    const out = join(scratch, `kursbevis-${dialect}.pdf`);
    const run = await kd(['certificates', 'issue', '301', 'SIK-100', '--out', out, '--reply', 'nb']);
    expect(run.code).toBe(0);
    expect(replyOf(run.stdout)).toContain(
      `Vedlagt er kursbeviset ditt for SIK-100 (kursbevis-${dialect}.pdf).`,
    );
    expect(replyOf(run.stdout)).toContain('«Historikk»');
    // The certificate's number is something a learner can quote back; its signed code (KB1:…, some 300
    // characters) belongs in the PDF's QR code, not in a mail.
    const number = /^number\s+(\S+)$/m.exec(run.stdout)?.[1];
    expect(number, run.stdout).toBeDefined();
    expect(replyOf(run.stdout)).toContain(`Kursbeviset har nummeret ${number};`);
    expect(replyOf(run.stdout)).not.toContain('KB1:');
  });

  it('every --reply verb says so in its help, with an example', async () => {
    const verbs = [
      ['links', 'issue'],
      ['users', 'set-email'],
      ['users', 'move'],
      ['users', 'set-type'],
      ['users', 'set-hms'],
      ['enrol'],
      ['unenrol'],
      ['waitlist'],
      ['units', 'request'],
      ['programmes', 'status'],
      ['certificates', 'issue'],
      ['companies', 'register'],
    ];
    for (const verb of verbs) {
      const help = await runCli([...verb, '--help']);
      expect(help.stdout, verb.join(' ')).toContain('--reply <lang>');
      // Examples wrap at 80 columns with a `\` continuation line: read each as the one command it is.
      const examples = help.stdout.replace(/ \\\n\s+/g, ' ');
      expect(examples, verb.join(' ')).toMatch(/\$ kursdesk .*--reply (nb|nn|en)/);
    }
  });
});

describe('kursdesk replies', () => {
  it('ask: the "more information" answer asks for each missing fact, the birth date never as the national ID', async () => {
    const run = await runCli([
      'replies',
      'ask',
      '--missing',
      'birthDate,orgNumber',
      '--name',
      'Kari',
      '--reply',
      'en',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Hello Kari,\n\nTo help you further, we need a little more information\./);
    expect(run.stdout).toContain('- your date of birth (the date only, not your national ID number)');
    expect(run.stdout).toContain("- your employer's organisation number (9 digits)");
    expect(run.stdout).not.toContain('HMS');
    const bad = await runCli(['replies', 'ask', '--missing', 'fodselsnummer']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("unknown fact 'fodselsnummer'");
  });

  it('decline and list', async () => {
    const decline = await runCli(['replies', 'decline', '--reply', 'nn']);
    expect(decline.stdout).toMatch(/^Hei,\n\nTakk for e-posten\. Brukarstøtta/);
    const list = await runCli(['replies', 'list', '--topic', 'registration', '--format', 'json']);
    const rows = JSON.parse(list.stdout) as { key: string }[];
    expect(rows.map((r) => r.key)).toContain('registration.firma-id');
  });
});

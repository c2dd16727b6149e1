// What a new agent met working through the FAQ with triage --answer and the commands it names, on the
// demo data on both dialects: each test is one friction found that way, and what the agent now gets.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newSigningKey } from '../../src/domain/certificates/keys.js';
import type { TicketFacts, TopicId, TriageResult } from '../../src/domain/triage/types.js';
import { loadFixture } from '../../src/workflows/fixtures/load.js';
import { answerTicket, renderTicketAnswer } from '../../src/workflows/triage-answer.js';
import { loadRequest, removeScratch } from '../fixtures/support.js';
import { type CliOptions, runCli } from '../helpers/cli.js';
import { DIALECTS, openTestDatabase, stopTestServers, type TestDatabase } from '../helpers/databases.js';
import { testDeps } from '../helpers/deps.js';
import { type HandBuiltMore, handBuiltTicket } from '../helpers/triage-results.js';

const scratch = mkdtempSync(join(tmpdir(), 'kursdesk-faq-walk-'));
const CERT_ENV = { KURSDESK_CERT_KEY: newSigningKey().pem, KURSDESK_CERT_ISSUER: 'Jernbaneskolen' };

afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
  removeScratch();
  await stopTestServers();
});

// Demo learners: Kari (301, full, SIK-100 valid), Petter (2, SIK-100 expired), Trond (1, free),
// Hanne (17, pending).
const KARI = 'kari.nordmann@banesignal.test';
const PETTER = 'petterlunde@banesignal.test';

/** A hand-built triage result of ticket SUP-9. */
const ticket = (topic: TopicId, facts: Partial<TicketFacts> = {}, more: HandBuiltMore = {}): TriageResult =>
  handBuiltTicket('SUP-9', topic, facts, more);

const SECTION_EN = '\n── reply to send ──\n\n';
const SECTION_NB = '\n── svar som skal sendes ──\n\n';

describe.each(DIALECTS)('the FAQ walk on %s', (dialect) => {
  let t: TestDatabase;
  const answer = (triage: TriageResult) => answerTicket(testDeps(t.db), triage);
  // A help example names its own ticket; a second, different --ticket would be refused.
  const kd = (argv: string[], options: CliOptions = {}) =>
    runCli(argv.includes('--ticket') ? argv : [...argv, '--ticket', 'SUP-9'], {
      db: t.url,
      ...options,
      env: { ...CERT_ENV, KURSDESK_PORTAL_URL: 'https://kurs.example.no', ...options.env },
    });

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await loadFixture(testDeps(t.db), loadRequest('demo'));
  }, 120_000);
  afterAll(() => t.close());

  it('an expired certificate is not sent as proof for work on site: the reply says it ran out', async () => {
    const out = join(scratch, `expired-${dialect}.pdf`);
    const run = await kd(['certificates', 'issue', '2', 'SIK-100', '--out', out, '--reply', 'nb']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^status\s+expired$/m);
    const reply = run.stdout.split(SECTION_EN)[1] ?? '';
    expect(reply).toMatch(/Merk at gyldigheten gikk ut \d{1,2}\. \p{L}+ \d{4}:/u);
    expect(reply).toContain('Du må ta kurset på nytt (repetisjon)');
    expect(reply).not.toContain('Husk å ha kursbeviset med');
    // A valid one keeps the advice to carry it, said once (it used to be said twice).
    const valid = await kd([
      'certificates',
      'issue',
      '301',
      'SIK-100',
      '--out',
      join(scratch, `valid-${dialect}.pdf`),
      '--reply',
      'en',
    ]);
    expect(valid.code, valid.stderr).toBe(0);
    const validReply = valid.stdout.split(SECTION_EN)[1] ?? '';
    expect(validReply).not.toContain('expired');
    expect(validReply.match(/carry the certificate|Carry it with you/g)).toHaveLength(1);
  });

  it('W15: the list of passed courses says which ones ran out and must be taken again', async () => {
    const a = await answer(ticket('W15', {}, { from: PETTER }));
    expect(a.learner?.id).toBe(2);
    expect(a.reply).toMatch(
      /- SIK-100 Grunnleggende sikkerhet ved arbeid i og nær spor, gikk ut \d{1,2}\. \p{L}+ \d{4}; må tas på nytt/u,
    );
  });

  it('W13: a full date is offered with its waitlist beside the dates with seats', async () => {
    const a = await answer(ticket('W13', { courseCodes: ['SV-300'] }, { from: KARI }));
    expect(a.reply).toContain('har ledige plasser nå:');
    expect(a.reply).toMatch(/Disse datoene er fulle:\n- .+, Jernbaneskolen, Oslo \(\d+ på ventelisten\)\n/);
    expect(a.reply).toContain('setter vi deg på ventelisten');
    // units enrol on the full unit 17 puts the learner on its waitlist.
    expect(a.commands).toContain('kursdesk units enrol 301 17 --ticket SUP-9 --reply nb');
  });

  it('W20: an access request from the login itself gets the export; from elsewhere or to delete, the explanation', async () => {
    const own = await answer(ticket('W20', {}, { from: 'hanne.moe86@epost.test', language: 'en' }));
    expect(own.learner?.id).toBe(17);
    expect(own.reply).toBeNull();
    expect(own.commands).toEqual([
      'kursdesk privacy export 17 --out personal-data-17.json --ticket SUP-9 --reply en',
    ]);
    const elsewhere = await answer(ticket('W20', {}, { from: 'hanne@gmail.test' }));
    expect(elsewhere.commands).toEqual([]);
    expect(elsewhere.reply).toContain('svar fra e-postadressen du er registrert med');
    const erase = await answer(
      ticket('W20', {}, { from: 'hanne.moe86@epost.test', subject: 'Slett kontoen min' }),
    );
    // From the login itself, an erasure is done rather than asked for again (test/triage/answerfix.test.ts).
    expect(erase.commands).toEqual([
      "kursdesk privacy erase 17 --reason 'erasure requested by e-mail' --ticket SUP-9",
    ]);
    expect(erase.reply).toContain('Vi sletter nå');
  });

  it('W1: a likely match does not ask again for the birth date the ticket gave', async () => {
    const names = [{ full: 'Petter Lunde', given: 'Petter', family: 'Lunde', source: 'body' as const }];
    const dated = await answer(
      ticket('W1', { names, birthDates: ['1991-11-08'] }, { from: 'petter.lunde91@gmail.test' }),
    );
    expect(dated.findings.map((f) => String(f.found)).join('\n')).toContain('verdict likely');
    expect(dated.reply).toContain('p***@banesignal.test');
    expect(dated.reply).not.toContain('fødselsdato');
  });

  it("in bokmål the agent's screen says the register's and why-hidden's findings in bokmål", async () => {
    const company = await answer(
      ticket(
        'W7',
        { orgNumbers: ['913556208'], phones: ['+4791555123'] },
        { from: 'lise@malmbanen-entreprenor.test' },
      ),
    );
    const nb = renderTicketAnswer(company, 120, undefined, 'nb');
    expect(nb).toContain('MALMBANEN ENTREPRENØR AS: aktiv; e-faktura: ukjent: står ikke i');
    expect(nb).toContain('kunde: nei');
    expect(nb).not.toMatch(/not listed|unknown|customer: no/);
    // English stays as the lookup says it.
    expect(renderTicketAnswer(company, 120, undefined, 'en')).toContain(
      'MALMBANEN ENTREPRENØR AS: active; e-invoice: unknown: not listed in the extract of',
    );

    const course = await answer(
      ticket('W12', { courseCodes: ['TRA-090'] }, { from: 'trond.strand93@epost.test' }),
    );
    const screen = renderTicketAnswer(course, 80, undefined, 'nb');
    expect(screen).toContain('→ skjult: ikke synlig for kontotypen');
    // The reply asks for the employer and a command waits for the answer: the ticket is not done.
    expect(course.notes.map((n) => String(n)).join('\n')).toContain('after the learner answers');
    expect(screen).toContain('neste: send svaret; når svaret kommer, kjør triage med --answer på det igjen');
    expect(screen).not.toContain('ingenting i databasen trenger endring');
  });

  it('W7 and W5: the invoice e-mail and reference the ticket gives go into the command, not into a question', async () => {
    const names = [{ full: 'Lise Eriksen', given: 'Lise', family: 'Eriksen', source: 'signature' as const }];
    const company = await answer(
      ticket(
        'W7',
        {
          orgNumbers: ['913556208'],
          names,
          phones: ['+4791555123'],
          invoiceEmails: ['faktura@malmbanen-entreprenor.test'],
        },
        { from: 'lise@malmbanen-entreprenor.test' },
      ),
    );
    expect(company.missing).toEqual([]);
    expect(company.commands).toEqual([
      "kursdesk companies register 913556208 --contact-name 'Lise Eriksen' --contact-email lise@malmbanen-entreprenor.test --contact-phone +4791555123 --invoice-email faktura@malmbanen-entreprenor.test --ticket SUP-9 --reply nb",
    ]);
    const move = await answer(
      ticket('W5', { orgNumbers: ['992873167'], invoiceReference: 'TE-4471' }, { from: KARI }),
    );
    expect(move.commands).toEqual([
      'kursdesk users move 301 --to 992873167 --invoice-ref TE-4471 --ticket SUP-9 --reply nb',
    ]);
  });

  it('W2: a login mistyped at registration is corrected to the address the mail came from, then the activation link follows', async () => {
    // Jonas (307, pending) registered as …@vestlands-kontaktlednig.test and writes from …ledning.test.
    const from = 'jonas.odegard@vestlands-kontaktledning.test';
    const names = [
      { full: 'Jonas Ødegård', given: 'Jonas', family: 'Ødegård', source: 'signature' as const },
    ];
    const a = await answer(ticket('W2', { names, birthDates: ['1998-04-03'] }, { from, language: 'en' }));
    expect(a.learner?.id).toBe(307);
    expect(a.missing).toEqual([]);
    expect(a.commands).toEqual([`kursdesk users set-email 307 ${from} --ticket SUP-9 --reply en`]);
    expect(a.notes.map((n) => String(n)).join('\n')).toContain(
      'then send the link with: kursdesk links issue 307 --ticket SUP-9 --reply en',
    );
    // Only one identity search, however many steps look at it.
    expect(a.findings.filter((f) => f.step.startsWith('kursdesk users find'))).toHaveLength(1);
    // Without the birth date the account is not taken for his: the reply asks for it.
    const undated = await answer(ticket('W2', { names }, { from }));
    expect(undated.commands).toEqual([]);
    expect(undated.missing).toContain('birthDate');

    const changed = await kd(['users', 'set-email', '307', from, '--reply', 'en']);
    expect(changed.code, changed.stderr).toBe(0);
    const reply = changed.stdout.split(SECTION_EN)[1] ?? '';
    expect(reply).toContain('The account has not been activated yet');
    expect(reply).not.toContain('Forgot your password');
    expect(changed.stderr).toContain('never activated; send the activation link: kursdesk links issue 307');
    const link = await kd(['links', 'issue', '307', '--reply', 'en']);
    expect(link.code, link.stderr).toBe(0);
    expect(link.stdout).toMatch(/^kind\s+activation$/m);
  });

  it('W11: a disabled account is named to the agent before the card is changed', async () => {
    const a = await answer(ticket('W11', { hmsCards: ['51234567'] }, { from: 'inger.myhre87@epost.test' }));
    expect(a.learner?.id).toBe(8);
    expect(a.commands).toEqual(['kursdesk users set-hms 8 51234567 --ticket SUP-9 --reply nb']);
    expect(renderTicketAnswer(a, 120, undefined, 'nb')).toContain(
      'kontoen til deltaker 8 er deaktivert: endringen kan gjøres, men deltakeren kan ikke logge inn',
    );
  });

  it('users create: its help examples run with the national ID on stdin; an org number written with dashes is one', async () => {
    const help = await runCli(['users', 'create', '--help']);
    const examples = help.stdout
      .replace(/ \\\n +/g, ' ')
      .split('\n')
      .filter((l) => l.startsWith('  $ ') && l.includes('< fnr.txt'))
      .map((l) => l.slice(4).replace(' < fnr.txt', ''));
    expect(examples).toHaveLength(2);
    // A synthetic test number (month + 80), as the fixtures use: never a real person's.
    for (const line of examples) {
      const run = await kd(
        [
          ...line
            .split(' ')
            .slice(1)
            .map((w) => w.replace(/^'|'$/g, '')),
          '--dry-run',
        ],
        {
          stdin: '12859040150\n',
        },
      );
      expect(run.code, `${line}\n${run.stderr}`).toBe(0);
    }
    const dashed = await kd(['users', 'move', '2', '--to', '988-077-917', '--dry-run']);
    expect(dashed.code).toBe(3);
    expect(dashed.stderr).toContain('988077917');
  });

  it("a command's reply section is headed in the agent's language, the reply in the one asked", async () => {
    const nb = await kd(['links', 'issue', '1', '--reply', 'en'], { env: { KURSDESK_LANG: 'nb' } });
    expect(nb.code, nb.stderr).toBe(0);
    expect(nb.stdout).toContain(`${SECTION_NB}Hello Trond,`);
    const en = await kd(['links', 'issue', '1', '--reply', 'nb']);
    expect(en.code, en.stderr).toBe(0);
    expect(en.stdout).toContain(`${SECTION_EN}Hei Trond,`);
  });
});

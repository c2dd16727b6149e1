// `kursdesk triage` as an agent runs it: the built bin/kursdesk on files, stdin, an mbox with a broken
// message and a Maildir; bad input; no national ID in any output; and no database touched.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBin } from '../helpers/e2e.js';
import { loadTickets, rawMessage } from './tickets.js';

const dir = mkdtempSync(join(tmpdir(), 'kursdesk-triage-e2e-'));
const NATIONAL_ID = '15108695088';

const forgotEmail = [
  'From: "Nordmann, Kari" <kari.nordmann@bygg.no>',
  'To: eksternsupport-DRIV@banenor.no',
  'Subject: =?utf-8?Q?Glemt_e-post_og_f=C3=B8dselsnummer?= [#12345]',
  'Message-ID: <abc123@bygg.no>',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Hei!',
  'Jeg husker ikke hvilken e-post jeg registrerte meg med. Kan være kari@gmail.com.',
  `Fødselsnummeret mitt er ${NATIONAL_ID.slice(0, 6)} ${NATIONAL_ID.slice(6)}.`,
  '',
  'Mvh',
  'Kari Nordmann',
  '',
].join('\n');

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function noNationalId(...outputs: string[]): void {
  for (const output of outputs) {
    expect(output).not.toContain(NATIONAL_ID.slice(6));
    expect(output.replace(/[\s-]/g, '')).not.toContain(NATIONAL_ID);
  }
}

describe('kursdesk triage (built CLI)', () => {
  beforeAll(() => {
    if (!existsSync(join(import.meta.dirname, '..', '..', 'dist', 'main.js')))
      throw new Error('run npm run build');
  });

  it('shows a ticket in 80 columns: language, topic, facts with the ID masked, command and reply', async () => {
    const run = await runBin(['triage', file('forgot.eml', forgotEmail)]);
    expect(run.code).toBe(0);
    for (const line of run.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    expect(run.stdout).toContain('bokmål (nb)');
    expect(run.stdout).toMatch(/topics\s+W1\s/);
    expect(run.stdout).toContain('name: Kari Nordmann');
    expect(run.stdout).toContain('national ID: 151086 *****');
    expect(run.stdout).toContain("kursdesk users find --name 'Kari Nordmann' --birthdate 1986-10-15");
    // The reply draft warns about the national ID in the catalogue's words (as `replies ask` does).
    expect(run.stdout).toContain('| Du sendte oss fødselsnummeret ditt.');
    noNationalId(run.stdout, run.stderr);
  });

  it('says a national ID with wrong check digits is a typo to ask for again, still masked', async () => {
    const mail = forgotEmail.replace('151086 95088', '151086 95089');
    expect(mail).not.toBe(forgotEmail);
    const run = await runBin(['triage', '-'], { stdin: mail });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('national ID: 151086 ***** (check digits wrong: a typo, ask again');
    expect(run.stdout).not.toContain('95089');
  });

  it('reads stdin and prints one JSON object, with no national ID in json or yaml', async () => {
    const json = await runBin(['triage', '-', '--format', 'json'], { stdin: forgotEmail });
    expect(json.code).toBe(0);
    const result = JSON.parse(json.stdout);
    expect(result).toMatchObject({
      ticket: '12345',
      language: 'nb',
      facts: { nationalId: { masked: '151086 *****', birthDate: '1986-10-15' }, birthDates: ['1986-10-15'] },
    });
    expect(result.topics[0].topic).toBe('W1');
    const yaml = await runBin(['triage', '--format', 'yaml'], { stdin: forgotEmail });
    expect(yaml.code).toBe(0);
    expect(yaml.stdout).toContain('masked: 151086 *****');
    noNationalId(json.stdout, json.stderr, yaml.stdout, yaml.stderr);
  });

  it('triages an mbox as JSON lines, names a broken message by number and line, and exits 1', async () => {
    const tickets = loadTickets().slice(0, 3);
    const parts = tickets.map((t, i) => rawMessage(t, i).toString('latin1').replace(/\r\n/g, '\n'));
    const mbox = [
      `From a@x Mon Dec  1 10:00:00 2026\n${parts[0]}\n`,
      'From b@x Mon Dec  1 10:01:00 2026\nthis is no e-mail at all, just a line\n\n',
      `From c@x Mon Dec  1 10:02:00 2026\n${parts[1]!.replace(/^From /gm, '>From ')}\n`,
      `From d@x Mon Dec  1 10:03:00 2026\n${parts[2]}\n`,
    ].join('');
    const path = file('box.mbox', Buffer.from(mbox, 'latin1'));
    const run = await runBin(['triage', path, '--format', 'json']);
    expect(run.code).toBe(1);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatchObject({
      source: { message: 2 },
      error: expect.stringContaining('not an e-mail'),
    });
    expect(lines.filter((l) => l.topics).map((l) => l.topics[0].topic)).toEqual(
      tickets.map((t) => t.topics[0]),
    );
    const brokenLine = mbox.split('\n').findIndex((l) => l.startsWith('From b@x')) + 1;
    expect(run.stderr).toContain(`message 2 (line ${brokenLine}): not an e-mail`);
    expect(run.stderr).toContain('3 of 4 message(s) triaged, 1 unreadable');
  });

  it('reads a Maildir', async () => {
    const maildir = join(dir, 'Maildir');
    for (const sub of ['new', 'cur', 'tmp']) mkdirSync(join(maildir, sub), { recursive: true });
    writeFileSync(join(maildir, 'new', '1.eml'), forgotEmail);
    const run = await runBin(['triage', maildir, '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout.trim())).toMatchObject({ source: { file: 'new/1.eml' }, ticket: '12345' });
  });

  it.each([
    ['empty.eml', '', 'is not an e-mail: it is empty'],
    ['photo.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70, 0]), 'binary'],
    ['blank.txt', '\ufeff \u00a0\r\n\t\u200b\n', 'is no ticket: the pasted text is only spaces'],
  ])('refuses %s with one line and exit 2', async (name, content, reason) => {
    const run = await runBin(['triage', file(name, content)]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(reason);
  });

  // What the agent has when the helpdesk's web page shows a ticket: its text, perhaps under header lines.
  const pastedForgotEmail = [
    'Fra:\u00a0"Nordmann, Kari" <kari.nordmann@bygg.no>',
    'Sendt: mandag 1. desember 2026 10:32',
    'Til: eksternsupport-DRIV@banenor.no',
    'Emne: Glemt e-post og fødselsnummer [#12345]',
    '',
    ...forgotEmail.split('\n\n').slice(1).join('\n\n').split('\n'),
  ].join('\r\n');

  it('triages pasted text: the same verdict as the e-mail, one note on stderr, nothing of it in --quiet', async () => {
    const [asMail, asPaste] = await Promise.all([
      runBin(['triage', '-', '--format', 'json'], { stdin: forgotEmail }),
      runBin(['triage', '-', '--format', 'json'], { stdin: pastedForgotEmail }),
    ]);
    expect(asPaste.code, asPaste.stderr).toBe(0);
    const mail = JSON.parse(asMail.stdout);
    const paste = JSON.parse(asPaste.stdout);
    expect(mail.input).toBe('email');
    expect(paste.input).toBe('paste');
    for (const key of ['ticket', 'subject', 'from', 'language', 'topics', 'facts', 'missing', 'commands'])
      expect(paste[key], key).toEqual(mail[key]);
    expect(asPaste.stderr).toBe(
      'stdin: pasted text, not an e-mail; sender and subject from its first lines\n',
    );
    expect(asMail.stderr).toBe('');
    const quiet = await runBin(['triage', '-', '--quiet'], { stdin: pastedForgotEmail });
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toMatch(/topics\s+W1\s/);
    noNationalId(asPaste.stdout, asPaste.stderr, quiet.stdout);
  });

  it('triages a saved paste (notes.txt) and says so in bokmål when the agent speaks it', async () => {
    file('notes.txt', 'Hei, jeg har glemt passordet mitt.\nMvh Kari\n');
    const run = await runBin(['triage', 'notes.txt'], { cwd: dir, env: { KURSDESK_LANG: 'nb' } });
    expect(run.code).toBe(0);
    // The agent speaks bokmål, so the screen's labels are in bokmål too.
    expect(run.stdout).toMatch(/emner\s+W3\s/);
    expect(run.stderr.split('\n').filter((l) => l.includes('innlimt tekst'))).toEqual([
      'notes.txt: innlimt tekst, ikke en e-post; uten avsender og emne',
    ]);
  });

  it('refuses a message over 10 MB with exit 2, and a missing file with exit 3', async () => {
    const big = file(
      'big.eml',
      Buffer.concat([Buffer.from('From: a@x.no\nSubject: x\n\n'), Buffer.alloc(11 * 1024 * 1024, 'a')]),
    );
    const run = await runBin(['triage', big]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^kursdesk: .*10 MB\n$/);
    const missing = await runBin(['triage', join(dir, 'nope.eml')]);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('no such file');
  });

  it('changes no database: a SQLite file stays byte for byte the same, and PostgreSQL is never dialled', async () => {
    const db = join(dir, 'desk.db');
    const created = await runBin(
      [
        'users',
        'create',
        '--first-name',
        'Kari',
        '--last-name',
        'Nordmann',
        '--email',
        'kari.nordmann@bygg.no',
        '--national-id',
        '15108695088',
        '--hms-card',
        '1234567',
        '--type',
        'free',
        '--quiet',
      ],
      { env: { KURSDESK_DB: db } },
    );
    expect(created.code, created.stderr).toBe(0);
    const digest = () => createHash('sha256').update(readFileSync(db)).digest('hex');
    const before = digest();
    const eml = file('forgot-db.eml', forgotEmail);
    const run = await runBin(['triage', eml, '--format', 'json'], { env: { KURSDESK_DB: db } });
    expect(run.code).toBe(0);
    expect(digest()).toBe(before);
    expect(existsSync(`${db}-wal`) ? readFileSync(`${db}-wal`).length : 0).toBe(0);
    // Nothing listens on port 9: a command that opened the database would fail; triage does not try.
    const pg = await runBin(['triage', eml], { env: { KURSDESK_DB: 'postgres://nobody@127.0.0.1:9/none' } });
    expect(pg.code, pg.stderr).toBe(0);
    const fresh = join(dir, 'never-created.db');
    await runBin(['triage', eml], { env: { KURSDESK_DB: fresh } });
    expect(existsSync(fresh)).toBe(false);
  });

  it('has help with examples', async () => {
    const run = await runBin(['triage', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Examples:');
    expect(run.stdout).toContain('kursdesk triage ticket.eml');
  });
});

describe('kursdesk triage --answer (built CLI, demo data)', () => {
  const db = join(dir, 'answer.db');
  beforeAll(async () => {
    const load = await runBin(['--db', db, 'fixtures', 'load', 'demo', '--yes', '--quiet']);
    expect(load.code).toBe(0);
  });

  // What a change would touch: the audit log (every change writes one) and the bytes of the file and its WAL.
  async function snapshot(): Promise<string> {
    const audit = await runBin(['--db', db, 'audit', '--format', 'count']);
    const bytes = [db, `${db}-wal`].filter(existsSync).map((f) => readFileSync(f));
    return `${audit.stdout.trim()} ${createHash('sha256').update(Buffer.concat(bytes)).digest('hex')}`;
  }

  it('answers a forgotten-e-mail ticket with the reply to paste, in one command, changing nothing', async () => {
    const before = await snapshot();
    const ticket = file(
      'answer.eml',
      [
        'From: Kari Nordmann <kari.nordmann@nordbane.test>',
        'Subject: [#4711] husker ikke e-post',
        'Message-ID: <a1@nordbane.test>',
        '',
        'Hei, jeg husker ikke hvilken e-post jeg brukte da jeg registrerte meg. Jeg er født 15.10.86.',
        '',
        'Mvh Kari Nordmann',
        '',
      ].join('\n'),
    );
    const run = await runBin(['--db', db, 'triage', ticket, '--answer']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('── reply to send ──');
    expect(run.stdout).toContain('Hei Kari,');
    expect(run.stdout).toMatch(/verdict verified/);
    const json = await runBin(['--db', db, 'triage', ticket, '--answer', '--format', 'json']);
    const parsed = JSON.parse(json.stdout) as {
      topics: { topic: string }[];
      answer: { topic: string; reply: string };
    };
    expect(parsed.answer.topic).toBe('W1');
    expect(parsed.answer.reply).toMatch(/^Hei Kari,/);
    expect(await snapshot()).toBe(before);
  });

  it('answers the same ticket pasted from a web page with the same reply and commands', async () => {
    const eml = readFileSync(
      join(import.meta.dirname, '..', '..', 'fixtures', 'tickets', 'glemt-epost.eml'),
      'utf8',
    );
    const body = eml.slice(eml.indexOf('\n\n') + 2);
    // As Gmail shows it: the subject, a label, the sender over the time and "til meg", then the text.
    const paste = [
      '[#4711] Husker ikke hvilken e-post jeg brukte',
      'Innboks',
      '',
      'Kari Nordmann <kari.nordmann@nordbane.test>',
      '08:12 (for 2 timer siden)',
      'til meg',
      '',
      body,
    ].join('\n');
    const [mail, pasted] = await Promise.all([
      runBin(['--db', db, 'triage', '-', '--answer', '--format', 'json'], { stdin: eml }),
      runBin(['--db', db, 'triage', '-', '--answer', '--format', 'json'], { stdin: paste }),
    ]);
    expect(pasted.code, pasted.stderr).toBe(0);
    const a = JSON.parse(mail.stdout);
    const b = JSON.parse(pasted.stdout);
    expect(b.input).toBe('paste');
    expect(b.answer.reply).toMatch(/^Hei Kari,/);
    expect(b.answer).toEqual(a.answer);
    expect(b.commands).toEqual(a.commands);
    const text = await runBin(['--db', db, 'triage', '-', '--answer'], { stdin: paste });
    expect(text.stdout).toContain('── reply to send ──');
    expect(text.stdout).toContain(a.answer.reply.split('\n')[0]);
  });

  it.each([
    [
      'Hvordan kommer jeg inn i portalen? Hvordan logger jeg inn, og hva er brukernavnet?',
      'Brukernavnet ditt i kursportalen er e-postadressen',
    ],
    [
      'Jeg vil gjerne bytte passordet mitt. Hvor gjør jeg det når jeg er logget inn?',
      'Passordet endrer du selv',
    ],
    ['Jeg prøver å logge inn, men får bare en feilmelding på skjermen.', 'kontakt Munio support'],
  ])(
    'a login question the FAQ answers by text gets that text, no birth date and no link: %s',
    async (text, expected) => {
      const ticket = file(
        'login-question.eml',
        [
          'From: Per Lund <per.lund@epost.test>',
          'Subject: Innlogging',
          '',
          'Hei,',
          text,
          '',
          'Hilsen Per Lund',
          '',
        ].join('\n'),
      );
      const run = await runBin(['--db', db, 'triage', ticket, '--answer', '--format', 'json']);
      expect(run.code).toBe(0);
      const parsed = JSON.parse(run.stdout) as {
        commands: string[];
        answer: { reply: string; commands: string[]; missing: string[] };
      };
      expect(parsed.answer.reply).toContain(expected);
      expect(parsed.answer.reply).not.toContain('fødselsdato (bare');
      expect(parsed.answer.missing).toEqual([]);
      expect(parsed.answer.commands).toEqual([]);
      expect(parsed.commands.join('\n')).not.toContain('links issue');
    },
  );
});

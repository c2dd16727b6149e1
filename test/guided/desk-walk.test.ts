// A new agent's first day, ticket to reply: the demo tickets through `triage --answer`, the guided mode's
// yes/no in bokmål, a search that finds nobody, a company given by name, and a --reply command, all in a
// real 80-column terminal (or a pipe) on the demo data of each dialect. What the agent sees must fit the
// screen, break no word or command, and end in a reply and a next step.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, openTestDatabase, stopTestServers, type TestDatabase } from '../helpers/databases.js';
import { loadDemo } from '../helpers/demo-db.js';
import { runBin } from '../helpers/e2e.js';
import { slowTests } from '../helpers/limits.js';
import { KEYS, runInTerminal, type TerminalRun } from '../helpers/pty.js';
import { ASK, MENU, openEntry, pickLearner } from './menu.js';

slowTests();

afterAll(stopTestServers);

const ENV = { KURSDESK_PORTAL_URL: 'https://kurs.example.no' };
const TICKETS = join(import.meta.dirname, '../../fixtures/tickets');
const KARI = 'kari.nordmann@banesignal.test';

/** What the program wrote, as lines without escape sequences (the terminal's own wrapping undone). */
function writtenLines(run: TerminalRun): string[] {
  return run
    .output()
    .replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '')
    .split(/\r?\n/)
    .map((l) => l.replace(/\r/g, ''));
}

/** A command printed over several lines with ` \` continuations, as the shell reads it. */
function joinedCommand(lines: readonly string[], start: number): string {
  let command = lines[start]!.trim();
  for (let i = start + 1; command.endsWith(' \\'); i++)
    command = `${command.slice(0, -2)} ${lines[i]!.trim()}`;
  return command;
}

describe.each(DIALECTS)('the desk path on %s', (dialect) => {
  let t: TestDatabase;

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await loadDemo(t.url);
  });
  afterAll(() => t.close());

  it('triage --answer, piped: found lines fit 80 columns, commands wrap between shell words, a next step ends it', async () => {
    const run = await runBin(['--db', t.url, 'triage', join(TICKETS, 'glemt-epost.eml'), '--answer']);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.split('\n');
    const reply = lines.indexOf('── reply to send ──');
    expect(reply).toBeGreaterThan(0);
    const tooWide = lines.slice(0, reply).filter((l) => l.length > 80);
    expect(tooWide).toEqual([]);
    // The look-up it ran, wrapped with `\`, is the whole command when the shell joins it.
    const found = lines.indexOf('found:');
    expect(joinedCommand(lines, found + 1)).toBe(
      "kursdesk users find --name 'Kari Nordmann' --birthdate 1986-10-15 --email kari.nordmann@nordbane.test",
    );
    expect(lines.slice(found).join('\n')).toMatch(/→ verdict verified/);
    // Piped (to a clipboard or a file), each paragraph of the reply stays one line for the mail client.
    expect(run.stdout).toContain(`med e-postadressen ${KARI}.`);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(
      'next: send the reply; nothing in the database needs changing',
    );
  });

  it('triage --answer in an 80-column terminal: every line fits, and the reply splits no word', async () => {
    const run = runInTerminal(['--db', t.url, 'triage', join(TICKETS, 'glemt-epost.eml'), '--answer'], {
      env: ENV,
    });
    expect(await run.exited).toBe(0);
    const lines = writtenLines(run);
    expect(lines.filter((l) => l.length > 80)).toEqual([]);
    // The address is whole on its line, not cut at the screen's edge.
    expect(lines.some((l) => l.startsWith(`${KARI}.`) || l.endsWith(` ${KARI}.`))).toBe(true);
    expect(lines).toContain('Vennlig hilsen');
  });

  it('the W2 demo ticket names the change command, wrapped so it still pastes as one', async () => {
    const run = await runBin(['--db', t.url, 'triage', join(TICKETS, 'no-activation.eml'), '--answer'], {
      env: ENV,
    });
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines.filter((l) => l.length > 80)).toEqual([]);
    const at = lines.indexOf('run this; it prints the reply to send:');
    expect(joinedCommand(lines, at + 1)).toMatch(/^kursdesk links issue \d+ --ticket \S+ --reply en$/);
  });

  it('a --reply command in a terminal wraps the reply at spaces, and piped it leaves each paragraph whole', async () => {
    const argv = ['--db', t.url, 'users', 'find', '--name', 'Nordman Kari', '--birthdate', '15.10.86'];
    const email = ['--email', 'kari.nordmann@nordbane.test', '--reply', 'nb'];
    const run = runInTerminal([...argv, ...email, '--no-pager'], { env: ENV });
    expect(await run.exited).toBe(0);
    const lines = writtenLines(run);
    const section = lines.slice(lines.indexOf('── reply to send ──'));
    expect(section.filter((l) => l.length > 78)).toEqual([]);
    expect(section).toContain(`${KARI}.`);
    const piped = await runBin([...argv, ...email]);
    expect(piped.stdout).toContain(
      `Vi har funnet kontoen din. Du logger inn i kursportalen med e-postadressen ${KARI}.\n`,
    );
  });

  it('guided, bokmål: "j" answers yes (the prompt library alone would take it as no)', async () => {
    const links = async () =>
      Number(
        (
          await t.db.kysely
            .selectFrom('link_tokens')
            .innerJoin('users', 'users.id', 'link_tokens.user_id')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('users.email', '=', KARI)
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await links();
    const run = runInTerminal(['--db', t.url], { env: ENV });
    await openEntry(run, MENU.forgotPassword, ASK.learner);
    await pickLearner(run, 'kari.nordmann@banes', '· aktiv');
    await run.waitFor('Sende lenke til Kari Nordmann nå? (j/N)');
    run.write('x');
    run.write(KEYS.enter);
    await run.waitFor('svar j (ja) eller n (nei)');
    run.write(`${KEYS.backspace}j${KEYS.enter}`);
    await run.waitFor('Saksnummer (ticket)');
    expect(run.screen().join('\n')).toMatch(/nå\? \(j\/N\) Ja/);
    run.write(`SUP-1${KEYS.enter}`);
    // Enter on who the reply goes to: someone else, so the link is mailed to the login.
    await run.waitFor('Hvem går svaret til?');
    run.write(KEYS.enter);
    await run.waitFor('Svar til å lime inn');
    run.write(KEYS.ctrlC);
    expect(await run.exited).toBe(130);
    expect(await links()).toBe(before + 1);
  });

  it('guided: a learner who does not exist ends in the reply asking for name, birth date and e-mail, and what next', async () => {
    const run = runInTerminal(['--db', t.url], { env: ENV });
    await openEntry(run, MENU.forgotPassword, ASK.learner);
    run.write('Zzyzx Qwerty');
    await run.waitFor('Ingen treff: svar som ber om navn, fødselsdato og e-post');
    run.write(KEYS.down + KEYS.enter);
    await run.waitFor('Svar til å lime inn');
    run.write(KEYS.enter);
    await run.waitFor(/Hva gjelder saken\?[\s\S]*Hva gjelder saken\?/);
    const written = writtenLines(run).join('\n');
    expect(written).toContain('── svar (bokmål)');
    expect(written).toMatch(/fødselsdatoen din \(bare datoen, ikke fødselsnummeret\)/);
    expect(written).toMatch(/ingen treff på «Zzyzx Qwerty»\n\s+neste: send svaret; når personen svarer/);
    run.write(KEYS.ctrlC);
    expect(await run.exited).toBe(130);
  });

  it('guided: the key hints under a list are in bokmål, and the config setting lang=en makes it English', async () => {
    const run = runInTerminal(['--db', t.url], { env: ENV });
    await run.waitFor('Hva gjelder saken?');
    await run.waitFor('flytt');
    const screen = run.screen().join('\n');
    expect(screen).toMatch(/↑↓ flytt • ⏎ velg/);
    expect(screen).not.toMatch(/navigate|select/);
    run.write(KEYS.ctrlC);
    expect(await run.exited).toBe(130);
    const home = mkdtempSync(join(tmpdir(), 'kursdesk-lang-'));
    mkdirSync(join(home, 'kursdesk'));
    writeFileSync(join(home, 'kursdesk', 'config'), 'profiles:\n  default:\n    lang: en\n');
    const english = runInTerminal(['--db', t.url], { env: { ...ENV, XDG_CONFIG_HOME: home } });
    await english.waitFor('What is the ticket about?');
    english.write(KEYS.ctrlC);
    expect(await english.exited).toBe(130);
    rmSync(home, { recursive: true, force: true });
  }, 60_000);

  it('links issue in an 80-column terminal: the link in its record is one line, whole, as in the reply', async () => {
    const run = runInTerminal(
      [
        '--db',
        t.url,
        'links',
        'issue',
        'siri.myklebust@romerike-vakt.test',
        '--ticket',
        'SUP-8',
        '--reply',
        'nb',
        '--no-pager',
      ],
      { env: ENV },
    );
    expect(await run.exited).toBe(0);
    const lines = writtenLines(run);
    const url = lines.find((l) => l.startsWith('url '));
    const link = url?.replace(/^url\s+/, '') ?? '';
    expect(link).toMatch(/^https:\/\/kurs\.example\.no\/account\/reset-password\/[\w-]{40,}$/);
    expect(lines.indexOf(url as string) + 1).toBeLessThan(lines.length);
    expect(lines[lines.indexOf(url as string) + 1]).not.toMatch(/^\s+\S/);
    expect(lines).toContain(link);
  }, 30_000);

  it('guided W7: the company given by name is found in the register extract', async () => {
    const run = runInTerminal(['--db', t.url, 'guide', '--lang', 'en'], { env: ENV });
    await openEntry(run, MENU.companyNotListed, 'Organisation number or company name', ASK.menuEn);
    run.write('Malmbanen');
    await run.waitFor('913 556 208');
    run.write(KEYS.enter);
    await run.waitFor('Contact person');
    const screen = run.screen().join('\n');
    expect(screen).toMatch(/Brønnøysund\s+MALMBANEN ENTREPRENØR AS/);
    expect(screen).toMatch(/customer\s+no/);
    run.write(KEYS.ctrlC);
    expect(await run.exited).toBe(130);
  });
});

// What an agent sees in a real terminal (a pseudo-terminal with xterm's screen) and what a pipe gets:
// tables that fit 60–200 columns with the verified e-mail whole, the pager on and off, escaped control
// characters, neutralised spreadsheet formulas and Oslo time.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBin } from '../helpers/e2e.js';
import { runInTerminal } from '../helpers/pty.js';

const dir = mkdtempSync(join(tmpdir(), 'kursdesk-output-'));
const db = join(dir, 'demo.db');
const FIND = [
  'users',
  'find',
  '--name',
  'Nordman Kari',
  '--birthdate',
  '15.10.86',
  '--email',
  'kari.nordmann@nordbane.test',
];
const VERIFIED_EMAIL = 'kari.nordmann@banesignal.test';

// A pager that marks where it starts and ends, so the screen shows whether the text went through it.
const fakePager = join(dir, 'fake-pager.mjs');
writeFileSync(
  fakePager,
  `let text = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (d) => { text += d; });
process.stdin.on('end', () => process.stdout.write('PAGER-BEGIN\\n' + text + 'PAGER-END\\n'));
`,
);
const PAGER = `${process.execPath} ${fakePager}`;

beforeAll(async () => {
  const loaded = await runBin(['--db', db, 'fixtures', 'load', 'demo', '--yes']);
  expect(loaded.code, loaded.stderr).toBe(0);
}, 60_000);

/** Every line of a bordered table starts and ends with a border on the same screen line. */
function bordersInside(lines: string[], cols: number): void {
  for (const line of lines) {
    expect(line.length).toBeLessThanOrEqual(cols);
    if (/^[┌├└]/.test(line)) expect(line).toMatch(/[┐┤┘]$/);
    if (line.startsWith('│')) expect(line).toMatch(/│$/);
  }
}

describe('users find in a terminal', () => {
  for (const cols of [60, 80, 120, 200]) {
    it(`shows the verified e-mail whole at ${cols} columns, inside the width`, async () => {
      const run = runInTerminal(['--db', db, '--no-pager', ...FIND], { cols, rows: 60 });
      expect(await run.exited).toBe(0);
      const lines = run.screen();
      expect(
        lines.some((l) => l.includes(VERIFIED_EMAIL)),
        lines.join('\n'),
      ).toBe(true);
      expect(lines.join('\n')).toContain('verdict: verified');
      bordersInside(lines, cols);
      if (cols >= 80) {
        // Side by side in a table, the evidence under its candidate rather than in a column.
        expect(lines.some((l) => /│ email\s+│/.test(l))).toBe(true);
        expect(lines.some((l) => l.includes('301') && l.includes(VERIFIED_EMAIL))).toBe(true);
      } else {
        // Too narrow for the key columns side by side: one key/value block per candidate.
        expect(lines).toContain(`email             ${VERIFIED_EMAIL}`);
      }
    });
  }

  it('says which columns were hidden at 80 columns and --wide brings them back', async () => {
    const narrow = runInTerminal(['--db', db, '--no-pager', ...FIND], { cols: 80, rows: 60 });
    await narrow.exited;
    expect(narrow.screen().join('\n')).toMatch(/hidden to fit 80 columns: rank, score/);
    expect(narrow.screen().some((l) => /│ score\s+│/.test(l))).toBe(false);
    const wide = runInTerminal(['--db', db, '--no-pager', '--wide', ...FIND], { cols: 80, rows: 60 });
    await wide.exited;
    const shown = wide.screen().join('\n');
    expect(shown).not.toContain('hidden to fit');
    expect(shown).toContain('score');
    expect(shown).toContain(VERIFIED_EMAIL);
    bordersInside(wide.screen(), 80);
  });

  it('a pipe gets every column, uncut, unpaged', async () => {
    const run = await runBin(['--db', db, ...FIND], { env: { PAGER } });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('PAGER-BEGIN');
    expect(run.stdout).toMatch(/rank\s+id\s+score\s+name\s+birth_date\s+email\s+status\s+name_match/);
    expect(run.stdout).toContain('first and last name swapped');
    expect(run.stderr).not.toContain('hidden');
  });
});

describe('the pager', () => {
  const LIST = ['--db', db, 'companies', 'list'];

  it('takes long output in a terminal', async () => {
    const run = runInTerminal(LIST, { cols: 80, rows: 20, env: { PAGER } });
    expect(await run.exited).toBe(0);
    const screen = run.screen().join('\n');
    expect(screen).toContain('PAGER-BEGIN');
    expect(screen).toContain('Bane og Signal Norge AS');
    expect(screen).toContain('PAGER-END');
  });

  it('is left out with --no-pager, and short output never starts it', async () => {
    const off = runInTerminal(['--no-pager', ...LIST], { cols: 80, rows: 20, env: { PAGER } });
    expect(await off.exited).toBe(0);
    expect(off.screen().join('\n')).not.toContain('PAGER-BEGIN');
    expect(off.screen().join('\n')).toContain('Bane og Signal Norge AS');
    const short = runInTerminal([...LIST, '--limit', '2'], { cols: 80, rows: 40, env: { PAGER } });
    expect(await short.exited).toBe(0);
    expect(short.screen().join('\n')).not.toContain('PAGER-BEGIN');
  });

  it('falls back to plain output when the pager program is missing', async () => {
    const run = runInTerminal(LIST, { cols: 80, rows: 20, env: { PAGER: join(dir, 'no-such-pager') } });
    expect(await run.exited).toBe(0);
    expect(run.screen().join('\n')).toContain('Bane og Signal Norge AS');
  });
});

describe('lists that stop at a limit', () => {
  it('say how many there are in all, on stderr', async () => {
    const run = await runBin(['--db', db, 'companies', 'list', '--limit', '5', '--format', 'ids']);
    expect(run.stdout.trim().split('\n')).toHaveLength(5);
    expect(run.stderr).toMatch(/showing 5 of \d+ — use --limit or --all/);
    const all = await runBin(['--db', db, 'companies', 'list', '--all', '--format', 'ids']);
    expect(all.stderr).not.toContain('showing');
    expect(all.stdout.trim().split('\n').length).toBeGreaterThan(5);
  });
});

describe('data that would attack the terminal or the spreadsheet', () => {
  const HEADER = 'Organisasjonsnummer;Navn;Faktura e-post;Kontaktperson;Kontakt e-post;Kontakttelefon';

  it('prints escape sequences in a contact name escaped during companies import --dry-run', async () => {
    const file = join(dir, 'osc.csv');
    writeFileSync(
      file,
      `${HEADER}\r\n910000004;Tittel AS;faktura@tittel.example;"Evil\u001b]0;pwned\u0007Name";kari@tittel.example;91234567\r\n`,
    );
    const run = runInTerminal(['--db', db, '--no-pager', 'companies', 'import', file, '--dry-run'], {
      cols: 120,
    });
    await run.exited;
    expect(run.output()).not.toContain('\u001b]0;');
    expect(run.output()).not.toContain('\u0007');
    expect(run.screen().join('\n')).toContain('Evil\\x1b]0;pwned\\x07Name');
  });

  it('neutralises a formula in an imported company name in list output and in the reject file', async () => {
    const file = join(dir, 'formula.csv');
    writeFileSync(
      file,
      `${HEADER}\r\n910000004;"=HYPERLINK(""http://evil.example"",""x"")";faktura@evil.example;Kari Nordmann;kari@evil.example;91234567\r\n`,
    );
    const imported = await runBin(['--db', db, 'companies', 'import', file, '--force']);
    expect(imported.code, imported.stderr).toBe(0);
    const csv = await runBin(['--db', db, 'companies', 'find', '910000004', '--format', 'csv']);
    expect(csv.stdout).toContain(`910000004,"'=HYPERLINK(""http://evil.example"",""x"")"`);
    // json keeps the value as it is: only spreadsheets run formulas.
    const json = await runBin(['--db', db, 'companies', 'find', '910000004', '--format', 'json']);
    expect(JSON.parse(json.stdout)[0].name).toBe('=HYPERLINK("http://evil.example","x")');

    const bad = join(dir, 'bad.csv');
    const rejects = join(dir, 'rejects.csv');
    writeFileSync(
      bad,
      `${HEADER}\r\n910000004;Bra AS;faktura@bra.example;Kari Nordmann;@SUM(1+1);91234567\r\n`,
    );
    const refused = await runBin(['--db', db, 'companies', 'import', bad, '--errors', rejects, '--force']);
    expect(refused.code).toBe(1);
    const report = readFileSync(rejects, 'utf8');
    expect(report).toContain(`"'@SUM(1+1)"`);
    expect(report).not.toMatch(/;"@SUM/);
  });
});

describe('time in Oslo', () => {
  it('shows a unit at 08:00 Oslo time in a table and ISO 8601 with the offset in json and csv', async () => {
    const table = await runBin(['--db', db, 'units', 'list', '--course', 'SV-300', '--from', '2027-01-01']);
    expect(table.stdout).toContain('11 Jan 2027 08:00');
    expect(table.stdout).not.toContain('07:00:00.000Z');
    const json = await runBin([
      '--db',
      db,
      'units',
      'list',
      '--course',
      'SV-300',
      '--from',
      '2027-01-01',
      '--format',
      'json',
    ]);
    expect(JSON.parse(json.stdout).map((u: { starts_at: string }) => u.starts_at)).toContain(
      '2027-01-11T08:00:00+01:00',
    );
    const csv = await runBin([
      '--db',
      db,
      'units',
      'list',
      '--course',
      'SV-300',
      '--from',
      '2027-01-01',
      '--format',
      'csv',
    ]);
    expect(csv.stdout).toContain('2027-01-11T08:00:00+01:00');
  });
});

describe('the progress bar', () => {
  it('fits the terminal it draws on and is cleared when the work is done', async () => {
    const fresh = join(dir, 'progress.db');
    const run = runInTerminal(['--db', fresh, 'fixtures', 'load', 'demo', '--yes', '--no-pager'], {
      cols: 60,
      rows: 60,
    });
    expect(await run.exited).toBe(0);
    const drawn = run.output();
    expect(drawn).toMatch(/loading \[[#-]+\] +\d+%/);
    // Every redraw (cli-progress starts each with CSI 1 G) fits 60 columns, and the finished screen
    // no longer shows the bar.
    for (const frame of drawn.split(/\r|\n|\u001b\[1G/).filter((f) => f.includes('loading ['))) {
      expect(frame.replace(/\u001b(\[[0-9;?]*[A-Za-z]|[78])/g, '').length).toBeLessThanOrEqual(60);
    }
    expect(run.screen().join('\n')).not.toContain('loading [');
    expect(run.screen().join('\n')).toContain('loaded demo');
  });
});

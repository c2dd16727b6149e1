// What an agent sees in a real terminal (a pseudo-terminal with xterm's screen) and what a pipe gets:
// tables that fit 60–200 columns with the verified e-mail whole, the pager on and off, escaped control
// characters, neutralised spreadsheet formulas and Oslo time.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBin } from '../helpers/e2e.js';
import { slowTests } from '../helpers/limits.js';
import { runInTerminal } from '../helpers/pty.js';

slowTests();

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
});

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
  const writeCsv = (name: string, row: string): string => {
    const file = join(dir, name);
    writeFileSync(file, `${HEADER}\r\n${row}\r\n`);
    return file;
  };
  /** Stores a value as data from before import refused such values: straight into the database file. */
  const setCompanyField = (orgNumber: string, field: 'name' | 'contact_name', value: string): void => {
    const sqlite = new Database(db);
    try {
      const changed = sqlite
        .prepare(`update companies set ${field} = ? where org_number = ?`)
        .run(value, orgNumber).changes;
      expect(changed).toBe(1);
    } finally {
      sqlite.close();
    }
  };

  it('prints escape sequences in a contact name escaped during companies import --dry-run', async () => {
    const file = join(dir, 'osc.csv');
    writeFileSync(
      file,
      `${HEADER}\r\n910000004;Tittel AS;faktura@tittel.example;"Evil\u001b]0;pwned\u0007Name";kari@tittel.example;91234567\r\n`,
    );
    const run = runInTerminal(['--db', db, '--no-pager', 'companies', 'import', file, '--dry-run'], {
      cols: 120,
    });
    // Import refuses a name with control characters, and its reason names the character by its code:
    // the value itself never reaches the terminal, raw or otherwise.
    expect(await run.exited).toBe(1);
    expect(run.output()).not.toContain('\u001b]0;');
    expect(run.output()).not.toContain('\u0007');
    const screen = run.screen().join('\n').replace(/\n/g, '');
    expect(screen).toContain(
      'osc.csv:2: Kontaktperson: contact name contains the invisible or control character U+001B',
    );
    expect(screen).not.toContain('pwned');

    // A name stored before that rule still comes out escaped wherever it is shown.
    const stored = await runBin([
      '--db',
      db,
      'companies',
      'import',
      writeCsv(
        'osc-clean.csv',
        '910000012;Gammel AS;faktura@gammel.example;Kari Nordmann;kari@gammel.example;91234567',
      ),
      '--force',
    ]);
    expect(stored.code, stored.stderr).toBe(0);
    setCompanyField('910000012', 'contact_name', 'Evil\u001b]0;pwned\u0007Name');
    const shown = runInTerminal(['--db', db, '--no-pager', '--wide', 'companies', 'find', '910000012'], {
      cols: 200,
    });
    expect(await shown.exited).toBe(0);
    expect(shown.output()).not.toContain('\u001b]0;');
    expect(shown.output()).not.toContain('\u0007');
    expect(shown.screen().join('\n')).toContain('Evil\\x1b]0;pwned\\x07Name');
  });

  it('neutralises a formula in an imported company name in list output and in the reject file', async () => {
    // Import refuses a name that starts a formula; the reject file holds the row with that cell
    // neutralised, so opening it in a spreadsheet runs nothing.
    const formula = '=HYPERLINK("http://evil.example","x")';
    const file = writeCsv(
      'formula.csv',
      '910000004;"=HYPERLINK(""http://evil.example"",""x"")";faktura@evil.example;Kari Nordmann;kari@evil.example;91234567',
    );
    const formulaRejects = join(dir, 'formula-rejects.csv');
    const imported = await runBin([
      '--db',
      db,
      'companies',
      'import',
      file,
      '--errors',
      formulaRejects,
      '--force',
    ]);
    expect(imported.code, imported.stderr).toBe(1);
    expect(imported.stderr).toContain("Navn: name starts with '='");
    const formulaReport = readFileSync(formulaRejects, 'utf8');
    expect(formulaReport).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(formulaReport).not.toMatch(/;"?=HYPERLINK/);

    // A name stored before that rule: csv output neutralises it, json keeps it as it is.
    const stored = await runBin([
      '--db',
      db,
      'companies',
      'import',
      writeCsv(
        'formula-clean.csv',
        '910000004;Evil AS;faktura@evil.example;Kari Nordmann;kari@evil.example;91234567',
      ),
      '--force',
    ]);
    expect(stored.code, stored.stderr).toBe(0);
    setCompanyField('910000004', 'name', formula);
    const csv = await runBin(['--db', db, 'companies', 'find', '910000004', '--format', 'csv']);
    expect(csv.stdout).toContain(`910000004,"'=HYPERLINK(""http://evil.example"",""x"")"`);
    const list = await runBin(['--db', db, 'companies', 'list', '--all', '--format', 'csv']);
    expect(list.stdout).toContain(`910000004,"'=HYPERLINK(""http://evil.example"",""x"")"`);
    // json keeps the value as it is: only spreadsheets run formulas.
    const json = await runBin(['--db', db, 'companies', 'find', '910000004', '--format', 'json']);
    expect(JSON.parse(json.stdout)[0].name).toBe(formula);

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
  /**
   * The demo set's dates move to the day it is loaded (manifest `dates_relative_to`), so unit 17 (written
   * for 11 Jan 2027 07:00 UTC) is read back from the database and put into Oslo time here, with Intl, not
   * with kursdesk's own formatting.
   */
  function unit17InOslo(): { table: string; iso: string } {
    const sqlite = new Database(db, { readonly: true });
    const row = sqlite.prepare('select starts_at from course_units where id = 17').get() as {
      starts_at: string | number;
    };
    sqlite.close();
    const at = new Date(row.starts_at);
    // Whole days only: the unit still starts at 07:00 UTC.
    expect(at.getUTCHours()).toBe(7);
    const part = (options: Intl.DateTimeFormatOptions, locale = 'en-GB') =>
      Object.fromEntries(
        new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Oslo', ...options })
          .formatToParts(at)
          .map((p) => [p.type, p.value]),
      );
    const p = part({
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'longOffset',
    });
    const month = part({ month: 'short' }).month;
    const offset = (p.timeZoneName as string).replace('GMT', '') || '+00:00';
    return {
      table: `${Number(p.day)} ${month} ${p.year} ${p.hour}:${p.minute}`,
      iso: `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:00${offset}`,
    };
  }

  /** The SV-300 units of 2027 in the demo data, in a format. */
  const units = (...format: string[]) =>
    runBin(['--db', db, 'units', 'list', '--course', 'SV-300', '--from', '2027-01-01', ...format]);

  it('shows a unit at 08:00 Oslo time in a table and ISO 8601 with the offset in json and csv', async () => {
    const expected = unit17InOslo();
    // Winter time: 07:00 UTC is 08:00 in Oslo (the unit stays in winter until the demo is loaded after mid-March).
    if (expected.iso.endsWith('+01:00')) expect(expected.table).toMatch(/ 08:00$/);
    const table = await units();
    expect(table.stdout).toContain(expected.table);
    expect(table.stdout).not.toContain('07:00:00.000Z');
    const json = await units('--format', 'json');
    expect(JSON.parse(json.stdout).map((u: { starts_at: string }) => u.starts_at)).toContain(expected.iso);
    const csv = await units('--format', 'csv');
    expect(csv.stdout).toContain(expected.iso);
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

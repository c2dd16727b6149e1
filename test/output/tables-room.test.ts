// A table cuts a value only when its line is truly full: the guided mode's W1 shows a long name whole at
// 80 columns (on the demo data, both databases), a clipped column gets its room back while the line has
// some, and the terminal tables at 80 and 60 columns keep a long name whole; json keeps every value.
import { afterAll, describe, expect, it } from 'vitest';
import { forgotEmail } from '../../src/guided/flows/account.js';
import { clip, table } from '../../src/guided/show.js';
import { type ListView, render } from '../../src/output/render.js';
import { removeScratch } from '../fixtures/support.js';
import { scriptedSession } from '../guided/script.js';
import { DIALECTS, stopTestServers } from '../helpers/databases.js';
import { useDemoDatabase } from '../helpers/demo-db.js';
import { testDeps } from '../helpers/deps.js';
import { renderTerminal } from '../helpers/render-terminal.js';

afterAll(async () => {
  removeScratch();
  await stopTestServers();
});

const NAME = 'Sigurd Einar Danielsen';

describe.each(DIALECTS)('the guided W1 table on %s', (dialect) => {
  const t = useDemoDatabase(dialect);

  it('shows a 22-letter name whole when the line has room', async () => {
    const script = scriptedSession(
      testDeps(t.db),
      [
        [/Fullt navn/, NAME],
        [/Fødselsdato/, '04.06.77'],
        [/e-postadresser/, 'sigurd.danielsen77@epost.test'],
        [/Svar til å lime inn/, 'ikke noe svar'],
        [/nå\?/, false],
      ],
      { lang: 'nb' },
    );
    await forgotEmail(script.session);
    const row = script
      .out()
      .split('\n')
      .find((l) => l.includes('Sigurd'));
    expect(row).toBeDefined();
    expect(row).toContain(NAME);
    expect(row).not.toContain('…');
  });
});

describe('a guided table with clipped cells', () => {
  it('gives a clipped cell its whole text while the line has room', () => {
    const text = table(['id', 'name', 'born'], [['3', NAME, '04.06.1977']], { give: { 1: 20 } });
    expect(text).toContain(`${NAME}  04.06.1977`);
    expect(text).not.toContain('…');
  });

  it('cuts only when the line is full, the widest clipped column first, never below its clip width', () => {
    const course = 'SV-300 Sikkerhetsvakt – grunnopplæring med praktisk prøve';
    const step = 'meld på en dato: 12.01.2027 Øvingssporet, Ski (24 ledige plasser)';
    const text = table(['kurs', 'status', 'neste steg'], [[course, 'mangler', step]], {
      give: { 0: 28, 2: 38 },
    });
    const lines = text.trimEnd().split('\n');
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(80);
    const row = lines[1] ?? '';
    // The line is full (80), and both clipped columns keep at least what the flow gave them.
    expect(row.length).toBe(80);
    expect(row).toContain(clip(course, 28).slice(0, 27));
    expect(row).toContain(step.slice(0, 37));
  });
});

const LEARNERS: ListView = {
  kind: 'list',
  rows: [
    {
      id: 3,
      name: NAME,
      birth_date: '1977-06-04',
      email: 's***@epost.test',
      status: 'active',
      place: 'Øvingssporet, Ski',
    },
    {
      id: 4,
      name: 'Kari Nordmann',
      birth_date: '1986-10-15',
      email: 'k***@nordbane.test',
      status: 'active',
      place: 'Oslo',
    },
  ],
  columns: ['id', 'name', 'birth_date', 'email', 'status', 'place'],
  idField: 'id',
};

describe('terminal tables keep a long name whole', () => {
  for (const columns of [80, 60]) {
    it(`at ${columns} columns`, async () => {
      const { ctx, text } = renderTerminal(columns);
      await render(ctx, LEARNERS);
      expect(text()).toContain(NAME);
      expect(text()).not.toContain('…');
      for (const line of text().trimEnd().split('\n')) expect(line.length).toBeLessThanOrEqual(columns);
    });
  }

  it('json keeps every value whole', async () => {
    const { ctx, text } = renderTerminal(60, 'json');
    await render(ctx, LEARNERS, 'json');
    expect(JSON.parse(text())[0].name).toBe(NAME);
  });
});

describe('a wrapped column keeps its header whole', () => {
  it('spreads a header wider than its column over lines instead of cutting it', async () => {
    const view: ListView = {
      kind: 'list',
      rows: [
        { id: 1, name: NAME, email: 's***@epost.test', birth_date_match: 'not given, and the note goes on' },
      ],
      columns: ['id', 'name', 'email', 'birth_date_match'],
      idField: 'id',
    };
    const { ctx, text } = renderTerminal(66);
    await render(ctx, { ...view, rows: [...view.rows, ...view.rows] });
    expect(text()).not.toContain('…');
    expect(text().replace(/[│\s]+/g, '')).toContain('birth_date_match');
    for (const line of text().trimEnd().split('\n')) expect(line.length).toBeLessThanOrEqual(66);
  });
});

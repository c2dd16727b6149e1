// What a bokmål agent still read in English (sixth pass): a name comparison's details coded where
// they are made (no English read back and translated), the outbox's kinds of mail, a link's delivery
// and the labels of an account's record view. English screens stay as they were, byte for byte, and
// json, csv and yaml keep the English the records always held.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { text } from '../../src/domain/messages/index.js';
import { recordWordNb } from '../../src/domain/messages/nbtext4.js';
import { compareNames } from '../../src/domain/name-matching.js';
import type { TriageResult } from '../../src/domain/triage/types.js';
import { entries } from '../../src/guided/menu.js';
import { runCli } from '../helpers/cli.js';
import { DIALECTS } from '../helpers/databases.js';
import { useDemoDatabase } from '../helpers/demo-db.js';

const NB = { KURSDESK_LANG: 'nb' };

describe("a name comparison's details, coded where they are made", () => {
  it.each([
    [
      'Kari Nordman',
      'Kari',
      'Nordmann',
      "close (spelling variant: 'nordman' for 'nordmann')",
      'nær (annen skrivemåte: «nordman» for «nordmann»)',
    ],
    [
      'Hansen H',
      'Hilde',
      'Hansen',
      "close (initial: 'h' for 'hilde'; first and last name swapped)",
      'nær (forbokstav: «h» for «hilde»; fornavn og etternavn byttet om)',
    ],
    [
      'Kari Nordmnan',
      'Kari',
      'Nordmann',
      "close (1 typo: 'nordmnan' for 'nordmann')",
      'nær (1 skrivefeil: «nordmnan» for «nordmann»)',
    ],
    [
      'Mange Olsen',
      'Magnus',
      'Olsen',
      "close (pet form: 'mange' for 'magnus')",
      'nær (kallenavn: «mange» for «magnus»)',
    ],
    [
      'Alex Nilsen',
      'Aleksander',
      'Nilsen',
      "close (short form: 'alex' for 'aleksander')",
      'nær (kortform: «alex» for «aleksander»)',
    ],
    [
      'Per Andresen',
      'Per',
      'Andersen',
      "close ('andresen' is itself a common name, read as 'andersen' (name evidence alone cannot tell))",
      'nær («andresen» er selv et vanlig navn, lest som «andersen» (navnet alene kan ikke avgjøre det))',
    ],
    [
      'Per Hansen',
      'Ole',
      'Hansen',
      "different (given name 'ole' not written; 'per' not in the account's name; given name differs)",
      'ulikt (fornavnet «ole» er ikke skrevet; «per» står ikke i kontoens navn; fornavnet er et annet)',
    ],
    [
      'Kari Hansen',
      'Kari',
      'Nordmann',
      "different (family name 'nordmann' not written; 'hansen' not in the account's name; family name differs)",
      'ulikt (etternavnet «nordmann» er ikke skrevet; «hansen» står ikke i kontoens navn; etternavnet er et annet)',
    ],
    [
      'Karianne Nordmann',
      'Kari Anne',
      'Nordmann',
      'close (written with different spacing or hyphens)',
      'nær (skrevet med andre mellomrom eller bindestreker)',
    ],
    [
      'LarsrHaugen',
      'Lars',
      'Haugen',
      'close (words joined or split differently; a slip in the letters or a given name left out as well)',
      'nær (ordene skrevet sammen eller delt annerledes; i tillegg en skrivefeil eller et fornavn utelatt)',
    ],
    ['', 'Kari', 'Nordmann', 'different (no name to compare)', 'ulikt (ikke noe navn å sammenligne)'],
    ['Kari Nordmann', 'Kari', 'Nordmann', 'exact', 'nøyaktig'],
  ])('%j for %s %s: English as always, bokmål from the same words', (written, given, family, en, nb) => {
    const names = compareNames(written, given, family);
    for (const detail of names.details) expect(detail.code).toMatch(/^name-detail\./);
    const match = text('name-match', { kind: names.kind, details: names.details });
    expect(match.in('en')).toBe(en);
    expect(match.in('nb')).toBe(nb);
    expect(JSON.stringify({ name_match: match })).toBe(JSON.stringify({ name_match: en }));
  });

  it("users duplicates' names alike: the details in bokmål, English as before", () => {
    const names = compareNames('Kari Nordmnan', 'Kari', 'Nordmann');
    const reason = text('duplicates.names-alike', { details: names.details });
    expect(reason.in('en')).toBe("same birth date, names alike (1 typo: 'nordmnan' for 'nordmann')");
    expect(reason.in('nb')).toBe(
      'samme fødselsdato, navnene ligner (1 skrivefeil: «nordmnan» for «nordmann»)',
    );
  });

  it("the outbox's kinds of mail and a link's delivery in bokmål", () => {
    expect(recordWordNb('kind', 'link.activation')).toBe('aktiveringslenke');
    expect(recordWordNb('kind', 'seat.promoted')).toBe('fått plass fra venteliste');
    const mailed = text('link.delivery', { message: { id: 2, status: 'sent' } });
    expect([mailed.in('en'), mailed.in('nb')]).toEqual(['mail #2 sent', 'e-post #2 sendt']);
    const handed = text('link.delivery', { message: null });
    expect([handed.in('en'), handed.in('nb')]).toEqual(['agent', 'i svaret']);
  });
});

/** File → inline {nb, en} pairs left in the guided mode: none (a new one belongs in the catalogue). */
const PAIRS_LEFT: Readonly<Record<string, number>> = {};
const INLINE_PAIR = /\{ ?nb: ?['"`]|^\s+nb: ['"`]/gm;

describe("the guided mode's words in pairs, moved to the catalogue", () => {
  it('the menu of FAQ questions is coded (guided-labels.menu-*), its words as before', () => {
    const menu = entries({ readTicket: async () => ({}) as TriageResult });
    for (const e of menu) expect(e.label.code, e.key).toMatch(/^guided-labels\.menu-/);
    expect(menu.find((e) => e.key === 'W7')?.label.in('nb')).toBe('Firmaet finnes ikke i listen');
    expect(menu.find((e) => e.key === 'W7')?.label.in('en')).toBe('Company not in the list');
  });

  it('no flow writes a {nb, en} pair or say(nb, en)', () => {
    const root = join(import.meta.dirname, '..', '..');
    const found: Record<string, number> = {};
    for (const folder of ['src/guided', 'src/guided/flows']) {
      for (const name of readdirSync(join(root, folder))) {
        if (!name.endsWith('.ts')) continue;
        const source = readFileSync(join(root, folder, name), 'utf8');
        const count = source.match(INLINE_PAIR)?.length ?? 0;
        if (count > 0) found[`${folder}/${name}`] = count;
        // employer.ts's ask(field, nb, en) passed its words on to say(): none is left.
        expect(source, name).not.toMatch(/(?<![\w.])say\(/);
      }
    }
    expect(found).toEqual(PAIRS_LEFT);
  });
});

describe.each(DIALECTS)('on %s with the demo data', (dialect) => {
  const demo = useDemoDatabase(dialect);
  const cli = (argv: string[], env?: Record<string, string>) =>
    runCli(argv, { db: demo.url, ...(env ? { env } : {}) });

  it("mail list's kind and links list's delivery in bokmål; English and json as before", async () => {
    const nb = await cli(['mail', 'list', '--fields', 'id,kind'], NB);
    expect(nb.code, nb.stderr).toBe(0);
    expect(nb.stdout).toMatch(/ lenke for nytt passord\n/);
    expect(nb.stdout).toMatch(/ aktiveringslenke\n/);
    expect(nb.stdout).not.toMatch(/link\./);
    const en = await cli(['mail', 'list', '--fields', 'id,kind']);
    expect(en.stdout).toMatch(/ link\.reset\n/);
    const json = await cli(['mail', 'list', '--format', 'json'], NB);
    expect(json.stdout).toContain('"kind": "link.reset"');

    const links = await cli(['links', 'list', '303', '--fields', 'link,delivery'], NB);
    expect(links.code, links.stderr).toBe(0);
    expect(links.stdout).toMatch(/ e-post #2 sendt\n/);
    const linksEn = await cli(['links', 'list', '303', '--fields', 'link,delivery']);
    expect(linksEn.stdout).toMatch(/ mail #2 sent\n/);
    const linksJson = await cli(['links', 'list', '303', '--format', 'json'], NB);
    expect(linksJson.stdout).toContain('"delivery": "mail #2 sent"');
  });

  it('users find: no English detail on a bokmål screen; English, json and csv as before', async () => {
    const find = ['users', 'find', '--name', 'Nordmann, K.', '--birthdate', '15.10.86'];
    const nb = await cli(find, NB);
    expect(nb.code, nb.stderr).toBe(0);
    expect(nb.stdout).toContain('nær (forbokstav: «k» for «kari»)');
    expect(nb.stdout).not.toMatch(/initial|close \(|'k' for/);
    const en = await cli(find);
    expect(en.stdout).toContain("close (initial: 'k' for 'kari')");
    for (const format of ['json', 'csv', 'yaml']) {
      const nbOut = await cli([...find, '--format', format], NB);
      expect(nbOut.stdout, format).toBe((await cli([...find, '--format', format])).stdout);
      expect(nbOut.stdout, format).toContain("initial: 'k' for 'kari'");
    }
  });

  it("users show: an account's labels in bokmål on a bokmål screen; English labels and json as before", async () => {
    const nb = await cli(['users', 'show', '301'], NB);
    expect(nb.code, nb.stderr).toBe(0);
    expect(nb.stdout).toMatch(/^navn {2,}Kari Nordmann$/m);
    expect(nb.stdout).toMatch(/^fødselsdato {2,}1986-10-15$/m);
    expect(nb.stdout).toMatch(/^HMS-kortets alder {2,}1 år$/m);
    expect(nb.stdout).not.toMatch(/^(name|birth_date|account_type|hms_card_age) /m);
    const en = await cli(['users', 'show', '301']);
    expect(en.stdout).toMatch(/^name {2,}Kari Nordmann$/m);
    expect(en.stdout).toMatch(/^hms_card_renewal_due {4}\d{4}-\d\d-\d\d$/m);
    const json = await cli(['users', 'show', '301', '--format', 'json'], NB);
    expect(json.stdout).toContain('"birth_date": "1986-10-15"');
  });

  it('courses why-hidden: the verdict line, effect and explanation in bokmål; English and json as before', async () => {
    const why = ['courses', 'why-hidden', 'ELS-700', '--user', '1'];
    const nb = await cli(why, NB);
    expect(nb.code, nb.stderr).toBe(0);
    expect(nb.stdout).toMatch(/^vurdering: skjult: ELS-700 for .+ \(bruker 1, kontotype gratis\)\n/);
    expect(nb.stdout).toMatch(/ skjult +ELS-700 er et betalingskurs som full-kontoer ser;/);
    expect(nb.stdout).not.toMatch(/verdict|hidden|paid course/);
    const en = await cli(why);
    expect(en.stdout).toMatch(/^verdict: hidden: ELS-700 for .+ \(learner 1, free account\)\n/);
    expect(en.stdout).toMatch(/ hidden +ELS-700 is a paid course, seen by full accounts;/);
    for (const format of ['json', 'csv', 'yaml']) {
      const nbOut = await cli([...why, '--format', format], NB);
      expect(nbOut.stdout, format).toBe((await cli([...why, '--format', format])).stdout);
      expect(nbOut.stdout, format).toContain('is a paid course');
      expect(nbOut.stderr, format).toMatch(/verdict: hidden: ELS-700/);
    }
  });

  it("programmes status's missing, units requests' any place and courses list's account types in bokmål", async () => {
    const status = await cli(['programmes', 'status', '42', '--fields', 'course,status'], NB);
    expect(status.code, status.stderr).toBe(0);
    expect(status.stdout).toMatch(/ mangler\n/);
    expect(status.stdout).not.toMatch(/ missing\n/);
    expect((await cli(['programmes', 'status', '42', '--fields', 'course,status'])).stdout).toMatch(
      / missing\n/,
    );
    const requests = await cli(['units', 'requests', '--fields', 'course,place'], NB);
    expect(requests.stdout).toMatch(/ \(hvor som helst\)\n/);
    expect((await cli(['units', 'requests', '--fields', 'course,place'])).stdout).toMatch(/ \(any place\)\n/);
    const courses = await cli(['courses', 'list', '--fields', 'code,visible_to'], NB);
    expect(courses.stdout).toMatch(/^SIK-100 +gratis,full,fører$/m);
    const coursesEn = await cli(['courses', 'list', '--fields', 'code,visible_to']);
    expect(coursesEn.stdout).toMatch(/^SIK-100 +free,full,driver$/m);
    const json = await cli(['courses', 'list', '--format', 'json'], NB);
    expect(json.stdout).not.toContain('gratis');
  });

  it("courses search's matched column in bokmål; English, json and csv as before", async () => {
    const search = ['courses', 'search', 'sikerhet', '--fields', 'code,matched'];
    const nb = await cli(search, NB);
    expect(nb.code, nb.stderr).toBe(0);
    expect(nb.stdout).toMatch(/^SIK-100 +tittel «sikkerhet» ≈ «sikerhet» \(1 skrivefeil\)$/m);
    expect(nb.stdout).not.toMatch(/title|typo/);
    const en = await cli(search);
    expect(en.stdout).toMatch(/^SIK-100 +title "sikkerhet" ≈ "sikerhet" \(1 typo\)$/m);
    for (const format of ['json', 'csv', 'yaml']) {
      const nbOut = await cli([...search, '--format', format], NB);
      expect(nbOut.stdout, format).toBe((await cli([...search, '--format', format])).stdout);
    }
    // A list of coded words in csv is the words joined, not a JSON list.
    const csv = await cli(['courses', 'search', 'SIK 100', '--fields', 'code,matched', '--format', 'csv']);
    expect(csv.stdout).toMatch(/^code,matched\nSIK-100,code SIK-100\nSIK-110,"code ""sik"""\n/);
  });

  it("links issue --dry-run: the link's status and delivery in bokmål, the dry-run note too", async () => {
    const portal = { KURSDESK_PORTAL_URL: 'https://kurs.example.no' };
    const issue = ['links', 'issue', '303', '--dry-run'];
    const nb = await cli(issue, { ...NB, ...portal });
    expect(nb.code, nb.stderr).toBe(0);
    expect(nb.stdout).toMatch(/^status +prøvekjøring$/m);
    expect(nb.stdout).toMatch(/^delivery +i svaret$/m);
    expect(nb.stderr).toMatch(/gyldig til .+ \(i svaret\)\n/);
    const en = await cli(issue, portal);
    expect(en.stdout).toMatch(/^status +dry run$/m);
    expect(en.stdout).toMatch(/^delivery +agent$/m);
    expect(en.stderr).toMatch(/valid until .+ \(agent\)\n/);
    const json = await cli([...issue, '--format', 'json'], { ...NB, ...portal });
    expect(json.stdout).toContain('"status": "dry run"');
    expect(json.stdout).toContain('"delivery": "agent"');
  });

  it('users find in a terminal: the evidence under a candidate with bokmål labels', async () => {
    const find = ['users', 'find', '--name', 'Kari Nordman', '--birthdate', '15.10.86'];
    const nb = await runCli(find, { db: demo.url, env: NB, tty: true });
    expect(nb.code, nb.stderr).toBe(0);
    expect(nb.stdout).toMatch(/navnet: nær/);
    expect(nb.stdout).not.toMatch(/name_match:|birth_date_match:|email_match:/);
    const en = await runCli(find, { db: demo.url, tty: true });
    expect(en.stdout).toMatch(/name_match: close/);
  });
});

// Record words on a bokmål agent's screen (fourth pass): a unit's `open`, a certificate's `valid`, a
// result's `passed`, an HMS card's age, a register unit's `main unit` and the e-invoice hint are said
// in bokmål in tables and records; English screens and --format json keep the record's words.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordWordNb } from '../../src/domain/messages/nbtext4.js';
import { runCli } from '../helpers/cli.js';
import { DIALECTS } from '../helpers/databases.js';
import { useDemoDatabase } from '../helpers/demo-db.js';
import { runBin } from '../helpers/e2e.js';

const NB = { KURSDESK_LANG: 'nb' };

describe('record words in bokmål, by the field that holds them', () => {
  it.each([
    ['result', 'passed', 'bestått'],
    ['result', 'failed', 'ikke bestått'],
    ['status', 'valid', 'gyldig'],
    ['status', 'expired', 'utløpt'],
    ['state', 'open', 'åpen'],
    ['state', 'expired', 'utløpt'],
    ['unit', 'main unit', 'hovedenhet'],
    ['unit', 'subunit', 'underenhet'],
    ['status', 'inactive', 'inaktiv'],
  ])('%s %j → %j', (field, value, nb) => {
    expect(recordWordNb(field, value)).toBe(nb);
  });

  it('a name or title that reads like a record word stays as written', () => {
    expect(recordWordNb('name', 'passed')).toBe('passed');
    expect(recordWordNb('title', 'open')).toBe('open');
    expect(recordWordNb('state', 'something new')).toBe('something new');
  });
});

describe.each(DIALECTS)('on %s with the demo data', (dialect) => {
  const demo = useDemoDatabase(dialect);

  it('units list: state åpen in bokmål, open in English and json', async () => {
    const nb = await runCli(['units', 'list'], { db: demo.url, env: NB });
    expect(nb.code, nb.stderr).toBe(0);
    expect(nb.stdout).toMatch(/ åpen\n/);
    expect(nb.stdout).not.toMatch(/ open\n/);
    const en = await runCli(['units', 'list'], { db: demo.url });
    expect(en.stdout).toMatch(/ open\n/);
    const json = await runCli(['units', 'list', '--format', 'json'], { db: demo.url, env: NB });
    expect(json.stdout).toContain('"state": "open"');
  });

  it("certificates list: a valid certificate is gyldig; users show: the HMS card's age in bokmål", async () => {
    const nb = await runCli(['certificates', 'list', '2'], { db: demo.url, env: NB });
    expect(nb.code, nb.stderr).toBe(0);
    expect(nb.stdout).toMatch(/ gyldig\n/);
    const en = await runCli(['certificates', 'list', '2'], { db: demo.url });
    expect(en.stdout).toMatch(/ valid\n/);
    const shown = await runCli(['users', 'show', '2'], { db: demo.url, env: NB });
    // The label is bokmål on a bokmål screen too (nbtext6).
    expect(shown.stdout).toMatch(/HMS-kortets alder +\d+ (år|måneder?)\b/);
    const json = await runCli(['users', 'show', '2', '--format', 'json'], { db: demo.url, env: NB });
    expect(json.stdout).toMatch(/"hms_card_age": "\d+ (years?|months?)/);
  });

  it('registry lookup: main unit and the e-invoice hint in bokmål', async () => {
    const nb = await runCli(['registry', 'lookup', '913556208'], { db: demo.url, env: NB });
    expect(nb.code, nb.stderr).toBe(0);
    expect(nb.stdout).toMatch(/unit +hovedenhet\n/);
    expect(nb.stdout).toMatch(/e_invoice +(ukjent|trolig ja)/);
    const en = await runCli(['registry', 'lookup', '913556208'], { db: demo.url });
    expect(en.stdout).toMatch(/unit +main unit\n/);
    expect(en.stdout).toMatch(/e_invoice +(unknown|probably yes)/);
  });

  it('registry lookup of a number not in the extract: the e-invoice hint in bokmål', async () => {
    const nb = await runCli(['registry', 'lookup', '988077917'], { db: demo.url, env: NB });
    expect(nb.stderr).toMatch(/\(e-faktura: (ukjent|trolig ja)[^)]*\)/);
    expect(nb.stderr).not.toContain('not listed');
    const en = await runCli(['registry', 'lookup', '988077917'], { db: demo.url });
    expect(en.stderr).toMatch(/\(e-invoice: (unknown|probably yes)[^)]*\)/);
  });
});

describe("companies import's header problems, coded across the worker thread (the built CLI)", () => {
  it('missing required columns and a column clash in bokmål; English as before', async () => {
    const file = join(tmpdir(), `kursdesk-nbtext4-${process.pid}.csv`);
    writeFileSync(file, 'Orgnr,Organisasjonsnummer,name,contact_name\n912346978,912346978,A AS,Kari\n');
    const argv = ['--db', join(tmpdir(), `kursdesk-nbtext4-${process.pid}.sqlite`), 'companies', 'import'];
    const nb = await runBin([...argv, file, '--dry-run'], { env: NB });
    expect(nb.code).not.toBe(0);
    expect(nb.stderr).toContain(
      `${file}: linje 1: påkrevde kolonner mangler: contact_email (på norsk Kontakt e-post), contact_phone (på norsk Kontakttelefon); kolonnene «Orgnr» og «Organisasjonsnummer» gir begge org_number; ingenting ble importert\n`,
    );
    const en = await runBin([...argv, file, '--dry-run']);
    expect(en.stderr).toContain(
      `${file}: line 1: missing required columns: contact_email (contact person's e-mail; in Norwegian Kontakt e-post), contact_phone (contact person's phone; in Norwegian Kontakttelefon); columns 'Orgnr' and 'Organisasjonsnummer' both give the organisation number; nothing was imported\n`,
    );
  });
});

// The register's phrases and the HMS card's age on a bokmål agent's screen (fifth pass): coded where
// they are made, so a table or record says them in bokmål from the facts, while English screens and
// json, csv and yaml keep the English words the records always held.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { elmaHint, unitStatusPhrase } from '../../src/domain/companies/register-rules.js';
import { age, ageText } from '../../src/domain/dates.js';
import { text } from '../../src/domain/messages/index.js';
import { recordWordNb } from '../../src/domain/messages/nbtext4.js';
import { runCli } from '../helpers/cli.js';
import { DIALECTS } from '../helpers/databases.js';
import { useDemoDatabase } from '../helpers/demo-db.js';
import { runBin } from '../helpers/e2e.js';

const NB = { KURSDESK_LANG: 'nb' };

describe('coded at the source: English word for word as before, bokmål from the same facts', () => {
  it.each([
    ['2025-05-01', '2026-12-07', '1 year 7 months', '1 år 7 måneder'],
    ['2024-12-07', '2026-12-07', '2 years', '2 år'],
    ['2026-11-07', '2026-12-07', '1 month', '1 måned'],
    ['2026-12-01', '2026-12-07', '0 months', '0 måneder'],
  ])('an HMS card registered %s, seen %s: %j / %j', (from, to, en, nb) => {
    expect(ageText(from, to)).toBe(en);
    expect(age(from, to).in('en')).toBe(en);
    expect(age(from, to).in('nb')).toBe(nb);
    expect(JSON.stringify({ age: age(from, to) })).toBe(JSON.stringify({ age: en }));
  });

  it('the e-invoice hint, with and without an ELMA extract', () => {
    const state = (elmaDate: string | null) => ({ brregDate: '2026-12-05', elmaDate });
    expect(elmaHint(true, state('2026-12-05')).in('en')).toBe(
      'probably yes: listed as 0192 participant in the extract of 2026-12-05',
    );
    expect(elmaHint(false, state('2026-12-05')).in('nb')).toBe(
      'ukjent: ikke oppført i uttrekket fra 2026-12-05',
    );
    expect(elmaHint(false, state(null)).in('en')).toBe('unknown (no ELMA/Peppol extract loaded)');
    expect(elmaHint(false, state(null)).in('nb')).toBe('ukjent (ikke lastet noe ELMA/Peppol-uttrekk)');
  });

  it("a unit's status phrase", () => {
    const unit = {
      org_number: '988765120',
      name: 'Dovre Testdrift AS',
      bankrupt: true,
      under_liquidation: false,
      compulsory_dissolution: false,
      deleted_on: null,
      closed_on: null,
    } as unknown as Parameters<typeof unitStatusPhrase>[0];
    expect(unitStatusPhrase(unit).in('en')).toBe('bankrupt (konkurs)');
    expect(unitStatusPhrase(unit).in('nb')).toBe('konkurs');
  });

  it('audit verify with an anchor, in both languages', () => {
    const later = text('audit.intact', { checked: 12, anchor: { at: 9, headId: 12 } });
    expect(later.in('en')).toBe('audit log intact: 12 entries, the anchored entry 9 and 3 after it');
    expect(later.in('nb')).toBe(
      'revisjonsloggen er hel: 12 oppføringer, den forankrede oppføringen 9 og 3 etter den',
    );
    const atHead = text('audit.intact', { checked: 1, anchor: { at: 1, headId: 1 } });
    expect(atHead.in('en')).toBe('audit log intact: 1 entries, up to the anchored entry 1');
    expect(atHead.in('nb')).toBe(
      'revisjonsloggen er hel: 1 oppføring, til og med den forankrede oppføringen 1',
    );
  });

  it('whether the unit is a customer', () => {
    const yes = text('register.customer', { customer: { name: 'Testbane AS', status: 'inactive' } });
    expect(yes.in('en')).toBe('yes: Testbane AS (inactive)');
    expect(yes.in('nb')).toBe('ja: Testbane AS (inaktiv)');
    expect(text('register.customer', { customer: null }).in('nb')).toBe('nei');
  });
});

describe('status, state and kind words in bokmål, by the field that holds them', () => {
  it.each([
    ['status', 'failed', 'feilet'],
    ['result', 'failed', 'ikke bestått'],
    ['status', 'sent', 'sendt'],
    ['status', 'pending', 'venter'],
    ['status', 'used', 'brukt'],
    ['status', 'superseded', 'erstattet'],
    ['status', 'waitlisted', 'på venteliste'],
    ['status', 'valid', 'gyldig'],
    ['state', 'overdue', 'forfalt'],
    ['state', 'due', 'skal fornyes'],
    ['state', 'applied', 'kjørt'],
    ['state', 'open', 'åpen'],
    ['state', 'expiring', 'utløper snart'],
    ['kind', 'classroom', 'klasserom'],
    ['kind', 'e-learning', 'e-læring'],
    ['kind', 'reset', 'nytt passord'],
    // The outbox's kinds of mail are said in bokmål too (nbtext6).
    ['kind', 'link.reset', 'lenke for nytt passord'],
    ['name', 'sent', 'sent'],
  ])('%s %j → %j', (field, value, nb) => {
    expect(recordWordNb(field, value)).toBe(nb);
  });
});

describe.each(DIALECTS)('on %s with the demo data', (dialect) => {
  const demo = useDemoDatabase(dialect);

  it('mail list: a mail that could not be sent is feilet (not ikke bestått), sent is sendt; json in English', async () => {
    const nb = await runCli(['mail', 'list', '--fields', 'id,status'], { db: demo.url, env: NB });
    expect(nb.code, nb.stderr).toBe(0);
    expect(nb.stdout).toMatch(/ feilet\n/);
    expect(nb.stdout).toMatch(/ sendt\n/);
    expect(nb.stdout).not.toMatch(/ikke bestått| sent\n| failed\n/);
    const en = await runCli(['mail', 'list', '--fields', 'id,status'], { db: demo.url });
    expect(en.stdout).toMatch(/ failed\n/);
    const json = await runCli(['mail', 'list', '--format', 'json'], { db: demo.url, env: NB });
    expect(json.stdout).toContain('"status": "failed"');
  });

  it('users duplicates: the reason in bokmål, English in json; audit verify says the log is whole', async () => {
    const nb = await runCli(['users', 'duplicates'], { db: demo.url, env: NB });
    expect(nb.code, nb.stderr).toBe(0);
    expect(nb.stdout).toMatch(/ samme navn og fødselsdato$/m);
    expect(nb.stdout).not.toContain('same name');
    const en = await runCli(['users', 'duplicates'], { db: demo.url });
    expect(en.stdout).toMatch(/ same name and birth date$/m);
    const json = await runCli(['users', 'duplicates', '--format', 'json'], { db: demo.url, env: NB });
    expect(json.stdout).toContain('"reason": "same name and birth date"');
    const audit = await runCli(['audit', 'verify'], { db: demo.url, env: NB });
    expect(audit.code, audit.stderr).toBe(0);
    expect(audit.stdout).toMatch(/^revisjonsloggen er hel: \d+ oppføring(er)?\n$/);
    const enAudit = await runCli(['audit', 'verify'], { db: demo.url });
    expect(enAudit.stdout).toMatch(/^audit log intact: \d+ entries\n$/);
  });

  it('reports hms, courses list, db status and links list: their words in bokmål', async () => {
    const hms = await runCli(['reports', 'hms', '--fields', 'id,state'], { db: demo.url, env: NB });
    expect(hms.code, hms.stderr).toBe(0);
    expect(hms.stdout).toMatch(/ forfalt\n/);
    expect(hms.stdout).not.toMatch(/ overdue\n/);
    const courses = await runCli(['courses', 'list', '--fields', 'code,kind'], { db: demo.url, env: NB });
    expect(courses.stdout).toMatch(/ klasserom\n/);
    expect(courses.stdout).toMatch(/ e-læring\n/);
    const enCourses = await runCli(['courses', 'list', '--fields', 'code,kind'], { db: demo.url });
    expect(enCourses.stdout).toMatch(/ classroom\n/);
    const db = await runCli(['db', 'status'], { db: demo.url, env: NB });
    expect(db.stdout).toMatch(/ kjørt /);
    expect(db.stdout).not.toMatch(/ applied /);
    const links = await runCli(['links', 'list', '2', '--fields', 'link,kind,status'], {
      db: demo.url,
      env: NB,
    });
    expect(links.stdout).toMatch(/nytt passord +brukt\n/);
  });

  it("companies list: a customer's status aktiv in bokmål, active in English and json", async () => {
    const nb = await runCli(['companies', 'list'], { db: demo.url, env: NB });
    expect(nb.code, nb.stderr).toBe(0);
    expect(nb.stdout).toMatch(/ aktiv /);
    expect(nb.stdout).toMatch(/ inaktiv /);
    expect(nb.stdout).not.toMatch(/ (in)?active /);
    const en = await runCli(['companies', 'list'], { db: demo.url });
    expect(en.stdout).toMatch(/ active /);
    const json = await runCli(['companies', 'list', '--format', 'json'], { db: demo.url, env: NB });
    expect(json.stdout).toContain('"status": "active"');
  });

  it('registry lookup: status, e-invoice and customer in bokmål; English, json and csv as before', async () => {
    const nb = await runCli(['registry', 'lookup', '912837459'], { db: demo.url, env: NB });
    expect(nb.code, nb.stderr).toBe(0);
    expect(nb.stdout).toMatch(/status_text +aktiv\n/);
    expect(nb.stdout).toMatch(
      /e_invoice +trolig ja: oppført som 0192-deltaker i uttrekket fra \d{4}-\d\d-\d\d\n/,
    );
    expect(nb.stdout).toMatch(/customer +ja: Bane og Signal Norge AS \(aktiv\)\n/);
    const notCustomer = await runCli(['registry', 'lookup', '913556208'], { db: demo.url, env: NB });
    expect(notCustomer.stdout).toMatch(/customer +nei\n/);
    const en = await runCli(['registry', 'lookup', '912837459'], { db: demo.url });
    expect(en.stdout).toMatch(/status_text +active\n/);
    expect(en.stdout).toMatch(/customer +yes: Bane og Signal Norge AS \(active\)\n/);
    const json = JSON.parse(
      (await runCli(['registry', 'lookup', '912837459', '--format', 'json'], { db: demo.url, env: NB }))
        .stdout,
    );
    expect(json).toMatchObject({
      status: 'active',
      status_text: 'active',
      customer: 'yes: Bane og Signal Norge AS (active)',
    });
    expect(json.e_invoice).toMatch(
      /^probably yes: listed as 0192 participant in the extract of \d{4}-\d\d-\d\d$/,
    );
    const csv = await runCli(['registry', 'lookup', '913556208', '--format', 'csv'], {
      db: demo.url,
      env: NB,
    });
    expect(csv.stdout).toMatch(/,active,unknown: not listed in the extract of \d{4}-\d\d-\d\d,no,/);
    const yaml = await runCli(['registry', 'lookup', '988765120', '--format', 'yaml'], {
      db: demo.url,
      env: NB,
    });
    expect(yaml.stdout).toContain('status_text: bankrupt (konkurs)\n');
  });

  it("companies show: the register's status and e-invoice hint in bokmål; json in English", async () => {
    const nb = await runCli(['companies', 'show', '912837459'], { db: demo.url, env: NB });
    expect(nb.code, nb.stderr).toBe(0);
    expect(nb.stdout).toMatch(/register_status +aktiv\n/);
    expect(nb.stdout).toMatch(/e_invoice_register +trolig ja: /);
    const json = JSON.parse(
      (await runCli(['companies', 'show', '912837459', '--format', 'json'], { db: demo.url, env: NB }))
        .stdout,
    );
    expect(json.register_status).toBe('active');
    expect(json.e_invoice_register).toMatch(/^probably yes: listed as 0192 participant/);
  });

  it("users show: the HMS card's age in bokmål, English in yaml", async () => {
    const nb = await runCli(['users', 'show', '2'], { db: demo.url, env: NB });
    // The label is bokmål on a bokmål screen too (nbtext6).
    expect(nb.stdout).toMatch(/HMS-kortets alder +\d+ (år|måneder?)\b/);
    const yaml = await runCli(['users', 'show', '2', '--format', 'yaml'], { db: demo.url, env: NB });
    expect(yaml.stdout).toMatch(/hms_card_age: \d+ (years?|months?)/);
  });
});

describe('companies import without a Brønnøysund extract (the built CLI, across the worker thread)', () => {
  it('warns in bokmål; English as before', async () => {
    const file = join(tmpdir(), `kursdesk-nbtext5-${process.pid}.csv`);
    writeFileSync(
      file,
      'org_number,name,contact_name,contact_email,contact_phone,invoice_email\n' +
        '912346978,Testfirma AS,Kari Testesen,kari@testfirma.test,41234567,faktura@testfirma.test\n',
    );
    const argv = ['--db', join(tmpdir(), `kursdesk-nbtext5-${process.pid}.sqlite`), 'companies', 'import'];
    const nb = await runBin([...argv, file, '--dry-run'], { env: NB });
    expect(nb.stderr).toContain(
      'Brønnøysund-utdraget er ikke lastet inn: navn og forretningsadresser ble ikke kontrollert mot registeret',
    );
    expect(nb.stderr).not.toContain('no Brønnøysund extract');
    const en = await runBin([...argv, file, '--dry-run']);
    expect(en.stderr).toContain(
      'no Brønnøysund extract is loaded: names and business addresses were not checked against the register',
    );
  });
});

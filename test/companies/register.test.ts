// `companies register` (W7) and `companies find | show | list | update` in-process on both dialects:
// flags, a request file, questions in a terminal, the register's refusals, exit 4 with the existing
// record, the reply drafts, and the version-checked update.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { flag } from '../../src/db/schema.js';
import { type CliOptions, runCli } from '../helpers/cli.js';
import { DIALECTS, stopTestServers, type TestDatabase, useTestDatabase } from '../helpers/databases.js';
import { insertLearnerRow } from '../helpers/rows.js';

afterAll(stopTestServers);

const R = join(import.meta.dirname, '..', '..', 'fixtures', 'registers');
const dir = mkdtempSync(join(tmpdir(), 'kursdesk-register-'));
const CONTACT = [
  '--contact-name',
  'Kari Fjellheim',
  '--contact-email',
  'kari@fjellbrudd.example',
  '--contact-phone',
  '912 34 567',
];

describe.each(DIALECTS)('on %s', (dialect) => {
  const database = useTestDatabase(dialect);
  let t: TestDatabase;
  beforeEach(async () => {
    t = database();
    for (const argv of [
      [
        'registry',
        'import',
        'brreg',
        join(R, 'enheter-sample.csv'),
        join(R, 'underenheter-sample.csv'),
        '--date',
        '2026-11-24',
      ],
      ['registry', 'import', 'elma', join(R, 'peppol-participants.json')],
    ]) {
      const run = await runCli(argv, { db: t.url });
      expect(run.code, run.stderr).toBe(0);
    }
  });

  const kd = (argv: string[], options: CliOptions = {}) => runCli(argv, { db: t.url, ...options });
  const json = (run: { stdout: string }) => JSON.parse(run.stdout) as Record<string, unknown>;
  /** What a registration writes: company rows and audit entries (a refused one must write neither). */
  const written = async () => ({
    companies: await t.db.kysely.selectFrom('companies').selectAll().orderBy('id').execute(),
    audit: await t.db.kysely.selectFrom('audit_log').select(['id', 'action']).orderBy('id').execute(),
  });

  it('registers from flags: name and address from the register, no invoice e-mail needed in ELMA', async () => {
    const run = await kd([
      'companies',
      'register',
      '912 346 978',
      ...CONTACT,
      '--format',
      'json',
      '--ticket',
      'SUP-1',
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(json(run)).toMatchObject({
      org_number: '912346978',
      name: 'FJELLBRUDD ENTREPRENØR AS',
      business_address: 'Sporveien 12, 0150 OSLO',
      invoice_email: null,
      e_invoice: true,
      contact_phone: '+4791234567',
    });
    const audit = await t.db.kysely
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'companies.register')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ ticket: 'SUP-1', target_id: '912346978' });
    expect(audit.changes).toContain('k***@fjellbrudd.example');
    expect(audit.changes).not.toContain('kari@fjellbrudd.example');
  });

  it('needs an invoice e-mail outside ELMA, names the flag, and keeps the invoice address only when it differs', async () => {
    const missing = await kd(['companies', 'register', '912348342', ...CONTACT]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(
      '--invoice-email: invoice e-mail is required: 912 348 342 is not listed in the ELMA/Peppol extract',
    );
    const same = await kd([
      'companies',
      'register',
      '912348342',
      ...CONTACT,
      '--invoice-email',
      'faktura@nordlys.example',
      '--invoice-street',
      'havnegata 3',
      '--invoice-postal-code',
      '8006',
      '--invoice-city',
      'Bodø',
      '--format',
      'json',
    ]);
    expect(same.code, same.stderr).toBe(0);
    expect(json(same)).toMatchObject({
      invoice_address: null,
      invoice_email: 'faktura@nordlys.example',
      e_invoice: false,
    });
  });

  it('refuses deleted, bankrupt and closed units with exit 5 unless --force, and warns about a different name', async () => {
    const before = await written();
    for (const [org, text] of [
      ['912353826', 'deleted from the register on 2025-06-30'],
      ['912349713', 'bankrupt'],
      ['810004223', 'closed down on 2024-12-31'],
    ] as const) {
      const run = await kd(['companies', 'register', org, ...CONTACT, '--invoice-email', 'f@x.example']);
      expect(run.code, org).toBe(5);
      expect(run.stderr).toContain(text);
    }
    expect(await written()).toEqual(before);
    const forced = await kd([
      'companies',
      'register',
      '912349713',
      ...CONTACT,
      '--invoice-email',
      'f@x.example',
      '--force',
      '--name',
      'Vestkyst Signal',
    ]);
    expect(forced.code).toBe(0);
    expect(forced.stderr).toContain('registered anyway (--force)');
    expect(forced.stderr).toContain(
      "the name 'Vestkyst Signal' differs from the register's 'VESTKYST KABEL OG SIGNAL AS'",
    );
    const unknown = await kd([
      'companies',
      'register',
      '912357937',
      ...CONTACT,
      '--invoice-email',
      'f@x.example',
    ]);
    expect(unknown.code).toBe(5);
    expect(unknown.stderr).toContain('not in the Brønnøysund extract of 2026-11-24');
    // Only the forced registration was written, with its one audit entry.
    const after = await written();
    expect(after.companies.map((c) => c.org_number)).toEqual(['912349713']);
    expect(after.audit.slice(before.audit.length).map((a) => a.action)).toEqual(['companies.register']);
  });

  it('refuses bad values with exit 2, naming the flag', async () => {
    const before = await written();
    const run = await kd([
      'companies',
      'register',
      '912346978',
      '--contact-name',
      'K4ri',
      '--contact-email',
      'kari@',
      '--contact-phone',
      '12',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--contact-name: contact name 'K4ri' contains '4'");
    expect(run.stderr).toContain('--contact-email:');
    expect(run.stderr).toContain("--contact-phone: phone '12' is not a phone number");
    for (const bad of ['91234697', '9123469780', '91234A978', '912346979']) {
      const r = await kd(['companies', 'register', bad, ...CONTACT]);
      expect(r.code, bad).toBe(2);
      // Ten digits may be a national ID with one missing: masked like one (issue 16).
      expect(r.stderr).toContain(`organisation number '${bad === '9123469780' ? '****** *****' : bad}'`);
    }
    const noContact = await kd(['companies', 'register', '912346978']);
    expect(noContact.code).toBe(2);
    expect(noContact.stderr).toContain('--contact-name: contact person is required');
    expect(await written()).toEqual(before);
  });

  it('answers exit 4 with the existing record for a customer, and a reply draft when asked', async () => {
    expect((await kd(['companies', 'register', '912346978', ...CONTACT])).code).toBe(0);
    const before = await written();
    const again = await kd([
      'companies',
      'register',
      '912346978',
      '--contact-name',
      'Ola Annen',
      '--contact-email',
      'ola@annen.example',
      '--contact-phone',
      '913 45 678',
      '--format',
      'json',
    ]);
    expect(again.code).toBe(4);
    expect(json(again)).toMatchObject({ org_number: '912346978', contact_name: 'Kari Fjellheim' });
    expect(again.stderr).toContain('FJELLBRUDD ENTREPRENØR AS (912346978) is already a customer');
    const reply = await kd(['companies', 'register', '912346978', '--reply', 'nb']);
    expect(reply.code).toBe(4);
    // The existing record stays as it was: another contact given in the refused request is not taken.
    expect(await written()).toEqual(before);
    // The existing company's record, then the answer after the ruler.
    expect(reply.stdout).toMatch(/912 ?346 ?978[\s\S]*\n── reply to send ──\n\nHei Kari,/);
    expect(reply.stdout).toContain('er allerede registrert som kunde');
    expect(reply.stdout).toContain('elektronisk faktura (EHF)');
  });

  it('drafts the answer to the requester in bokmål or English, with masked addresses', async () => {
    const nb = await kd([
      'companies',
      'register',
      '912348342',
      ...CONTACT,
      '--invoice-email',
      'faktura@nordlys.example',
      '--reply',
      'nb',
    ]);
    expect(nb.code, nb.stderr).toBe(0);
    expect(nb.stdout).toMatch(/NORDLYS SPORTEKNIKK AS[\s\S]*\n── reply to send ──\n\nHei Kari,/);
    expect(nb.stdout).toContain('NORDLYS SPORTEKNIKK AS (org.nr. 912 348 342) er nå registrert som kunde');
    expect(nb.stdout).toContain('sendes på e-post til f***@nordlys.example');
    // The record is for the agent; the reply to the requester masks the address.
    expect(nb.stdout.split('── reply to send ──')[1]).not.toContain('faktura@nordlys.example');
    await t.reset();
    await kd(['registry', 'import', 'brreg', join(R, 'enheter-sample.csv')]);
    const en = await kd([
      'companies',
      'register',
      '912348342',
      ...CONTACT,
      '--invoice-email',
      'faktura@nordlys.example',
      '--reply',
      'en',
    ]);
    expect(en.stdout).toContain('Hello Kari,');
    expect(en.stdout).toContain('is now registered as a customer');
    expect((await kd(['companies', 'register', '912348342', '--reply', 'de'])).code).toBe(2);
  });

  it('reads a request file; flags override it; a bad file is named', async () => {
    const request = join(dir, `request-${dialect}.json`);
    writeFileSync(
      request,
      JSON.stringify({
        org_number: '912348342',
        invoice_email: 'old@nordlys.example',
        contact: { name: 'Ola Nordvik', email: 'ola@nordlys.example', phone: '+47 75 50 12 34' },
        invoice_address: { street: 'Postboks 88', postal_code: '8001', city: 'Bodø' },
        email_domains: ['nordlys.example'],
      }),
    );
    const run = await kd([
      'companies',
      'register',
      '912348342',
      '--from',
      request,
      '--invoice-email',
      'new@nordlys.example',
      '--format',
      'json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(json(run)).toMatchObject({
      invoice_email: 'new@nordlys.example',
      invoice_address: 'Postboks 88, 8001 Bodø',
      contact_name: 'Ola Nordvik',
      email_domains: 'nordlys.example',
    });
    const typo = join(dir, 'typo.json');
    writeFileSync(typo, JSON.stringify({ contact_mail: 'x@y.example' }));
    const bad = await kd(['companies', 'register', '912346978', '--from', typo]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`--from ${typo}:`);
    const other = await kd(['companies', 'register', '912346978', '--from', request]);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain("org_number '912348342' is not 912346978");
  });

  it('asks for what is missing in a terminal, the invoice e-mail only outside ELMA', async () => {
    const run = await kd(['companies', 'register', '912348342', '--format', 'json'], {
      tty: true,
      answers: ['Siri Aa', 'siri@nordlys.example', '41234567', 'faktura@nordlys.example'],
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.asked).toEqual([
      'Contact person',
      "Contact person's e-mail",
      "Contact person's phone",
      'Invoice e-mail (not in ELMA, so invoices go by e-mail)',
    ]);
    const inElma = await kd(['companies', 'register', '912352455', '--dry-run'], {
      tty: true,
      answers: ['Ola Nordberg', 'ola@glamdal.example', '48122333'],
    });
    expect(inElma.code, inElma.stderr).toBe(0);
    expect(inElma.asked).toHaveLength(3);
    expect(inElma.stderr).toContain('dry run');
    expect(
      await t.db.kysely
        .selectFrom('companies')
        .select('org_number')
        .where('org_number', '=', '912352455')
        .execute(),
    ).toEqual([]);
  });

  it('finds by name fragment or number, lists, and shows learners and register data', async () => {
    await kd(['companies', 'register', '912346978', ...CONTACT]);
    await kd(['companies', 'register', '810002115', ...CONTACT]);
    await kd(['companies', 'register', '912352455', ...CONTACT]);
    const byName = await kd(['companies', 'find', 'fjellbrudd', '--format', 'ids']);
    expect(byName.stdout.trim().split('\n')).toEqual(['912346978', '810002115']);
    expect((await kd(['companies', 'find', 'glåmdal', '--format', 'ids'])).stdout.trim()).toBe('912352455');
    expect((await kd(['companies', 'find', '8100', '--format', 'ids'])).stdout.trim()).toBe('810002115');
    const none = await kd(['companies', 'find', 'ukjent']);
    expect(none.code).toBe(0);
    expect(none.stderr).toContain("no customer matches 'ukjent'");
    expect((await kd(['companies', 'list', '--format', 'count'])).stdout.trim()).toBe('3');
    const company = await t.db.kysely
      .selectFrom('companies')
      .select('id')
      .where('org_number', '=', '912346978')
      .executeTakeFirstOrThrow();
    await insertLearnerRow(t.db.kysely, { employer_id: company.id });
    const show = await kd(['companies', 'show', '912346978', '--format', 'json']);
    expect(json(show)).toMatchObject({
      learners: 1,
      register_status: 'active',
      register_org_form: 'AS Aksjeselskap',
    });
    const notCustomer = await kd(['companies', 'show', '912348342']);
    expect(notCustomer.code).toBe(3);
    expect(notCustomer.stderr).toContain('kursdesk companies register 912348342');
  });

  it('updates with the registration rules, audits the change, and refuses what breaks them', async () => {
    await kd(['companies', 'register', '912348342', ...CONTACT, '--invoice-email', 'f@nordlys.example']);
    const clear = await kd(['companies', 'update', '912348342', '--clear-invoice-email']);
    expect(clear.code).toBe(2);
    expect(clear.stderr).toContain('--invoice-email: invoice e-mail is required');
    const partial = await kd(['companies', 'update', '912348342', '--invoice-street', 'Postboks 1']);
    expect(partial.code).toBe(2);
    expect(partial.stderr).toContain('--invoice-postal-code');
    const dry = await kd([
      'companies',
      'update',
      '912348342',
      '--contact-phone',
      '+46 70 123 45 67',
      '--dry-run',
    ]);
    expect(dry.code).toBe(0);
    expect(dry.stderr).toContain('dry run: would change contact_phone');
    const run = await kd([
      'companies',
      'update',
      '912348342',
      '--contact-phone',
      '+46 70 123 45 67',
      '--status',
      'inactive',
      '--format',
      'json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(json(run)).toMatchObject({ contact_phone: '+46701234567', status: 'inactive', version: 2 });
    const audit = await t.db.kysely
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'companies.update')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.changes)).toEqual([
      { field: 'contact_phone', old: '***67', new: '***67' },
      { field: 'status', old: 'active', new: 'inactive' },
    ]);
    const stored = await t.db.kysely
      .selectFrom('companies')
      .selectAll()
      .where('org_number', '=', '912348342')
      .executeTakeFirstOrThrow();
    expect(flag(stored.in_elma)).toBe(false);
    const nothing = await kd(['companies', 'update', '912348342', '--contact-phone', '+46701234567']);
    expect(nothing.stderr).toContain('nothing changed');
    expect((await kd(['companies', 'update', '912346978', '--name', 'X'])).code).toBe(3);
  });
});

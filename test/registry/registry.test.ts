// `registry import` and `registry lookup` (W9) in-process on both dialects: the Brønnøysund samples
// in CSV and JSON, gzipped or not, main units and subunits; the Peppol exports; atomic replacement of
// an extract; the statuses a look-up reports; and bad files that leave the previous extract in place.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { flag } from '../../src/db/schema.js';
import { type CliOptions, runCli } from '../helpers/cli.js';
import { DIALECTS, stopTestServers, type TestDatabase, useTestDatabase } from '../helpers/databases.js';

afterAll(stopTestServers);

const R = join(import.meta.dirname, '..', '..', 'fixtures', 'registers');
const dir = mkdtempSync(join(tmpdir(), 'kursdesk-registry-'));

describe.each(DIALECTS)('on %s', (dialect) => {
  const database = useTestDatabase(dialect);
  let t: TestDatabase;
  beforeEach(() => {
    t = database();
  });

  const kd = (argv: string[], options: CliOptions = {}) => runCli(argv, { db: t.url, ...options });
  const lookup = async (org: string) => {
    const run = await kd(['registry', 'lookup', org, '--format', 'json']);
    return { ...run, unit: run.code === 0 ? (JSON.parse(run.stdout) as Record<string, unknown>) : {} };
  };
  const units = () => t.db.kysely.selectFrom('brreg_units').selectAll().orderBy('org_number').execute();
  const extracts = () => t.db.kysely.selectFrom('register_extracts').selectAll().orderBy('id').execute();

  it('loads main units and subunits from gzipped and plain CSV in one extract, with the date given', async () => {
    const run = await kd([
      'registry',
      'import',
      'brreg',
      join(R, 'enheter-sample.csv.gz'),
      join(R, 'underenheter-sample.csv'),
      '--date',
      '2026-11-24',
      '--format',
      'json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject([
      { content: 'main units', format: 'csv, gzip', loaded: 8, skipped: 0 },
      { content: 'subunits', format: 'csv', loaded: 3, skipped: 0 },
    ]);
    const stored = await units();
    expect(stored).toHaveLength(11);
    const polar = stored.find((u) => u.org_number === '912355195')!;
    expect(polar.street).toBe('Postboks 12, Skinnegata 4');
    const sub = stored.find((u) => u.org_number === '810002115')!;
    expect(flag(sub.is_subunit)).toBe(true);
    expect(sub.parent_org_number).toBe('912346978');
    expect(sub.street).toBe('Tollbugata 20');
    expect(await extracts()).toMatchObject([{ source: 'brreg', extract_date: '2026-11-24', row_count: 11 }]);
  });

  it('looks a number up: name, form, address and status, e-invoicing and customer', async () => {
    await kd([
      'registry',
      'import',
      'brreg',
      join(R, 'enheter-sample.csv'),
      join(R, 'underenheter-sample.csv'),
    ]);
    await kd(['registry', 'import', 'elma', join(R, 'peppol-participants.json')]);
    const fjell = await lookup('NO 912 346 978 MVA');
    expect(fjell.unit).toMatchObject({
      name: 'FJELLBRUDD ENTREPRENØR AS',
      org_form: 'AS Aksjeselskap',
      business_address: 'Sporveien 12, 0150 OSLO',
      status: 'active',
      in_elma: true,
      subunits: 1,
      customer: 'no',
    });
    expect(fjell.unit.e_invoice).toBe(
      'probably yes: listed as 0192 participant in the extract of 2026-11-20',
    );
    expect((await lookup('912349713')).unit).toMatchObject({
      status: 'bankrupt',
      bankrupt: true,
      in_elma: false,
    });
    expect((await lookup('912349713')).unit.e_invoice).toBe(
      'unknown: not listed in the extract of 2026-11-20',
    );
    expect((await lookup('912351084')).unit).toMatchObject({
      status: 'liquidation',
      under_liquidation: true,
    });
    expect((await lookup('912353826')).unit).toMatchObject({ status: 'deleted', deleted: true });
    expect((await lookup('810004223')).unit).toMatchObject({ status: 'closed', unit: 'subunit' });
    // 9908 is read as 0192.
    expect((await lookup('912356566')).unit).toMatchObject({ in_elma: true });
    const missing = await lookup('912357937');
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('912 357 937: not in the Brønnøysund extract');
    const invalid = await lookup('912357938');
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain('check digit 8 should be 7');
  });

  it('loads the JSON bulk file, with a deleted unit in the API form', async () => {
    const run = await kd(['registry', 'import', 'brreg', join(R, 'enheter-sample.json.gz')]);
    expect(run.code, run.stderr).toBe(0);
    expect(await units()).toHaveLength(5);
    expect((await lookup('912353826')).unit).toMatchObject({ status: 'deleted', deleted: true });
    expect((await lookup('912349713')).unit).toMatchObject({ bankrupt: true });
    expect((await lookup('810002115')).unit).toMatchObject({
      unit: 'subunit',
      parent_org_number: '912346978',
    });
  });

  it('replaces the previous extract atomically and keeps the history', async () => {
    await kd(['registry', 'import', 'brreg', join(R, 'enheter-sample.csv')]);
    await kd(['registry', 'import', 'brreg', join(R, 'enheter-sample.json')]);
    expect((await units()).map((u) => u.org_number)).toEqual([
      '810002115',
      '912346978',
      '912349713',
      '912353826',
      '912355195',
    ]);
    const history = await extracts();
    expect(history.map((e) => flag(e.current))).toEqual([false, true]);
    expect(new Set((await units()).map((u) => u.extract_id))).toEqual(new Set([history[1]!.id]));
  });

  it('a bad file changes nothing: the previous extract stays current', async () => {
    await kd(['registry', 'import', 'brreg', join(R, 'enheter-sample.csv')]);
    const broken = join(dir, 'broken.csv');
    writeFileSync(broken, '"organisasjonsnummer","navn"\n"912346978","OK AS"\n"912348342","NOT CLOSED\n');
    const run = await kd(['registry', 'import', 'brreg', join(R, 'underenheter-sample.csv'), broken]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('broken.csv: line 3: a quoted value starts');
    expect(run.stderr).toContain('the register was not changed');
    expect(await units()).toHaveLength(8);
    expect((await extracts()).filter((e) => flag(e.current))).toHaveLength(1);

    const wrong = join(dir, 'wrong.csv');
    writeFileSync(wrong, 'org_number,name\n912346978,X\n');
    const header = await kd(['registry', 'import', 'brreg', wrong]);
    expect(header.code).toBe(1);
    expect(header.stderr).toContain("not a Brønnøysund unit file: the header has no 'organisasjonsnummer'");
    expect((await kd(['registry', 'import', 'nav', wrong])).code).toBe(2);
  });

  it('skips bad and repeated units with a warning and loads the rest', async () => {
    const file = join(dir, 'mixed.csv');
    writeFileSync(
      file,
      '"organisasjonsnummer","navn"\n"912346978","FJELLBRUDD"\n"912346979","FEIL"\n"912346978","IGJEN"\n"912348342",""\n',
    );
    const run = await kd(['registry', 'import', 'brreg', file, '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)[0]).toMatchObject({ loaded: 1, skipped: 3 });
    expect(run.stderr).toContain('mixed.csv:3: skipped: organisation number');
    expect(run.stderr).toContain('mixed.csv:4: skipped: the same organisation number again');
  });

  it('takes a JSON number of 9 digits as the org number; any other number is named, not repeated', async () => {
    const file = join(dir, 'numbers.json');
    writeFileSync(
      file,
      JSON.stringify([
        { organisasjonsnummer: 912346978, navn: 'TALL AS' },
        { organisasjonsnummer: 12345678901, navn: 'ELLEVE' },
        { organisasjonsnummer: true, navn: 'SANN' },
        { navn: 'UTEN' },
        { organisasjonsnummer: '912352455', navn: 'FORM', organisasjonsform: { kode: 5 } },
      ]),
    );
    const run = await kd(['registry', 'import', 'brreg', file, '--format', 'json']);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)[0]).toMatchObject({ loaded: 2, skipped: 3 });
    expect((await units()).map((u) => [u.org_number, u.name, u.org_form])).toEqual([
      ['912346978', 'TALL AS', null],
      ['912352455', 'FORM', null],
    ]);
    expect(run.stderr).toContain(
      "numbers.json:1: skipped: element 2: 'organisasjonsnummer' is a number of 11 digits: it must be a string of 9 digits",
    );
    expect(run.stderr).toContain("skipped: element 3: 'organisasjonsnummer' is true or false");
    expect(run.stderr).toContain("skipped: element 4: the unit has no 'organisasjonsnummer'");
    expect(run.stderr).not.toContain('12345678901');
    expect(run.stderr).not.toContain("organisation number ''");
  });

  it('names a number in a Peppol JSON export as a number, with the form it must have', async () => {
    const file = join(dir, 'participants-numbers.json');
    writeFileSync(
      file,
      JSON.stringify({ participants: ['0192:912346978', 912352455, { id: 912356566 }, { name: 'x' }] }),
    );
    const run = await kd(['registry', 'import', 'elma', file, '--format', 'json']);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)[0]).toMatchObject({ loaded: 1, skipped: 3 });
    expect(run.stderr).toContain(
      'skipped: element 2: an element of participants is a number: it must be text ICD:value, such as "0192:912345678"',
    );
    expect(run.stderr).toContain(
      'skipped: element 3: the participant id is a number: it must be text ICD:value',
    );
    expect(run.stderr).toContain('skipped: element 4: an element of participants has no id');
    expect(run.stderr).not.toContain('912352455');
  });

  it('refuses random bytes and other compressions by what they are and says what it reads', async () => {
    const random = join(dir, 'enheter.json.gz');
    // Seeded bytes (a linear congruential sequence), so the file is the same on every run.
    let seed = 20261206;
    writeFileSync(
      random,
      Buffer.from(
        Array.from({ length: 4096 }, () => {
          seed = (seed * 1103515245 + 12345) % 2 ** 31;
          return seed >> 16;
        }),
      ),
    );
    const run = await kd(['registry', 'import', 'brreg', random]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'enheter.json.gz: the file is binary data: neither text nor gzip-compressed; registry import brreg reads a Brønnøysund unit file, CSV or JSON, plain or gzip-compressed (.gz)',
    );
    expect(run.stderr).not.toContain('CSV text');

    const xz = join(dir, 'participants.json.xz');
    writeFileSync(
      xz,
      Buffer.concat([Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]), Buffer.alloc(64, 7)]),
    );
    const packed = await kd(['registry', 'import', 'elma', xz]);
    expect(packed.code).toBe(1);
    expect(packed.stderr).toContain(
      'participants.json.xz: the file is xz-compressed, which is not read: registry import elma reads a Peppol participants export',
    );
    expect(await units()).toHaveLength(0);
  });

  it('loads Peppol participants from CSV and JSON, keeping Norwegian ones, with the export date', async () => {
    const csv = await kd([
      'registry',
      'import',
      'elma',
      join(R, 'peppol-participants.csv'),
      '--format',
      'json',
    ]);
    expect(csv.code, csv.stderr).toBe(0);
    expect(JSON.parse(csv.stdout)[0]).toMatchObject({ loaded: 4, skipped: 2 });
    const stored = await t.db.kysely
      .selectFrom('elma_participants')
      .select(['identifier', 'org_number'])
      .orderBy('identifier')
      .execute();
    expect(stored.map((p) => p.identifier)).toEqual([
      '0192:810002115',
      '0192:912346978',
      '0192:912352455',
      '0192:912356566',
    ]);
    const json = await kd(['registry', 'import', 'elma', join(R, 'peppol-participants.json')]);
    expect(json.code).toBe(0);
    const current = (await extracts()).find((e) => e.source === 'elma' && flag(e.current));
    expect(current?.extract_date).toBe('2026-11-20');
  });
});

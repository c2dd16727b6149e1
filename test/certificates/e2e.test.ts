// The built binary, as an agent and a site checker use it: register a learner, import the unit's
// results, issue the unit's certificates (the signing key is made on first use), publish the public key,
// and verify a certificate on a machine with only that key and no database.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { osloIsoDate } from '../../src/domain/local-time.js';
import { createArgv, KARI, OLA, oneLineError } from '../commands/fixtures.js';
import { openTestDatabase, type TestDatabase } from '../helpers/databases.js';
import { runBin } from '../helpers/e2e.js';
import { insertCompletion, insertCourse, insertUnit } from '../helpers/learning.js';
import { slowTests } from '../helpers/limits.js';
import { pdfText } from '../helpers/pdf.js';
import { insertLearnerRow } from '../helpers/rows.js';

slowTests();

let t: TestDatabase;
let scratch: string;
beforeAll(async () => {
  t = await openTestDatabase('sqlite');
  scratch = mkdtempSync(join(tmpdir(), 'kursdesk-cert-e2e-'));
});
afterAll(async () => {
  await t.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('certificates through the binary', () => {
  it('from result list to a verified certificate on a machine without the database or the private key', async () => {
    const keyFile = join(scratch, 'signing', 'certificate-key.pem');
    const env = { KURSDESK_CERT_KEY_FILE: keyFile };
    const kd = (argv: string[]) => runBin(['--db', t.url, ...argv], { env });

    for (const who of [KARI, OLA]) expect((await kd(createArgv(who))).code).toBe(0);
    const course = await insertCourse(t.db.kysely);
    const unit = await insertUnit(t.db.kysely, course.id);
    const results = join(scratch, 'resultater.csv');
    writeFileSync(
      results,
      `deltaker;resultat;poeng\n${KARI.email};bestått;92\n${OLA.nationalId};bestått;88\n`,
    );
    const imported = await kd([
      'completions',
      'import',
      results,
      '--unit',
      String(unit.id),
      '--format',
      'json',
    ]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ recorded: 2, state: 'imported' });

    const folder = join(scratch, 'enhet');
    const issued = await kd([
      'certificates',
      'issue',
      '--unit',
      String(unit.id),
      '--out',
      folder,
      '--format',
      'csv',
    ]);
    expect(issued.code, issued.stderr).toBe(0);
    expect(issued.stderr).toMatch(
      /warning: made a new certificate signing key \(key [0-9a-f]{8}\) in .*certificate-key\.pem/,
    );
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(issued.stdout.split('\n')[0]).toBe(
      'number,name,course,completed_on,expires_on,status,action,file',
    );
    const files = readdirSync(folder).sort();
    expect(files).toHaveLength(2);
    expect(files.every((f) => /^kursbevis-(kari-nordmann|ola-hansen)-KB-[0-9A-Z-]+\.pdf$/.test(f))).toBe(
      true,
    );
    // No national ID on stdout, stderr or in any certificate.
    const pdfTexts = await Promise.all(files.map((f) => pdfText(join(folder, f))));
    for (const text of [issued.stdout, issued.stderr, ...pdfTexts]) {
      expect(text).not.toContain(OLA.secretPart);
      expect(text).not.toContain(KARI.secretPart);
    }

    const publicKey = await kd(['certificates', 'public-key']);
    expect(publicKey.code).toBe(0);
    const pemFile = join(scratch, 'kursbevis-issuer.pem');
    writeFileSync(pemFile, publicKey.stdout);

    // The site checker: only the public key, no database, no signing key.
    const checker = (argv: string[]) =>
      runBin(argv, {
        env: { KURSDESK_CERT_PUBLIC_KEYS: pemFile, KURSDESK_CERT_KEY_FILE: join(scratch, 'none.pem') },
      });
    const pdf = join(folder, files.find((f) => f.includes('ola-hansen')) as string);
    const verified = await checker(['certificates', 'verify', pdf]);
    expect(verified.code, verified.stderr).toBe(0);
    expect(verified.stdout).toMatch(/^verdict\s+valid$/m);
    expect(verified.stdout).toMatch(/^name\s+Ola Hansen$/m);
    expect(verified.stdout).toMatch(/^revocation\s+not checked: no database on this machine$/m);
    expect(verified.stderr).toBe(
      'warning: the signature is genuine, but revocation was not checked: no database on this machine\n',
    );

    // A PDF whose code was altered everywhere it is kept, and one altered in one place only.
    const text = readFileSync(pdf).toString('latin1');
    const code = /KB1:[A-Za-z0-9_-]+/.exec(text)![0];
    const altered = code.slice(0, 40) + (code[40] === 'A' ? 'B' : 'A') + code.slice(41);
    const forged = join(scratch, 'forged.pdf');
    writeFileSync(forged, Buffer.from(text.replaceAll(code, altered), 'latin1'));
    const bad = await checker(['certificates', 'verify', forged]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^verdict\s+not genuine$/m);
    expect(oneLineError(bad.stderr)).toMatch(/^kursdesk: not genuine: /);
    const patched = join(scratch, 'patched.pdf');
    writeFileSync(patched, Buffer.from(text.replace(code, altered), 'latin1'));
    const mixed = await checker(['certificates', 'verify', patched]);
    expect(mixed.code).toBe(1);
    expect(oneLineError(mixed.stderr)).toMatch(/holds 2 different verification codes: it was tampered with/);

    // On the desk, with the database: revoked shows as revoked.
    const number = JSON.parse((await kd(['certificates', 'list', OLA.email, '--format', 'json'])).stdout)
      .certificates[0].number;
    // The date is the desk's (Oslo) day, which differs from UTC's between 23:00 and 24:00 UTC; a run that
    // crosses midnight may see either day.
    const dayBefore = osloIsoDate(new Date());
    expect(
      (await kd(['certificates', 'revoke', '--yes', number, '--reason', 'eksamen annullert'])).code,
    ).toBe(0);
    const revoked = await kd(['certificates', 'verify', pdf]);
    expect(revoked.code).toBe(1);
    const days = new Set([dayBefore, osloIsoDate(new Date())]);
    expect(
      [...days].map((day) => `kursdesk: certificate ${number} is revoked on ${day}: eksamen annullert`),
    ).toContain(oneLineError(revoked.stderr));

    // A single certificate to stdout, for a pipe.
    const piped = await kd(['certificates', 'issue', KARI.email, 'SIK-101', '--out', '-']);
    expect(piped.code).toBe(0);
    expect(piped.stdout.startsWith('%PDF-')).toBe(true);
    expect(piped.stderr).toMatch(/^reissued KB-[0-9A-Z-]+: Kari Nordmann, SIK-101 \(valid\)\n$/);
    // A dozen processes of the binary, one after another.
  }, 120_000);

  it('a large unit is printed by worker threads: every learner gets his or her own certificate', async () => {
    await t.reset();
    const course = await insertCourse(t.db.kysely, { code: 'SPOR-200', validity_months: null });
    const unit = await insertUnit(t.db.kysely, course.id);
    for (let i = 0; i < 30; i++) {
      const user = await insertLearnerRow(t.db.kysely, {
        given_names: `Deltaker ${i}`,
        family_name: 'Ødegård',
        email: `d${i}@firma.no`,
      });
      await insertCompletion(t.db.kysely, {
        user_id: user.id,
        course_id: course.id,
        unit_id: unit.id,
        expires_on: null,
      });
    }
    const folder = join(scratch, 'stor-enhet');
    const run = await runBin(
      [
        '--db',
        t.url,
        'certificates',
        'issue',
        '--unit',
        String(unit.id),
        '--out',
        folder,
        '--format',
        'json',
      ],
      {
        env: { KURSDESK_CERT_KEY_FILE: join(scratch, 'signing', 'certificate-key.pem') },
      },
    );
    expect(run.code, run.stderr).toBe(0);
    const rows = JSON.parse(run.stdout) as { name: string; file: string }[];
    expect(rows).toHaveLength(30);
    expect(readdirSync(folder)).toHaveLength(30);
    for (const row of [rows[0]!, rows[17]!, rows[29]!]) expect(await pdfText(row.file)).toContain(row.name);
  }, 120_000);
});

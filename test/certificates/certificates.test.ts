// Certificates on both dialects, in-process: issue a PDF and read it back (text, metadata, and the QR
// code on the rendered page), re-issue the same certificate, verify by PDF, code, link and number, revoke, a whole
// unit into a folder, and the bad input: nothing passed, an expired qualification, an unwritable place,
// a damaged PDF, a tampered code, a placeholder signature from fixtures.
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { newSigningKey, publicKeyPem } from '../../src/domain/certificates/keys.js';
import { certificateNumberFromBytes } from '../../src/domain/certificates/number.js';
import { certificateKeys, sealUnsignedCertificates } from '../../src/workflows/certificates.js';
import { createArgv, jsonError, KARI, oneLineError } from '../commands/fixtures.js';
import { type CliOptions, runCli, TEST_NOW } from '../helpers/cli.js';
import { DIALECTS, openTestDatabase, stopTestServers, type TestDatabase } from '../helpers/databases.js';
import { testDeps } from '../helpers/deps.js';
import { BIN, runBin } from '../helpers/e2e.js';
import { insertCompletion, insertCourse, insertUnit } from '../helpers/learning.js';
import { slowTests } from '../helpers/limits.js';
import { pdfText, qrCodeOnPage, readPdf } from '../helpers/pdf.js';
import { insertLearnerRow } from '../helpers/rows.js';

slowTests();

afterAll(stopTestServers);

const scratch = mkdtempSync(join(tmpdir(), 'kursdesk-certificates-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const SIGNING = newSigningKey();
const CERT_ENV = { KURSDESK_CERT_KEY: SIGNING.pem, KURSDESK_CERT_ISSUER: 'Opplæringssenteret Ærlig & Å' };
const PUBLIC_KEY_FILE = join(scratch, 'issuer.pem');
writeFileSync(PUBLIC_KEY_FILE, publicKeyPem(SIGNING.key.publicKey));
let outputs = 0;
const outPath = (name = 'kursbevis.pdf') => {
  const dir = join(scratch, `out-${++outputs}`);
  mkdirSync(dir);
  return join(dir, name);
};

/** A learner with one completion whose certificate KB-0000-0000-0000-0000 was loaded with a placeholder. */
async function placeholderCertificate(t: TestDatabase, signature: string) {
  const user = await insertLearnerRow(t.db.kysely);
  const completion = await insertCompletion(t.db.kysely, { user_id: user.id, course_id: 1 });
  await t.db.kysely
    .insertInto('certificates')
    .values({
      number: 'KB-0000-0000-0000-0000',
      completion_id: completion.id,
      user_id: user.id,
      course_id: 1,
      issued_at: '2026-03-06T08:00:00.000Z',
      issued_by: 'fixtures',
      signature,
    })
    .execute();
  return user;
}

/** The database stops being a test database (demo data is then judged as real data would be). */
async function markProduction(t: TestDatabase): Promise<void> {
  await t.db.kysely
    .updateTable('kursdesk_meta')
    .set({ value: 'production' })
    .where('key', '=', 'database_kind')
    .execute();
}

describe.each(DIALECTS)('on %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
  });
  afterAll(() => t.close());

  let unitId: number;
  beforeEach(async () => {
    await t.reset();
    await t.db.kysely.insertInto('kursdesk_meta').values({ key: 'database_kind', value: 'test' }).execute();
    const sik = await insertCourse(t.db.kysely);
    unitId = (await insertUnit(t.db.kysely, sik.id)).id;
  });

  const kd = (argv: string[], options: CliOptions = {}) =>
    runCli(argv, { db: t.url, ...options, env: { ...CERT_ENV, ...options.env } });
  const json = <T = Record<string, unknown>>(stdout: string) => JSON.parse(stdout) as T;
  const count = async (table: 'certificates' | 'audit_log') =>
    Number(
      (
        await t.db.kysely
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  /** Kari, registered through the CLI with her national ID, with a pass of SIK-101 on 5 March 2026. */
  async function kariPassed(): Promise<void> {
    const created = await kd(
      createArgv(KARI, { '--first-name': 'Kari-Åse', '--last-name': 'Nordmann Ødegård' }),
    );
    expect(created.code, created.stderr).toBe(0);
    const recorded = await kd([
      'completions',
      'record',
      KARI.email,
      'SIK-101',
      '--unit',
      String(unitId),
      '--passed',
    ]);
    expect(recorded.code, recorded.stderr).toBe(0);
  }

  it('issues an A4 PDF that reads back with name, birth date, course, dates, number and code, and no national ID', async () => {
    await kariPassed();
    const path = outPath();
    const run = await kd(['certificates', 'issue', KARI.email, 'SIK-101', '--out', path, '--format', 'json']);
    expect(run.code, run.stderr).toBe(0);
    const issued = json<{
      number: string;
      code: string;
      link: string;
      file: string;
      action: string;
      status: string;
    }>(run.stdout);
    expect(issued).toMatchObject({ action: 'new', status: 'valid', file: path, expires_on: '2029-03-05' });
    expect(issued.link).toBe(`https://kursbevis.example.org/kontroll#${issued.code}`);

    const pdf = await readPdf(path);
    const { text } = pdf;
    for (const expected of [
      'KURSBEVIS',
      'Kari-Åse Nordmann Ødegård',
      'født 15. oktober 1986',
      'Sikkerhetskurs for arbeid i og ved spor',
      'Kurskode SIK-101',
      '5. mars 2026',
      '5. mars 2029',
      '25. november 2026',
      issued.number,
      'Opplæringssenteret Ærlig & Å',
      'Ha med deg kursbeviset når du arbeider på anlegg.',
    ])
      expect(text, expected).toContain(expected);
    // The code printed in lines of the mono font joins up to the whole code.
    expect(text.replace(/\s+/g, '')).toContain(issued.code);
    for (const secret of [KARI.nationalId, KARI.secretPart, KARI.mask, KARI.email])
      expect(text).not.toContain(secret);

    // A4 in points, one page, titled with the number, and the code where verify looks for it.
    expect(pdf.pages).toBe(1);
    expect(pdf.pageSizes[0]![0]).toBeCloseTo(595.28, 1);
    expect(pdf.pageSizes[0]![1]).toBeCloseTo(841.89, 1);
    expect(pdf.info.Title).toBe(`Kursbevis ${issued.number}`);
    expect(pdf.info.VerificationCode).toBe(issued.code);
    for (const secret of [KARI.nationalId, KARI.secretPart, KARI.email])
      expect(JSON.stringify(pdf.info)).not.toContain(secret);

    // What a phone reads from the printed page is the verification link, and that link verifies.
    const scanned = await qrCodeOnPage(path);
    expect(scanned).toBe(issued.link);
    const checked = await kd(['certificates', 'verify', scanned as string, '--format', 'json']);
    expect(checked.code, checked.stderr).toBe(0);
    expect(json(checked.stdout)).toMatchObject({
      verdict: 'valid',
      number: issued.number,
      name: 'Kari-Åse Nordmann Ødegård',
    });

    const stored = await t.db.kysely.selectFrom('certificates').selectAll().executeTakeFirstOrThrow();
    expect(stored).toMatchObject({
      number: issued.number,
      key_id: SIGNING.key.keyId,
      issued_by: 'test-agent',
    });
    expect(
      await t.db.kysely
        .selectFrom('audit_log')
        .select('action')
        .where('action', 'like', 'certificates.%')
        .execute(),
    ).toEqual([{ action: 'certificates.issue' }]);
  });

  it('issuing again prints the same certificate: same number, same code, same bytes', async () => {
    await kariPassed();
    const first = outPath();
    const second = outPath();
    const a = await kd(['certificates', 'issue', '1', 'SIK-101', '--out', first, '--format', 'json']);
    // A day later, by another agent: still the same certificate.
    const b = await kd(['certificates', 'issue', '1', 'SIK-101', '--out', second, '--format', 'json'], {
      now: '2026-11-26T09:00:00.000Z',
      env: { KURSDESK_AGENT: 'other-agent' },
    });
    expect(b.code, b.stderr).toBe(0);
    const [x, y] = [json(a.stdout), json(b.stdout)];
    expect(y).toMatchObject({ action: 'reissued', number: x.number, code: x.code });
    expect(readFileSync(second).equals(readFileSync(first))).toBe(true);
    expect(await count('certificates')).toBe(1);
  });

  it('a re-issue keeps the signed content even when the learner record changed since', async () => {
    await kariPassed();
    const a = await kd(['certificates', 'issue', '1', 'SIK-101', '--out', outPath(), '--format', 'json']);
    await t.db.kysely.updateTable('users').set({ family_name: 'Hansen' }).execute();
    const path = outPath();
    const b = await kd(['certificates', 'issue', '1', 'SIK-101', '--out', path, '--format', 'json']);
    expect(json(b.stdout)).toMatchObject({ code: json(a.stdout).code, name: 'Kari-Åse Nordmann Ødegård' });
    expect(await pdfText(path)).not.toContain('Hansen');
  });

  it('prints in English with --lang en', async () => {
    await kariPassed();
    const path = outPath('certificate.pdf');
    expect((await kd(['certificates', 'issue', '1', 'SIK-101', '--lang', 'en', '--out', path])).code).toBe(0);
    const text = await pdfText(path);
    for (const expected of [
      'COURSE CERTIFICATE',
      'born 15 October 1986',
      'Safety course for work on and near the track',
      '5 March 2029',
    ])
      expect(text).toContain(expected);
  });

  describe('verify', () => {
    let issued: { number: string; code: string; link: string; file: string };
    beforeEach(async () => {
      await kariPassed();
      const run = await kd(['certificates', 'issue', '1', 'SIK-101', '--out', outPath(), '--format', 'json']);
      issued = json(run.stdout);
    });

    it('the PDF, the code, the link and the number all verify as valid and not revoked', async () => {
      for (const argument of [
        issued.file,
        issued.code,
        issued.link,
        issued.number,
        issued.number.toLowerCase().replaceAll('-', ''),
      ]) {
        const run = await kd(['certificates', 'verify', argument, '--format', 'json']);
        expect(run.code, `${argument}: ${run.stderr}`).toBe(0);
        expect(json(run.stdout), argument).toMatchObject({
          verdict: 'valid',
          number: issued.number,
          name: 'Kari-Åse Nordmann Ødegård',
          birth_date: '1986-10-15',
          course: 'SIK-101',
          completed_on: '2026-03-05',
          qualification: 'valid through 2029-03-05',
          issuer: 'Opplæringssenteret Ærlig & Å',
          key_id: SIGNING.key.keyId,
          revocation: 'not revoked',
        });
      }
    });

    it('offline, with only the public key, the signature is checked and revocation is said to be unchecked', async () => {
      const run = await kd(
        [
          'certificates',
          'verify',
          issued.file,
          '--offline',
          '--public-key',
          PUBLIC_KEY_FILE,
          '--format',
          'json',
        ],
        {
          env: { KURSDESK_CERT_KEY: '' },
        },
      );
      expect(run.code, run.stderr).toBe(0);
      expect(json(run.stdout)).toMatchObject({
        verdict: 'valid',
        revocation: 'not checked: offline (--offline)',
      });
      expect(run.stderr).toContain('warning: the signature is genuine, but revocation was not checked');
    });

    it('a code with one character changed is not genuine (exit 1)', async () => {
      const i = issued.code.length - 20;
      const tampered =
        issued.code.slice(0, i) + (issued.code[i] === 'A' ? 'B' : 'A') + issued.code.slice(i + 1);
      const run = await kd(['certificates', 'verify', tampered, '--format', 'json']);
      expect(run.code).toBe(1);
      expect(json(run.stdout)).toMatchObject({ verdict: 'not genuine' });
      expect(jsonError(run.stderr).message).toMatch(/^not genuine: /);
    });

    it('a code signed by another key is not genuine', async () => {
      const other = newSigningKey();
      const forged = await kd(['certificates', 'issue', '1', 'SIK-101', '--dry-run', '--format', 'json'], {
        env: { KURSDESK_CERT_KEY: other.pem },
      });
      // The stored certificate was signed with our key, so the other key cannot re-sign it …
      expect(json(forged.stdout)).toMatchObject({ action: 'sealed' });
      const run = await kd(['certificates', 'verify', json<{ code: string }>(forged.stdout).code]);
      // … and what it signs does not verify with the issuer's public key.
      expect(run.code).toBe(1);
      expect(oneLineError(run.stderr)).toMatch(/not among the issuer's keys/);
    });

    it('revoked: verifies as revoked (exit 1) with the reason; revoking again is a conflict; issuing again is refused', async () => {
      const revoke = await kd([
        'certificates',
        'revoke',
        '--yes',
        issued.number,
        '--reason',
        'utstedt til feil person',
        '--ticket',
        'SUP-1',
      ]);
      expect(revoke.code, revoke.stderr).toBe(0);
      const run = await kd(['certificates', 'verify', issued.file, '--format', 'json']);
      expect(run.code).toBe(1);
      expect(json(run.stdout)).toMatchObject({
        verdict: 'revoked',
        reason: 'utstedt til feil person',
        revocation: 'revoked on 2026-11-25: utstedt til feil person',
      });
      expect(jsonError(run.stderr)).toMatchObject({
        exit_code: 1,
        message: `certificate ${issued.number} is revoked on 2026-11-25: utstedt til feil person`,
      });
      const again = await kd(['certificates', 'revoke', '--yes', issued.number, '--reason', 'igjen']);
      expect(again.code).toBe(4);
      const reissue = await kd(['certificates', 'issue', '1', 'SIK-101', '--out', outPath()]);
      expect(reissue.code).toBe(4);
      expect(oneLineError(reissue.stderr)).toMatch(
        /was revoked on 2026-11-25 \(utstedt til feil person\); it is not issued again/,
      );
      const list = await kd(['certificates', 'list', KARI.email, '--format', 'json']);
      expect(json<{ certificates: { status: string }[] }>(list.stdout).certificates).toMatchObject([
        { status: 'revoked' },
      ]);
    });

    it('bad input to verify and revoke: a damaged PDF, something else, a typo in a number, no reason', async () => {
      const notPdf = join(scratch, `notes-${dialect}.pdf`);
      writeFileSync(notPdf, 'Kari sitt kursbevis\n');
      const damaged = join(scratch, `damaged-${dialect}.pdf`);
      const bytes = readFileSync(issued.file);
      // Keep the start, overwrite the code where it is stored: what is left is a PDF without a code.
      writeFileSync(
        damaged,
        Buffer.from(bytes.toString('latin1').replaceAll(/KB1:[A-Za-z0-9_-]+/g, 'XXXX'), 'latin1').subarray(
          0,
          4000,
        ),
      );
      const wrongCheck = `${issued.number.slice(0, -1)}${issued.number.endsWith('0') ? '1' : '0'}`;
      for (const [argv, code, message] of [
        [['certificates', 'verify', notPdf], 1, /is not a PDF file/],
        [['certificates', 'verify', damaged], 1, /holds no verification code: the file is damaged/],
        [['certificates', 'verify', join(scratch, 'missing.pdf')], 3, /no such file/],
        [
          ['certificates', 'verify', 'hello'],
          2,
          /is not a verification code \(KB1:…\), a link, a PDF file or a certificate number/,
        ],
        [['certificates', 'verify', wrongCheck], 2, /a character is mistyped/],
        [
          ['certificates', 'verify', 'https://kursbevis.example.org/kontroll'],
          1,
          /the link holds no verification code/,
        ],
        [['certificates', 'revoke', '--yes', issued.number], 2, /missing --reason/],
        [
          ['certificates', 'revoke', '--yes', 'KB-0000-0000-0000-0000', '--reason', 'x'],
          3,
          /no certificate has the number KB-0000-0000-0000-0000/,
        ],
      ] as const) {
        const run = await kd([...argv]);
        expect(run.code, argv.join(' ')).toBe(code);
        expect(oneLineError(run.stderr)).toMatch(message);
      }
    });
  });

  it('in a test database a placeholder is demo data, said plainly (no key needed); elsewhere it is not genuine', async () => {
    const user = await placeholderCertificate(t, 'unsigned-fixture-placeholder');
    // A new agent trying the demo has no key yet: the number alone says what the certificate is.
    const noKey = { KURSDESK_CERT_KEY: undefined, KURSDESK_CERT_KEY_FILE: join(scratch, 'no-key.pem') };
    const demo = await kd(['certificates', 'verify', 'KB-0000-0000-0000-0000', '--format', 'json'], {
      env: noKey,
    });
    expect(demo.code).toBe(1);
    expect(json(demo.stdout)).toMatchObject({
      verdict: 'unsigned demo',
      name: 'Kari Nordmann',
      key_id: null,
    });
    expect(demo.stderr).toMatch(/KB-0000-0000-0000-0000 is demo data, loaded unsigned: it proves nothing/);
    expect(demo.stderr).toContain(`kursdesk certificates issue ${user.id} SIK-101 --out kursbevis.pdf`);
    expect(demo.stderr).not.toMatch(/not genuine/);
    // The same row in a database not marked test is what it would be there: not genuine.
    await markProduction(t);
    const real = await kd(['certificates', 'verify', 'KB-0000-0000-0000-0000', '--format', 'json']);
    expect(real.code).toBe(1);
    expect(json(real.stdout)).toMatchObject({
      verdict: 'not genuine',
      reason: 'it was never signed: its signature is a placeholder',
    });
    // A code still needs a public key to be checked at all.
    const code = await kd(['certificates', 'verify', 'KB1:AAAA'], { env: noKey });
    expect(code.code).toBe(1);
    expect(code.stderr).toMatch(/no public key to verify with/);
  });

  it('a certificate loaded with a placeholder signature is not genuine, and issuing signs it keeping its number', async () => {
    const user = await placeholderCertificate(t, 'demo-placeholder');
    // Outside a test database (in one, it is demo data: the test above).
    await markProduction(t);
    const verify = await kd(['certificates', 'verify', 'KB-0000-0000-0000-0000', '--format', 'json']);
    expect(verify.code).toBe(1);
    expect(json(verify.stdout)).toMatchObject({
      verdict: 'not genuine',
      name: 'Kari Nordmann',
      reason: 'it was never signed: its signature is a placeholder',
    });
    // A placeholder whose number has no valid check character is not genuine either.
    const demo = await insertCompletion(t.db.kysely, {
      user_id: user.id,
      course_id: 1,
      completed_on: '2025-03-05',
    });
    await t.db.kysely
      .insertInto('certificates')
      .values({
        number: 'KB-DEMO-0001',
        completion_id: demo.id,
        user_id: user.id,
        course_id: 1,
        issued_at: TEST_NOW,
        issued_by: 'fixtures',
        signature: 'x',
      })
      .execute();
    const malformed = await kd(['certificates', 'verify', 'kb-demo-0001', '--format', 'json']);
    expect(malformed.code).toBe(1);
    expect(json(malformed.stdout)).toMatchObject({
      verdict: 'not genuine',
      reason: expect.stringMatching(/^its number is not one kursdesk issues/),
    });
    const issue = await kd(['certificates', 'issue', '1', 'SIK-101', '--out', outPath(), '--format', 'json']);
    expect(issue.code, issue.stderr).toBe(0);
    expect(json(issue.stdout)).toMatchObject({ action: 'sealed', number: 'KB-0000-0000-0000-0000' });
    expect(issue.stderr).toContain('KB-0000-0000-0000-0000 had no valid signature; it is signed now');
    const after = await kd(['certificates', 'verify', 'KB-0000-0000-0000-0000', '--format', 'json']);
    expect(json(after.stdout)).toMatchObject({ verdict: 'valid', issued_on: '2026-03-06' });
  });

  it('a fixture loader signs its placeholder certificates with sealUnsignedCertificates', async () => {
    const user = await insertLearnerRow(t.db.kysely);
    const numbers = [1, 2].map((n) =>
      certificateNumberFromBytes(new Uint8Array([0, 0, 0, 0, 0, 0, 0, 0, 0, n])),
    );
    for (const [i, number] of numbers.entries()) {
      const completion = await insertCompletion(t.db.kysely, {
        user_id: user.id,
        course_id: 1,
        completed_on: `2026-0${i + 1}-05`,
      });
      await t.db.kysely
        .insertInto('certificates')
        .values({
          number,
          completion_id: completion.id,
          user_id: user.id,
          course_id: 1,
          issued_at: TEST_NOW,
          issued_by: 'fixtures',
          signature: 'placeholder',
        })
        .execute();
    }
    const keys = certificateKeys(SIGNING.key);
    const deps = testDeps(t.db);
    expect(await sealUnsignedCertificates(deps, keys, 'Kursportalen')).toEqual(numbers);
    // Signed ones are left alone.
    expect(await sealUnsignedCertificates(deps, keys, 'Kursportalen')).toEqual([]);
    for (const number of numbers) {
      const run = await kd(['certificates', 'verify', number, '--format', 'json']);
      expect(json(run.stdout)).toMatchObject({
        verdict: 'valid',
        issuer: 'Kursportalen',
        issued_on: '2026-11-25',
      });
    }
  });

  it('no passed completion: exit 3 saying what is missing, for none and for a fail', async () => {
    await insertLearnerRow(t.db.kysely);
    const none = await kd(['certificates', 'issue', '1', 'SIK-101', '--out', outPath()]);
    expect(none.code).toBe(3);
    expect(oneLineError(none.stderr)).toMatch(
      /learner 1 \(Kari Nordmann\) has no completion of SIK-101 on record, so there is nothing to certify — .*kursdesk results record 1 SIK-101/,
    );
    await insertCompletion(t.db.kysely, {
      user_id: 1,
      course_id: 1,
      passed: false,
      expires_on: null,
      completed_on: '2026-03-01',
    });
    const failed = await kd(['certificates', 'issue', '1', 'SIK-101', '--out', outPath()]);
    expect(failed.code).toBe(3);
    expect(oneLineError(failed.stderr)).toMatch(
      /has not passed SIK-101: 1 attempt on record, the latest failed on 2026-03-01/,
    );
    expect(await count('certificates')).toBe(0);
  });

  it('an expired qualification is issued, marked expired on the PDF, and warned about', async () => {
    await insertLearnerRow(t.db.kysely);
    await insertCompletion(t.db.kysely, {
      user_id: 1,
      course_id: 1,
      completed_on: '2020-01-10',
      expires_on: '2023-01-10',
    });
    const path = outPath();
    const run = await kd(['certificates', 'issue', '1', 'SIK-101', '--out', path, '--format', 'json']);
    expect(run.code, run.stderr).toBe(0);
    expect(json(run.stdout)).toMatchObject({ status: 'expired', expires_on: '2023-01-10' });
    expect(run.stderr).toContain(
      'warning: the qualification of Kari Nordmann (SIK-101) expired on 2023-01-10: the certificate is issued and marked expired',
    );
    const text = await pdfText(path);
    expect(text).toContain('UTLØPT');
    expect(text).toContain('Kvalifikasjonen gikk ut 10. januar 2023.');
    const verify = await kd(['certificates', 'verify', path, '--format', 'json']);
    expect(verify.code).toBe(0);
    expect(json(verify.stdout)).toMatchObject({ verdict: 'valid', qualification: 'expired on 2023-01-10' });
    expect(verify.stderr).toContain('the qualification expired on 2023-01-10');
  });

  it('an unwritable output place fails before anything is issued', async () => {
    await insertLearnerRow(t.db.kysely);
    await insertCompletion(t.db.kysely, { user_id: 1, course_id: 1 });
    const cases: [string, RegExp][] = [
      [
        join(scratch, 'no', 'such', 'folder', 'x.pdf'),
        /cannot write to .*: the folder does not exist; nothing was issued/,
      ],
      [
        join(scratch, `afile-${dialect}.pdf`, 'x.pdf'),
        /cannot write to .*: a part of the path is not a folder; nothing was issued/,
      ],
    ];
    writeFileSync(join(scratch, `afile-${dialect}.pdf`), 'x');
    for (const [out, message] of cases) {
      const run = await kd(['certificates', 'issue', '1', 'SIK-101', '--out', out]);
      expect(run.code, out).toBe(1);
      expect(oneLineError(run.stderr)).toMatch(message);
    }
    const notPdf = await kd(['certificates', 'issue', '1', 'SIK-101', '--out', join(scratch, 'x.txt')]);
    expect(notPdf.code).toBe(2);
    expect(await count('certificates')).toBe(0);
    expect(await count('audit_log')).toBe(0);
  });

  it('a folder the agent may not write to: permission denied, nothing issued (also when the tests run as root)', async () => {
    await insertLearnerRow(t.db.kysely);
    await insertCompletion(t.db.kysely, { user_id: 1, course_id: 1 });
    // A folder anyone may enter and nobody but its owner (root) may write to.
    const parent = mkdtempSync(join(tmpdir(), 'kursdesk-locked-'));
    chmodSync(parent, 0o755);
    const locked = join(parent, 'kursbevis');
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    try {
      const argv = ['certificates', 'issue', '1', 'SIK-101', '--out', join(locked, 'x.pdf')];
      const run = process.getuid?.() === 0 ? await asAnotherUser(argv) : await kd(argv);
      expect(run.code, run.stderr).toBe(1);
      expect(oneLineError(run.stderr)).toMatch(
        /cannot write to .*kursbevis: permission denied; nothing was issued/,
      );
      expect(readdirSync(locked)).toEqual([]);
      expect(await count('certificates')).toBe(0);
      expect(await count('audit_log')).toBe(0);
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });

  /**
   * Root ignores permission bits, and CI runs as root: there the refusal is shown by the built binary
   * run as nobody, an agent without root's power. It gets a world-writable home and, on SQLite, access
   * to the database file (owned by root, in a private folder); everything else it needs is world-readable.
   */
  async function asAnotherUser(argv: string[]) {
    const nobody = { uid: 65534, gid: 65534 };
    const home = mkdtempSync(join(tmpdir(), 'kursdesk-nobody-'));
    chmodSync(home, 0o777);
    if (dialect === 'sqlite') {
      const folder = dirname(t.url);
      chmodSync(folder, 0o777);
      for (const file of readdirSync(folder)) chmodSync(join(folder, file), 0o666);
    }
    // The checkout may sit in a private folder (a clone into `mktemp -d`): nobody gets the right to pass
    // through (not to list) each folder above the program for this one run.
    const passable: [string, number][] = [];
    for (let dir = dirname(BIN); dir !== dirname(dir); dir = dirname(dir)) {
      const mode = statSync(dir).mode & 0o7777;
      if ((mode & 0o001) === 0) {
        chmodSync(dir, mode | 0o001);
        passable.push([dir, mode]);
      }
    }
    try {
      return await runBin(['--db', t.url, ...argv], {
        user: nobody,
        env: { ...CERT_ENV, XDG_DATA_HOME: home, XDG_CONFIG_HOME: home },
        cwd: home,
      });
    } finally {
      rmSync(home, { recursive: true, force: true });
      if (dialect === 'sqlite') chmodSync(dirname(t.url), 0o700);
      for (const [dir, mode] of passable) chmodSync(dir, mode);
    }
  }

  it('--unit issues one certificate per learner who passed the unit, into a folder', async () => {
    const names = [
      ['Åse', 'Ødegård'],
      ['Ola', 'Hansen'],
      ['Per', 'Ås'],
    ];
    for (const [i, [given, family]] of names.entries()) {
      const user = await insertLearnerRow(t.db.kysely, {
        given_names: given,
        family_name: family,
        email: `l${i}@firma.no`,
      });
      await insertCompletion(t.db.kysely, {
        user_id: user.id,
        course_id: 1,
        unit_id: unitId,
        passed: i !== 2,
      });
    }
    const folder = join(scratch, `unit-${dialect}`, 'kursbevis');
    const dry = await kd([
      'certificates',
      'issue',
      '--unit',
      String(unitId),
      '--out',
      folder,
      '--dry-run',
      '--format',
      'json',
    ]);
    expect(dry.code, dry.stderr).toBe(0);
    expect(json<unknown[]>(dry.stdout)).toHaveLength(2);
    expect(existsSync(folder)).toBe(false);
    expect(await count('certificates')).toBe(0);

    const run = await kd([
      'certificates',
      'issue',
      '--unit',
      String(unitId),
      '--out',
      folder,
      '--format',
      'json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const rows = json<{ name: string; number: string; file: string; action: string }[]>(run.stdout);
    expect(rows.map((r) => [r.name, r.action])).toEqual([
      ['Ola Hansen', 'new'],
      ['Åse Ødegård', 'new'],
    ]);
    expect(readdirSync(folder).sort()).toEqual(
      rows
        .map((r) => `kursbevis-${r.name === 'Ola Hansen' ? 'ola-hansen' : 'ase-odegard'}-${r.number}.pdf`)
        .sort(),
    );
    expect(await pdfText(rows[1]!.file)).toContain('Åse Ødegård');
    const again = await kd([
      'certificates',
      'issue',
      '--unit',
      String(unitId),
      '--out',
      folder,
      '--format',
      'json',
    ]);
    expect(json<{ action: string }[]>(again.stdout).map((r) => r.action)).toEqual(['reissued', 'reissued']);
    const empty = await kd(['certificates', 'issue', '--unit', '999', '--out', folder]);
    expect(empty.code).toBe(3);
  });

  it('public-key prints the PEM that verifies, and the key id in JSON', async () => {
    const pem = await kd(['certificates', 'public-key']);
    expect(pem.code).toBe(0);
    expect(pem.stdout).toBe(publicKeyPem(SIGNING.key.publicKey));
    const record = json((await kd(['certificates', 'public-key', '--format', 'json'])).stdout);
    expect(record).toMatchObject({
      key_id: SIGNING.key.keyId,
      algorithm: 'Ed25519',
      issuer: 'Opplæringssenteret Ærlig & Å',
    });
    expect(JSON.stringify(record)).not.toContain('PRIVATE');
  });
});

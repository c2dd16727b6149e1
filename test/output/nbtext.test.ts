// The last English words on an agent's bokmål screens: booking refusals, a bulk move's refused rows,
// a certificate seal that does not hold, Ctrl-C at triage's paste, and a portal_url config set refuses.
// Each is said in bokmål when the agent chose it (KURSDESK_LANG=nb) and in the English it always had
// otherwise; the machine formats keep the English. Run in-process on both databases where a command
// reads one.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newSigningKey, publicKeyPem } from '../../src/domain/certificates/keys.js';
import { certificateNumberFromBytes } from '../../src/domain/certificates/number.js';
import { sealContent } from '../../src/domain/certificates/seal.js';
import { runCli } from '../helpers/cli.js';
import { DIALECTS } from '../helpers/databases.js';
import { useDemoDatabase } from '../helpers/demo-db.js';

const NB = { KURSDESK_LANG: 'nb' };
const dir = mkdtempSync(join(tmpdir(), 'kursdesk-nbtext-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(DIALECTS)('on %s with the demo data', (dialect) => {
  const demo = useDemoDatabase(dialect);

  /** A unit of the demo data: one cancelled, or one that started before the tests' clock. */
  const unitWhere = async (kind: 'cancelled' | 'started') => {
    let query = demo.db.kysely
      .selectFrom('course_units')
      .innerJoin('courses', 'courses.id', 'course_units.course_id')
      .select(['course_units.id', 'courses.code']);
    query =
      kind === 'cancelled'
        ? query.where('course_units.status', '=', 'cancelled')
        : query
            .where('course_units.status', '=', 'scheduled')
            .where('course_units.starts_at', '<', '2026-01-01');
    return query.orderBy('course_units.id').executeTakeFirstOrThrow();
  };

  it('units enrol: a cancelled unit is refused in bokmål, and in the English it always had', async () => {
    const unit = await unitWhere('cancelled');
    const argv = ['units', 'enrol', '2', String(unit.id), '--yes', '--ticket', 'SUP-1'];
    const nb = await runCli(argv, { db: demo.url, env: NB });
    expect(nb.code).toBe(4);
    expect(nb.stderr).toBe(
      `kursdesk: enhet ${unit.id} av ${unit.code} er avlyst; ingenting ble booket — finn en annen dato: kursdesk units list --course ${unit.code} --available\n`,
    );
    const en = await runCli(argv, { db: demo.url });
    expect(en.code).toBe(4);
    expect(en.stderr).toBe(
      `kursdesk: unit ${unit.id} of ${unit.code} is cancelled; nothing was booked — find another date: kursdesk units list --course ${unit.code} --available\n`,
    );
  });

  it('units enrol: a unit in the past is refused with its start as bokmål writes a date', async () => {
    const unit = await unitWhere('started');
    const argv = ['units', 'enrol', '2', String(unit.id), '--yes', '--ticket', 'SUP-1'];
    const nb = await runCli(argv, { db: demo.url, env: NB });
    expect(nb.code).toBe(4);
    expect(nb.stderr).toMatch(
      new RegExp(
        `^kursdesk: enhet ${unit.id} av ${unit.code} startet \\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}: den er allerede i gang eller over; ingenting ble booket`,
      ),
    );
    const en = await runCli(argv, { db: demo.url });
    expect(en.stderr).toMatch(
      new RegExp(
        `^kursdesk: unit ${unit.id} of ${unit.code} started .+: it is in the past; nothing was booked`,
      ),
    );
  });

  it('users move --file: every refused row in bokmål on screen and in --errors, the English kept in json', async () => {
    const list = join(dir, `list-${dialect}.csv`);
    // Line 3 repeats line 2, line 4 is nobody, line 5 names two learners, line 6 an unknown id.
    writeFileSync(list, 'id,email\n6,\n6,\n,nobody@x.test\n27,andreas.lonning@banesignal.test\n99999,\n');
    const errors = join(dir, `rejects-${dialect}.csv`);
    const argv = ['users', 'move', '--file', list, '--to', '988102342', '--ticket', 'HR-1', '--yes'];
    const nb = await runCli([...argv, '--errors', errors], { db: demo.url, env: NB });
    expect(nb.code).toBe(1);
    const reasons = [
      'bruker 6 står allerede på linje 2',
      'ingen bruker har e-postadressen nobody@x.test, verken nå eller tidligere',
      'raden peker på to brukere: 27 er bruker 27, andreas.lonning@banesignal.test er bruker 6',
      'ingen bruker har id 99999',
    ];
    for (const [i, reason] of reasons.entries()) {
      expect(nb.stderr).toContain(`:${i + 3}: learner: ${reason}\n`);
      expect(nb.stdout).toContain(reason);
      expect(readFileSync(errors, 'utf8')).toContain(`"${reason}"`);
    }
    expect(nb.stdout).toContain(
      'rader 5: kan flyttes 1, flyttet 0, avvist 4; betalte påmeldinger fakturert på nytt 0',
    );
    expect(`${nb.stdout}${nb.stderr}`).not.toMatch(
      /already on line|no learner has|names two learners|rows 5:/,
    );

    const en = await runCli(argv, { db: demo.url });
    expect(en.stderr).toContain(':3: learner: learner 6 is already on line 2\n');
    expect(en.stderr).toContain(
      ':5: learner: the row names two learners: 27 is learner 27, andreas.lonning@banesignal.test is learner 6\n',
    );
    expect(en.stdout).toContain('rows 5: movable 1, moved 0, refused 4; paid enrolments re-invoiced 0');

    // A machine format says the reasons as it always did, whatever the agent reads.
    const json = await runCli([...argv, '--format', 'json'], { db: demo.url, env: NB });
    const rows = (JSON.parse(json.stdout) as { learners: { line: number; reason: string | null }[] })
      .learners;
    expect(rows.map((r) => r.reason)).toEqual([
      null,
      'learner 6 is already on line 2',
      'no learner has the e-mail nobody@x.test, now or earlier',
      'the row names two learners: 27 is learner 27, andreas.lonning@banesignal.test is learner 6',
      'no learner has id 99999',
    ]);
    const csv = await runCli([...argv, '--format', 'csv'], { db: demo.url, env: NB });
    expect(csv.stdout).toContain('learner 6 is already on line 2');
  });

  it('the lines above a table: learner, valid courses, reports, a search as a learner', async () => {
    const cases: [string[], RegExp, RegExp][] = [
      [
        ['users', 'history', '2'],
        /^Petter Lunde \(bruker 2\), født 08\.11\.1991\ngyldig nå: /,
        /^Petter Lunde \(learner 2\), born 1991-11-08\nvalid now: /,
      ],
      [
        ['certificates', 'list', '2'],
        /^Petter Lunde \(bruker 2\), født 08\.11\.1991\n\n/,
        /^Petter Lunde \(learner 2\), born 1991-11-08\n\n/,
      ],
      [
        ['reports', 'expiring', '--within', '90d'],
        /^\d+ kvalifikasjoner utløper \d\d\.\d\d\.\d{4} – \d\d\.\d\d\.\d{4} \(innen 90 dager\)\n/,
        /^\d+ qualification\(s\) expiring \d{4}-\d\d-\d\d – \d{4}-\d\d-\d\d \(within 90 days\)\n/,
      ],
      [
        ['reports', 'hms', '--within', '60d'],
        /^HMS-kort som skal fornyes innen \d\d\.\d\d\.\d{4} \(i dag \d\d\.\d\d\.\d{4}\)\n/,
        /^HMS cards due by \d{4}-\d\d-\d\d \(today \d{4}-\d\d-\d\d\)\n/,
      ],
      [
        ['courses', 'search', 'sikkerhet', '--user', '2'],
        /^slik Petter Lunde ser det \(bruker 2, konto av typen full\)\n/,
        /^as Petter Lunde \(learner 2, full account\)\n/,
      ],
    ];
    for (const [argv, nb, en] of cases) {
      const bokmal = await runCli(argv, { db: demo.url, env: NB });
      expect(bokmal.code, `${argv.join(' ')}: ${bokmal.stderr}`).toBe(0);
      expect(bokmal.stdout, argv.join(' ')).toMatch(nb);
      const english = await runCli(argv, { db: demo.url });
      expect(english.stdout, argv.join(' ')).toMatch(en);
    }
  });

  it('users move --file: a learner already at the new employer is said so in bokmål', async () => {
    const list = join(dir, `same-${dialect}.csv`);
    // With an invoice reference learner 6 does not have: a move that cannot happen (without one it is
    // left as is, see test/moves/move-again.test.ts).
    writeFileSync(list, 'id,invoice_reference\n6,NY-REF-1\n');
    const argv = ['users', 'move', '--file', list, '--to', '912837459', '--ticket', 'HR-2', '--yes'];
    const nb = await runCli(argv, { db: demo.url, env: NB });
    expect(nb.code).toBe(1);
    expect(nb.stderr).toContain(
      ':2: learner: bruker 6 er allerede ansatt i Bane og Signal Norge AS (912837459)\n',
    );
    const en = await runCli(argv, { db: demo.url });
    expect(en.stderr).toContain(
      ':2: learner: learner 6 is already employed at Bane og Signal Norge AS (912837459)\n',
    );
  });
});

/** Kari Nordmann's SIK-101 certificate (passed 2026-03-05, valid three years), numbered from `bytes`. */
function kariCertificate(bytes: number[]) {
  return {
    number: certificateNumberFromBytes(new Uint8Array(bytes)),
    name: 'Kari Nordmann',
    birthDate: '1986-10-15',
    courseCode: 'SIK-101',
    courseTitle: 'Sikkerhetskurs',
    courseTitleEn: 'Safety course',
    completedOn: '2026-03-05',
    expiresOn: '2029-03-05',
    issuer: 'Kursportalen',
    issuedOn: '2026-11-25',
  };
}

describe('certificates verify: a seal that does not hold', () => {
  const key = newSigningKey().key;
  const other = newSigningKey().key;
  const content = kariCertificate([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  const pem = join(dir, 'issuer.pem');
  writeFileSync(pem, publicKeyPem(key.publicKey));

  it.each([
    [
      'forged with another key under the same key id',
      () => sealContent(content, { ...other, keyId: key.keyId }).code,
      'ikke ekte: signaturen stemmer ikke med innholdet: det er endret eller forfalsket',
      'not genuine: the signature does not match the content: it was altered or forged',
    ],
    [
      'signed with a key the issuer never had',
      () => sealContent(content, other).code,
      `ikke ekte: det oppgir signeringsnøkkelen ${other.keyId}, som ikke er blant utstederens nøkler`,
      `not genuine: it names signing key ${other.keyId}, which is not among the issuer's keys`,
    ],
  ])('%s', async (_what, code, nbLine, enLine) => {
    const argv = ['certificates', 'verify', code(), '--offline', '--public-key', pem];
    const nb = await runCli(argv, { env: NB });
    expect(nb.code).toBe(1);
    expect(nb.stderr).toBe(`kursdesk: ${nbLine}\n`);
    const en = await runCli(argv);
    expect(en.code).toBe(1);
    expect(en.stderr).toBe(`kursdesk: ${enLine}\n`);
  });
});

describe('certificates verify: the verdict table', () => {
  it("says the qualification and revocation in bokmål; json keeps the verdict's English", async () => {
    const key = newSigningKey().key;
    const pem = join(dir, 'issuer-table.pem');
    writeFileSync(pem, publicKeyPem(key.publicKey));
    const code = sealContent(kariCertificate([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]), key).code;
    const argv = ['certificates', 'verify', code, '--offline', '--public-key', pem];
    const nb = await runCli(argv, { env: NB });
    expect(nb.stdout).toMatch(/qualification +gyldig til og med 05\.03\.2029\n/);
    expect(nb.stdout).toMatch(/revocation +ikke sjekket: \S/);
    expect(nb.stdout).not.toMatch(/valid through|not checked/);
    const en = await runCli(argv);
    expect(en.stdout).toMatch(/qualification +valid through 2029-03-05\n/);
    expect(en.stdout).toMatch(/revocation +not checked: \S/);
    const json = JSON.parse((await runCli([...argv, '--format', 'json'], { env: NB })).stdout);
    expect(json.qualification).toBe('valid through 2029-03-05');
    expect(json.revocation).toMatch(/^not checked: /);
  });
});

describe('Ctrl-C while triage reads a pasted ticket', () => {
  it('says so in bokmål when the agent chose it, and cancelled otherwise (exit 130)', async () => {
    const nb = await runCli(['triage'], { tty: true, stdin: 'Hei\u0003', env: NB });
    expect(nb.code).toBe(130);
    expect(nb.stderr).toMatch(/kursdesk: avbrutt\n$/);
    const en = await runCli(['triage'], { tty: true, stdin: 'Hello\u0003' });
    expect(en.code).toBe(130);
    expect(en.stderr).toMatch(/kursdesk: cancelled\n$/);
  });
});

describe('config set portal_url', () => {
  const env = (lang?: 'nb') => ({ XDG_CONFIG_HOME: join(dir, 'config'), ...(lang ? NB : {}) });

  // Every refusal below leaves this address as it was.
  beforeAll(async () => {
    const set = await runCli(['config', 'set', 'portal_url', 'https://kurs.example.no'], { env: env() });
    expect(set.code, set.stderr).toBe(0);
  });

  it.each([
    ['abc', "'abc' is not a URL; expected https://portal.example.no", '«abc» er ikke en URL'],
    ['ftp://kurs.example.no', 'must be an https URL; got ftp:', 'må være en https-URL, ikke ftp:'],
    ['http://kurs.example.no', 'must use https (http is allowed only for localhost)', 'må bruke https'],
    ['https://kurs.example.no/?x=1', 'must not have a query', 'kan ikke ha spørredel'],
  ])('refuses %s with one coded line, exit 2, the setting unchanged', async (value, en, nb) => {
    const english = await runCli(['config', 'set', 'portal_url', value], { env: env() });
    expect(english.code).toBe(2);
    expect(english.stderr).toMatch(/^kursdesk: portal_url refused: .+; the setting is unchanged\n$/);
    expect(english.stderr).toContain(en);
    const bokmal = await runCli(['config', 'set', 'portal_url', value], { env: env('nb') });
    expect(bokmal.code).toBe(2);
    expect(bokmal.stderr).toMatch(/^kursdesk: portal_url avvist: .+; innstillingen er uendret\n$/);
    expect(bokmal.stderr).toContain(nb);
    const kept = await runCli(['config', 'get', 'portal_url'], { env: env() });
    expect(kept.stdout).toBe('https://kurs.example.no\n');
  });

  it.each([
    ['https://kari:hemmelig@kurs.example.no', 'kan ikke inneholde brukernavn eller passord'],
    ['https://kari:hemmelig@ kurs', '«https://kari:***@ kurs» er ikke en URL'],
  ])('refuses %s from stdin without saying the password', async (value, said) => {
    const run = await runCli(['config', 'set', 'portal_url', '-'], { env: env('nb'), stdin: `${value}\n` });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(said);
    expect(run.stderr).not.toContain('hemmelig');
    const kept = await runCli(['config', 'get', 'portal_url'], { env: env() });
    expect(kept.stdout).toBe('https://kurs.example.no\n');
  });
});

describe('the places this work coded', () => {
  const ROOT = join(import.meta.dirname, '..', '..');
  it.each([
    // A reason or fix written as an English literal, not a coded message.
    ['src/domain/booking.ts', /\b(?:reason|fix): [`'"]|return '[a-z]/],
    ['src/domain/certificates/seal.ts', /reason: [`'"]/],
    ['src/workflows/move-employer.ts', /reason(?: =|:) [`'"]|reason \?\? '/],
    ['src/guided/terminal.ts', /'avbrutt'|cancelled = '/],
  ])('%s keeps no plain-English reason', (file, plain) => {
    expect(readFileSync(join(ROOT, file), 'utf8')).not.toMatch(plain);
  });
});

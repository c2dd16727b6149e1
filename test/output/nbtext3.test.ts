// English still left on a bokmål agent's screens (third pass): a record's sections, times and yes/no,
// the confirmation before a change, a bulk-move file's refused rows, a demo certificate's verdict and
// the course titles of a W15 reply. Each is said in bokmål when the agent chose it (KURSDESK_LANG=nb)
// and in the English it always had otherwise; --format json keeps its records. In-process, both databases.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replyBlock } from '../../src/guided/show.js';
import { runCli } from '../helpers/cli.js';
import { DIALECTS } from '../helpers/databases.js';
import { useDemoDatabase } from '../helpers/demo-db.js';
import { runBin } from '../helpers/e2e.js';
import { linkIn } from '../helpers/smtp.js';
import { PORTAL_ENV } from '../links/fixtures.js';

const NB = { KURSDESK_LANG: 'nb' };

/** A demo certificate (Petter Lunde's HMS-101), loaded unsigned. */
const DEMO_CERTIFICATE = 'KB-KVPY-R4FY-JAYS-JDX9';

/** Trond Strand (learner 1, passed HMS-101) asks for his certificate in English, from his own address. */
const W15_TICKET_EN =
  'From: Trond Strand <trond.strand93@epost.test>\nSubject: certificate\n\nHello, I need my course certificate for my new job. Where can I find it?\nRegards, Trond Strand\n';
const W15_TICKET_NB =
  'Fra: Trond Strand <trond.strand93@epost.test>\nEmne: kursbevis\n\nHei, jeg trenger kursbeviset mitt til ny jobb. Hvor finner jeg det?\nHilsen Trond Strand\n';

/** A Peppol participants export with a bad check digit, a bare org number and a repeated participant. */
const PEPPOL_CSV =
  'Participant ID\niso6523-actorid-upis::0192:912346978\niso6523-actorid-upis::0192:912346977\n912346978\niso6523-actorid-upis::0192:912346978\n';
/** Brønnøysund units as JSON: one good, then a short number, no number, no name and not a unit. */
const BRREG_JSON =
  '[{"organisasjonsnummer":"912346978","navn":"A AS"},{"organisasjonsnummer":12345},{"navn":"B"},{"organisasjonsnummer":"912346978"},3]';

/** A company list with a repeated org number, a short one with a bad e-mail and a row with a field too many. */
const COMPANIES_CSV =
  'org_number,name,business_street,business_postal_code,business_city,invoice_email,contact_name,contact_email,contact_phone\n' +
  '912346978,A AS,Gate 1,0150,Oslo,a@b.no,Kari N,k@b.no,+4790000000\n' +
  '912346978,B AS,Gate 2,0150,Oslo,b@b.no,Kari N,k@b.no,+4790000000\n' +
  '12345,C AS,Gate 3,0150,Oslo,x,Kari N,k@b.no,+4790000000\n' +
  '912352455,D AS,Gate 4,0150,Oslo,c@c.no,Kari N,k@b.no,+4790000000,extra\n';

function listFile(dialect: string, text: string): string {
  const path = join(tmpdir(), `kursdesk-nbtext3-${dialect}-${process.pid}-${Math.random()}.csv`);
  writeFileSync(path, text);
  return path;
}

describe.each(DIALECTS)('on %s with the demo data', (dialect) => {
  const demo = useDemoDatabase(dialect);

  it('users show --history: sections, times and yes/no in bokmål; English and json as before', async () => {
    const argv = ['users', 'show', 'kari.nordmann@banesignal.test', '--history'];
    const nb = await runCli(argv, { db: demo.url, env: NB });
    expect(nb.code, nb.stderr).toBe(0);
    expect(nb.stdout).toContain('\nE-posthistorikk\n');
    expect(nb.stdout).toContain('\nArbeidsgiverhistorikk\n');
    // An account's labels are bokmål on a bokmål screen too (nbtext6).
    expect(nb.stdout).toMatch(/opprettet +\d\d\.\d\d\.\d{4} \d\d:\d\d\n/);
    expect(nb.stdout).toMatch(/HMS-kort forfalt +nei\n/);
    expect(nb.stdout).not.toMatch(
      /history|\b\d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b|\bno\n/,
    );
    const en = await runCli(argv, { db: demo.url });
    expect(en.stdout).toContain('\nE-mail history\n');
    expect(en.stdout).toContain('\nEmployer history\n');
    expect(en.stdout).toMatch(
      /created_at +\d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d\n/,
    );
    expect(en.stdout).toMatch(/hms_card_overdue +no\n/);
    const json = await runCli([...argv, '--format', 'json'], { db: demo.url, env: NB });
    const record = JSON.parse(json.stdout);
    expect(record.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0[12]:00$/);
    expect(record.hms_card_overdue).toBe(false);
  });

  it('the confirmation before a change: frame, plan, question and refusal in bokmål; English as before', async () => {
    const argv = ['certificates', 'revoke', DEMO_CERTIFICATE, '--reason', 'utstedt ved en feil'];
    const nb = await runCli(argv, { db: demo.url, env: NB, tty: true, answers: [false] });
    expect(nb.code, nb.stderr).toBe(130);
    expect(nb.stderr).toContain(`Dette vil trekke tilbake kursbevis ${DEMO_CERTIFICATE} for bruker 2:\n`);
    expect(nb.stderr).toContain('  begrunnelse: utstedt ved en feil\n');
    expect(nb.asked).toEqual([`Trekke tilbake kursbevis ${DEMO_CERTIFICATE} for bruker 2?`]);
    expect(nb.stderr).toContain('ingenting ble endret');
    expect(nb.stderr).not.toMatch(/This will|revoke|nothing was changed/);
    const en = await runCli(argv, { db: demo.url, tty: true, answers: [false] });
    expect(en.code).toBe(130);
    expect(en.stderr).toContain(`This will revoke certificate ${DEMO_CERTIFICATE} of learner 2:\n`);
    expect(en.stderr).toContain('  reason: utstedt ved en feil\n');
    expect(en.asked).toEqual([`Revoke certificate ${DEMO_CERTIFICATE} of learner 2?`]);
    expect(en.stderr).toContain('nothing was changed');
    // Without a terminal the refusal names the plan in the same words.
    const piped = await runCli(argv, { db: demo.url, env: NB });
    expect(piped.code).toBe(2);
    expect(piped.stderr).toContain(`dette ville trekke tilbake kursbevis ${DEMO_CERTIFICATE} for bruker 2,`);
  });

  it('users move --file: a row without a learner and a broken file said in bokmål; English as before', async () => {
    const rows = listFile(dialect, 'id,fakturareferanse\n,P-1\n');
    const argv = ['users', 'move', '--file', rows, '--to', '912837459', '--dry-run'];
    const nb = await runCli(argv, { db: demo.url, env: NB });
    expect(nb.stderr).toContain(`${rows}:2: learner: ingen bruker: oppgi id eller e-postadresse`);
    const en = await runCli(argv, { db: demo.url });
    expect(en.stderr).toContain(`${rows}:2: learner: no learner: give an id or e-mail`);
    const broken = listFile(dialect, 'id,email\n"1,2\n');
    const brokenArgv = ['users', 'move', '--file', broken, '--to', '912837459', '--dry-run'];
    const nbBroken = await runCli(brokenArgv, { db: demo.url, env: NB });
    expect(nbBroken.code).not.toBe(0);
    expect(nbBroken.stderr).toContain('linje 2: et felt i anførselstegn er ikke lukket (det mangler en ")');
    const enBroken = await runCli(brokenArgv, { db: demo.url });
    expect(enBroken.stderr).toContain('line 2: a quoted field is not closed (a " is missing)');
  });

  it('certificates verify: a demo certificate’s verdict and reason in bokmål on screen, English in json', async () => {
    const argv = ['certificates', 'verify', DEMO_CERTIFICATE];
    const nb = await runCli(argv, { db: demo.url, env: NB });
    expect(nb.stdout).toMatch(/verdict +usignert demodata\n/);
    expect(nb.stdout).toMatch(/reason +et kursbevis fra demodataene/);
    expect(nb.stdout).not.toMatch(/unsigned|proves nothing/);
    const en = await runCli(argv, { db: demo.url });
    expect(en.stdout).toMatch(/verdict +unsigned demo\n/);
    expect(en.stdout).toMatch(/reason +a certificate of the demo \(test\) data: it was loaded unsigned/);
    const json = await runCli([...argv, '--format', 'json'], { db: demo.url, env: NB });
    expect(JSON.parse(json.stdout)).toMatchObject({
      verdict: 'unsigned demo',
      reason:
        'a certificate of the demo (test) data: it was loaded unsigned, so it proves nothing; certificates issue signs it',
    });
  });

  it('W15: the reply lists a passed course by its English title in English and its Norwegian title in bokmål', async () => {
    const en = await runCli(['triage', '-', '--answer', '--ticket', 'SUP-15'], {
      db: demo.url,
      stdin: W15_TICKET_EN,
    });
    expect(en.code, en.stderr).toBe(0);
    expect(en.stdout).toContain('- HMS-101 Health and safety for contractors');
    expect(en.stdout).not.toContain('HMS-101 HMS for innleide');
    const nb = await runCli(['triage', '-', '--answer', '--ticket', 'SUP-16'], {
      db: demo.url,
      env: NB,
      stdin: W15_TICKET_NB,
    });
    expect(nb.code, nb.stderr).toBe(0);
    expect(nb.stdout).toContain('HMS-101 HMS for innleide og underleverandører');
    expect(nb.stdout).not.toContain('Health and safety for contractors');
  });

  it('programmes status: heading, next steps with their dates and the empty case in bokmål; English and csv as before', async () => {
    const nb = await runCli(['programmes', 'status', '42'], { db: demo.url, env: NB });
    expect(nb.code, nb.stderr).toBe(0);
    expect(nb.stdout).toMatch(
      /^.+ \(bruker 42, kontotype full\)\nOL-SV Opplæringsløp sikkerhetsvakt: \d+ mangler, \d+ utløpt\n/,
    );
    expect(nb.stdout).toMatch(/påmeldt: \d\d\.\d\d\.\d{4} \d\d:\d\d, .+ \(enhet \d+\)/);
    expect(nb.stdout).toContain('ta eksamen');
    expect(nb.stdout).not.toMatch(/learner|missing,|booked:|take the/);
    const en = await runCli(['programmes', 'status', '42'], { db: demo.url });
    expect(en.stdout).toMatch(
      /^.+ \(learner 42, full account\)\nOL-SV Opplæringsløp sikkerhetsvakt: \d+ missing, \d+ expired\n/,
    );
    expect(en.stdout).toMatch(/booked: \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d, .+ \(unit \d+\)/);
    const csv = await runCli(['programmes', 'status', '42', '--format', 'csv'], { db: demo.url, env: NB });
    expect(csv.stdout).toContain('take the exam');
    const none = await runCli(['programmes', 'status', '2'], { db: demo.url, env: NB });
    expect(none.stderr).toContain(
      '(bruker 2, kontotype full): ingen opplæringsløp er tildelt (kursdesk programmes assign 2 <programme>)',
    );
    expect(none.stderr).toContain('ingenting å vise');
    const noneEn = await runCli(['programmes', 'status', '2'], { db: demo.url });
    expect(noneEn.stderr).toContain(
      '(learner 2, full account): no programme assigned (kursdesk programmes assign 2 <programme>)',
    );
    expect(noneEn.stderr).toContain('nothing to show');
  });

  it('links check: why a link works, in bokmål with a bokmål time on screen; English and json as before', async () => {
    const issued = await runCli(['links', 'issue', '301', '--ticket', 'SUP-30'], {
      db: demo.url,
      env: PORTAL_ENV,
    });
    expect(issued.code, issued.stderr).toBe(0);
    const { token } = linkIn(issued.stdout);
    const nb = await runCli(['links', 'check', token], { db: demo.url, env: { ...PORTAL_ENV, ...NB } });
    expect(nb.code, nb.stderr).toBe(0);
    expect(nb.stdout).toMatch(/explanation +gyldig til \d\d\.\d\d\.\d{4} \d\d:\d\d; den virker én gang\n/);
    const en = await runCli(['links', 'check', token], { db: demo.url, env: PORTAL_ENV });
    expect(en.stdout).toMatch(/explanation +valid until \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d; it works once\n/);
    const json = await runCli(['links', 'check', token, '--format', 'json'], {
      db: demo.url,
      env: { ...PORTAL_ENV, ...NB },
    });
    expect(JSON.parse(json.stdout).explanation).toMatch(
      /^valid until \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d; it works once$/,
    );
  });

  it('audit: the times inside a summary as bokmål writes them, and the empty case; English and csv as before', async () => {
    const issued = await runCli(['links', 'issue', '301', '--ticket', 'SUP-31'], {
      db: demo.url,
      env: PORTAL_ENV,
    });
    expect(issued.code, issued.stderr).toBe(0);
    const argv = ['audit', '--for-ticket', 'SUP-31'];
    const nb = await runCli(argv, { db: demo.url, env: NB });
    expect(nb.stdout).toMatch(/expires_at=\d\d\.\d\d\.\d{4} \d\d:\d\d/);
    const en = await runCli(argv, { db: demo.url });
    expect(en.stdout).toMatch(/expires_at=\d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d/);
    const csv = await runCli([...argv, '--format', 'csv'], { db: demo.url, env: NB });
    expect(csv.stdout).toMatch(/expires_at=\d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d/);
    const none = await runCli(['audit', '--for-ticket', 'SUP-NONE'], { db: demo.url, env: NB });
    expect(none.stderr).toContain('ingen oppføringer i revisjonsloggen passer');
    const noneEn = await runCli(['audit', '--for-ticket', 'SUP-NONE'], { db: demo.url });
    expect(noneEn.stderr).toContain('no audit entries match');
  });

  it("units waitlist: a unit's state in bokmål in the note under the list; English as before", async () => {
    const nb = await runCli(['units', 'waitlist', '1'], { db: demo.url, env: NB });
    expect(nb.stderr).toMatch(/enhet 1 \(KL-200, .+\): \d+ av \d+ plasser tatt, \d+ venter; startet\n/);
    const en = await runCli(['units', 'waitlist', '1'], { db: demo.url });
    expect(en.stderr).toMatch(/unit 1 \(KL-200, .+\): \d+ of \d+ seats taken, \d+ waiting; started\n/);
  });

  it('companies import: why a row was refused, in bokmål; English as before', async () => {
    const file = listFile(dialect, COMPANIES_CSV);
    const argv = ['companies', 'import', file, '--dry-run'];
    const nb = await runCli(argv, { db: demo.url, env: NB });
    expect(nb.stderr).toContain(
      `${file}:3: org_number: organisasjonsnummer 912346978 står to ganger i filen (første gang på linje 2)\n`,
    );
    expect(nb.stderr).toContain(`${file}:4: invoice_email: e-postadressen «x» mangler @\n`);
    expect(nb.stderr).toContain(`${file}:5: for mange felt: 10, men overskriftslinjen har 9 kolonner`);
    const en = await runCli(argv, { db: demo.url });
    expect(en.stderr).toContain(
      `${file}:3: org_number: organisation number 912346978 appears twice in the file (first on line 2)\n`,
    );
    expect(en.stderr).toContain(`${file}:4: invoice_email: e-mail 'x' has no @\n`);
    expect(en.stderr).toContain(
      `${file}:5: too many fields: 10, but the header has 9 columns (a delimiter inside an unquoted value?)\n`,
    );
  });

  it('registry import: why a row was skipped, in bokmål; English as before', async () => {
    const elma = listFile(dialect, PEPPOL_CSV);
    const argv = ['registry', 'import', 'elma', elma, '--dry-run'];
    const nb = await runCli(argv, { db: demo.url, env: NB });
    expect(nb.code, nb.stderr).toBe(0);
    expect(nb.stderr).toContain(
      `${elma}:3: hoppet over: «iso6523-actorid-upis::0192:912346977»: kontrollsifferet er 7, men skal være 8`,
    );
    expect(nb.stderr).toContain(
      `${elma}:4: hoppet over: «912346978» er ikke en Peppol-deltakeridentifikator`,
    );
    expect(nb.stderr).toContain(`${elma}:5: hoppet over: samme organisasjonsnummer en gang til`);
    const en = await runCli(argv, { db: demo.url });
    expect(en.stderr).toContain(
      `${elma}:3: skipped: 'iso6523-actorid-upis::0192:912346977': check digit 7 should be 8\n`,
    );
    expect(en.stderr).toContain(
      `${elma}:4: skipped: '912346978' is not a participant identifier (ICD:value)\n`,
    );
    expect(en.stderr).toContain(
      `${elma}:5: skipped: the same organisation number again; the first is kept\n`,
    );
  });
});

describe('registry import in its worker thread (the built CLI)', () => {
  it('the skip reasons cross from the worker coded: bokmål on an nb screen, English otherwise', async () => {
    const dir = join(tmpdir(), `kursdesk-nbtext3-bin-${process.pid}`);
    const file = listFile('bin', BRREG_JSON);
    const argv = ['--db', `${dir}.sqlite`, 'registry', 'import', 'brreg', file, '--dry-run'];
    const nb = await runBin(argv, { env: NB });
    expect(nb.code, nb.stderr).toBe(0);
    expect(nb.stderr).toContain(
      `${file}:1: hoppet over: element 2: «organisasjonsnummer» er et tall med 5 sifre: det må være en tekst med 9 sifre`,
    );
    expect(nb.stderr).toContain(`${file}:1: hoppet over: element 3: enheten mangler «organisasjonsnummer»`);
    expect(nb.stderr).toContain(`${file}:1: hoppet over: element 4: enhet 912346978 har ikke noe navn`);
    expect(nb.stderr).toContain(
      `${file}:1: hoppet over: element 5: et element i listen er et tall, ikke et enhetsobjekt`,
    );
    const en = await runBin(argv);
    expect(en.stderr).toContain(
      `${file}:1: skipped: element 2: 'organisasjonsnummer' is a number of 5 digits: it must be a string of 9 digits ("912345678") or a number of 9 digits\n`,
    );
    expect(en.stderr).toContain(`${file}:1: skipped: element 3: the unit has no 'organisasjonsnummer'\n`);
    expect(en.stderr).toContain(`${file}:1: skipped: element 4: unit 912346978 has no name\n`);
    expect(en.stderr).toContain(
      `${file}:1: skipped: element 5: an array element is a number, not a unit object\n`,
    );
  });

  it('a company import’s refusals cross from the worker coded too', async () => {
    const dir = join(tmpdir(), `kursdesk-nbtext3-bin-companies-${process.pid}`);
    const file = listFile('bin', COMPANIES_CSV);
    const argv = ['--db', `${dir}.sqlite`, 'companies', 'import', file, '--dry-run'];
    const nb = await runBin(argv, { env: NB });
    expect(nb.stderr).toContain(
      `${file}:3: org_number: organisasjonsnummer 912346978 står to ganger i filen`,
    );
    expect(nb.stderr).toContain(`${file}:4: invoice_email: e-postadressen «x» mangler @\n`);
    const en = await runBin(argv);
    expect(en.stderr).toContain(
      `${file}:3: org_number: organisation number 912346978 appears twice in the file`,
    );
    expect(en.stderr).toContain(`${file}:4: invoice_email: e-mail 'x' has no @\n`);
  });
});

describe("the guided mode's reply ruler", () => {
  it('names the reply language in the agent’s words: bokmål for a bokmål agent, English for an English one', () => {
    expect(replyBlock('Hello Kari,', 'en', 'nb')).toContain('\n── svar (engelsk) ──');
    expect(replyBlock('Hei Kari,', 'nb', 'nb')).toContain('\n── svar (bokmål) ──');
    expect(replyBlock('Hello Kari,', 'en', 'en')).toContain('\n── reply (English) ──');
  });
});

// English still left on a bokmål agent's screens (third pass): a record's sections, times and yes/no,
// the confirmation before a change, a bulk-move file's refused rows, a demo certificate's verdict and
// the course titles of a W15 reply. Each is said in bokmål when the agent chose it (KURSDESK_LANG=nb)
// and in the English it always had otherwise; --format json keeps its records. In-process, both databases.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { DIALECTS } from '../helpers/databases.js';
import { useDemoDatabase } from '../helpers/demo-db.js';

const NB = { KURSDESK_LANG: 'nb' };

/** A demo certificate (Petter Lunde's HMS-101), loaded unsigned. */
const DEMO_CERTIFICATE = 'KB-KVPY-R4FY-JAYS-JDX9';

/** Trond Strand (learner 1, passed HMS-101) asks for his certificate in English, from his own address. */
const W15_TICKET_EN =
  'From: Trond Strand <trond.strand93@epost.test>\nSubject: certificate\n\nHello, I need my course certificate for my new job. Where can I find it?\nRegards, Trond Strand\n';
const W15_TICKET_NB =
  'Fra: Trond Strand <trond.strand93@epost.test>\nEmne: kursbevis\n\nHei, jeg trenger kursbeviset mitt til ny jobb. Hvor finner jeg det?\nHilsen Trond Strand\n';

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
    expect(nb.stdout).toMatch(/created_at +\d\d\.\d\d\.\d{4} \d\d:\d\d\n/);
    expect(nb.stdout).toMatch(/hms_card_overdue +nei\n/);
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
});

// English still left on a bokmål agent's screens (second pass): the identity verdict and a found
// learner's account words on triage's screen, said in bokmål when the agent chose it
// (KURSDESK_LANG=nb) and in the English they always had otherwise; --format json keeps the record
// words. Run in-process on both databases.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { DIALECTS } from '../helpers/databases.js';
import { useDemoDatabase } from '../helpers/demo-db.js';

const NB = { KURSDESK_LANG: 'nb' };

/** Trond forgot his password (W3), from his own address: triage finds his (free, active) account. */
const W3_TICKET =
  'Fra: Trond Strand <trond.strand93@epost.test>\nEmne: passord\n\nHei, jeg har glemt passordet mitt.\nHilsen Trond Strand\n';
/** Kari asks which e-mail she registered with (W1), giving her birth date: the search has a verdict. */
const W1_TICKET =
  'Fra: Kari Nordmann <kari.nordmann@banesignal.test>\nEmne: innlogging\n\nHei, hvilken e-post registrerte jeg meg med? Jeg er født 15.10.1986.\nHilsen Kari Nordmann\n';

describe.each(DIALECTS)('on %s with the demo data', (dialect) => {
  const demo = useDemoDatabase(dialect);

  it('triage --answer: the account type and status of a found learner in bokmål on screen; English and json as before', async () => {
    const argv = ['triage', '-', '--answer', '--ticket', 'SUP-7'];
    const nb = await runCli(argv, { db: demo.url, env: NB, stdin: W3_TICKET });
    expect(nb.code, nb.stderr).toBe(0);
    expect(nb.stdout).toMatch(/deltaker \d+ \(Trond Strand, gratis, aktiv\)/);
    const en = await runCli(argv, { db: demo.url, stdin: W3_TICKET });
    expect(en.stdout).toMatch(/learner \d+ \(Trond Strand, free, active\)/);
    const json = await runCli([...argv, '--format', 'json'], { db: demo.url, env: NB, stdin: W3_TICKET });
    expect(json.stdout).toMatch(/learner \d+ \(Trond Strand, free, active\)/);
  });

  it('triage --answer: the verdict in bokmål words on screen, the record word in English and json', async () => {
    const argv = ['triage', '-', '--answer', '--ticket', 'SUP-8'];
    const nb = await runCli(argv, { db: demo.url, env: NB, stdin: W1_TICKET });
    expect(nb.code, nb.stderr).toBe(0);
    expect(nb.stdout).toMatch(/vurdering bekreftet \(fødselsdatoen stemmer/);
    expect(nb.stdout).not.toMatch(/\bverified\b/);
    const en = await runCli(argv, { db: demo.url, stdin: W1_TICKET });
    expect(en.stdout).toMatch(/verdict verified \(birth date exact/);
    const json = await runCli([...argv, '--format', 'json'], { db: demo.url, env: NB, stdin: W1_TICKET });
    expect(json.stdout).toMatch(/verdict verified \(birth date exact/);
  });
});

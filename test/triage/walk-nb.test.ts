// `triage --answer` on tickets a bokmål-speaking agent wrote for the FAQ's questions, pasted without a
// sender as an agent copies them from the helpdesk page. The reply must answer the FAQ question even while
// it asks who the person is (dates, seats and waitlists; what a programme is), and a new login address
// given beside the old one is the address the login moves to, not the old one again.
import { afterAll, describe, expect, it } from 'vitest';
import { triageTicket } from '../../src/domain/triage/triage.js';
import { readTicket } from '../../src/workflows/triage/read-message.js';
import { answerTicket } from '../../src/workflows/triage-answer.js';
import { removeScratch } from '../fixtures/support.js';
import { DIALECTS, stopTestServers } from '../helpers/databases.js';
import { useDemoDatabase } from '../helpers/demo-db.js';
import { testDeps } from '../helpers/deps.js';

afterAll(async () => {
  removeScratch();
  await stopTestServers();
});

const triaged = async (pasted: string) => {
  const { message } = await readTicket(Buffer.from(pasted, 'utf8'));
  return triageTicket(message, '2026-12-07');
};

describe.each(DIALECTS)('walk-nb: triage --answer on pasted FAQ tickets, on %s', (dialect) => {
  const t = useDemoDatabase(dialect);

  it('a full course, the writer not yet found: the reply gives the waitlist and «Be om ny kursenhet» before asking', async () => {
    const triage = await triaged(
      'Emne: fullt kurs\n\nHei, kurset jeg skal på er fullt. Kan jeg stå på venteliste? Og får jeg vite det hvis det blir ledig?\nMaria Solheim\n',
    );
    expect(triage.topics[0]?.topic).toBe('W13');
    const answer = await answerTicket(testDeps(t.db), triage);
    expect(answer.reply).toMatch(/^Hei Maria,\n\nI kurskalenderen ser du alle datoer/);
    expect(answer.reply).toContain('ventelisten');
    expect(answer.reply).toContain('«Be om ny kursenhet»');
    expect(answer.reply).toContain('fødselsdatoen din');
  });

  it('what a programme is, in nynorsk: the FAQ explanation (a classroom date is still to book) before asking', async () => {
    const triage = await triaged(
      'Emne: opplæringsløp?\n\nHei, eg har fått tildelt eit opplæringsløp. Kva tyder det, og kva manglar eg for å bli godkjend? Er eg påmeld klasseromskurset no?\nHelsing Guro Tveit\n',
    );
    expect(triage.topics[0]?.topic).toBe('W14');
    expect(triage.language).toBe('nn');
    const answer = await answerTicket(testDeps(t.db), triage);
    expect(answer.reply).toMatch(/^Hei Guro,\n\nEit opplæringsløp er alt du må gjennom/);
    expect(answer.reply).toContain('ikkje påmeld klasseromskurset');
    expect(answer.reply).toContain('Venleg helsing');
  });

  it('new e-mail and no access to the old one, pasted without a sender: the login moves to the new address', async () => {
    const triage = await triaged(
      'Emne: ny jobb og ny epost\n\nHei, jeg har sluttet i Banesignal og har ikke lenger tilgang til den gamle jobbmailen bjorn.antonsen@banesignal.test. Husker heller ikke passordet. Ny adresse er bjorn@antonsen.test. Født 27.05.1980.\nBjørn Antonsen\n',
    );
    expect(triage.topics[0]?.topic).toBe('W4');
    const answer = await answerTicket(testDeps(t.db), triage);
    expect(answer.reply).toBeNull();
    expect(answer.commands).toEqual(['kursdesk users set-email 9 bjorn@antonsen.test --reply nb']);
  });

  it('a certificate for a course not passed: the reply says so first, in nynorsk', async () => {
    const triage = await triaged(
      'Fra: Trond Strand <trond.strand93@epost.test>\nEmne: kursbevis\n\nHei, eg tok SIK-100 i vår, men finn det ikkje i historikken. Eg treng beviset til jobben.\nHelsing Trond\n',
    );
    expect(triage.topics[0]?.topic).toBe('W15');
    expect(triage.language).toBe('nn');
    const answer = await answerTicket(testDeps(t.db), triage);
    expect(answer.reply).toMatch(/^Hei Trond,\n\nSIK-100 står ikkje som bestått på kontoen din/);
  });
});

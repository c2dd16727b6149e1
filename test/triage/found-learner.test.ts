// What `triage --answer` says it found when it looks a learner up by an address (`kursdesk users show`),
// on the demo data: the learner, and how far the find proves anything (an earlier login does not; a
// login found by an earlier address is masked). Demo learners: Hanne Moe (17, hanne.moe86@epost.test),
// Ole Berge-Paulsen (14, formerly ole.berge-paulsen@gd-vegetasjon.test), Lars Solheim (37,
// lars.solheim@banesignal.test, born 17.09.1983). Anne Lie is an invented HR writer with no account.
import { afterAll, describe, expect, it } from 'vitest';
import { removeScratch } from '../fixtures/support.js';
import { DIALECTS, stopTestServers } from '../helpers/databases.js';
import { answerOnDemo } from '../helpers/demo-answer.js';
import { ticket } from '../helpers/ticket-message.js';

afterAll(async () => {
  removeScratch();
  await stopTestServers();
});

const OLE_OLD = { address: 'ole.berge-paulsen@gd-vegetasjon.test', name: 'Ole Berge-Paulsen' };

describe.each(DIALECTS)('the learner triage --answer found, on %s', (dialect) => {
  const answer = answerOnDemo(dialect);
  const shown = async (m: Parameters<typeof answer>[0]) =>
    (await answer(m)).findings
      .filter((f) => f.step.startsWith('kursdesk users show'))
      .map((f) => [f.step, `${f.found}`]);

  it('by the address the mail came from', async () => {
    const found = await shown(
      ticket('Hei, jeg får ikke logget inn.\nHanne Moe', {
        subject: 'Innlogging',
        from: { address: 'hanne.moe86@epost.test', name: 'Hanne Moe' },
      }),
    );
    expect(found).toEqual([
      ['kursdesk users show hanne.moe86@epost.test', 'learner 17 (Hanne Moe, free, pending)'],
    ]);
  });

  it('by an earlier login the mail came from, for a change: not proof', async () => {
    const found = await shown(
      ticket(
        'Hei, jeg har byttet arbeidsgiver til Bane og Signal AS, org.nr. 912 837 459.\nHilsen Ole Berge-Paulsen',
        {
          subject: 'Ny arbeidsgiver',
          from: OLE_OLD,
        },
      ),
    );
    expect(found).toEqual([
      [
        'kursdesk users show ole.berge-paulsen@gd-vegetasjon.test',
        'learner 14 (Ole Berge-Paulsen, driver, active), but only by an earlier login: not proof the sender is the learner',
      ],
    ]);
  });

  it('by an earlier login the mail came from, to locate: the login now, masked', async () => {
    const found = await shown(
      ticket('Hei, jeg har glemt passordet mitt.\nHilsen Ole Berge-Paulsen', {
        subject: 'Passord',
        from: OLE_OLD,
      }),
    );
    expect(found).toEqual([
      [
        'kursdesk users show ole.berge-paulsen@gd-vegetasjon.test',
        'learner 14 (Ole Berge-Paulsen, driver, active); found by an earlier e-mail; the login is now o***@banesignal.test',
      ],
    ]);
  });

  it('by the address and birth date a forwarded mail gives', async () => {
    const found = await shown(
      ticket(
        'Hei, se under. Kan dere hjelpe ham?\n\nLine Berg\n\n-------- Videresendt melding --------\nFra: trond.strand93@epost.test\nEmne: Kursbevis\n\nHei, jeg trenger kursbevis for HMS-kurset jeg tok. E-posten min er trond.strand93@epost.test og jeg er født 14.01.1993.\n\nTrond',
        { subject: 'VS: Kursbevis', from: { address: 'line.berg@firma.test', name: 'Line Berg' } },
      ),
    );
    expect(found).toEqual([
      ['kursdesk users show trond.strand93@epost.test', 'learner 1 (Trond Strand, free, active)'],
    ]);
  });
});

// What `triage --answer` says it found when it looks a learner up by an address (`kursdesk users show`),
// on the demo data: the learner, and how far the find proves anything (an earlier login does not; a
// login found by an earlier address is masked). Demo learners: Hanne Moe (17, hanne.moe86@epost.test),
// Ole Berge-Paulsen (14, formerly ole.berge-paulsen@gd-vegetasjon.test), Lars Solheim (37,
// lars.solheim@banesignal.test, born 17.09.1983). Anne Lie is an invented HR writer with no account.
import { afterAll, describe, expect, it } from 'vitest';
import type { TicketMessage } from '../../src/domain/triage/triage.js';
import { removeScratch } from '../fixtures/support.js';
import { DIALECTS, stopTestServers } from '../helpers/databases.js';
import { answerOnDemo } from '../helpers/demo-answer.js';
import { ticket } from '../helpers/ticket-message.js';

afterAll(async () => {
  removeScratch();
  await stopTestServers();
});

const OLE_OLD = { address: 'ole.berge-paulsen@gd-vegetasjon.test', name: 'Ole Berge-Paulsen' };

const HANNE = { address: 'hanne.moe86@epost.test', name: 'Hanne Moe' };
const LINE = { address: 'line.berg@firma.test', name: 'Line Berg' };
const FORWARDED =
  'Hei, se under. Kan dere hjelpe ham?\n\nLine Berg\n\n-------- Videresendt melding --------\nFra: trond.strand93@epost.test\nEmne: Kursbevis\n\nHei, jeg trenger kursbevis for HMS-kurset jeg tok. E-posten min er trond.strand93@epost.test og jeg er født 14.01.1993.\n\nTrond';

/** Each path to a learner by an address: the mail, and the step and finding triage --answer reports. */
const CASES: [string, TicketMessage, [string, string]][] = [
  [
    'by the address the mail came from',
    ticket('Hei, jeg får ikke logget inn.\nHanne Moe', { subject: 'Innlogging', from: HANNE }),
    ['kursdesk users show hanne.moe86@epost.test', 'learner 17 (Hanne Moe, free, pending)'],
  ],
  [
    'by an earlier login the mail came from, for a change: not proof',
    ticket(
      'Hei, jeg har byttet arbeidsgiver til Bane og Signal AS, org.nr. 912 837 459.\nHilsen Ole Berge-Paulsen',
      { subject: 'Ny arbeidsgiver', from: OLE_OLD },
    ),
    [
      'kursdesk users show ole.berge-paulsen@gd-vegetasjon.test',
      'learner 14 (Ole Berge-Paulsen, driver, active), but only by an earlier login: not proof the sender is the learner',
    ],
  ],
  [
    'by an earlier login the mail came from, to locate: the login now, masked',
    ticket('Hei, jeg har glemt passordet mitt.\nHilsen Ole Berge-Paulsen', {
      subject: 'Passord',
      from: OLE_OLD,
    }),
    [
      'kursdesk users show ole.berge-paulsen@gd-vegetasjon.test',
      'learner 14 (Ole Berge-Paulsen, driver, active); found by an earlier e-mail; the login is now o***@banesignal.test',
    ],
  ],
  [
    'by the address and birth date a forwarded mail gives',
    ticket(FORWARDED, { subject: 'VS: Kursbevis', from: LINE }),
    ['kursdesk users show trond.strand93@epost.test', 'learner 1 (Trond Strand, free, active)'],
  ],
];

describe.each(DIALECTS)('the learner triage --answer found, on %s', (dialect) => {
  const answer = answerOnDemo(dialect);

  it.each(CASES)('%s', async (_title, mail, finding) => {
    const found = (await answer(mail)).findings
      .filter((f) => f.step.startsWith('kursdesk users show'))
      .map((f) => [f.step, `${f.found}`]);
    expect(found).toEqual([finding]);
  });
});

// The general faults reading blind set 10's misses found, each by an example written afresh (none is a
// ticket of the set), so a later change that brings one back fails here and not only in a score.
import { describe, expect, it } from 'vitest';
import { emailsIn } from '../../src/domain/triage/identifiers.js';
import { nameFromSender, nameInSignature } from '../../src/domain/triage/names.js';
import { requestText } from '../../src/domain/triage/ticket-text.js';
import { type TicketMessage, triageTicket } from '../../src/domain/triage/triage.js';
import { TICKET_DAY, ticket } from '../helpers/ticket-message.js';

const result = (t: TicketMessage) => triageTicket(t, TICKET_DAY);
const names = (t: TicketMessage) => result(t).facts.names.map((n) => n.full.toLowerCase());
const topics = (t: TicketMessage) => result(t).topics.map((s) => s.topic);

describe('display names', () => {
  it('"Da" inside a name is a particle, not the company form DA', () => {
    expect(nameFromSender('Lucas Da Costa', 'lucas.dacosta@mail.pt')?.full.toLowerCase()).toBe(
      'lucas da costa',
    );
    const t = ticket('Hello, the activation link never came. Can you resend it?', {
      from: { address: 'lucas.dacosta@mail.pt', name: 'Lucas Da Costa' },
    });
    expect(names(t)).toEqual(['lucas da costa']);
  });

  it('a firm that ends in DA or SA is still no person', () => {
    expect(nameFromSender('Berg og Sønn DA', 'post@bergsonn.no')).toBeNull();
    expect(nameFromSender('Nordfjord Samvirke SA', undefined)).toBeNull();
  });

  it('a subject or a thanks typed into the name field is no name', () => {
    expect(nameFromSender('Sertifikat mangler', 'oddny.vik@online.no')?.full).toBe('Oddny Vik');
    expect(nameFromSender('Mange takk', undefined)).toBeNull();
    expect(nameFromSender('Hjelp meg', undefined)).toBeNull();
    // Names written all in lower case, and particles, are still names.
    expect(nameFromSender('oddny vik', undefined)?.full).toBe('Oddny Vik');
    expect(nameFromSender('Jan van Dijk', undefined)?.full).toBe('Jan van Dijk');
  });
});

describe('a name only the address spells', () => {
  it('yields to the name the text writes with an initial less', () => {
    const t = ticket('Hei, jeg heter Kristian Bakke og finner ikke brukeren min. Født 02.03.1990.', {
      from: { address: 'kristian.jbakke@yahoo.com' },
    });
    expect(names(t)).toEqual(['kristian bakke']);
  });

  it('yields to the name the text writes in the other order', () => {
    const t = ticket('Mitt navn er Silje Haugen, og navnet på beviset er stavet feil.', {
      from: { address: 'haugen.silje@outlook.com' },
    });
    expect(names(t)).toEqual(['silje haugen']);
  });
});

describe('a firm writing through a person', () => {
  it('"Firma v/ Navn" under the closing names the person', () => {
    expect(nameInSignature('Kan dere hjelpe?\nHilsen Lia Graving v/ Oddvar Sunde')?.full).toBe(
      'Oddvar Sunde',
    );
    expect(nameInSignature('Mvh\nLia Graving v/Oddvar Sunde')?.full).toBe('Oddvar Sunde');
  });

  it("the firm's own mailbox, a free one too, is nobody's address", () => {
    const t = ticket(
      'Hei. Vi har tre mann som trenger kurs i mars, men alle datoer er fulle. Kan det settes opp et ekstra kurs?\nHilsen Lia Graving v/ Oddvar Sunde',
      { from: { address: 'liagraving@gmail.com', name: 'Lia Graving AS' } },
    );
    expect(names(t)).toEqual(['oddvar sunde']);
    expect(result(t).facts.emails).toEqual([]);
  });

  it('a person writing with a firm as the display name keeps the address that spells them', () => {
    const t = ticket('Hei, jeg har glemt passordet mitt.\nOddvar', {
      from: { address: 'oddvar.sunde@liagraving.no', name: 'Lia Graving AS' },
    });
    expect(result(t).facts.emails).toEqual(['oddvar.sunde@liagraving.no']);
  });
});

describe("a colleague's address", () => {
  const about =
    'Vår nye kollega Marte Lindvik (marte.lindvik@gmail.com) skal ha opplæringsløpet for sporarbeid.';

  it('is kept when the mail is about that colleague', () => {
    expect(emailsIn(about, { exclude: [], aboutOthers: true })).toEqual(['marte.lindvik@gmail.com']);
    const t = ticket(`${about} Kan dere tildele det?\nMvh\nPer Hansen`, {
      from: { address: 'per.hansen@fjellbygg.no', name: 'Per Hansen' },
    });
    expect(result(t).facts.emails).toEqual(['marte.lindvik@gmail.com']);
  });

  it("is left out when the writer asks for themselves and names a colleague's address", () => {
    const own = 'Jeg får ikke logget inn. Kollegaen min bruker tore.lunde@firma.no, men jeg har glemt min.';
    expect(emailsIn(own, { exclude: [], aboutOthers: false })).toEqual([]);
  });
});

describe("a forwarded thread whose top message is the forwarder's own reply", () => {
  const thread = [
    'Hei, se nedenfor. Kan dere ordne dette for Jonas?',
    'Trine Aas',
    'Formann',
    '',
    '-----Opprinnelig melding-----',
    'Fra: Trine Aas',
    'Sendt: tirsdag 3. november',
    'Til: Jonas Brekke',
    'Emne: SV: Innlogging',
    '',
    'Det må kursportalen ordne, jeg sender det videre.',
    '',
    '-----Opprinnelig melding-----',
    'Fra: Jonas Brekke <jonas.brekke@sporfirma.no>',
    'Emne: Innlogging',
    '',
    'Hei Trine. Portalen sier at fødselsnummeret mitt allerede er i bruk, men jeg vet ikke hvilken e-post jeg',
    'registrerte meg med. Kanskje jonasb@hotmail.com. Født 14.02.1993.',
  ].join('\n');
  const forwarder = { address: 'trine.aas@sporfirma.no', name: 'Trine Aas' };

  it('hands on the message below it', () => {
    const request = requestText(thread, true, forwarder);
    expect(request.forwardedFrom).toEqual({ address: 'jonas.brekke@sporfirma.no', name: 'Jonas Brekke' });
    expect(request.forwarded).toContain('allerede er i bruk');
    expect(request.note).not.toContain('jeg sender det videre');
  });

  it("is the person's request: their topic, name, birth date and addresses", () => {
    const t = ticket(thread, { subject: 'VS: SV: Innlogging', from: forwarder });
    const r = result(t);
    expect(r.topics[0]?.topic).toBe('W1');
    expect(names(t)[0]).toBe('jonas brekke');
    expect(r.facts.birthDates).toEqual(['1993-02-14']);
    expect(r.facts.emails).toEqual(['jonas.brekke@sporfirma.no', 'jonasb@hotmail.com']);
  });

  it('a thread whose top message is someone else keeps that one as the forwarded writer', () => {
    const request = requestText(thread, true, { address: 'leder@sporfirma.no', name: 'Lars Leder' });
    expect(request.forwardedFrom).toEqual({ name: 'Trine Aas' });
  });
});

describe('topics', () => {
  it('whether our own company is in ELMA is W9, also when the writer is about to become a customer', () => {
    const t = ticket(
      'Hei, vi skal snart søke om å bli kunde. Står vi i ELMA, så vi slipper å sende faktura-adresse? Orgnr 974760673.',
    );
    expect(topics(t)[0]).toBe('W9');
  });

  it('asking the log who made a change is W17', () => {
    const t = ticket(
      'Hei, en av våre ansatte står nå på et annet firma i portalen. Kan dere se i loggen hvem som gjorde det?',
      { from: { address: 'lonn@fjellbygg.no', name: 'Lønn' } },
    );
    expect(topics(t)[0]).toBe('W17');
  });

  it('"I did not unenrol, who did?" asks W17 beside getting the seat back', () => {
    const t = ticket(
      'Hei, jeg står ikke lenger på kurset i april. Jeg har ikke meldt meg av selv. Hvem har gjort det?',
    );
    expect(topics(t)).toContain('W17');
  });

  it('HR asking the desk to register their apprentice counts for W16 (the desk registering someone)', () => {
    // Still second here: the Firma-ID the apprentice met weighs for registration (see the triage10 report).
    const t = ticket(
      'Hei, kan dere registrere lærlingen vår i kursportalen? Hun stopper på Firma-ID.\nNavn: Ida Moen\nE-post: ida.moen@fjellbygg.no',
      { subject: 'Ny lærling', from: { address: 'per.hansen@fjellbygg.no', name: 'Per Hansen' } },
    );
    const w16 = result(t).topics.find((s) => s.topic === 'W16');
    expect(w16?.because).toContain('"kan dere registrere ~ lærling*"');
  });
});

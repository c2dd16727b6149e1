// The general faults reading blind set 8's misses found, each by a named example written afresh (none
// is a ticket of the set), so a later change that brings one back fails here and not only in a score.
import { describe, expect, it } from 'vitest';
import { birthDatesIn } from '../../src/domain/triage/birth-dates.js';
import { isRoleMailbox } from '../../src/domain/triage/identifiers.js';
import { detectLanguage } from '../../src/domain/triage/language.js';
import { massMailSigns } from '../../src/domain/triage/mass-mail.js';
import { contactPersonIn, nameInSignature } from '../../src/domain/triage/names.js';
import { wordsOf } from '../../src/domain/triage/phrase-match.js';
import { type TicketMessage, triageTicket } from '../../src/domain/triage/triage.js';
import { TICKET_DAY, ticketsFrom } from '../helpers/ticket-message.js';

const TODAY = TICKET_DAY;
const ticket = ticketsFrom({ address: 'solveig.rud@fjellspor.no', name: 'Solveig Rud' });

const topics = (t: TicketMessage) => triageTicket(t, TODAY).topics.map((s) => s.topic);
const first = (t: TicketMessage) => topics(t)[0];
const names = (t: TicketMessage) => triageTicket(t, TODAY).facts.names.map((n) => n.full);
const emails = (t: TicketMessage) => triageTicket(t, TODAY).facts.emails;
const hr = { address: 'per.hansen@fjellbygg.no', name: 'Per Hansen' };

describe('topics: concepts no phrase named', () => {
  it('a course the search does not reach is W12, whatever it says of dates', () => {
    expect(first(ticket('Emnet "Signal 2" er ikke søkbart for oss. Er det fordi det mangler datoer?'))).toBe(
      'W12',
    );
  });

  it('whether a named company is a customer already is W9', () => {
    expect(first(ticket('En underleverandør heter Nordlys Sveis AS. Er de kunde hos oss allerede?'))).toBe(
      'W9',
    );
  });

  it('accounting listing new customers in nynorsk is W8', () => {
    const text =
      'Her kjem dei nye kundane frå rekneskap denne veka:\nFjordlinja AS\nSognspor AS\nHardangerbane AS';
    expect(first(ticket(text, { subject: 'Nye kundar' }))).toBe('W8');
  });

  it('asking whether a booking went through is W13, not the activation e-mail', () => {
    const text =
      'I signed up for the classroom course in March but never received a booking confirmation. Am I booked?';
    expect(first(ticket(text))).toBe('W13');
  });

  it('an account made years ago with one of two addresses is W1, before the side question', () => {
    const text =
      'I had a user some years ago but cannot tell which one I registered with, anna.rud@gmail.com or ar@oldjob.no. Born 3 March 1980.\nAlso, I have a new employer now: can I change that myself?';
    expect(topics(ticket(text)).slice(0, 2)).toEqual(['W1', 'W5']);
  });
});

describe('who made a change', () => {
  it('leads the topic of the thing changed (W17 before W10, W11, W4)', () => {
    expect(first(ticket('Kven har endra kontotypen min til gratis? Det var ikkje eg som gjorde det.'))).toBe(
      'W17',
    );
    expect(
      first(
        ticket(
          'Someone changed the HMS card number on my profile. I did not change it. Who did this, and when?',
        ),
      ),
    ).toBe('W17');
    expect(
      first(
        ticket(
          'Hvem har flyttet tre av våre montører til en annen arbeidsgiver i portalen? Vi ba ikke om det.',
        ),
      ),
    ).toBe('W17');
  });

  it('asks nothing of a mail that only asks for the change', () => {
    expect(
      first(ticket('Kan dere endre kontotypen min til full kurskatalog? Jeg skal på klasseromskurs.')),
    ).toBe('W10');
  });
});

describe('the order of two questions', () => {
  it('a postscript is the side question', () => {
    const text =
      'Jeg finner ikke kurset "Sveising i spor" lenger, det er borte fra listen min. Hva har skjedd?\nPS: Kan dere sende kursbevis for Arbeidsvarsling?';
    expect(topics(ticket(text)).slice(0, 2)).toEqual(['W12', 'W15']);
  });

  it('a side question follows one the mail asks only in its subject and in words no phrase places', () => {
    const text = 'Når går kurset mitt ut? Har også fått ny jobb, så jeg må bytte arbeidsgiver.';
    expect(topics(ticket(text, { subject: 'Utløper sertifiseringen?' })).slice(0, 2)).toEqual(['W14', 'W5']);
  });

  it('a topic whose ask stands by "også" is the side question, though its background came first', () => {
    const text =
      'Jeg har byttet jobb og har fått ny e-post hos Fjordbygg AS. Kontoen min står på ola@gammelfirma.no, som jeg ikke kan lese lenger. Jeg trenger også å endre arbeidsgiver til Fjordbygg AS.';
    expect(topics(ticket(text)).slice(0, 2)).toEqual(['W4', 'W5']);
  });
});

describe('registration', () => {
  it('someone in the middle of signing up who asks which type to pick is registration, not W10', () => {
    expect(
      first(ticket('Jeg holder på å lage bruker nå. Bør jeg velge full kurskatalog eller gratis e-læring?')),
    ).toBe('registration');
  });
});

describe('W16', () => {
  it('asking the desk to make the account, in any verb, is W16', () => {
    const text =
      'The sign-up page stops at the HMS card step. Could you make a user for me? Jonas Berg, born 12.04.1991, jonas.berg@gmail.com';
    expect(first(ticket(text, { subject: 'sign up problem' }))).toBe('W16');
  });
});

describe('other', () => {
  it('a nynorsk autoreply is other', () => {
    const text = 'Eg er bortreist til 3. januar. E-post vert ikkje lesen før då.';
    expect(first(ticket(text, { subject: 'Fråværande: Nytt HMS-kort' }))).toBe('other');
  });

  it('an autoreply is other, whatever the subject it answers says', () => {
    const text = 'I am away until 4 January with limited access to e-mail.';
    expect(first(ticket(text, { subject: 'Automatic reply: New HMS card number' }))).toBe('other');
  });

  it('a mail that takes back the one before is other', () => {
    expect(
      first(
        ticket(
          'Please disregard my previous email, the activation link was in the spam folder after all. Thanks!',
        ),
      ),
    ).toBe('other');
  });

  it('a lure that asks for a payment card by a weekday is other, whatever it says of the account', () => {
    const lure =
      'Vi har låst kontoen din i kursportalen fordi HMS-kortet er utløpt. Oppgi nummeret på bankkortet ditt innen mandag for å åpne den: http://kurs-portal.example.com/laas';
    expect(massMailSigns('Kontoen din er låst', lure, 'post@kurs-portal.example.com')).toEqual([
      'pressure or threat',
      'link to a foreign site',
      'asks for a card or a secret',
    ]);
    expect(first(ticket(lure, { subject: 'Kontoen din er låst' }))).toBe('other');
  });

  it('a deadline by a weekday in a real ticket is one sign alone, which changes nothing', () => {
    const real = 'Jeg fikk nytt HMS-kort i går. Kan dere oppdatere nummeret innen fredag?';
    expect(massMailSigns('', real, 'solveig.rud@fjellspor.no')).toEqual(['pressure or threat']);
    expect(first(ticket(real))).toBe('W11');
  });
});

describe('language', () => {
  it('a nynorsk closing is nynorsk in a note that has no bokmål form', () => {
    expect(detectLanguage(wordsOf('Takk for hjelpa med kursbeviset!\nHelsing Solveig')).language).toBe('nn');
    expect(detectLanguage(wordsOf('Takk for hjelpen!\nHilsen Solveig')).language).toBe('nb');
  });

  it('"fann" and "gamal" are nynorsk beside a dialect\'s "glømt"', () => {
    expect(
      detectLanguage(
        wordsOf('Glømt passord. Det ordna seg, eg fann det i ein gamal e-post. Berre å lukke saka.'),
      ).language,
    ).toBe('nn');
  });
});

describe('names and addresses', () => {
  it('people named with their address in brackets are whom the mail is about, not the writer', () => {
    const message = ticket(
      'Kan dere sende kursbevis til våre montører Ola Berg (ola.berg@fjellbygg.no) og Kari Lie (kari.lie@fjellbygg.no)?\nMvh\nPer Hansen\nHR, Fjellbygg AS',
      { from: hr },
    );
    expect(names(message)).toEqual(['Ola Berg', 'Kari Lie']);
    expect(emails(message)).toEqual(['ola.berg@fjellbygg.no', 'kari.lie@fjellbygg.no']);
  });

  it('a manager named with an address is someone to ask, and the writer stays the person', () => {
    const message = ticket(
      'Please move me to Fjellbygg AS. My new manager Tor Vik (tor.vik@fjellbygg.no) can confirm it.\nRegards\nSolveig Rud',
    );
    expect(names(message)).toEqual(['Solveig Rud']);
  });

  it('every line that starts with a name and gives a birth date or an address later is a person', () => {
    const message = ticket(
      'Vi trenger kursbevis for disse:\n\nLars Moe, født 02.03.1990\nIda Sand, født 11.12.1985\nEven Lund – nytt kort 4455 1122 – even.lund@fjellbygg.no\n\nMvh HR',
      { from: { address: 'hr@fjellbygg.no', name: 'HR Fjellbygg' } },
    );
    expect(names(message)).toEqual(['Lars Moe', 'Ida Sand', 'Even Lund']);
  });

  it("letters of a degree or a membership after a signature's name are no part of it", () => {
    expect(nameInSignature('Thanks for your help.\nKind regards,\nAnna Hill PhD MIET')?.full).toBe(
      'Anna Hill',
    );
  });

  it('the name the person had before is listed after the one they have now', () => {
    const message = ticket(
      'Jeg får beskjed om at jeg har bruker fra før. Da hadde jeg et annet etternavn (Solveig Aas). Født 02.02.1988.',
    );
    expect(names(message)).toEqual(['Solveig Rud', 'Solveig Aas']);
  });

  it('a family name the address spells without æ, ø or å takes the spelling the text gives', () => {
    const message = ticket('Hei, jeg har glemt passordet mitt. Kan dere hjelpe? Åse Tønnesen', {
      from: { address: 'ase.tonnesen@bygg.no', name: 'Åse' },
    });
    expect(names(message)[0]).toBe('Åse Tønnesen');
  });

  it('a forward "from one of ours" is the forwarded writer\'s request, with their name and address', () => {
    const message = ticket(
      'Se under fra en av våre montører. Vi er kunde hos dere.\n\nPer Hansen\n\n-------- Opprinnelig melding --------\nFra: Jonas Lie <jonas.lie@outlook.com>\nDato: 01.12.2026\nTil: Per Hansen\nEmne: passord\n\nHei Per, jeg kommer ikke inn i kursportalen. Kan du be dem sende ny lenke?\nJonas',
      { from: hr, subject: 'VS: passord' },
    );
    expect(names(message)).toEqual(['Jonas Lie']);
    expect(emails(message)).toEqual(['jonas.lie@outlook.com']);
  });

  it("a department's mailboxes are nobody's address", () => {
    for (const address of [
      'hms@fjellbygg.no',
      'opplaring@fjellbygg.no',
      'kurs@fjellbygg.no',
      'prosjekt@fjellbygg.no',
    ])
      expect(isRoleMailbox(address), address).toBe(true);
    expect(isRoleMailbox('nord.kontroll@fjellbygg.no')).toBe(true);
    expect(isRoleMailbox('per.hansen@fjellbygg.no')).toBe(false);
    const message = ticket('We have approved three new customers, file attached. Can you import them?', {
      from: { address: 'lk@fjellbygg.no', name: 'Lønnskontoret' },
    });
    expect(emails(message)).toEqual([]);
    expect(names(message)).toEqual([]);
  });

  it('a contact person "at the company" is the contact person', () => {
    expect(contactPersonIn('The contact person at the company is Hege Lunde, hege@fjord.no.')?.full).toBe(
      'Hege Lunde',
    );
  });
});

describe('birth dates', () => {
  it('a date the writer takes back gives way to the one after it', () => {
    expect(birthDatesIn('Hun er f. 04.05.1991, nei beklager, riktig er 05.04.1991.', TODAY)).toEqual([
      '1991-04-05',
    ]);
    expect(birthDatesIn('Born 3/4/1990, sorry, I mean 4/3/1990.', TODAY)).toEqual(['1990-03-04']);
    expect(birthDatesIn('Lars Moe f. 02.03.1990 og Ida Sand f. 11.12.1985', TODAY)).toEqual([
      '1990-03-02',
      '1985-12-11',
    ]);
  });

  it("a course's date is no birth date, a date after a name is", () => {
    expect(birthDatesIn('Jeg står på venteliste til kurset 14.05.27 i Drammen.', TODAY)).toEqual([]);
    expect(birthDatesIn('Har ikke bruker. Ola Nordby 03.10.1996', TODAY)).toEqual(['1996-10-03']);
  });
});

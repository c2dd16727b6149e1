// The general faults reading blind set 8's misses found, each by a named example written afresh (none
// is a ticket of the set), so a later change that brings one back fails here and not only in a score.
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/domain/triage/language.js';
import { massMailSigns } from '../../src/domain/triage/mass-mail.js';
import { wordsOf } from '../../src/domain/triage/phrase-match.js';
import { type TicketMessage, triageTicket } from '../../src/domain/triage/triage.js';

const TODAY = '2026-12-07';

function ticket(text: string, extra: Partial<TicketMessage> = {}): TicketMessage {
  return {
    subject: '',
    from: { address: 'solveig.rud@fjellspor.no', name: 'Solveig Rud' },
    to: ['eksternsupport-driv@banenor.no'],
    text,
    attachments: [],
    ...extra,
  };
}

const topics = (t: TicketMessage) => triageTicket(t, TODAY).topics.map((s) => s.topic);
const first = (t: TicketMessage) => topics(t)[0];

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
});

describe('registration', () => {
  it('someone in the middle of signing up who asks which type to pick is registration, not W10', () => {
    expect(
      first(ticket('Jeg holder på å lage bruker nå. Bør jeg velge full kurskatalog eller gratis e-læring?')),
    ).toBe('registration');
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

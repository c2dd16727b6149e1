// The general faults reading blind set 7's misses found, each by a named example written afresh (none
// is a ticket of the set), so a later change that brings one back fails here and not only in a score.
import { describe, expect, it } from 'vitest';
import { birthDatesIn } from '../../src/domain/triage/birth-dates.js';
import { isRoleMailbox } from '../../src/domain/triage/identifiers.js';
import { detectLanguage } from '../../src/domain/triage/language.js';
import { contactPersonIn, nameInSignature, namesInBody } from '../../src/domain/triage/names.js';
import { wordsOf } from '../../src/domain/triage/phrase-match.js';
import { isThankYouNote, stillWrong } from '../../src/domain/triage/ticket-text.js';
import { type TicketMessage, triageTicket } from '../../src/domain/triage/triage.js';
import { TICKET_DAY, ticket } from '../helpers/ticket-message.js';

const TODAY = TICKET_DAY;

const first = (t: TicketMessage) => triageTicket(t, TODAY).topics[0]?.topic;
const names = (t: TicketMessage) => triageTicket(t, TODAY).facts.names.map((n) => n.full);

describe('thanks that say what is still wrong', () => {
  it('is no thank-you note, and a short reply of that kind keeps its topic', () => {
    const text = 'Takk for svaret, men jeg ser fortsatt ikke kurset. Det heter "Signal grunnkurs".';
    expect(stillWrong(text)).toBe(true);
    expect(isThankYouNote(text)).toBe(false);
    expect(first(ticket(text, { subject: 'SV: kurs' }))).toBe('W12');
    expect(isThankYouNote('Tusen takk, nå kom jeg inn!')).toBe(true);
    expect(stillWrong('Tusen takk, nå kom jeg inn!')).toBe(false);
  });

  it('"thanks, but it is the wrong course" asks for the certificate again', () => {
    const text = 'Takk for kursbeviset, men det gjelder feil kurs. Jeg trengte nivå 2.';
    expect(first(ticket(text, { subject: 'SV: Kursbevis' }))).toBe('W15');
  });
});

describe('topics', () => {
  it('W4 leads W5 when the login must move to a new address and the old mailbox is gone', () => {
    const text =
      'Jeg har begynt i Nordbane AS. Den gamle e-posten min kari@gammelfirma.no fungerer ikke lenger, så kan dere endre e-posten til kari.nordmann@nordbane.no og flytte meg til Nordbane AS?';
    expect(first(ticket(text))).toBe('W4');
  });

  it('W5 keeps the lead when the old mailbox still works', () => {
    const text =
      'Jeg har byttet arbeidsgiver til Nordbane AS, kan dere flytte meg dit? Fakturareferanse 4411. Kan dere også endre e-posten fra kari@gammelfirma.no til kari@nordbane.no? Den gamle virker fram til nyttår.';
    expect(first(ticket(text))).toBe('W5');
  });

  it('an employer missing from the list, with the verb first, is W7', () => {
    expect(
      first(ticket('Når jeg lager bruker finner jeg ikke arbeidsgiveren min Fjellspor AS. Hva gjør jeg?')),
    ).toBe('W7');
  });

  it('a refund of a train ticket is for another part of the railway', () => {
    expect(
      first(ticket('Hello, my train ticket from Oslo was not used because the train was cancelled. Refund?')),
    ).toBe('other');
  });
});

describe('language', () => {
  it('a Norwegian thank-you or invoice is not English for its "for"', () => {
    expect(detectLanguage(wordsOf('Tusen takk for rask hjelp!')).language).toBe('nb');
    expect(
      detectLanguage(wordsOf('Vedlagt faktura for levert papir. Beløp kr 300, forfall 1.1.')).language,
    ).toBe('nb');
  });
});

describe('names', () => {
  it('"Respectfully yours" is a closing, and the name under it the writer\'s', () => {
    expect(nameInSignature('Please help.\nRespectfully yours,\nMaria Cruz')?.full).toBe('Maria Cruz');
    expect(names(ticket('Please help.\nRespectfully yours,\nMaria Cruz'))).not.toContain(
      'Respectfully Yours',
    );
  });

  it('a nynorsk title after the name is no name', () => {
    const got = names(ticket('Kan de registrere oss?\nHelsing Kari Nordmann, dagleg leiar'));
    expect(got).toEqual(['Kari Nordmann']);
  });

  it('a sales mailbox spells no name, and the employee the mail is about is found', () => {
    expect(isRoleMailbox('salg@fjellmaskin.no')).toBe(true);
    const message = ticket(
      'Hei, en av gutta våre, Ole Fjell, har glemt passordet. Kan dere sende lenke?\nMvh\nSalg\nFjell Maskin AS',
      { from: { address: 'salg@fjellmaskin.no', name: 'Salg - Fjell Maskin' } },
    );
    expect(names(message)).toEqual(['Ole Fjell']);
    expect(triageTicket(message, TODAY).facts.emails).not.toContain('salg@fjellmaskin.no');
  });

  it('a name begun in capitals ends at the first word in lower case', () => {
    const got = namesInBody('Vår ansatte Lars Holm ser ikke kurset.').map((n) => n.full);
    expect(got).toContain('Lars Holm');
    expect(got).not.toContain('Lars Holm Ser');
  });

  it('names on lines of their own under a line ending in a colon are the people the mail is about', () => {
    const got = namesInBody(
      'Vi trenger plass til tre.\nDet gjelder:\nAnne Lie\nPer Olsen\nJonas Berg\n\nMvh',
    );
    expect(got.map((n) => n.full)).toEqual(['Anne Lie', 'Per Olsen', 'Jonas Berg']);
  });

  it('two people named after the word for what they are ("to nye montører, A og B")', () => {
    const got = namesInBody(
      'Vi har fått to nye montører, Lars Holm og Ida Berg. Kan dere tildele dem et løp?',
    );
    expect(got.map((n) => n.full)).toEqual(['Lars Holm', 'Ida Berg']);
  });

  it('someone who has started or moved, in bokmål or nynorsk, is whom the mail is about', () => {
    expect(namesInBody('Lars Holm har byrja hjå oss.').map((n) => n.full)).toContain('Lars Holm');
    expect(namesInBody('Lars Holm har gått over til oss fra Bane AS.').map((n) => n.full)).toContain(
      'Lars Holm',
    );
  });

  it('a full name with a whole birth date after it is read to its end', () => {
    const message = ticket('old email not working, new is x@y.no. Amanuel Tesfay Haile 01.02.1990', {
      from: { address: 'amanuel@gmail.com', name: 'Amanuel Tesfay' },
    });
    expect(names(message)).toEqual(['Amanuel Tesfay Haile']);
  });

  it('"daglig leder heter …" names the company\'s contact', () => {
    expect(contactPersonIn('Daglig leder heter Per Olsen og faktura går til oss.')?.full).toBe('Per Olsen');
  });

  it('a colleague an autoreply refers to is not whom it is about', () => {
    const message = ticket('I am away until Monday. Please contact my colleague Per Olsen.\n\nAnna Berg', {
      subject: 'Automatic reply: course',
      from: { address: 'anna.berg@firma.se', name: 'Anna Berg' },
    });
    expect(names(message)).toEqual(['Anna Berg']);
  });

  it("a first name signed without its accent is the header's name", () => {
    const message = ticket('My name Paweł Nowak, born 2 may 1988.\nBest regards\nPawel', {
      from: { address: 'pawel.nowak@wp.pl', name: 'Paweł Nowak' },
    });
    expect(names(message)).toEqual(['Paweł Nowak']);
  });
});

describe('birth dates', () => {
  it('reads the year first with the month by name', () => {
    expect(birthDatesIn('born 1990 mar 7', TODAY)).toEqual(['1990-03-07']);
    expect(birthDatesIn('born 1990 mar 170', TODAY)).toEqual([]);
  });
});

// Ordinary tickets, written for the review of the triage8 branch, that its new rules misread: words
// a real learner uses (a one-time code that does not come, a card they paid with, "har feil e-post")
// taken for a lure's or a correction's.
import { describe, expect, it } from 'vitest';
import { birthDatesIn } from '../../src/domain/triage/birth-dates.js';
import { massMailSigns } from '../../src/domain/triage/mass-mail.js';
import { isAutoreplySubject } from '../../src/domain/triage/ticket-text.js';
import { type TicketMessage, triageTicket } from '../../src/domain/triage/triage.js';

const TODAY = '2026-12-07';

function ticket(text: string): TicketMessage {
  return {
    subject: '',
    from: { address: 'geir.nyland@gmail.com', name: 'Geir Nyland' },
    to: [],
    text,
    attachments: [],
  };
}

const first = (text: string) => triageTicket(ticket(text), TODAY).topics[0]?.topic;

describe('a card or a one-time code named by the one who has the problem is no lure', () => {
  it('a one-time code that does not come, with a deadline by a weekday', () => {
    const text =
      'Hei,\n\nJeg får ikke engangskoden på SMS når jeg prøver å logge inn på kursportalen. Har prøvd flere ganger i dag.\nJeg må bli ferdig med HMS-kurset innen fredag, ellers får jeg ikke begynne på anlegget.\n\nMvh\nGeir Nyland';
    expect(massMailSigns('', text, 'geir.nyland@gmail.com')).not.toContain('asks for a card or a secret');
    expect(first(text)).not.toBe('other');
  });

  it('a receipt for a course paid by credit card, needed by Monday', () => {
    const text =
      'Hi,\n\nI paid for the forklift course with my credit card last week but never got a receipt.\nOur accountant needs it by Monday. Could you send it to me?\n\nThanks,\nLisa Moen';
    expect(massMailSigns('', text, 'lisa.moen@gmail.com')).not.toContain('asks for a card or a secret');
    expect(first(text)).not.toBe('other');
  });

  it('a mail that asks for the card is still a lure', () => {
    expect(
      massMailSigns('', 'Please confirm your credit card details to keep the course.', undefined),
    ).toContain('asks for a card or a secret');
    expect(massMailSigns('', 'Send oss engangskoden du fikk på SMS.', undefined)).toContain(
      'asks for a card or a secret',
    );
  });
});

describe('birth dates: "wrong" about something else is no correction of the date', () => {
  it('two people, the first with a wrong e-mail address, keep both dates', () => {
    expect(
      birthDatesIn(
        'Stian Berg 14.06.2004 har feil e-post i systemet. Maria Lund 02.09.2005 er ikke registrert.',
        TODAY,
      ),
    ).toEqual(['2004-06-14', '2005-09-02']);
    expect(
      birthDatesIn('Ola Vik, born 12.03.1985, has the wrong email. Kari Li, born 04.05.1990, too.', TODAY),
    ).toEqual(['1985-03-12', '1990-05-04']);
    expect(birthDatesIn('Kari Li 3/4/1990, sorry for the delay. Per Moe 5/6/1985.', TODAY)).toEqual([
      '1990-04-03',
      '1985-06-05',
    ]);
  });

  it('a bare "feil" or "no" that takes the date back still does', () => {
    expect(birthDatesIn('Født 12.03.1990 – nei, 13.03.1990.', TODAY)).toEqual(['1990-03-13']);
    expect(birthDatesIn('Født 12.03.1990, feil: riktig er 13.03.1990.', TODAY)).toEqual(['1990-03-13']);
    expect(birthDatesIn('Born 3/4/1990 - sorry: 4/3/1990.', TODAY)).toEqual(['1990-03-04']);
  });
});

describe('birth dates: a course "starting" on a date', () => {
  it('is no birth date, in English or Norwegian', () => {
    expect(
      birthDatesIn('Please book Anna Berg, 04.05.1992, on the course starting 12.01.27.', TODAY),
    ).toEqual(['1992-05-04']);
    expect(birthDatesIn('Ola Vik, f. 03.02.1988, skal på kurset som begynner 14.05.27.', TODAY)).toEqual([
      '1988-02-03',
    ]);
  });
});

describe('a subject that speaks of absence', () => {
  it("is a learner's question when the word of absence does not stand right before the colon", () => {
    const text =
      'Hei, jeg var syk dag 2 av truckkurset forrige uke. Får jeg kursbevis likevel, eller må jeg ta hele kurset på nytt?\n\nMvh Ola Vik';
    const subject = 'Fravær på kurset: får jeg kursbevis likevel?';
    expect(isAutoreplySubject(subject)).toBe(false);
    expect(triageTicket({ ...ticket(text), subject }, TODAY).topics[0]?.topic).not.toBe('other');
    expect(isAutoreplySubject('Fraværende fra dag 2: må jeg ta hele kurset om igjen?')).toBe(false);
  });

  it('is an autoreply when it is the prefix an absence notice puts first', () => {
    for (const subject of [
      'Fravær: Re: kursbevis',
      'Fråværande: Nytt HMS-kort',
      'Out of office (Ola): kursbevis',
    ])
      expect(isAutoreplySubject(subject)).toBe(true);
  });
});

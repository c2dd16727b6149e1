// The e-mail a learner gets when a seat on a unit they were waiting for becomes theirs, in bokmål and
// English, written for this desk.
import { type MailLang, type MailText, mailSignature } from './link-mail.js';
import { osloLongDateTime } from './local-time.js';

export interface SeatMailFacts {
  firstName: string;
  courseCode: string;
  /** The course title in the mail's language (bokmål title when there is no English one). */
  courseTitle: string;
  startsAt: string;
  endsAt: string;
  place: string;
}

/** A timestamp as the learner reads it: Norwegian local time, in the mail's language. */
export function unitTimeText(iso: string, lang: MailLang): string {
  return osloLongDateTime(iso, lang);
}

export function seatPromotionMail(lang: MailLang, facts: SeatMailFacts): MailText {
  const course = `${facts.courseTitle} (${facts.courseCode})`;
  const from = unitTimeText(facts.startsAt, lang);
  const to = unitTimeText(facts.endsAt, lang);
  if (lang === 'nb') {
    return {
      subject: `Du har fått plass på ${facts.courseCode}`,
      body: `${[
        `Hei ${facts.firstName},`,
        `En plass er blitt ledig på ${course}, og du sto først på ventelisten. Plassen er nå din:`,
        `Sted: ${facts.place}\nFra: ${from}\nTil: ${to}`,
        'Du trenger ikke gjøre noe for å beholde plassen. Kan du likevel ikke komme, svarer du på denne e-posten så snart som mulig, så går plassen videre til nestemann på listen.',
        mailSignature(lang),
      ].join('\n\n')}\n`,
    };
  }
  return {
    subject: `You have a seat on ${facts.courseCode}`,
    body: `${[
      `Hello ${facts.firstName},`,
      `A seat has become free on ${course}, and you were first on the waiting list. The seat is now yours:`,
      `Place: ${facts.place}\nFrom: ${from}\nTo: ${to}`,
      'You need not do anything to keep it. If you cannot come after all, please reply to this e-mail as soon as you can, so the seat goes to the next person on the list.',
      mailSignature(lang),
    ].join('\n\n')}\n`,
  };
}

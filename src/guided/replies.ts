// The one place the guided mode turns a result into the answer to paste. Where the desk already has a
// reply (find account, links, course access, company registration) it is used; the few topics that have
// none yet get short texts here, until the shared reply catalogue covers them and this function points there.
import {
  alreadyCustomerReply,
  type RegistrationReplyFacts,
  registeredReply,
} from '../domain/companies/replies.js';
import type { AccessVerdict } from '../domain/course-access.js';
import type { Verdict } from '../domain/identity-match.js';
import type { MailLang as Lang } from '../domain/link-mail.js';
import { osloDateTime } from '../domain/local-time.js';
import { composeReply } from '../domain/replies/catalogue.js';
import { type CourseReplyFacts, courseAccessReply } from '../domain/replies/courses.js';
import { type LinkReplyFacts, linkReply } from '../domain/replies/links.js';
import { type FindAccountReplyFacts, findAccountReply } from '../domain/replies.js';
import { dayOrDash } from './show.js';

export type GuidedReply =
  | { topic: 'find-account'; verdict: Verdict; facts: FindAccountReplyFacts }
  | { topic: 'link'; facts: LinkReplyFacts }
  | { topic: 'course-access'; verdict: AccessVerdict; facts: CourseReplyFacts }
  | { topic: 'company-registered' | 'company-exists'; facts: RegistrationReplyFacts }
  | { topic: 'email-changed'; firstName: string; maskedEmail: string }
  | { topic: 'employer-moved'; firstName: string; company: string; emailOnOldDomain: boolean }
  | { topic: 'hms-updated'; firstName: string; renewalDue: string | null }
  | { topic: 'type-changed'; firstName: string; type: string }
  | {
      topic: 'booked';
      firstName: string;
      course: string;
      startsAt: string;
      place: string;
      status: 'enrolled' | 'waitlisted';
      position: number | null;
    }
  | { topic: 'programmes'; firstName: string; lines: { nb: string[]; en: string[] } }
  | { topic: 'certificates'; firstName: string; courses: string[] }
  | { topic: 'registered-learner'; firstName: string; maskedEmail: string };

const TYPE_NAMES: Record<string, { nb: string; en: string }> = {
  free: { nb: 'Gratis e-læring', en: 'Free e-learning' },
  full: { nb: 'Full kurskatalog', en: 'Full catalogue' },
  driver: { nb: 'Fører', en: 'Driver' },
};

function letter(lang: Lang, firstName: string | undefined, body: string): string {
  return composeReply(lang, firstName, [body]);
}

export function replyText(reply: GuidedReply, lang: Lang): string {
  const nb = lang === 'nb';
  switch (reply.topic) {
    case 'find-account':
      return findAccountReply(lang, reply.verdict, reply.facts);
    case 'link':
      return linkReply(lang, reply.facts);
    case 'course-access':
      return courseAccessReply(lang, reply.verdict, reply.facts);
    case 'company-registered':
      return registeredReply(lang, reply.facts);
    case 'company-exists':
      return alreadyCustomerReply(lang, reply.facts);
    case 'email-changed':
      return letter(
        lang,
        reply.firstName,
        nb
          ? `vi har endret e-postadressen du logger inn med til ${reply.maskedEmail}. Passordet ditt er det samme som før. Husker du det ikke, velg «Har du glemt passordet?» på innloggingssiden og skriv inn den nye adressen.`
          : `we have changed the address you log in with to ${reply.maskedEmail}. Your password is unchanged. If you do not remember it, choose "Forgot your password?" on the login page and enter the new address.`,
      );
    case 'employer-moved': {
      const mail = reply.emailOnOldDomain
        ? nb
          ? '\n\nE-postadressen du logger inn med hører til den tidligere arbeidsgiveren din. Send oss gjerne en adresse du beholder, så endrer vi den.'
          : '\n\nThe address you log in with belongs to your former employer. Please send us an address you will keep, and we will change it.'
        : '';
      return letter(
        lang,
        reply.firstName,
        (nb
          ? `kontoen din er nå knyttet til ${reply.company}. Kurs med betaling som du er påmeldt og som ikke har startet, faktureres den nye arbeidsgiveren.`
          : `your account is now linked to ${reply.company}. Paid courses you are enrolled on that have not started yet will be invoiced to your new employer.`) +
          mail,
      );
    }
    case 'hms-updated': {
      const due = reply.renewalDue
        ? nb
          ? ` Kortet bør fornyes innen ${dayOrDash(reply.renewalDue, lang)}; husk å oppdatere nummeret igjen da.`
          : ` The card is due for renewal by ${dayOrDash(reply.renewalDue, lang)}; remember to update the number again then.`
        : '';
      return letter(
        lang,
        reply.firstName,
        (nb
          ? 'vi har registrert det nye HMS-kortnummeret ditt i kursportalen.'
          : 'we have registered your new HMS card number in the course portal.') + due,
      );
    }
    case 'type-changed': {
      const type = TYPE_NAMES[reply.type]?.[lang] ?? reply.type;
      return letter(
        lang,
        reply.firstName,
        nb
          ? `kontoen din er nå av typen «${type}». Logg ut og inn igjen, så ser du kursene som hører til.`
          : `your account is now of the type "${type}". Log out and in again to see the courses that come with it.`,
      );
    }
    case 'booked': {
      const when = osloDateTime(reply.startsAt, lang);
      const body =
        reply.status === 'enrolled'
          ? nb
            ? `du er nå påmeldt ${reply.course} ${when} i ${reply.place}. Du finner kurset under «Mine kurs».`
            : `you are now enrolled on ${reply.course} on ${when} in ${reply.place}. You will find it under "My courses".`
          : nb
            ? `${reply.course} ${when} i ${reply.place} er fullt, så vi har satt deg på ventelisten${reply.position ? ` (plass ${reply.position})` : ''}. Blir en plass ledig, får du den automatisk og en e-post om det.`
            : `${reply.course} on ${when} in ${reply.place} is full, so we have put you on the waitlist${reply.position ? ` (place ${reply.position})` : ''}. If a seat becomes free, it goes to you automatically and you get an e-mail.`;
      return letter(lang, reply.firstName, body);
    }
    case 'programmes': {
      const lines = reply.lines[lang];
      const body =
        lines.length === 0
          ? nb
            ? 'du er ikke tildelt noe opplæringsløp i kursportalen. Spør arbeidsgiveren din hvilken opplæring du skal ha, så hjelper vi deg videre.'
            : 'you have not been assigned a training programme in the course portal. Ask your employer which training you need, and we will help you further.'
          : `${nb ? 'dette gjenstår i opplæringen din:' : 'this is what remains of your training:'}\n\n${lines.map((l) => `- ${l}`).join('\n')}\n\n${
              nb
                ? 'Merk at et klasseromskurs i opplæringsløpet ikke gir deg en plass: du må fortsatt melde deg på en dato.'
                : 'Note that a classroom course in a programme does not give you a seat: you still need to enrol on a date.'
            }`;
      return letter(lang, reply.firstName, body);
    }
    case 'certificates': {
      const list = reply.courses.length > 0 ? `\n\n${reply.courses.map((c) => `- ${c}`).join('\n')}` : '';
      return letter(
        lang,
        reply.firstName,
        nb
          ? `kursbevisene dine finner du under «Historikk» i kursportalen: velg «Vis alt», og trykk på skriverikonet i kolonnen «Handling». Ta med kursbeviset når du arbeider på anlegg.${list}`
          : `you will find your certificates under "History" in the course portal: choose "Show all" and press the printer icon in the "Action" column. Carry the certificate when you work on site.${list}`,
      );
    }
    case 'registered-learner':
      return letter(
        lang,
        reply.firstName,
        nb
          ? `vi har opprettet en konto til deg i kursportalen med brukernavnet ${reply.maskedEmail}. Du får en e-post med en lenke der du velger passord.`
          : `we have created an account for you in the course portal with the user name ${reply.maskedEmail}. You will get an e-mail with a link where you choose a password.`,
      );
  }
}

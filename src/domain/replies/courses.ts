// The answer to "I can't find the course" / "there are no dates" / "the course is full" (W12), in
// bokmål and English, from the reasons course-access found. It tells the learner what support did or
// will do, never the commands themselves.
import type { AccessReason, AccessVerdict } from '../course-access.js';
import { greeting, type Lang, signature } from '../replies.js';

export interface CourseReplyFacts {
  firstName: string;
  course: { code: string; title: string; title_en: string | null };
  /** The account type that would see the course (for the account-type reason). */
  targetType: string | undefined;
}

function courseName(lang: Lang, c: CourseReplyFacts['course']): string {
  const title = lang === 'en' && c.title_en ? c.title_en : c.title;
  return `${c.code} ${title}`;
}

function sentence(lang: Lang, reason: AccessReason, facts: CourseReplyFacts, name: string): string {
  const nb = lang === 'nb';
  switch (reason.code) {
    case 'inactive':
      return nb
        ? `Kurset ${name} tilbys ikke lenger, og derfor finner du det ikke i kurskatalogen.`
        : `The course ${name} is no longer offered, which is why you cannot find it in the catalogue.`;
    case 'account-type':
      if (facts.targetType === 'full')
        return nb
          ? `${name} er et betalingskurs. Kontoen din er en gratiskonto, og den viser bare de gratis e-læringskursene. For å se og bestille betalingskurs må kontoen endres til full tilgang, og kurset faktureres da arbeidsgiveren din. Send oss navnet og organisasjonsnummeret til arbeidsgiveren og en fakturareferanse, så endrer vi kontoen.`
          : `${name} is a paid course. Your account is a free account, which shows only the free e-learning courses. To see and book paid courses the account must be changed to full access, and the course is then invoiced to your employer. Send us your employer's name and organisation number and an invoice reference, and we will change the account.`;
      if (facts.targetType === 'driver')
        return nb
          ? `${name} er en del av førerutdanningen og vises bare for førerkontoer. Er du førerkandidat, svar oss med opplysningene om utdanningen din, så endrer vi kontotypen.`
          : `${name} is part of the train-driver training and is shown only to driver accounts. If you are a driver candidate, reply with the details of your training and we will change the account type.`;
      return nb ? `${name} vises ikke for din kontotype.` : `${name} is not shown to your type of account.`;
    case 'account-status':
      return nb
        ? 'Kontoen din er ikke aktivert ennå. Vi sender deg en lenke der du velger passord; deretter kan du logge inn og melde deg på.'
        : 'Your account has not been activated yet. We will send you a link where you choose a password; after that you can log in and enrol.';
    case 'passed-valid': {
      const until = reason.valid_until;
      if (until)
        return nb
          ? `Du har allerede bestått ${name}, og kompetansen gjelder til ${until}. Derfor kan du ikke melde deg på nå; ta repetisjonen før den datoen.`
          : `You have already passed ${name}, and the qualification is valid until ${until}. That is why you cannot enrol now; take the refresher before that date.`;
      return nb
        ? `Du har allerede bestått ${name}, og kurset trenger ikke tas på nytt.`
        : `You have already passed ${name}, and it does not need to be taken again.`;
    }
    case 'already-booked':
      return nb
        ? `Du er allerede påmeldt ${name}${reason.on_waitlist ? ' på venteliste' : ''}; du finner datoen under «Mine kurs».`
        : `You are already enrolled on ${name}${reason.on_waitlist ? ' on the waitlist' : ''}; you will find the date under "My courses".`;
    case 'no-unit':
      return nb
        ? `Det er ingen planlagte datoer for ${name} nå. Vi melder ønsket ditt videre til dem som planlegger kursene, og du får beskjed når en ny dato blir satt opp. Skriv gjerne hvilket sted som passer best for deg.`
        : `There are no scheduled dates for ${name} at the moment. We are passing your request on to the people who plan the courses, and you will hear from us when a new date is set up. Feel free to tell us which place suits you best.`;
    case 'all-full':
      return nb
        ? `Alle datoene for ${name} er fulle. Du kan melde deg på ventelisten; blir en plass ledig, får du den automatisk og en e-post om det.`
        : `Every date for ${name} is full. You can join the waitlist; if a seat becomes free, it goes to you automatically and you get an e-mail.`;
  }
}

export function courseAccessReply(lang: Lang, verdict: AccessVerdict, facts: CourseReplyFacts): string {
  const name = courseName(lang, facts.course);
  const parts = [greeting(lang, facts.firstName)];
  if (verdict.reasons.length === 0) {
    parts.push(
      lang === 'nb'
        ? `Kurset ${name} skal være synlig for deg i kurskatalogen, og du kan melde deg på. Søk gjerne på kurskoden ${facts.course.code}. Finner du det fortsatt ikke, send oss et skjermbilde av kurskatalogen.`
        : `The course ${name} should be visible to you in the catalogue, and you can enrol. Try searching for the course code ${facts.course.code}. If you still cannot find it, send us a screenshot of the catalogue.`,
    );
  } else {
    for (const reason of verdict.reasons) parts.push(sentence(lang, reason, facts, name));
  }
  parts.push(signature(lang));
  return `${parts.join('\n\n')}\n`;
}

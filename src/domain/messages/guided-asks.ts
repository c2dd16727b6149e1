// The guided mode's questions and results that name what they are about (a learner, a course, a company,
// an address the agent already sees), in English and bokmål. Moved from the flows' inline say(nb, en)
// templates. Parameters hold names, codes, addresses and days the screen shows anyway, never a national
// ID, token or password.

import { osloDate, osloDateTime } from '../local-time.js';
import type { Entry } from './catalogue.js';
import { accountWordNb } from './nbtext2.js';

const entry = <P>(en: Entry<P>['en'], nb: Entry<P>['nb']): Entry<P> => ({ en, nb });

export const GUIDED_ASKS = {
  // session.ts
  'guided-asks.nothing-matches': entry<{ typed: string }>(
    (p) => `nothing matches '${p.typed}'`,
    (p) => `ingen treff på «${p.typed}»`,
  ),
  // flows/account.ts
  'guided-asks.issue-link-now': entry<{ kind: string }>(
    (p) => `Issue ${p.kind} now?`,
    (p) => `Sende en ${p.kind} nå?`,
  ),
  'guided-asks.issue-link-for': entry<{ name: string }>(
    (p) => `Issue a link for ${p.name} now?`,
    (p) => `Sende lenke til ${p.name} nå?`,
  ),
  'guided-asks.link-issued': entry<{ activation: boolean }>(
    (p) => `${p.activation ? 'Activation' : 'Reset'} link issued`,
    (p) => `${p.activation ? 'Aktiveringslenke' : 'Lenke for nytt passord'} utstedt`,
  ),
  'guided-asks.login-changed': entry<{ from: string; to: string }>(
    (p) => `Login changed: ${p.from} → ${p.to}`,
    (p) => `Innlogging endret: ${p.from} → ${p.to}`,
  ),
  'guided-asks.change-login': entry<{ name: string; email: string }>(
    (p) => `Change ${p.name}'s login to ${p.email}?`,
    (p) => `Endre innloggingen til ${p.name} til ${p.email}?`,
  ),
  // flows/courses.ts
  'guided-asks.e-learning-no-dates': entry<{ course: string }>(
    (p) => `${p.course} is e-learning: no dates or waitlist; the learner takes it in the portal at any time.`,
    (p) =>
      `${p.course} er e-læring: ingen datoer eller venteliste; personen tar kurset i kursportalen når det passer.`,
  ),
  'guided-asks.which-date': entry<{ name: string }>(
    (p) => `Which date for ${p.name}?`,
    (p) => `Hvilken dato for ${p.name}?`,
  ),
  'guided-asks.enrol-on': entry<{ name: string; course: string; startsAt: string }>(
    (p) => `Enrol ${p.name} on ${p.course} ${osloDateTime(p.startsAt, 'en')}?`,
    (p) => `Melde ${p.name} på ${p.course} ${osloDateTime(p.startsAt, 'nb')}?`,
  ),
  'guided-asks.date-full-waitlist': entry<{ name: string }>(
    (p) => `The date is full. Put ${p.name} on the waitlist?`,
    (p) => `Datoen er full. Sette ${p.name} på ventelisten?`,
  ),
  'guided-asks.record-new-date': entry<{ course: string }>(
    (p) => `Record the request for a new date of ${p.course}?`,
    (p) => `Registrere ønsket om ny dato for ${p.course}?`,
  ),
  'guided-asks.request-recorded': entry<{ request: number }>(
    (p) => `Request recorded (no. ${p.request})`,
    (p) => `Ønske registrert (nr. ${p.request})`,
  ),
  // flows/employer.ts
  'guided-asks.already-with': entry<{ name: string; company: string }>(
    (p) => `${p.name} is already with ${p.company}; there is nothing to move.`,
    (p) => `${p.name} er allerede registrert hos ${p.company}; ingen flytting trengs.`,
  ),
  'guided-asks.login-no-longer-theirs': entry<{ email: string }>(
    (p) => `Is the login (${p.email}) an address the person no longer has? Change it now?`,
    (p) => `Er innloggingen (${p.email}) en adresse personen ikke lenger har? Endre den nå?`,
  ),
  'guided-asks.move-to': entry<{ name: string; company: string }>(
    (p) => `Move ${p.name} to ${p.company}?`,
    (p) => `Flytte ${p.name} til ${p.company}?`,
  ),
  'guided-asks.register-customer': entry<{ company: string }>(
    (p) => `Register ${p.company} as a customer?`,
    (p) => `Registrere ${p.company} som kunde?`,
  ),
  'guided-asks.registered-company': entry<{ company: string }>(
    (p) => `Registered: ${p.company}`,
    (p) => `Registrert: ${p.company}`,
  ),
  // flows/learning.ts
  'guided-asks.no-programmes': entry<{ name: string }>(
    (p) => `${p.name}: no programmes`,
    (p) => `${p.name}: ingen opplæringsløp`,
  ),
  'guided-asks.approved': entry<{ until: string | null }>(
    (p) => `approved${p.until ? ` until ${osloDate(p.until, 'en')}` : ''}`,
    (p) => `godkjent${p.until ? ` til ${osloDate(p.until, 'nb')}` : ''}`,
  ),
  'guided-asks.to-do-expired': entry<{ missing: number; expired: number }>(
    (p) => `${p.missing} to do, ${p.expired} expired`,
    (p) => `${p.missing} gjenstår, ${p.expired} utløpt`,
  ),
  'guided-asks.enrol-date-for': entry<{ course: string }>(
    (p) => `Enrol on a date for ${p.course} now?`,
    (p) => `Melde på en dato for ${p.course} nå?`,
  ),
  'guided-asks.certificate-revoked': entry<{ course: string }>(
    (p) => `${p.course}: its certificate was revoked; a new one needs the course recorded as passed again`,
    (p) => `${p.course}: kursbeviset er tilbakekalt; et nytt krever at kurset er registrert bestått på nytt`,
  ),
  // flows/privacy.ts
  'guided-asks.request-from-login': entry<{ email: string }>(
    (p) => `Does the request come from ${p.email}, the address the account is registered with?`,
    (p) => `Kommer henvendelsen fra ${p.email}, adressen kontoen er registrert med?`,
  ),
  // flows/profile.ts
  'guided-asks.register-new-card': entry<{ name: string }>(
    (p) => `Register the new card for ${p.name}?`,
    (p) => `Registrere det nye kortet for ${p.name}?`,
  ),
  'guided-asks.change-type': entry<{ name: string; from: string; to: string }>(
    (p) => `Change ${p.name} from ${p.from} to ${p.to}?`,
    (p) => `Endre ${p.name} fra ${accountWordNb(p.from)} til ${accountWordNb(p.to)}?`,
  ),
  // flows/register.ts
  'guided-asks.create-account': entry<{ name: string }>(
    (p) => `Create an account for ${p.name}?`,
    (p) => `Opprette konto for ${p.name}?`,
  ),
  'guided-asks.created': entry<{ name: string; id: number }>(
    (p) => `Created: ${p.name} (id ${p.id})`,
    (p) => `Opprettet: ${p.name} (id ${p.id})`,
  ),
} as const;

// Coded messages of the desk's plumbing: the outbox (mail), naming a learner on the command line, and the
// files and database a command opens. Same rules as the main catalogue: the English is what the commands
// have always printed, the bokmål is what a support agent would write, and a parameter never holds a
// national ID, token or password (callers pass masks).
import { osloDateTime } from '../local-time.js';
import type { Entry } from './catalogue.js';

// biome-ignore lint/complexity/noBannedTypes: an entry without parameters
type None = {};

const entry = <P = None>(en: Entry<P>['en'], nb: Entry<P>['nb']): Entry<P> => ({ en, nb });

export const MAIL = {
  // The outbox (src/workflows/mail.ts).
  'mail.no-such-message': entry<{ id: number }>(
    (p) => `no outbox message has id ${p.id}`,
    (p) => `det finnes ingen melding i utboksen med id ${p.id}`,
  ),
  /** `sentAt` is null when the time was not recorded. */
  'mail.already-sent': entry<{ id: number; sentAt: string | null }>(
    (p) =>
      `message ${p.id} was sent at ${p.sentAt ? osloDateTime(p.sentAt, 'en') : '?'}; it is not sent twice`,
    (p) =>
      `melding ${p.id} ble sendt ${p.sentAt ? osloDateTime(p.sentAt, 'nb') : '(ukjent tidspunkt)'}; den sendes ikke to ganger`,
  ),
  'mail.already-pending': entry<{ id: number }>(
    (p) => `message ${p.id} is already waiting to be sent`,
    (p) => `melding ${p.id} venter allerede på å bli sendt`,
  ),
  'mail.being-sent': entry<{ id: number; by: string | null }>(
    (p) => `message ${p.id} is being sent right now by ${p.by}`,
    (p) => `melding ${p.id} blir sendt akkurat nå av ${p.by ?? 'en annen prosess'}`,
  ),
  /** `why` is the reason recorded when the link was withdrawn (plain text). */
  'mail.withdrawn': entry<{ id: number; why: string | undefined }>(
    (p) => `message ${p.id} was withdrawn (${p.why}): its link no longer works`,
    (p) =>
      `melding ${p.id} ble trukket tilbake (${p.why ?? 'ingen grunn oppgitt'}): lenken i den virker ikke lenger`,
  ),
  'hint.issue-new-link': entry<{ learner: number }>(
    (p) => `issue a new one: kursdesk links issue ${p.learner}`,
    (p) => `lag en ny: kursdesk links issue ${p.learner}`,
  ),
  'mail.changed-while-requeued': entry<{ id: number }>(
    (p) => `message ${p.id} changed while it was being put back; look again`,
    (p) => `melding ${p.id} ble endret mens den ble lagt tilbake i køen; se på den igjen`,
  ),
} as const;

export const SELECTORS = {
  // Naming a learner on the command line (src/domain/learner-selector.ts); `shown` is masked.
  'selector.empty': entry(
    () => 'the learner is empty: give an id, e-mail or national ID',
    () => 'brukeren mangler: oppgi id, e-postadresse eller fødselsnummer',
  ),
  'selector.digit-count': entry<{ shown: string; digits: number }>(
    (p) => `the learner '${p.shown}' has ${p.digits} digits: a national ID has 11, a learner id at most 9`,
    (p) => `brukeren «${p.shown}» har ${p.digits} sifre: et fødselsnummer har 11, en bruker-id høyst 9`,
  ),
  'selector.unreadable': entry<{ shown: string }>(
    (p) => `'${p.shown}' is not a learner id, e-mail or national ID (11 digits)`,
    (p) => `«${p.shown}» er verken en bruker-id, en e-postadresse eller et fødselsnummer (11 sifre)`,
  ),
  'hint.find-by-name': entry<{ name: string }>(
    (p) => `to find a learner by name: kursdesk users find --name "${p.name}" --birthdate <date>`,
    (p) => `for å finne en bruker på navn: kursdesk users find --name "${p.name}" --birthdate <dato>`,
  ),
} as const;

// What the guided mode says before a reset or activation link is handed over: who the reply goes to, and
// why a link is mailed to the login instead of shown for the reply (only the login's own mailbox may get
// it in a reply). No address but the login is read back. And triage's note that an activation link waits.

import type { Entry } from './catalogue.js';

const entry = <P>(en: Entry<P>['en'], nb: Entry<P>['nb']): Entry<P> => ({ en, nb });

/** Why the link goes by e-mail: the ticket came from another address, it had none, or the agent said so. */
export type MailedBecause = 'other-sender' | 'no-sender' | 'someone-else';

const EN: Record<MailedBecause, string> = {
  'other-sender': "the ticket was not sent from the login's own address",
  'no-sender': 'the pasted ticket has no sender address',
  'someone-else': 'the reply goes to someone other than the login',
};

const NB: Record<MailedBecause, string> = {
  'other-sender': 'henvendelsen kom ikke fra innloggingens egen adresse',
  'no-sender': 'den innlimte henvendelsen har ingen avsenderadresse',
  'someone-else': 'svaret går til en annen enn innloggingen',
};

export const LINK12 = {
  /** Asked when the agent came from the menu (no ticket to read the sender from) and no mail server is set. */
  'guided.link-reply-to': entry(
    () => 'Who does the reply go to?',
    () => 'Hvem går svaret til?',
  ),
  'guided.link-reply-to-login': entry<{ email: string }>(
    (p) => `The login's own mailbox, ${p.email} (the link goes in the reply)`,
    (p) => `Innloggingens egen e-postkasse, ${p.email} (lenken står i svaret)`,
  ),
  'guided.link-reply-to-other': entry(
    () => 'Someone else (the link is mailed to the login, not put in the reply)',
    () => 'En annen (lenken sendes på e-post til innloggingen, ikke i svaret)',
  ),
  'guided.link-mailed': entry<{ because: MailedBecause }>(
    (p) => `${EN[p.because]}: the link is mailed to the login on file, and the reply says so`,
    (p) => `${NB[p.because]}: lenken sendes på e-post til innloggingen, og svaret sier det`,
  ),
  /** Guided W12 for an account never activated, before a new activation link is offered (Enter: none). */
  'guided.activation-waits': entry(
    () =>
      'the reply sends the learner to the link in the registration e-mail; a new activation link would void it, so issue one only if they cannot find it',
    () =>
      'svaret viser til lenken i registrerings-e-posten; en ny aktiveringslenke ville gjort den ugyldig, så send en bare hvis deltakeren ikke finner den',
  ),
  /**
   * triage --answer W12 for an account never activated: the reply points to the registration e-mail's
   * link, so the command that would void it waits for the learner's answer.
   */
  'triage-note.activation-waits': entry<{ command: string }>(
    (p) =>
      `the account was never activated: the reply sends the learner to the link in the registration e-mail, which a new link would void; only if they answer that they cannot find it: ${p.command}`,
    (p) =>
      `kontoen ble aldri aktivert: svaret viser til lenken i registrerings-e-posten, og en ny lenke ville gjort den ugyldig; bare hvis deltakeren svarer at de ikke finner den: ${p.command}`,
  ),
} as const;

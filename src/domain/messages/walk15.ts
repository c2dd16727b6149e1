// What the guided mode says after a new agent's walk (walk15): whether a link's e-mail has left the outbox,
// so the reply pasted after it says only what is true.

import type { Entry } from './catalogue.js';

const entry = <P>(en: Entry<P>['en'], nb: Entry<P>['nb']): Entry<P> => ({ en, nb });

export const WALK15 = {
  'walk15.privacy-both': entry(
    () => 'Access, then erasure (a copy of everything, then delete)',
    () => 'Innsyn, så sletting (kopi av alt, så slett)',
  ),
  'walk15.send-link-now': entry(
    () => 'Send the e-mail with the link now?',
    () => 'Sende e-posten med lenken nå?',
  ),
  'walk15.link-sent': entry<{ email: string }>(
    (p) => `Sent to ${p.email}.`,
    (p) => `Sendt til ${p.email}.`,
  ),
  'walk15.link-not-sent': entry<{ error: string }>(
    (p) => `Not sent (${p.error}): the e-mail stays in the outbox.`,
    (p) => `Ikke sendt (${p.error}): e-posten blir liggende i utboksen.`,
  ),
  'walk15.send-before-pasting': entry(
    () =>
      'The e-mail waits in the outbox until `kursdesk mail send` runs: send it before you paste the reply, which says it is on its way.',
    () =>
      'E-posten venter i utboksen til `kursdesk mail send` kjøres: send den før du limer inn svaret, som sier at den er på vei.',
  ),
};

// What the change commands say when their reply goes to someone who wrote about the learner
// (--reply-to): a link never goes into such a reply.

import type { Entry } from './catalogue.js';

const entry = <P>(en: Entry<P>['en'], nb: Entry<P>['nb']): Entry<P> => ({ en, nb });

export const REPLIES14 = {
  'replies14.link-not-to-writer': entry(
    () =>
      "--reply-to with --deliver agent: a link may not go into a reply to someone other than the learner; leave out --deliver (with --reply-to the link is mailed to the learner's login)",
    () =>
      '--reply-to med --deliver agent: en lenke kan ikke stå i et svar til en annen enn brukeren; utelat --deliver (med --reply-to sendes lenken på e-post til brukerens innlogging)',
  ),
  'replies14.reply-to-needs-reply': entry(
    () => '--reply-to names whom the reply goes to: give --reply nb|nn|en too',
    () => '--reply-to sier hvem svaret går til: oppgi også --reply nb|nn|en',
  ),
} as const;

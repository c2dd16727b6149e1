// What the guided mode says when a company not in ELMA asks to be registered and the ticket gives no
// address for its invoices: the FAQ needs one, so the agent may reply asking for it instead of inventing one.

import type { Entry } from './catalogue.js';

const entry = <P>(en: Entry<P>['en'], nb: Entry<P>['nb']): Entry<P> => ({ en, nb });

export const WALK14 = {
  'guided.no-invoice-email': entry(
    () => 'The company is not in ELMA and the ticket gives no e-mail address for its invoices',
    () => 'Firmaet er ikke i ELMA, og henvendelsen oppgir ingen e-postadresse for fakturaene',
  ),
  'guided.reply-asking-invoice-email': entry(
    () => 'Reply asking for the invoice e-mail',
    () => 'Svar som ber om e-postadressen for faktura',
  ),
  'guided.type-invoice-email': entry(
    () => 'I have it: type it',
    () => 'Jeg har den: skriv den inn',
  ),
};

// The guided mode's labels for the ticket facts facts12 added (an address that may be another person's,
// the place and time a ticket wishes for): coded like the rest of its words. Words only, no parameters.

import type { Entry } from './catalogue.js';

const entry = (en: string, nb: string): Entry<Record<string, never>> => ({ en: () => en, nb: () => nb });

export const GUIDED_FACTS = {
  'guided-facts.maybe-another-persons': entry("maybe another person's", 'kanskje en annens'),
  'guided-facts.wanted-place': entry('wanted place', 'ønsket sted'),
  'guided-facts.wanted-time': entry('wanted time', 'ønsket tid'),
} as const;

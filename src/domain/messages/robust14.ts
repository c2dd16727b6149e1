// Misuse probes of robust14: the shared server under agents who cut connections, and what a command says
// once part of its work is kept. English and bokmål; no parameters hold personal data.
import type { Entry } from './catalogue.js';

const entry = <P>(en: Entry<P>['en'], nb: Entry<P>['nb']): Entry<P> => ({ en, nb });

// biome-ignore lint/complexity/noBannedTypes: an entry without parameters
type None = {};

export const ROBUST14 = {
  /** `db migrate` lost its connection after its migrations were committed: the audit log does not list them. */
  'hint.see-db-status': entry<None>(
    () => 'kursdesk db status shows the migrations that were applied',
    () => 'kursdesk db status viser migreringene som ble kjørt',
  ),
  /** An option that takes one value was given twice with different values (the values are not quoted). */
  'usage.option-given-twice': entry<{ option: string }>(
    (p) => `option '${p.option}' was given twice with different values; give it once`,
    (p) => `valget «${p.option}» ble gitt to ganger med ulike verdier; gi det én gang`,
  ),
} as const;

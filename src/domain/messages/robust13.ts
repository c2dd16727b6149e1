// Misuse probes of robust13: a --db file that exists but is empty, and a fixture loaded by several runs
// at once. English and bokmål; the parameters are paths and fixture names, never personal data.
import type { Entry } from './catalogue.js';

const entry = <P>(en: Entry<P>['en'], nb: Entry<P>['nb']): Entry<P> => ({ en, nb });

// biome-ignore lint/complexity/noBannedTypes: an entry without parameters
type None = {};

export const ROBUST13 = {
  /** An existing 0-byte file given as --db to a command that only uses databases. */
  'db.empty-file': entry<{ path: string }>(
    (p) => `${p.path} is an empty file, not a kursdesk database; it was left as it was`,
    (p) => `${p.path} er en tom fil, ikke en kursdesk-database; den ble ikke endret`,
  ),
  'hint.set-up-empty-file': entry<None>(
    () => 'to make a database in it, run kursdesk db migrate (or fixtures load) with the same --db',
    () => 'for å lage en database i den, kjør kursdesk db migrate (eller fixtures load) med samme --db',
  ),
} as const;

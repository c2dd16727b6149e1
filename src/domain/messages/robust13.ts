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
  /**
   * A table or the schema itself went away after the command checked the schema version (dropped by
   * hand, or a db reset from another desk): PostgreSQL 42P01/3F000, SQLite "no such table".
   */
  'db.schema-gone': entry<{ server: string | undefined }>(
    (p) =>
      `the kursdesk tables went away while the command ran (the schema or a table was dropped, or the database was reset from elsewhere): the step under way was rolled back${p.server ? ` (${p.server})` : ''}`,
    (p) =>
      `kursdesk-tabellene forsvant mens kommandoen kjørte (skjemaet eller en tabell ble slettet, eller databasen ble nullstilt et annet sted): steget som pågikk ble rullet tilbake${p.server ? ` (${p.server})` : ''}`,
  ),
  'hint.schema-gone': entry<None>(
    () => 'kursdesk db status shows what is left; kursdesk db migrate sets the tables up again',
    () => 'kursdesk db status viser hva som er igjen; kursdesk db migrate lager tabellene på nytt',
  ),
} as const;

// Misuse probes of robust14: the shared server under agents who cut connections, and what a command says
// once part of its work is kept. English and bokmål; no parameters hold personal data.
import type { Entry } from './catalogue.js';
import { ioReasonNb } from './operations.js';

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
  /** The default database's folder could not be made (db.cannot-create says which file and why). */
  'hint.data-home-unwritable': entry<None>(
    () =>
      'the default database lives under $XDG_DATA_HOME (else ~/.local/share): point it at a folder you may write, or give --db',
    () =>
      'standarddatabasen ligger under $XDG_DATA_HOME (ellers ~/.local/share): la den peke på en mappe du kan skrive i, eller oppgi --db',
  ),
  /** `config set|unset` could not write the config file; `reason` is one of io-reason.ts's English reasons. */
  'config.cannot-write': entry<{ path: string; reason: string }>(
    (p) => `cannot write the config file ${p.path}: ${p.reason}; it was left as it was`,
    (p) => `kan ikke skrive konfigurasjonsfilen ${p.path}: ${ioReasonNb(p.reason)}; den ble ikke endret`,
  ),
  'hint.config-home-unwritable': entry<None>(
    () =>
      'the config file lives under $XDG_CONFIG_HOME (else ~/.config): point it at a folder you may write, or set the value in the environment (KURSDESK_…)',
    () =>
      'konfigurasjonsfilen ligger under $XDG_CONFIG_HOME (ellers ~/.config): la den peke på en mappe du kan skrive i, eller sett verdien i miljøet (KURSDESK_…)',
  ),
  /** A postgres:// URL parameter kursdesk does not read (the driver would take it silently); never the value. */
  'db-target.unknown-parameter': entry<{ name: string; known: readonly string[] }>(
    (p) =>
      `the database URL's parameter '${p.name}' is not one kursdesk reads (${p.known.join(', ')}); nothing was opened`,
    (p) =>
      `parameteren «${p.name}» i database-URL-en er ikke en kursdesk leser (${p.known.join(', ')}); ingenting ble åpnet`,
  ),
  'hint.url-parameters': entry<None>(
    () => 'TLS is ?sslmode=…&sslrootcert=…, the schema ?schema=…; server settings go in ?options=-c…',
    () => 'TLS er ?sslmode=…&sslrootcert=…, skjemaet ?schema=…; serverinnstillinger står i ?options=-c…',
  ),
  'db-target.parameter-twice': entry<{ name: string }>(
    (p) => `the database URL gives the parameter '${p.name}' twice; give it once`,
    (p) => `database-URL-en har parameteren «${p.name}» to ganger; gi den én gang`,
  ),
  /** `fixtures dump|generate --out -`: '-' is stdout elsewhere, but a fixture is a folder of files. */
  'fixtures.out-not-stdout': entry<None>(
    () =>
      "--out -: a fixture is a folder of files, not one stream; give a folder's name (nothing was written)",
    () =>
      '--out -: en fixture er en mappe med filer, ikke én strøm; oppgi navnet på en mappe (ingenting ble skrevet)',
  ),
} as const;

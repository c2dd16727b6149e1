// The shared PostgreSQL server under several agents: a server or login that only reads, a connection
// lost after part of a command's work was already committed. English and bokmål; parameters never hold
// personal data (the server's own words are not passed on, as they may quote a value).
import type { Entry } from './catalogue.js';

const entry = <P>(en: Entry<P>['en'], nb: Entry<P>['nb']): Entry<P> => ({ en, nb });

// biome-ignore lint/complexity/noBannedTypes: an entry without parameters
type None = {};

export const PGPROBE = {
  /** SQLSTATE 25006: a hot standby, or default_transaction_read_only set for the login or database. */
  'pg.read-only-transaction': entry<None>(
    () =>
      'the PostgreSQL server takes only reads from this login (a standby server, or default_transaction_read_only set by the DBA): nothing was written; reading commands still work',
    () =>
      'PostgreSQL-serveren tar bare imot lesing fra denne brukeren (en standby-server, eller default_transaction_read_only satt av databaseadministratoren): ingenting ble skrevet; kommandoer som bare leser, virker fortsatt',
  ),
  'hint.pg-primary': entry<None>(
    () => 'point --db at the primary server, or ask the DBA to let the login write',
    () => 'la --db peke på primærserveren, eller be databaseadministratoren gi brukeren skrivetilgang',
  ),
  /** The connection went away after the command had already committed some of its work (mail send). */
  'db.connection-lost-after-commit': entry<None>(
    () =>
      'lost the connection to PostgreSQL in the middle of the command (the server restarted or ended the session): what it had already committed is kept, the step under way was rolled back — see what was done before running it again',
    () =>
      'forbindelsen til PostgreSQL ble brutt midt i kommandoen (serveren startet på nytt eller avsluttet økten): det som alt var lagret, er beholdt, steget som pågikk ble rullet tilbake — se hva som ble gjort før du kjører kommandoen på nytt',
  ),
  'hint.see-audit': entry<None>(
    () => 'kursdesk audit --since 1h shows the changes that were kept',
    () => 'kursdesk audit --since 1h viser endringene som ble beholdt',
  ),
} as const;

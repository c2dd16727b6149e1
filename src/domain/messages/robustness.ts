// Refusals found by crash and fuzz probes: a server whose limits are stricter than kursdesk's own,
// repeated moves, odd input files. English and bokmål; parameters never hold personal data.
import type { Entry } from './catalogue.js';

const entry = <P>(en: Entry<P>['en'], nb: Entry<P>['nb']): Entry<P> => ({ en, nb });

// biome-ignore lint/complexity/noBannedTypes: an entry without parameters
type None = {};

export const ROBUSTNESS = {
  /** SQLSTATE 57014 on the session's first statements: the DBA's statement_timeout is too short to start. */
  'pg.statement-timeout-at-connect': entry<{ display: string }>(
    (p) =>
      `PostgreSQL at ${p.display} stopped kursdesk's first statements: the statement timeout set for this login or database is too short to work with; nothing was changed`,
    (p) =>
      `PostgreSQL på ${p.display} stoppet de første setningene til kursdesk: tidsgrensen for setninger som er satt for denne brukeren eller databasen, er for kort til å arbeide med; ingenting ble endret`,
  ),
  'hint.pg-raise-role-timeout': entry<None>(
    () =>
      "ask the DBA to raise statement_timeout for this login (ALTER ROLE … SET statement_timeout = '30s')",
    () =>
      "be databaseadministratoren øke statement_timeout for denne brukeren (ALTER ROLE … SET statement_timeout = '30s')",
  ),
  /** users move to the employer the learner already has, asking for nothing else: a no-op, exit 0. */
  'move.unchanged-one': entry<{ id: number; name: string; orgNumber: string }>(
    (p) => `learner ${p.id} is already employed at ${p.name} (${p.orgNumber}); nothing changed`,
    (p) => `bruker ${p.id} er allerede ansatt i ${p.name} (${p.orgNumber}); ingenting ble endret`,
  ),
  /** users move --file/--from: rows whose learner is already at the new employer, left as they are. */
  'move.bulk-unchanged': entry<{ count: number; to: string }>(
    (p) => `${p.count} learner(s) already employed at ${p.to}: left as they are`,
    (p) => `${p.count} bruker(e) er allerede ansatt i ${p.to}: ingenting endret for dem`,
  ),
  /** A fixture record of a link or certificate whose revocation is dated before it was made. */
  'fixture.revoked-before-made': entry<{ revoked: string; field: string; made: string }>(
    (p) =>
      `revoked_at ${p.revoked} is before ${p.field} ${p.made}: nothing can be revoked before it was made`,
    (p) =>
      `revoked_at ${p.revoked} er før ${p.field} ${p.made}: ingenting kan trekkes tilbake før det ble laget`,
  ),
} as const;

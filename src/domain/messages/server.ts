// The shared PostgreSQL server: what a command says when another agent's work met its own (a company
// registered during an import), and what `kursdesk doctor` reports when it can reach the server but
// not use it. English and bokmål, as every block of the catalogue.
import type { Entry } from './catalogue.js';

const entry = <P>(en: Entry<P>['en'], nb: Entry<P>['nb']): Entry<P> => ({ en, nb });

export const SERVER = {
  'import.registered-meanwhile': entry<{ count: number }>(
    (p) =>
      `${p.count} ${p.count === 1 ? 'company' : 'companies'} of the file ${p.count === 1 ? 'was' : 'were'} registered by another agent during the import: compared with what was registered and counted as existing`,
    (p) =>
      `${p.count} ${p.count === 1 ? 'firma' : 'firmaer'} i filen ble registrert av en annen saksbehandler mens importen pågikk: sammenlignet med det som ble registrert og telt som eksisterende`,
  ),
  // companies register meeting a number a company import beside it has written but not committed.
  'company.being-imported': entry<{ orgNumber: string }>(
    (p) =>
      `${p.orgNumber} is being written by another agent's company import right now; nothing was registered`,
    (p) =>
      `${p.orgNumber} skrives akkurat nå av en annen saksbehandlers firmaimport; ingenting ble registrert`,
  ),
  'hint.view-company-after-import': entry<{ orgNumber: string }>(
    (p) => `once the import is done, look it up: kursdesk companies view ${p.orgNumber}`,
    (p) => `når importen er ferdig, slå det opp: kursdesk companies view ${p.orgNumber}`,
  ),
  // doctor with a login that reaches the server but may not read the desk's tables.
  'doctor.schema-found': entry<{ schema: string }>(
    (p) => `found: ${p.schema}`,
    (p) => `funnet: ${p.schema}`,
  ),
  'doctor.schema-missing': entry<{ schema: string }>(
    (p) => `problem: not found: ${p.schema} — an admin creates it: kursdesk db migrate`,
    (p) => `problem: ikke funnet: ${p.schema} — en administrator oppretter det: kursdesk db migrate`,
  ),
  'doctor.no-server-roles': entry<Record<string, never>>(
    () => 'none',
    () => 'ingen',
  ),
  'doctor.role-missing': entry<{ login: string; roles: readonly string[] }>(
    (p) =>
      `problem: the login ${p.login} has none of the roles ${p.roles.join(', ')}, so it may not read the kursdesk tables — an admin runs: kursdesk db roles grant ${p.login} agent`,
    (p) =>
      `problem: brukeren ${p.login} har ingen av rollene ${p.roles.join(', ')}, og kan derfor ikke lese kursdesk-tabellene — en administrator kjører: kursdesk db roles grant ${p.login} agent`,
  ),
  'doctor.roles-not-set-up': entry<{ login: string }>(
    (p) =>
      `problem: the login ${p.login} may not read the kursdesk tables, and no kursdesk roles are set up in this schema — the tables' owner runs: kursdesk db roles setup, then kursdesk db roles grant ${p.login} agent`,
    (p) =>
      `problem: brukeren ${p.login} kan ikke lese kursdesk-tabellene, og ingen kursdesk-roller er satt opp i dette skjemaet — eieren av tabellene kjører: kursdesk db roles setup, deretter kursdesk db roles grant ${p.login} agent`,
  ),
} as const;

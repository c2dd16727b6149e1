// Every migration, in order, for both dialects. A static list (no file-system scan), so the bundled
// CLI, vitest and tsc all see the same migrations. Each body is imported when it runs: checking that a
// schema is current (every command does) needs only the names.
import type { Kysely } from 'kysely';
import type { Dialect } from '../target.js';

export interface Migration {
  readonly name: string;
  up(db: Kysely<unknown>, dialect: Dialect): Promise<void>;
}

type Body = Pick<Migration, 'up'>;

/** A migration whose module loads when it is applied. */
function lazy(name: string, load: () => Promise<Body>): Migration {
  return { name, up: async (db, dialect) => (await load()).up(db, dialect) };
}

export const migrations: readonly Migration[] = [
  lazy('0001-people-and-companies', () => import('./0001-people-and-companies.js')),
  lazy('0002-catalogue-and-learning', () => import('./0002-catalogue-and-learning.js')),
  lazy('0003-register-extracts', () => import('./0003-register-extracts.js')),
  lazy('0004-name-search', () => import('./0004-name-search.js')),
  lazy('0005-register-status', () => import('./0005-register-status.js')),
  lazy('0006-certificate-seal', () => import('./0006-certificate-seal.js')),
  lazy('0007-link-delivery', () => import('./0007-link-delivery.js')),
  lazy('0010-qualification-expiry', () => import('./0010-qualification-expiry.js')),
  lazy('0011-users-unique-indexes', () => import('./0011-users-unique-indexes.js')),
  lazy('0014-audit-append-only', () => import('./0014-audit-append-only.js')),
  lazy('0015-personal-data-erasure', () => import('./0015-personal-data-erasure.js')),
  lazy('0016-companies-org-number-index', () => import('./0016-companies-org-number-index.js')),
  lazy('0017-refold-search-names', () => import('./0017-refold-search-names.js')),
  lazy('0018-company-import-digest', () => import('./0018-company-import-digest.js')),
];

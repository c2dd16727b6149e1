// Every migration, in order, for both dialects. A static list (no file-system scan), so the bundled
// CLI, vitest and tsc all see the same migrations.
import type { Kysely } from 'kysely';
import type { Dialect } from '../target.js';
import * as m0001 from './0001-people-and-companies.js';
import * as m0002 from './0002-catalogue-and-learning.js';
import * as m0003 from './0003-register-extracts.js';
import * as m0004 from './0004-name-search.js';
import * as m0005 from './0005-register-status.js';
import * as m0006 from './0006-certificate-seal.js';
import * as m0007 from './0007-link-delivery.js';
import * as m0010 from './0010-qualification-expiry.js';
import * as m0011 from './0011-users-unique-indexes.js';
import * as m0014 from './0014-audit-append-only.js';
import * as m0015 from './0015-personal-data-erasure.js';
import * as m0016 from './0016-companies-org-number-index.js';

export interface Migration {
  readonly name: string;
  up(db: Kysely<unknown>, dialect: Dialect): Promise<void>;
}

export const migrations: readonly Migration[] = [
  { name: '0001-people-and-companies', up: m0001.up },
  { name: '0002-catalogue-and-learning', up: m0002.up },
  { name: '0003-register-extracts', up: m0003.up },
  { name: '0004-name-search', up: m0004.up },
  { name: '0005-register-status', up: m0005.up },
  { name: '0006-certificate-seal', up: m0006.up },
  { name: '0007-link-delivery', up: m0007.up },
  { name: '0010-qualification-expiry', up: m0010.up },
  { name: '0011-users-unique-indexes', up: m0011.up },
  { name: '0014-audit-append-only', up: m0014.up },
  { name: '0015-personal-data-erasure', up: m0015.up },
  { name: '0016-companies-org-number-index', up: m0016.up },
];

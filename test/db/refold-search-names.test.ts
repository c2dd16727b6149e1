// Migration 0017 makes learners' stored search terms again with today's name folding, so a database
// made before the folding learned Ł, ß and the like still finds those learners by name. Run on a
// migrated database with search names written the old way, on both dialects.
import { afterAll, describe, expect, it } from 'vitest';
import { migrations } from '../../src/db/migrations/index.js';
import { idsByNameTerms } from '../../src/db/queries/identity.js';
import { searchName } from '../../src/domain/name-matching.js';
import { DIALECTS, stopTestServers, useTestDatabase } from '../helpers/databases.js';
import { insertLearnerRow } from '../helpers/rows.js';

afterAll(stopTestServers);

const refold = migrations.find((m) => m.name === '0017-refold-search-names');

describe.each(DIALECTS)('migration 0017 (search names folded again) on %s', (dialect) => {
  const t = useTestDatabase(dialect);

  it('rewrites stale search names, adds their terms, and leaves current and erased ones alone', async () => {
    const { db } = t();
    // As the old folding stored them: the Ł dropped, the ß kept apart.
    const lukasz = await insertLearnerRow(db.kysely, {
      email: 'lukasz@bygg.test',
      given_names: 'Łukasz',
      family_name: 'Wiśniewski',
      search_name: 'ukasz wisniewski',
    });
    const strauss = await insertLearnerRow(db.kysely, {
      email: 'strauss@bygg.test',
      given_names: 'Anna',
      family_name: 'Strauß',
      search_name: 'anna strau',
    });
    const current = searchName('Kari', 'Nordmann');
    const kari = await insertLearnerRow(db.kysely, { email: 'kari@bygg.test', search_name: current });
    const erased = await insertLearnerRow(db.kysely, { email: 'erased@bygg.test', search_name: '' });
    expect(searchName('Łukasz', 'Wiśniewski')).not.toBe('ukasz wisniewski');

    await refold?.up(db.kysely as never, dialect);

    const stored = await db.kysely.selectFrom('users').select(['id', 'search_name']).orderBy('id').execute();
    expect(stored).toEqual([
      { id: lukasz.id, search_name: searchName('Łukasz', 'Wiśniewski') },
      { id: strauss.id, search_name: searchName('Anna', 'Strauß') },
      { id: kari.id, search_name: current },
      { id: erased.id, search_name: '' },
    ]);
    // The word index follows (the SQLite triggers, PostgreSQL's expression index), and so does the
    // vocabulary used for typo expansion.
    const terms = searchName('Łukasz', 'Wiśniewski').split(' ');
    expect(await idsByNameTerms(db.kysely, dialect, { groups: [terms], minGroups: 1 }, 10)).toEqual([
      lukasz.id,
    ]);
    const vocabulary = await db.kysely
      .selectFrom('name_terms')
      .select('term')
      .where('term', 'in', terms)
      .execute();
    expect(vocabulary.map((r) => r.term).sort()).toEqual([...new Set(terms)].sort());
  });
});

// Column types that differ between the dialects, for migrations. Append-only: a past migration's
// meaning must never change, so add a new helper instead of editing one.
import type { ColumnDefinitionBuilder, CreateTableBuilder } from 'kysely';
import type { Dialect } from '../target.js';

export type Table = CreateTableBuilder<string, string>;

/** Surrogate key: an identity column on PostgreSQL, the rowid alias on SQLite. Explicit ids (fixtures) are allowed. */
export function withId(table: Table, dialect: Dialect): Table {
  return table.addColumn('id', 'integer', (c) =>
    dialect === 'postgres' ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey(),
  );
}

/** A point in time: timestamptz on PostgreSQL, ISO-8601 UTC text on SQLite (both read back as ISO strings). */
export function timestampType(dialect: Dialect): 'timestamptz' | 'text' {
  return dialect === 'postgres' ? 'timestamptz' : 'text';
}

/** A calendar date: date on PostgreSQL, yyyy-mm-dd text on SQLite. */
export function dateType(dialect: Dialect): 'date' | 'text' {
  return dialect === 'postgres' ? 'date' : 'text';
}

/** A flag: boolean on PostgreSQL, 0/1 integer on SQLite. */
export function booleanType(dialect: Dialect): 'boolean' | 'integer' {
  return dialect === 'postgres' ? 'boolean' : 'integer';
}

export function notNull(c: ColumnDefinitionBuilder): ColumnDefinitionBuilder {
  return c.notNull();
}

// The floor of a fixture load into SQLite: the rows a load wrote, already in memory, written again
// into a new file with the same tables, indexes and full-text index, the way the loader writes them
// (rows first with 64 a statement, one transaction, rollback journal, no foreign-key lookups, then
// the indexes). Nothing is generated, parsed, checked, hashed or handed between threads, so no load
// of those rows through kursdesk can be faster than this on the same machine.
//   node --expose-gc bench/sqlite-floor.mjs <loaded.db> <scratch.db>   → prints one JSON line of seconds

import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const Database = createRequire(join(import.meta.dirname, '..', 'package.json'))('better-sqlite3');
const [source, target] = process.argv.slice(2);
// name_terms: the search vocabulary a load writes after the rows (a few ten thousand terms).
const TABLES = ['companies', 'users', 'email_history', 'employment_history', 'name_terms'];
const ROWS_PER_INSERT = 64;

const from = new Database(source, { readonly: true });
const data = TABLES.map((table) => ({ table, rows: from.prepare(`select * from "${table}"`).raw().all() }));
const master = from
  .prepare(
    `select type, name, tbl_name, sql from sqlite_master where sql is not null and (tbl_name in (${TABLES.map(() => '?').join(', ')}) or name like 'users_name_fts%')`,
  )
  .all(...TABLES);
from.close();

for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(target + suffix, { force: true });
const db = new Database(target);
// As kursdesk's connection has it (src/db/connect.ts), with the settings of its bulk load (bulkSession,
// bulkLoadConnection in src/db/bulk.ts).
db.pragma('synchronous = NORMAL');
db.pragma('secure_delete = ON');
db.pragma('journal_mode = delete');
db.pragma('foreign_keys = off');
db.pragma('cache_size = -16384');
db.pragma('threads = 2');
const isFtsShadow = (m) => m.type === 'table' && /^users_name_fts_/.test(m.name);
for (const m of master.filter((m) => m.type === 'table' && !isFtsShadow(m))) db.exec(m.sql);

const seconds = (start) => (performance.now() - start) / 1000;
// The rows read in are the floor's own baggage: a full collection now, so that marking a heap of a
// million rows does not fall into the timed part (kursdesk never holds them all).
if (typeof globalThis.gc === 'function') globalThis.gc();
db.exec('begin');
const cpuStart = process.cpuUsage();
const insertStart = performance.now();
/** Seconds per table: its rows, then its indexes (and full-text index), for a breakdown. */
const perTable = Object.fromEntries(
  data.map(({ table, rows }) => [table, { rows: rows.length, insert: 0, index: 0 }]),
);
for (const { table, rows } of data) {
  if (rows.length === 0) continue;
  const tableStart = performance.now();
  const width = rows[0].length;
  const tuple = `(${Array(width).fill('?').join(', ')})`;
  const chunk = Math.max(1, Math.min(ROWS_PER_INSERT, Math.floor(32_000 / width)));
  const multi = db.prepare(`insert into "${table}" values ${Array(chunk).fill(tuple).join(', ')}`);
  const single = db.prepare(`insert into "${table}" values ${tuple}`);
  const params = new Array(chunk * width);
  let r = 0;
  for (; r + chunk <= rows.length; r += chunk) {
    let p = 0;
    for (let k = r; k < r + chunk; k++) for (const value of rows[k]) params[p++] = value;
    multi.run(params);
  }
  for (; r < rows.length; r++) single.run(rows[r]);
  perTable[table].insert = seconds(tableStart);
}
const insert = seconds(insertStart);
const insertCpu = process.cpuUsage(cpuStart);
const indexStart = performance.now();
const indexes = master.filter((m) => m.type === 'index');
// Unique indexes first, as the loader builds them.
for (const m of [
  ...indexes.filter((m) => /^create unique/i.test(m.sql)),
  ...indexes.filter((m) => !/^create unique/i.test(m.sql)),
]) {
  const start = performance.now();
  db.exec(m.sql);
  perTable[m.tbl_name].index += seconds(start);
}
for (const m of master.filter((m) => m.type === 'table' && /using\s+fts5/i.test(m.sql))) {
  const start = performance.now();
  db.exec(`insert into "${m.name}" ("${m.name}") values ('rebuild')`);
  perTable.users.index += seconds(start); // the learners' name search
}
for (const m of master.filter((m) => m.type === 'trigger')) db.exec(m.sql);
const index = seconds(indexStart);
const commitStart = performance.now();
db.exec('commit');
const commit = seconds(commitStart);
// CPU time of the whole process (SQLite's sorting helper threads included) over the same span.
const cpuUsed = process.cpuUsage(cpuStart);
db.close();
for (const suffix of ['', '-journal']) rmSync(target + suffix, { force: true });
console.log(
  JSON.stringify({
    rows: data.reduce((n, d) => n + d.rows.length, 0),
    insert,
    index,
    commit,
    total: insert + index + commit,
    cpu: (cpuUsed.user + cpuUsed.system) / 1e6,
    // Of which the rows' (before the indexes are built).
    insertCpu: (insertCpu.user + insertCpu.system) / 1e6,
    perTable,
  }),
);

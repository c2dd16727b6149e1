import Database from 'better-sqlite3';

const db = new Database(process.argv[2]);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.exec(
  'create table users (id integer primary key, given_names text, family_name text, birth_date text, email text)',
);
const insert = db.prepare('insert into users values (?, ?, ?, ?, ?)');
const n = Number(process.argv[3]);
db.exec('begin');
for (let i = 1; i <= n; i++)
  insert.run(i, 'Kari', 'Nordmann', '1986-10-15', 'kari.nordmann.' + i.toString(36) + '@bygg.test');
db.exec('commit');
db.close();

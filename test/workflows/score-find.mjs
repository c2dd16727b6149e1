// Scores a blind find-request set against the built CLI of a checkout. usage: node score-find.mjs <checkout> <requests.yaml> <db>
// (<checkout> an absolute path; <db> a SQLite file or a postgres:// URL)
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const [checkout, file, dbSrc] = process.argv.slice(2);
const require = createRequire(`${checkout}/package.json`);
const YAML = require('yaml');
const reqs = YAML.parse(readFileSync(file, 'utf8'));
// A SQLite file is scored on a copy; a PostgreSQL URL as it is (users find only reads).
const db = /^postgres(ql)?:\/\//.test(dbSrc) ? dbSrc : `/tmp/score/find-${process.pid}.sqlite`;
if (db !== dbSrc) copyFileSync(dbSrc, db);
const rows = [];
const conf = {};
let top1 = 0,
  top3 = 0,
  present = 0,
  falseVerified = 0,
  falseLikely = 0,
  absent = 0,
  verdictOk = 0,
  wrongVerified = 0;
for (const r of reqs) {
  const a = ['users', 'find', '--db', db, '--format', 'json', '--limit', '10'];
  if (r.args.name) a.push('--name', r.args.name);
  if (r.args.birthdate) a.push('--birthdate', String(r.args.birthdate));
  for (const e of r.args.emails ?? []) a.push('--email', e);
  if (r.args.employer) a.push('--employer', String(r.args.employer));
  const p = spawnSync(`${checkout}/bin/kursdesk`, a, {
    encoding: 'utf8',
    env: { ...process.env, KURSDESK_LANG: 'en' },
  });
  let out;
  try {
    out = JSON.parse(p.stdout);
  } catch {
    out = { verdict: p.status === 3 ? 'none' : `error(${p.status})`, candidates: [] };
  }
  const ids = (out.candidates ?? []).map((c) => c.id);
  const exp = r.expect.users ?? [];
  const ev = r.expect.verdict;
  const got = out.verdict;
  conf[`${ev}->${got}`] = (conf[`${ev}->${got}`] ?? 0) + 1;
  if (ev === got) verdictOk++;
  let t1 = false,
    t3 = false;
  if (exp.length) {
    present++;
    t1 = exp.includes(ids[0]);
    t3 = ids.slice(0, 3).some((i) => exp.includes(i));
    if (t1) top1++;
    if (t3) top3++;
    if (got === 'verified' && !t1) wrongVerified++;
  } else {
    absent++;
    if (got === 'verified') falseVerified++;
    if (got === 'likely') falseLikely++;
  }
  rows.push(
    `${r.id}\t${ev}\t${got}\t${exp.join(',')}\t${ids.slice(0, 3).join(',')}\t${t1 ? '' : exp.length ? 'MISS' : ''}`,
  );
}
console.log(rows.join('\n'));
console.log(
  `\nrequests ${reqs.length}; present ${present}: top1 ${top1} (${((100 * top1) / present).toFixed(1)}%), top3 ${top3} (${((100 * top3) / present).toFixed(1)}%), verified-wrong ${wrongVerified}`,
);
console.log(`absent ${absent}: verified ${falseVerified}, likely ${falseLikely}`);
console.log(`verdict equal to the writer's: ${verdictOk}/${reqs.length}`);
console.log(
  Object.entries(conf)
    .sort()
    .map(([k, v]) => `  ${k}: ${v}`)
    .join('\n'),
);

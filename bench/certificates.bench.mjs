// Certificates per second: `kursdesk certificates issue --unit` for a unit of 500 learners (sign, store,
// lay out and write 500 PDFs), first issue and re-issue, each against pdfkit writing 500 empty A4 pages
// in a process of its own, measured in the same run. The ratio is time per certificate over time per
// empty page: what our layout, fonts, QR code, signing and database add to the bare PDF library.
// kursdesk prints on up to four worker threads and the anchor on one, so the CPU time per certificate
// (user + system over all threads) is reported beside the wall time, with its own ratio.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { median, paired, timeProcess, timeProcessCpu } from './lib.mjs';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'kursdesk');
const LEARNERS = 500;

const FIRST = ['Kari', 'Ola', 'Åse', 'Bjørn', 'Ærle', 'Siri', 'Per', 'Øystein', 'Liv', 'Håkon'];
const LAST = ['Nordmann', 'Hansen', 'Ødegård', 'Løvås', 'Aas', 'Berg', 'Sæther', 'Dahl', 'Strøm', 'Vik'];

function seed(path) {
  const db = new Database(path);
  const now = '2026-11-25T10:00:00.000Z';
  db.prepare(
    `insert into courses (code, title, title_en, category, kind, paid, visible_to, validity_months, active)
     values ('SIK-101', 'Sikkerhetskurs for arbeid i og ved spor', 'Safety course for work on and near the track', 'sikkerhet', 'classroom', 0, 'free,full,driver', 36, 1)`,
  ).run();
  db.prepare(
    `insert into course_units (course_id, starts_at, ends_at, place, capacity) values (1, '2026-03-02T07:00:00.000Z', '2026-03-05T14:00:00.000Z', 'Oslo', ${LEARNERS})`,
  ).run();
  const user = db.prepare(
    `insert into users (given_names, family_name, birth_date, email, national_id_hash, national_id_mask, national_id_kind, account_type, status, created_at, updated_at)
     values (?, ?, ?, ?, ?, '010190 *****', 'fnr', 'free', 'active', ?, ?)`,
  );
  const completion = db.prepare(
    `insert into completions (user_id, course_id, unit_id, completed_on, passed, score, expires_on, recorded_at, recorded_by)
     values (?, 1, 1, '2026-03-05', 1, 90, '2029-03-05', ?, 'bench')`,
  );
  db.transaction(() => {
    for (let i = 0; i < LEARNERS; i++) {
      const id = user.run(
        FIRST[i % 10],
        `${LAST[Math.floor(i / 10) % 10]}${i >= 100 ? `-${LAST[i % 7]}` : ''}`,
        `19${60 + (i % 40)}-0${1 + (i % 9)}-1${i % 10}`,
        `learner${i}@bench.example`,
        `bench-hash-${i}`,
        now,
        now,
      ).lastInsertRowid;
      completion.run(id, now);
    }
  })();
  db.close();
}

const EMPTY_PAGES = `
import PDFDocument from 'pdfkit';
for (let i = 0; i < ${LEARNERS}; i++) {
  await new Promise((resolve) => {
    const doc = new PDFDocument({ size: 'A4' });
    doc.on('data', () => {});
    doc.on('end', resolve);
    doc.end();
  });
}
`;

export async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'kursdesk-bench-cert-'));
  const template = join(dir, 'template.db');
  const env = {
    ...process.env,
    KURSDESK_DB: template,
    KURSDESK_SECRET: 'bench-secret-0123456789abcdef',
    KURSDESK_AGENT: 'bench',
    KURSDESK_CERT_KEY_FILE: join(dir, 'certificate-key.pem'),
  };
  try {
    timeProcess(process.execPath, [bin, 'db', 'migrate', '--quiet'], { env });
    seed(template);
    // Evaluated with the repository as working folder, so `pdfkit` resolves from its node_modules.
    let cpu = { subject: [], anchor: [] };
    const anchor = () => {
      const r = timeProcessCpu(process.execPath, ['--input-type=module', '-e', EMPTY_PAGES], { cwd: root });
      cpu.anchor.push(r.cpuMs);
      return r.ms;
    };
    let n = 0;
    const issue = (reissue) => () => {
      const db = join(dir, reissue ? 'reissue.db' : `run-${++n}.db`);
      if (!reissue) copyFileSync(template, db);
      const out = join(dir, `out-${reissue ? 'reissue' : n}`);
      const r = timeProcessCpu(
        process.execPath,
        [bin, 'certificates', 'issue', '--unit', '1', '--out', out, '--quiet', '--format', 'count'],
        {
          env: { ...env, KURSDESK_DB: db },
        },
      );
      cpu.subject.push(r.cpuMs);
      return r.ms;
    };
    copyFileSync(template, join(dir, 'reissue.db'));
    issue(true)(); // issues once, so the timed runs below re-issue
    for (const [name, subject] of [
      [`certificates issue --unit (${LEARNERS} new)`, issue(false)],
      [`certificates issue --unit (${LEARNERS} re-issued)`, issue(true)],
    ]) {
      cpu = { subject: [], anchor: [] };
      const result = paired(subject, anchor, { runs: 5, warmups: 1 });
      // Warm-ups are left out, as paired() leaves them out of the wall times.
      const cpuRatios = cpu.subject.slice(1).map((c, i) => c / cpu.anchor[i + 1]);
      const perSecond = (ms) => (LEARNERS / (ms / 1000)).toFixed(1);
      console.log(
        `${name.padEnd(44)} ${perSecond(result.subject).padStart(7)} certificates/s   pdfkit empty A4 ${perSecond(result.anchor).padStart(7)} pages/s   ratio ${result.ratio.toFixed(2)}× [${result.min.toFixed(2)}–${result.max.toFixed(2)}] (${(result.subject / LEARNERS).toFixed(1)} vs ${(result.anchor / LEARNERS).toFixed(1)} ms each)`,
      );
      console.log(
        `${'  CPU time (all threads) per certificate'.padEnd(44)} ${(median(cpu.subject.slice(1)) / LEARNERS).toFixed(1).padStart(7)} ms   pdfkit empty A4 ${(median(cpu.anchor.slice(1)) / LEARNERS).toFixed(1).padStart(7)} ms   ratio ${median(cpuRatios).toFixed(2)}× [${Math.min(...cpuRatios).toFixed(2)}–${Math.max(...cpuRatios).toFixed(2)}]`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

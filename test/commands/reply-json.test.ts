// With --format json, a command given --reply prints exactly one JSON document on stdout, the answer to
// paste in its `reply` field (scripts parse stdout; the reply is never plain text after the JSON). Every
// command that takes --reply, on the demo data, both dialects.
import { afterAll, describe, expect, it } from 'vitest';
import { removeScratch, scratchDir } from '../fixtures/support.js';
import { runCli } from '../helpers/cli.js';
import { DIALECTS, stopTestServers } from '../helpers/databases.js';
import { useDemoDatabase } from '../helpers/demo-db.js';
import { shellWords } from '../helpers/shell-words.js';

afterAll(async () => {
  removeScratch();
  await stopTestServers();
});

/** One run of each command that takes --reply, in an order the demo data allows; `{out}`: a scratch folder. */
const REPLYING: readonly string[] = [
  "users find --name 'Kari Nordmann' --birthdate 15.10.86 --email kari.nordmann@nordbane.test",
  'users set-email 1 trond.strand@nyjobb.test --ticket SUP-3',
  'users set-type 3 full --employer 912837459 --ticket SUP-5',
  'users move 42 --to 912837459 --ticket SUP-4',
  'users set-hms 42 40112233 --ticket SUP-6',
  'links issue 301 --ticket SUP-1',
  'units enrol 42 17 --ticket SUP-7',
  'units waitlist 17 --user 315',
  'units unenrol 42 17 --ticket SUP-7 --yes',
  'units request SKI-610 --user 42 --place Drammen --ticket SUP-8',
  'courses why-hidden SV-300 --user 1',
  'programmes status 42',
  'certificates issue 42 TRA-090 --out {out}/kursbevis-42.pdf --ticket SUP-9',
  "companies register 913556208 --name 'Malmbanen Service AS' --contact-name 'Kari Berg' --contact-email kari@malmbanen.no --contact-phone +4791234567 --invoice-email faktura@malmbanen.no --ticket SUP-12 --dry-run",
  'privacy export 42 --out {out}/export-42.json --ticket SUP-11',
  'replies ask --missing name,birthDate',
  'replies decline --name Ola',
];

describe.each(DIALECTS)('--reply with --format json, on %s', (dialect) => {
  const t = useDemoDatabase(dialect);

  it.each(['json', 'yaml'] as const)(
    'stdout is one %s document with the reply in it',
    async (format) => {
      const out = scratchDir(`reply-${format}-${dialect}`);
      const problems: string[] = [];
      for (const line of REPLYING) {
        // yaml runs after json on the same data: a change made once is then refused, so yaml reads only.
        if (format === 'yaml' && !/^(users find|units waitlist|courses|programmes|replies)/.test(line))
          continue;
        const argv = [...shellWords(line.replaceAll('{out}', out)), '--reply', 'en', '--format', format];
        const run = await runCli(argv, {
          db: t.url,
          env: { KURSDESK_PORTAL_URL: 'https://kurs.example.test' },
        });
        if (run.code !== 0) {
          problems.push(`${line}: exit ${run.code}: ${run.stderr.trim()}`);
          continue;
        }
        if (format === 'yaml') {
          if (!/^reply: /m.test(run.stdout) || run.stdout.includes('── reply to send ──'))
            problems.push(`${line}: no top-level reply field in\n${run.stdout}`);
          continue;
        }
        let document: unknown;
        try {
          document = JSON.parse(run.stdout);
        } catch {
          problems.push(`${line}: stdout is not one JSON document:\n${run.stdout}`);
          continue;
        }
        const reply = (document as { reply?: unknown }).reply;
        if (typeof reply !== 'string' || !reply.includes('Kind regards'))
          problems.push(`${line}: no English reply in the document's reply field`);
      }
      expect(problems).toEqual([]);
    },
    180_000,
  );
});

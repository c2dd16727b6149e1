// Two agents (or an agent and a timer) run `kursdesk mail send` at the same moment: the built binary, as
// two processes, against one database and a real SMTP server that answers slowly enough for the runs to
// overlap. Every message arrives exactly once. Two processes on SQLite always, and on PostgreSQL when
// KURSDESK_TEST_PG_URL names a server; PGlite serves one session, so there the runs go one after another.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { linkPolicyFrom } from '../../src/domain/link-policy.js';
import { issueLink } from '../../src/workflows/links.js';
import { DIALECTS, stopTestServers, type TestDatabase, useTestDatabase } from '../helpers/databases.js';
import { testDeps } from '../helpers/deps.js';
import { runBin } from '../helpers/e2e.js';
import { slowTests } from '../helpers/limits.js';
import { separateProcesses } from '../helpers/processes.js';
import { linkIn, startSmtp, type TestSmtp } from '../helpers/smtp.js';
import { learner, outboxRows, PORTAL, PORTAL_ENV } from '../links/fixtures.js';

slowTests();

const MESSAGES = 24;

let smtp: TestSmtp;
beforeAll(async () => {
  smtp = await startSmtp();
});
afterAll(async () => {
  await smtp.close();
  await stopTestServers();
});

describe.each(DIALECTS)('mail send on %s', (dialect) => {
  const processes = separateProcesses(dialect);
  const database = useTestDatabase(dialect);
  let t: TestDatabase;
  beforeEach(async () => {
    t = database();
    smtp.received.length = 0;
    smtp.delayMs = 0;
  });

  const env = { ...PORTAL_ENV, KURSDESK_SMTP_URL: '' };
  const mailSend = (agent: string) =>
    runBin(['--db', t.url, '--agent', agent, 'mail', 'send', '--format', 'json'], {
      env: { ...env, KURSDESK_SMTP_URL: smtp.url },
    });

  it(`${processes ? 'two runs at once' : 'two runs one after another (PGlite serves one session)'} deliver each of ${MESSAGES} messages exactly once`, async () => {
    // Links issued now: the binaries read the real clock.
    const deps = testDeps(t.db, { now: new Date().toISOString() });
    for (let i = 0; i < MESSAGES; i++) {
      const id = await learner(t.db.kysely, {
        email: `learner${i}@firma.no`,
        status: i % 2 === 0 ? 'pending' : 'active',
      });
      await issueLink(
        deps,
        { by: 'id', id },
        {
          kind: undefined,
          lang: i % 3 === 0 ? 'en' : 'nb',
          delivery: 'mail',
          force: false,
          portalBase: PORTAL,
          policy: linkPolicyFrom({}),
        },
        { dryRun: false },
      );
    }
    // Slow enough for two runs at once to overlap; one after another has nothing to overlap.
    smtp.delayMs = processes ? 40 : 0;
    const runs = processes
      ? await Promise.all([mailSend('anna'), mailSend('bjorn')])
      : [await mailSend('anna'), await mailSend('bjorn')];
    for (const run of runs) expect(run.code, run.stderr).toBe(0);

    const reported = runs.flatMap((run) => JSON.parse(run.stdout) as { id: number; outcome: string }[]);
    expect(reported.map((r) => r.id).sort((a, b) => a - b)).toEqual(
      Array.from({ length: MESSAGES }, (_, i) => i + 1),
    );
    expect(reported.every((r) => r.outcome === 'sent')).toBe(true);
    if (processes) {
      // Both runs took part (the slow server makes each message take a while).
      expect(runs.every((run) => (JSON.parse(run.stdout) as unknown[]).length > 0)).toBe(true);
    }

    expect(smtp.received).toHaveLength(MESSAGES);
    expect(new Set(smtp.received.map((m) => m.messageId)).size).toBe(MESSAGES);
    expect(new Set(smtp.received.map((m) => m.to[0])).size).toBe(MESSAGES);
    const tokens = smtp.received.map((m) => linkIn(m.text).token);
    expect(new Set(tokens).size).toBe(MESSAGES);

    const rows = await outboxRows(t.db.kysely);
    expect(rows.every((r) => r.status === 'sent' && r.attempts === 1 && r.sealed_token === null)).toBe(true);
    const senders = new Set(
      (
        await t.db.kysely.selectFrom('audit_log').select('agent').where('action', '=', 'mail.sent').execute()
      ).map((r) => r.agent),
    );
    expect([...senders].every((s) => s === 'anna' || s === 'bjorn')).toBe(true);

    const check = await runBin(['--db', t.url, 'links', 'check', '-', '--format', 'json'], {
      env,
      stdin: tokens[0],
    });
    expect(check.code, check.stderr).toBe(0);
    expect(JSON.parse(check.stdout)).toMatchObject({ status: 'valid' });
  });
});

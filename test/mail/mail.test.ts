// The outbox and `mail send|list|retry` on both dialects, with a real SMTP server on 127.0.0.1: what
// arrives (recipient, subject, body), that the mailed link works exactly once, retries with backoff on a
// fake clock, a server that is down or refusing, and mail whose link died before it was sent.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hashLinkToken } from '../../src/domain/link-tokens.js';
import { redeemToken } from '../../src/workflows/links.js';
import { oneLineError } from '../commands/fixtures.js';
import { type CliOptions, runCli } from '../helpers/cli.js';
import { DIALECTS, stopTestServers, type TestDatabase, useTestDatabase } from '../helpers/databases.js';
import { testDeps } from '../helpers/deps.js';
import { closedPort, linkIn, startSmtp, type TestSmtp } from '../helpers/smtp.js';
import {
  auditActions,
  learner,
  linkRows,
  minutesLater,
  outboxRows,
  PORTAL,
  PORTAL_ENV,
  storedText,
} from '../links/fixtures.js';

let smtp: TestSmtp;
beforeAll(async () => {
  smtp = await startSmtp();
});
afterAll(async () => {
  await smtp.close();
  await stopTestServers();
});

describe.each(DIALECTS)('mail on %s', (dialect) => {
  const database = useTestDatabase(dialect);
  let t: TestDatabase;
  beforeEach(async () => {
    t = database();
    smtp.received.length = 0;
    smtp.refuse = undefined;
  });

  const kd = (argv: string[], options: CliOptions = {}) =>
    runCli(argv, {
      db: t.url,
      ...options,
      env: { ...PORTAL_ENV, KURSDESK_SMTP_URL: smtp.url, ...options.env },
    });
  const send = (options: CliOptions = {}) => kd(['mail', 'send', '--format', 'json'], options);
  const check = async (token: string, now?: string) => {
    const run = await kd(['links', 'check', token, '--format', 'json'], now ? { now } : {});
    return JSON.parse(run.stdout) as Record<string, unknown>;
  };

  it('links issue mails the link at once; it arrives as written and its token works exactly once', async () => {
    const id = await learner(t.db.kysely, { email: 'kari@firma.no' });
    const issued = await kd(['links', 'issue', 'kari@firma.no', '--ticket', 'SUP-10', '--format', 'json']);
    expect(issued.code, issued.stderr).toBe(0);
    expect(JSON.parse(issued.stdout)).toMatchObject({
      link: 1,
      status: 'sent',
      delivery: 'mail',
      message: 1,
      to: 'kari@firma.no',
    });
    expect(issued.stdout).not.toMatch(/account\/activate/);
    expect(issued.stderr).toMatch(/e-mailed to kari@firma\.no \(message 1\)/);

    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail.to).toEqual(['kari@firma.no']);
    expect(mail.from).toBe('kurs@example.no');
    expect(mail.subject).toBe('Aktiver kontoen din i kursportalen');
    expect(mail.text).toMatch(/^Hei Kari,\n\nDu er registrert i kursportalen/);
    expect(mail.text).toContain('Lenken gjelder i 72 timer og kan brukes én gang.');
    expect(mail.messageId).toMatch(/^<kursdesk\.outbox\.1\.\d+@example\.no>$/);
    const { url, token } = linkIn(mail.text);
    expect(url).toBe(`${PORTAL}/account/activate/${token}`);

    const [message] = await outboxRows(t.db.kysely);
    expect(message).toMatchObject({
      status: 'sent',
      attempts: 1,
      sealed_token: null,
      last_error: null,
      link_token_id: 1,
      user_id: id,
      claimed_by: null,
    });
    expect(message!.smtp_reply).toMatch(/^250 /);
    expect(message!.body).toContain(`${PORTAL}/account/activate/{{token}}`);
    expect(await storedText(t)).not.toContain(token);

    expect(await check(token)).toMatchObject({ status: 'valid' });
    const deps = testDeps(t.db, { now: minutesLater(30) });
    const [first, second] = [await redeemToken(deps, token), await redeemToken(deps, token)];
    expect(first).toEqual({ link: 1, userId: id, kind: 'activation' });
    expect(second).toBeUndefined();
    expect(await check(token)).toMatchObject({
      status: 'used',
      // json carries Oslo time with its offset: 10:30 UTC.
      used_at: '2026-11-25T11:30:00+01:00',
    });
    expect((await auditActions(t.db.kysely)).map((a) => a.action)).toEqual([
      'links.issue',
      'mail.sent',
      'links.redeem',
    ]);
  });

  it('--reply prints the answer for the learner, and mail list shows the message with the token hidden', async () => {
    await learner(t.db.kysely, { email: 'ola@firma.no', status: 'active', given_names: 'Ola' });
    const issued = await kd(['links', 'issue', '1', '--reply', 'en']);
    expect(issued.code).toBe(0);
    // The link's record first, then the reply to paste after its ruler.
    const [record, reply] = issued.stdout.split('\n── reply to send ──\n\n');
    expect(record).toMatch(/handed to agent|queued|sent/);
    expect(reply).toMatch(
      /^Hello Ola,\n\nWe have just sent an e-mail to o\*\*\*@firma\.no with a link where you can choose a new password\. The link works for 1 hour/,
    );
    expect(issued.stdout).not.toMatch(/https:/);
    expect(smtp.received[0]).toMatchObject({ subject: 'Choose a new password for the course portal' });
    expect(smtp.received[0]!.text).toMatch(/^Hello Ola,/);

    const list = await kd(['mail', 'list', '--format', 'json']);
    const [row] = JSON.parse(list.stdout) as Record<string, unknown>[];
    expect(row).toMatchObject({
      id: 1,
      to_address: 'ola@firma.no',
      kind: 'link.reset',
      lang: 'en',
      status: 'sent',
      attempts: 1,
      link: 1,
      learner: 1,
    });
    expect(row!.body).toContain(`${PORTAL}/account/reset-password/[token: sent to the learner only]`);
    expect(row!.smtp_reply).toMatch(/^250 /);
    expect((await kd(['mail', 'list', '--status', 'pending', '--format', 'count'])).stdout).toBe('0\n');
    expect((await kd(['mail', 'list', '--learner', 'ola@firma.no', '--format', 'ids'])).stdout).toBe('1\n');
  });

  it('mail send delivers what was queued, oldest first, and --dry-run only lists it', async () => {
    await learner(t.db.kysely, { email: 'kari@firma.no' });
    await learner(t.db.kysely, { email: 'ola@firma.no', status: 'active', given_names: 'Ola' });
    expect((await kd(['links', 'issue', '1', '--no-send'])).stderr).toMatch(
      /queued for kari@firma\.no as message 1; deliver with: kursdesk mail send/,
    );
    expect((await kd(['links', 'issue', '2', '--no-send', '--lang', 'en'])).code).toBe(0);
    expect(smtp.received).toHaveLength(0);

    const dry = await kd(['mail', 'send', '--dry-run', '--format', 'ids']);
    expect(dry.stdout).toBe('1\n2\n');
    expect(smtp.received).toHaveLength(0);

    const run = await send();
    expect(run.code, run.stderr).toBe(0);
    expect(
      (JSON.parse(run.stdout) as { id: number; outcome: string }[]).map((r) => [r.id, r.outcome]),
    ).toEqual([
      [1, 'sent'],
      [2, 'sent'],
    ]);
    expect(run.stderr).toMatch(/sent 2, to retry 0, failed 0, withdrawn 0/);
    expect(smtp.received.map((m) => [m.to[0], m.subject])).toEqual([
      ['kari@firma.no', 'Aktiver kontoen din i kursportalen'],
      ['ola@firma.no', 'Choose a new password for the course portal'],
    ]);
    for (const mail of smtp.received)
      expect(await check(linkIn(mail.text).token)).toMatchObject({ status: 'valid' });
    expect((await send()).stdout).toBe('[]\n');
    expect(smtp.received).toHaveLength(2);
  });

  it('a server that is down leaves the message pending with the error (exit 1), retried with a growing pause, then failed', async () => {
    await learner(t.db.kysely, { email: 'kari@firma.no' });
    const down = {
      KURSDESK_SMTP_URL: `smtp://127.0.0.1:${await closedPort()}`,
      KURSDESK_MAIL_MAX_ATTEMPTS: '3',
    };
    const issued = await kd(['links', 'issue', '1', '--ticket', 'SUP-11'], { env: down });
    expect(issued.code).toBe(1);
    expect(issued.stderr).toMatch(
      /warning: issued activation link 1 .*its e-mail could not be sent yet: cannot reach 127\.0\.0\.1:\d+.*ECONNREFUSED.*stays in the outbox as message 1/,
    );
    expect(await outboxRows(t.db.kysely)).toMatchObject([
      {
        status: 'pending',
        attempts: 1,
        next_attempt_at: minutesLater(1),
        last_error: expect.stringMatching(/ECONNREFUSED/),
        claimed_by: null,
      },
    ]);
    expect((await linkRows(t.db.kysely))[0]!.revoked_at).toBeNull();

    const tooEarly = await send({ env: down, now: minutesLater(0.5) });
    expect(tooEarly.code).toBe(0);
    expect(tooEarly.stdout).toBe('[]\n');
    expect(tooEarly.stderr).toMatch(/1 waiting for a retry \(next at 25 Nov 2026 11:01\)/);

    const second = await send({ env: down, now: minutesLater(1) });
    expect(second.code).toBe(1);
    expect(JSON.parse(second.stdout)).toMatchObject([
      { id: 1, outcome: 'retry', attempts: 2, next_attempt_at: '2026-11-25T11:03:00+01:00' },
    ]);
    expect(second.stderr).toMatch(/warning: 1 message\(s\) not delivered: cannot reach/);

    const third = await send({ env: down, now: minutesLater(3) });
    expect(third.code).toBe(1);
    expect(JSON.parse(third.stdout)).toMatchObject([{ outcome: 'failed', attempts: 3 }]);
    const [failed] = await outboxRows(t.db.kysely);
    expect(failed).toMatchObject({
      status: 'failed',
      attempts: 3,
      last_error: expect.stringMatching(/gave up after 3 attempts/),
    });
    expect(failed!.sealed_token).not.toBeNull();

    expect((await send({ now: minutesLater(4) })).stdout).toBe('[]\n');
    const retry = await kd(['mail', 'retry', '1', '--ticket', 'SUP-11'], { now: minutesLater(4) });
    expect(retry.code).toBe(0);
    expect(retry.stderr).toMatch(/message 1 \(failed\) is queued again/);
    const delivered = await send({ now: minutesLater(5) });
    expect(delivered.code).toBe(0);
    expect(smtp.received).toHaveLength(1);
    expect(await check(linkIn(smtp.received[0]!.text).token, minutesLater(5))).toMatchObject({
      status: 'valid',
    });
    expect((await auditActions(t.db.kysely)).map((a) => a.action)).toEqual([
      'links.issue',
      'mail.retry',
      'mail.retry',
      'mail.failed',
      'mail.requeue',
      'mail.sent',
    ]);
  });

  it('a server that refuses the message: its reply is kept as the error, nothing is lost', async () => {
    await learner(t.db.kysely, { email: 'kari@firma.no' });
    expect((await kd(['links', 'issue', '1', '--no-send'])).code).toBe(0);
    smtp.refuse = '451 4.3.0 mailbox temporarily unavailable';
    const refused = await send();
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout)).toMatchObject([
      { outcome: 'retry', detail: expect.stringMatching(/^451 .*mailbox temporarily unavailable/) },
    ]);
    expect(await outboxRows(t.db.kysely)).toMatchObject([
      { status: 'pending', last_error: expect.stringMatching(/^451 /) },
    ]);
    expect(smtp.received).toHaveLength(0);
    smtp.refuse = undefined;
    expect((await send({ now: minutesLater(2) })).code).toBe(0);
    expect(smtp.received).toHaveLength(1);
  });

  it('a server whose refusal quotes the link has the token cut out of the error it leaves behind', async () => {
    await learner(t.db.kysely, { email: 'kari@firma.no' });
    let token = '';
    smtp.refuse = (raw) => {
      token = linkIn(raw.replace(/=\r\n/g, '')).token;
      return `554 5.7.1 link ${token} looks like phishing`;
    };
    const run = await kd(['links', 'issue', '1']);
    expect(run.code).toBe(1);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(run.stderr).toContain('554 5.7.1 link [token] looks like phishing');
    expect(run.stderr).not.toContain(token);
    expect((await outboxRows(t.db.kysely))[0]!.last_error).toBe('554 5.7.1 link [token] looks like phishing');
    expect(await storedText(t)).not.toContain(token);
  });

  it('mail for a link that was superseded, revoked or has expired is withdrawn, not sent, and its sealed token erased', async () => {
    await learner(t.db.kysely, { email: 'kari@firma.no' });
    await learner(t.db.kysely, { email: 'ola@firma.no', status: 'active', given_names: 'Ola' });
    await learner(t.db.kysely, { email: 'per@firma.no', status: 'active', given_names: 'Per' });
    for (const who of ['1', '1', '2', '3'])
      expect((await kd(['links', 'issue', who, '--no-send'])).code).toBe(0);
    expect((await kd(['links', 'revoke', '--yes', '2'])).stderr).toMatch(/1 unsent e-mail\(s\) withdrawn/);
    const rows = await outboxRows(t.db.kysely);
    expect(rows.map((r) => [r.id, r.status, r.last_error])).toEqual([
      [1, 'failed', 'withdrawn: link superseded by the newer link 2'],
      [2, 'pending', null],
      [3, 'failed', 'withdrawn: link revoked by test-agent'],
      [4, 'pending', null],
    ]);
    expect(rows.filter((r) => r.status === 'failed').every((r) => r.sealed_token === null)).toBe(true);

    // Per's reset link (60 min) expires before the queue is run.
    const run = await send({ now: minutesLater(61) });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject([
      { id: 2, outcome: 'sent' },
      { id: 4, outcome: 'withdrawn', detail: 'link 4 is expired' },
    ]);
    expect(run.stderr).toMatch(/warning: message 4 to per@firma\.no was not sent: link 4 is expired/);
    expect(smtp.received.map((m) => m.to[0])).toEqual(['kari@firma.no']);
    expect((await outboxRows(t.db.kysely))[3]).toMatchObject({ status: 'failed', sealed_token: null });

    const again = await kd(['mail', 'retry', '4']);
    expect(again.code).toBe(4);
    expect(oneLineError(again.stderr)).toMatch(
      /message 4 was withdrawn \(link 4 is expired\): its link no longer works — issue a new one: kursdesk links issue 3/,
    );
  });

  it('set-email withdraws the unsent mail to the old address', async () => {
    await learner(t.db.kysely, { email: 'kari@firma.no' });
    expect((await kd(['links', 'issue', '1', '--no-send'])).code).toBe(0);
    expect((await kd(['users', 'set-email', '1', 'kari@nyjobb.no', '--ticket', 'SUP-12'])).code).toBe(0);
    expect(await outboxRows(t.db.kysely)).toMatchObject([
      { status: 'failed', last_error: 'withdrawn: the login e-mail changed', sealed_token: null },
    ]);
    expect((await send()).stdout).toBe('[]\n');
    expect(smtp.received).toHaveLength(0);
  });

  it('a send that stopped mid-way is reported, not repeated, until an agent puts it back', async () => {
    await learner(t.db.kysely, { email: 'kari@firma.no' });
    expect((await kd(['links', 'issue', '1', '--no-send'])).code).toBe(0);
    await t.db.kysely
      .updateTable('outbox')
      .set({ status: 'sending', attempts: 1, claimed_by: 'anna@desk-7#4242', claimed_until: minutesLater(5) })
      .execute();
    const live = await kd(['mail', 'retry', '1'], { now: minutesLater(1) });
    expect(live.code).toBe(4);
    expect(oneLineError(live.stderr)).toMatch(/being sent right now by anna@desk-7#4242/);
    const run = await send({ now: minutesLater(10) });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      /warning: message 1 has been "sending" since anna@desk-7#4242 stopped .*may have been delivered — check, then: kursdesk mail retry 1/,
    );
    expect(smtp.received).toHaveLength(0);
    expect((await kd(['mail', 'retry', '1'], { now: minutesLater(10) })).code).toBe(0);
    expect((await send({ now: minutesLater(10) })).code).toBe(0);
    expect(smtp.received).toHaveLength(1);
  });

  it('bad input: no SMTP server (2), bad settings (2), unknown message (3), sent or waiting message (4), bad id (2)', async () => {
    const none = await kd(['mail', 'send'], { env: { KURSDESK_SMTP_URL: '' } });
    expect(none.code).toBe(2);
    expect(oneLineError(none.stderr)).toMatch(/KURSDESK_SMTP_URL is not set/);
    const badUrl = await kd(['mail', 'send'], { env: { KURSDESK_SMTP_URL: 'smtp://desk:hunter2@' } });
    expect(badUrl.code).toBe(2);
    expect(badUrl.stderr).not.toContain('hunter2');
    expect((await kd(['mail', 'send', '--limit', '0'])).code).toBe(2);
    expect((await kd(['mail', 'send'], { env: { KURSDESK_MAIL_MAX_ATTEMPTS: 'lots' } })).code).toBe(2);
    expect((await kd(['mail', 'retry', '7'])).code).toBe(3);
    expect((await kd(['mail', 'retry', 'x'])).code).toBe(2);
    expect((await kd(['mail', 'list', '--status', 'lost'])).code).toBe(2);

    await learner(t.db.kysely, { email: 'kari@firma.no' });
    expect((await kd(['links', 'issue', '1', '--no-send'])).code).toBe(0);
    const waiting = await kd(['mail', 'retry', '1']);
    expect(waiting.code).toBe(4);
    expect(oneLineError(waiting.stderr)).toMatch(/already waiting to be sent/);
    expect((await send()).code).toBe(0);
    const sent = await kd(['mail', 'retry', '1']);
    expect(sent.code).toBe(4);
    expect(oneLineError(sent.stderr)).toMatch(/was sent at .*; it is not sent twice/);
  });

  it('a sender with another KURSDESK_SECRET stops at once: nothing is sent and no attempt is used up', async () => {
    await learner(t.db.kysely, { email: 'kari@firma.no' });
    await learner(t.db.kysely, { email: 'ola@firma.no', given_names: 'Ola' });
    for (const who of ['1', '2']) expect((await kd(['links', 'issue', who, '--no-send'])).code).toBe(0);
    const wrongKey = await send({ env: { KURSDESK_SECRET: 'another-installation-secret-0123456789' } });
    expect(wrongKey.code).toBe(1);
    expect(wrongKey.stderr).toMatch(
      /warning: stopped: cannot open the link's sealed token: this kursdesk's KURSDESK_SECRET is not the one/,
    );
    expect(smtp.received).toHaveLength(0);
    expect((await outboxRows(t.db.kysely)).map((r) => [r.status, r.attempts, r.next_attempt_at])).toEqual([
      ['pending', 0, null],
      ['pending', 0, null],
    ]);
    expect((await send()).code).toBe(0);
    expect(smtp.received).toHaveLength(2);
  });

  it('the mail of a link whose row is gone (an erased learner) is withdrawn, never sent with a placeholder', async () => {
    const id = await learner(t.db.kysely, { email: 'kari@firma.no' });
    expect((await kd(['links', 'issue', '1', '--no-send'])).code).toBe(0);
    await t.db.kysely.deleteFrom('users').where('id', '=', id).execute();
    expect(await outboxRows(t.db.kysely)).toMatchObject([
      { user_id: null, link_token_id: null, status: 'pending' },
    ]);
    const run = await send();
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject([
      { id: 1, outcome: 'withdrawn', detail: 'its link no longer exists' },
    ]);
    expect(smtp.received).toHaveLength(0);
  });

  it('a learner found by an earlier address gets the link at the current login, and the agent is told', async () => {
    await learner(t.db.kysely, { email: 'kari@nyjobb.no' });
    await t.db.kysely
      .insertInto('email_history')
      .values({
        user_id: 1,
        email: 'kari@gammel.no',
        local_part: 'kari',
        valid_from: '2020-01-01T00:00:00.000Z',
        valid_to: '2026-01-01T00:00:00.000Z',
      })
      .execute();
    const run = await kd(['links', 'issue', 'kari@gammel.no']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      /found by an earlier e-mail; the login is now kari@nyjobb\.no: the link goes to that login/,
    );
    expect(smtp.received.map((m) => m.to[0])).toEqual(['kari@nyjobb.no']);
  });

  it('a password in the SMTP URL never reaches output or the outbox', async () => {
    await learner(t.db.kysely, { email: 'kari@firma.no' });
    const env = { KURSDESK_SMTP_URL: `smtp://desk:hunter2@127.0.0.1:${await closedPort()}` };
    const run = await kd(['links', 'issue', '1'], { env });
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).not.toContain('hunter2');
    expect(JSON.stringify(await outboxRows(t.db.kysely))).not.toContain('hunter2');
    expect((await kd(['mail', 'send', '--dry-run'], { env, now: minutesLater(2) })).stderr).toMatch(
      /smtp:\/\/desk:\*\*\*@127\.0\.0\.1/,
    );
  });

  it('the mailed token is kept only sealed while waiting, and only its hash once sent', async () => {
    await learner(t.db.kysely, { email: 'kari@firma.no' });
    expect((await kd(['links', 'issue', '1', '--no-send'])).code).toBe(0);
    const waiting = await storedText(t);
    expect((await send()).code).toBe(0);
    const { token } = linkIn(smtp.received[0]!.text);
    expect(waiting).not.toContain(token);
    expect(await storedText(t)).not.toContain(token);
    expect(await storedText(t)).toContain(hashLinkToken(token));
  });
});

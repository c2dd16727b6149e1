// `links issue|check|list|revoke` in-process on both dialects, without an SMTP server: the link is then
// handed to the agent (printed once, with the reply to paste). Mail delivery is in test/mail.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { hashLinkToken } from '../../src/domain/link-tokens.js';
import { unsealToken } from '../../src/domain/sealed-token.js';
import { redeemToken } from '../../src/workflows/links.js';
import { oneLineError } from '../commands/fixtures.js';
import { type CliOptions, runCli, TEST_NOW, TEST_SECRET } from '../helpers/cli.js';
import { DIALECTS, stopTestServers, type TestDatabase, useTestDatabase } from '../helpers/databases.js';
import { testDeps } from '../helpers/deps.js';
import { linkIn } from '../helpers/smtp.js';
import {
  auditActions,
  learner,
  learnerWhoChangedEmployer,
  linkRows,
  minutesLater,
  outboxRows,
  PORTAL,
  PORTAL_ENV,
  storedText,
} from './fixtures.js';

afterAll(stopTestServers);

describe.each(DIALECTS)('links on %s', (dialect) => {
  const database = useTestDatabase(dialect);
  let t: TestDatabase;
  beforeEach(() => {
    t = database();
  });

  const kd = (argv: string[], options: CliOptions = {}) =>
    runCli(argv, { db: t.url, ...options, env: { ...PORTAL_ENV, ...options.env } });
  const issue = async (who: string, ...extra: string[]) => {
    const run = await kd(['links', 'issue', who, '--ticket', 'SUP-1', ...extra]);
    expect(run.code, run.stderr).toBe(0);
    return { ...run, ...linkIn(run.stdout) };
  };
  const check = async (tokenOrUrl: string, options: CliOptions = {}) => {
    const run = await kd(['links', 'check', tokenOrUrl, '--format', 'json'], options);
    return {
      ...run,
      report: run.code === 0 ? (JSON.parse(run.stdout) as Record<string, unknown>) : undefined,
    };
  };

  it('greets a learner whose given names were stored with white space before them by the first name', async () => {
    const id = await learner(t.db.kysely, { email: 'kari@firma.no', given_names: ' Kari Anne' });
    const run = await issue(String(id));
    expect(run.stdout).toContain('\n── reply to send ──\n\nHei Kari,\n');
  });

  it('gives a pending account an activation link and an active one a reset link, printed once with the reply to paste', async () => {
    const pending = await learner(t.db.kysely, { email: 'kari@firma.no' });
    const active = await learner(t.db.kysely, {
      email: 'ola@firma.no',
      status: 'active',
      given_names: 'Ola',
    });

    const activation = await issue(String(pending));
    expect(activation.url).toBe(`${PORTAL}/account/activate/${activation.token}`);
    // The link's record (with the url) first, then the reply to paste after its ruler, as every --reply.
    expect(activation.stdout).toMatch(new RegExp(`^link +1\\n[\\s\\S]*url +${activation.url}\\n`));
    expect(activation.stdout).toContain('\n── reply to send ──\n\nHei Kari,\n');
    expect(activation.stdout).toContain('72 timer');
    expect(activation.stdout).toContain('k***@firma.no');
    expect(activation.stderr).toMatch(
      /issued activation link 1 for learner 1, .*shown only this once — send it only to kari@firma\.no/,
    );

    const reset = await issue('ola@firma.no', '--reply', 'en');
    expect(reset.url).toBe(`${PORTAL}/account/reset-password/${reset.token}`);
    expect(reset.stdout).toMatch(/Hello Ola,\n\nHere is the link where you can choose a new password:/);
    expect(reset.stdout).toContain('1 hour');

    const links = await linkRows(t.db.kysely);
    expect(links).toMatchObject([
      {
        user_id: pending,
        kind: 'activation',
        token_hash: hashLinkToken(activation.token),
        issued_by: 'test-agent',
        created_at: TEST_NOW,
        expires_at: minutesLater(72 * 60),
      },
      {
        user_id: active,
        kind: 'reset',
        token_hash: hashLinkToken(reset.token),
        expires_at: minutesLater(60),
      },
    ]);
    expect(await outboxRows(t.db.kysely)).toEqual([]);
    expect((await check(activation.token)).report).toMatchObject({
      link: 1,
      kind: 'activation',
      status: 'valid',
      learner: pending,
      email: 'k***@firma.no',
    });
  });

  it('--kind forces the kind, and --format json carries the link and the reply', async () => {
    await learner(t.db.kysely, { email: 'kari@firma.no' });
    const run = await kd(['links', 'issue', 'kari@firma.no', '--kind', 'reset', '--format', 'json']);
    expect(run.code).toBe(0);
    const record = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(record).toMatchObject({
      link: 1,
      learner: 1,
      kind: 'reset',
      status: 'handed to agent',
      delivery: 'agent',
      to: 'kari@firma.no',
      message: null,
    });
    expect(record.reply).toContain(record.url as string);
    expect((await kd(['links', 'issue', '1', '--kind', 'magic'])).code).toBe(2);
  });

  it('refuses an unknown learner (3) and a disabled account (5), writing nothing', async () => {
    await learner(t.db.kysely, { email: 'gone@firma.no', status: 'disabled' });
    const unknown = await kd(['links', 'issue', 'nobody@firma.no']);
    expect(unknown.code).toBe(3);
    expect(oneLineError(unknown.stderr)).toMatch(/no learner has the e-mail nobody@firma\.no/);
    expect((await kd(['links', 'issue', '99'])).code).toBe(3);
    const disabled = await kd(['links', 'issue', 'gone@firma.no', '--force']);
    expect(disabled.code).toBe(5);
    expect(disabled.stdout).toBe('');
    expect(oneLineError(disabled.stderr)).toMatch(/account is disabled/);
    expect(await linkRows(t.db.kysely)).toEqual([]);
    expect(await auditActions(t.db.kysely)).toEqual([]);
    expect((await kd(['links', 'list', 'nobody@firma.no'])).code).toBe(3);
    expect((await kd(['links', 'revoke', '--yes', '99'])).code).toBe(3);
  });

  it('a new link supersedes the open ones; check says which newer link replaced it', async () => {
    await learner(t.db.kysely, { email: 'kari@firma.no' });
    const first = await issue('kari@firma.no');
    const second = await issue('kari@firma.no', '--kind', 'reset');
    expect(second.stderr).toMatch(/older link\(s\) 1 no longer work/);
    expect((await check(first.url)).report).toMatchObject({
      link: 1,
      status: 'superseded',
      superseded_by: 2,
      newest_link: 2,
      explanation: expect.stringMatching(/replaced by the newer link 2/),
    });
    expect((await check(second.token)).report).toMatchObject({ link: 2, status: 'valid', newest_link: null });
    const audit = await auditActions(t.db.kysely);
    expect(audit.map((a) => a.action)).toEqual(['links.issue', 'links.issue']);
    expect(JSON.parse(audit[1]!.changes)).toContainEqual({ field: 'superseded_links', old: null, new: [1] });
    expect(audit[1]!.ticket).toBe('SUP-1');
  });

  it('check tells valid, used, expired and revoked apart, from a token, a link or stdin', async () => {
    const id = await learner(t.db.kysely, { email: 'kari@firma.no', status: 'active' });
    const link = await issue('kari@firma.no');
    expect((await check(link.token, { now: minutesLater(59) })).report).toMatchObject({ status: 'valid' });
    expect((await check(link.token, { now: minutesLater(60) })).report).toMatchObject({
      status: 'expired',
      // 11:00 UTC on 25 November is noon in Oslo.
      explanation: 'expired at 25 Nov 2026 12:00',
    });
    const fromStdin = await kd(['links', 'check', '-', '--format', 'json'], { stdin: `  <${link.url}>.\n` });
    expect(JSON.parse(fromStdin.stdout)).toMatchObject({ link: 1, status: 'valid' });

    expect(await redeemToken(testDeps(t.db, { now: minutesLater(5) }), link.token)).toEqual({
      link: 1,
      userId: id,
      kind: 'reset',
    });
    expect(await redeemToken(testDeps(t.db, { now: minutesLater(6) }), link.token)).toBeUndefined();
    expect((await check(link.token)).report).toMatchObject({
      status: 'used',
      used_at: '2026-11-25T11:05:00+01:00',
    });

    const other = await issue('kari@firma.no');
    expect((await kd(['links', 'revoke', '--yes', 'kari@firma.no', '--ticket', 'SUP-2'])).code).toBe(0);
    expect((await check(other.token)).report).toMatchObject({ status: 'revoked', superseded_by: null });
    expect(await redeemToken(testDeps(t.db), other.token)).toBeUndefined();
  });

  it('check: an unknown token is exit 3, a malformed one exit 2, and neither is repeated back', async () => {
    const unknown = await kd(['links', 'check', 'A'.repeat(43)]);
    expect(unknown.code).toBe(3);
    expect(oneLineError(unknown.stderr)).toMatch(/no link has this token/);
    expect(unknown.stderr).not.toContain('A'.repeat(43));
    const cut = 'Zx9-'.repeat(9);
    const malformed = await kd(['links', 'check', `${PORTAL}/account/activate/${cut}`]);
    expect(malformed.code).toBe(2);
    expect(oneLineError(malformed.stderr)).toMatch(
      /not a link token: expected 43 characters.*it has 36 characters \(was the link cut off\?\)/,
    );
    expect(malformed.stderr).not.toContain(cut);
    expect((await kd(['links', 'check', 'not/a/url'])).code).toBe(2);
    const foreign = await kd([
      'links',
      'check',
      `https://kurs.example.evil/account/activate/${'B'.repeat(43)}`,
    ]);
    expect(foreign.code).toBe(3);
    expect(foreign.stderr).toMatch(
      /warning: the link points at https:\/\/kurs\.example\.evil, not at the portal/,
    );
  });

  it('a likely typo in the domain stops the link with the set-email command; --force issues it and is audited', async () => {
    await learner(t.db.kysely, { email: 'kari@gmial.com' });
    const refused = await kd(['links', 'issue', 'kari@gmial.com', '--ticket', 'SUP-7']);
    expect(refused.code).toBe(5);
    expect(refused.stdout).toBe('');
    expect(oneLineError(refused.stderr)).toBe(
      'kursdesk: the address on file, kari@gmial.com, has the domain gmial.com, which looks like a typo of gmail.com; no link was issued — correct it: kursdesk users set-email 1 kari@gmail.com --ticket SUP-7 — or, if the address is right after all, add --force (audited)',
    );
    expect(await linkRows(t.db.kysely)).toEqual([]);

    const forced = await kd(['links', 'issue', '1', '--force', '--ticket', 'SUP-7']);
    expect(forced.code).toBe(0);
    expect(forced.stderr).toMatch(/warning: .*looks like a typo of gmail\.com \(issued anyway: --force\)/);
    const [entry] = await auditActions(t.db.kysely);
    expect(JSON.parse(entry!.changes)).toContainEqual({
      field: 'forced',
      old: null,
      new: ['address: likely typo of gmail.com'],
    });
  });

  it('after the address is corrected, the reply says so; set-email revoked the link made for the old address', async () => {
    await learner(t.db.kysely, { email: 'kari@gmial.com' });
    const before = await kd(['links', 'issue', '1', '--force']);
    const old = linkIn(before.stdout);
    const fix = await kd(['users', 'set-email', '1', 'kari@gmail.com', '--ticket', 'SUP-7'], {
      now: minutesLater(10),
    });
    expect(fix.code).toBe(0);
    expect(fix.stderr).toMatch(/1 open link\(s\) revoked/);
    expect((await check(old.token)).report).toMatchObject({ status: 'revoked' });

    const after = await kd(['links', 'issue', '1', '--reply', 'nb', '--ticket', 'SUP-7'], {
      now: minutesLater(12),
    });
    expect(after.code).toBe(0);
    expect(after.stdout).toMatch(/skrevet feil.*Vi har rettet den til k\*\*\*@gmail\.com/s);
    const en = await kd(['links', 'issue', '1', '--reply', 'en'], { now: minutesLater(13) });
    expect(en.stdout).toMatch(/misspelled.*corrected it to k\*\*\*@gmail\.com/s);
  });

  it('an address at a former employer stops the link, naming the company and the command', async () => {
    const id = await learnerWhoChangedEmployer(t.db.kysely);
    const refused = await kd(['links', 'issue', String(id)]);
    expect(refused.code).toBe(5);
    expect(oneLineError(refused.stderr)).toMatch(
      /ola@veibane\.no, is at veibane\.no, a domain of the former employer Vei og Bane AS \(974760673\); .*correct it: kursdesk users set-email 1 <new address> --ticket <ref>/,
    );
    const onNewDomain = await learnerWhoChangedEmployerElsewhere(t);
    expect((await kd(['links', 'issue', String(onNewDomain)])).code).toBe(0);
  });

  it('more than the daily limit needs --force, which is audited; a day later the count starts again', async () => {
    await learner(t.db.kysely, { email: 'kari@firma.no' });
    for (let i = 0; i < 3; i++)
      expect((await kd(['links', 'issue', '1'], { now: minutesLater(i) })).code).toBe(0);
    const fourth = await kd(['links', 'issue', '1'], { now: minutesLater(10) });
    expect(fourth.code).toBe(5);
    expect(oneLineError(fourth.stderr)).toMatch(
      /learner 1 got 3 link\(s\) in the last 24 hours, the most allowed without --force \(3\).*--force \(audited\)/,
    );
    const forced = await kd(['links', 'issue', '1', '--force'], { now: minutesLater(11) });
    expect(forced.code).toBe(0);
    expect(forced.stderr).toMatch(/warning: over the daily limit/);
    const audit = await auditActions(t.db.kysely);
    expect(JSON.parse(audit.at(-1)!.changes)).toContainEqual({
      field: 'forced',
      old: null,
      new: ['rate limit: 3 link(s) in 24 h, limit 3'],
    });
    expect((await kd(['links', 'issue', '1'], { now: minutesLater(24 * 60 + 5) })).code).toBe(0);
    const tighter = await kd(['links', 'issue', '1'], {
      now: minutesLater(24 * 60 + 6),
      env: { KURSDESK_LINKS_PER_DAY: '1' },
    });
    expect(tighter.code).toBe(5);
  });

  it('list shows every link with its state and delivery; revoke closes the open ones (--dry-run writes nothing)', async () => {
    await learner(t.db.kysely, { email: 'kari@firma.no' });
    await issue('1');
    await issue('1');
    const list = await kd(['links', 'list', 'kari@firma.no', '--format', 'json']);
    expect(JSON.parse(list.stdout)).toMatchObject([
      { link: 2, kind: 'activation', status: 'valid', delivery: 'agent', issued_by: 'test-agent' },
      { link: 1, status: 'superseded', superseded_by: 2 },
    ]);
    const dry = await kd(['links', 'revoke', '--yes', '1', '--dry-run', '--format', 'json']);
    expect(JSON.parse(dry.stdout)).toEqual({ learner: 1, revoked: [2], withdrawn_messages: [] });
    expect(dry.stderr).toMatch(/dry run, nothing was written: would revoke 1 link/);
    expect((await linkRows(t.db.kysely))[1]!.revoked_at).toBeNull();
    const done = await kd(['links', 'revoke', '--yes', '1', '--kind', 'activation', '--ticket', 'SUP-3']);
    expect(done.code).toBe(0);
    expect(done.stderr).toMatch(/revoked 1 link\(s\) of learner 1/);
    expect((await kd(['links', 'revoke', '--yes', '1'])).stderr).toMatch(/learner 1 has no open links/);
    expect((await auditActions(t.db.kysely)).map((a) => a.action)).toEqual([
      'links.issue',
      'links.issue',
      'links.revoke',
    ]);
    expect((await kd(['links', 'list', '1', '--format', 'count'])).stdout).toBe('2\n');
  });

  it('--dry-run checks everything and shows no link; nothing is written', async () => {
    await learner(t.db.kysely, { email: 'kari@firma.no' });
    const run = await kd(['links', 'issue', '1', '--dry-run']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('[dry run: no link]');
    expect(run.stdout).not.toMatch(/account\/activate\//);
    expect(run.stderr).toMatch(/dry run, nothing was written/);
    expect(await linkRows(t.db.kysely)).toEqual([]);
  });

  it('needs a valid portal URL from the environment (2), never from input', async () => {
    await learner(t.db.kysely, { email: 'kari@firma.no' });
    const missing = await kd(['links', 'issue', '1'], { env: { KURSDESK_PORTAL_URL: '' } });
    expect(missing.code).toBe(2);
    expect(oneLineError(missing.stderr)).toMatch(/KURSDESK_PORTAL_URL is not set/);
    const plain = await kd(['links', 'issue', '1'], {
      env: { KURSDESK_PORTAL_URL: 'http://kurs.example.no' },
    });
    expect(plain.code).toBe(2);
    expect(oneLineError(plain.stderr)).toMatch(/must use https/);
    expect((await kd(['links', 'issue', '1'], { env: { KURSDESK_RESET_TTL_MINUTES: '0' } })).code).toBe(2);
    expect(await linkRows(t.db.kysely)).toEqual([]);
  });

  it('the token is never stored, audited or repeated in an error; only its hash is kept', async () => {
    await learner(t.db.kysely, { email: 'kari@firma.no', status: 'active' });
    const issue = async (extra: string[]) => {
      const run = await kd(['links', 'issue', '1', ...extra]);
      expect(run.code).toBe(0);
      expect(run.stderr).not.toMatch(/[A-Za-z0-9_-]{43}/);
      // Distinct: the link is shown as a field and within the reply to paste.
      return [...new Set([...run.stdout.matchAll(/\/([A-Za-z0-9_-]{43})\b/g)].map((m) => m[1]!))];
    };
    const first = await issue([]);
    // A mailed link is not printed at all; its token waits in the outbox, sealed with the installation key.
    expect(await issue(['--deliver', 'mail', '--no-send'])).toEqual([]);
    const [mail] = await outboxRows(t.db.kysely);
    expect(mail?.link_token_id).toBe(2);
    const mailed = unsealToken(Buffer.from(TEST_SECRET), 2, mail!.sealed_token!);
    expect(mailed).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // The account has a password: an activation link needs --force (and is audited as forced).
    const third = await issue(['--kind', 'activation', '--force']);
    // The links handed to the agent are printed, one each.
    expect([first.length, third.length]).toEqual([1, 1]);
    // Each of the three tokens is its own link row, by hash, in the order issued.
    const tokens = [first[0]!, mailed!, third[0]!];
    expect((await linkRows(t.db.kysely)).map((l) => [l.id, l.token_hash])).toEqual(
      tokens.map((token, i) => [i + 1, hashLinkToken(token)]),
    );
    const stored = await storedText(t);
    for (const token of tokens) expect(stored).not.toContain(token);
  });
});

async function learnerWhoChangedEmployerElsewhere(t: TestDatabase): Promise<number> {
  const company = await t.db.kysely
    .selectFrom('companies')
    .select('id')
    .where('org_number', '=', '988077917')
    .executeTakeFirstOrThrow();
  return learner(t.db.kysely, {
    email: 'per@bygg.no',
    status: 'active',
    given_names: 'Per',
    employer_id: company.id,
  });
}

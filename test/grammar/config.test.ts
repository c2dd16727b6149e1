// The config file and its profiles, in-process: precedence flag > environment > profile > default, how
// a profile is chosen, `config list|get|set|unset`, the owner-only rule for a file holding a password,
// no password in --db, and the PostgreSQL password file read as libpq reads it.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { connectionFacts, parsePgpassLine, pgpassLookup, readPgpass } from '../../src/context/pgpass.js';
import { runCli, testHome } from '../helpers/cli.js';

function freshConfigHome(text?: string, mode = 0o600): string {
  const home = mkdtempSync(join(tmpdir(), 'kursdesk-config-'));
  if (text !== undefined) {
    mkdirSync(join(home, 'kursdesk'));
    writeFileSync(join(home, 'kursdesk', 'config'), text);
    chmodSync(join(home, 'kursdesk', 'config'), mode);
  }
  return home;
}

const PROFILES = `# shared desk settings
profile: desk
profiles:
  desk:
    agent: desk-agent
    portal_url: https://kurs.example.no
  test:
    agent: test-profile-agent
    db: ~/test-profile.db
`;

async function settings(home: string, argv: string[] = [], env: Record<string, string | undefined> = {}) {
  const run = await runCli([...argv, 'config', 'list', '--format', 'json'], {
    env: { XDG_CONFIG_HOME: home, KURSDESK_AGENT: undefined, ...env },
  });
  expect(run.code, run.stderr).toBe(0);
  const rows = JSON.parse(run.stdout) as { key: string; value: string; source: string }[];
  return Object.fromEntries(rows.map((r) => [r.key, `${r.value} (${r.source})`]));
}

describe('profiles and precedence', () => {
  it('flag > environment > profile > default', async () => {
    const home = freshConfigHome(PROFILES);
    expect((await settings(home)).agent).toBe('desk-agent (profile)');
    expect((await settings(home, [], { KURSDESK_AGENT: 'env-agent' })).agent).toBe('env-agent (environment)');
    expect((await settings(home, ['--agent', 'flag-agent'], { KURSDESK_AGENT: 'env-agent' })).agent).toBe(
      'flag-agent (flag)',
    );
    expect((await settings(home)).mail_from).toBe(' (default)');
  });

  it("chooses the profile by --profile, then KURSDESK_PROFILE, then the file's profile:", async () => {
    const home = freshConfigHome(PROFILES);
    expect((await settings(home, ['--profile', 'test'])).agent).toBe('test-profile-agent (profile)');
    expect((await settings(home, [], { KURSDESK_PROFILE: 'test' })).agent).toBe(
      'test-profile-agent (profile)',
    );
    expect((await settings(home, ['--profile', 'desk'], { KURSDESK_PROFILE: 'test' })).agent).toBe(
      'desk-agent (profile)',
    );
  });

  it("the profile's settings reach the commands: the database and the audit log's agent", async () => {
    const home = freshConfigHome(PROFILES);
    const run = await runCli(['--profile', 'test', 'config', 'get', 'db'], {
      env: { XDG_CONFIG_HOME: home, KURSDESK_AGENT: undefined },
    });
    expect(run.stdout).toBe('~/test-profile.db\n');
    const doctor = await runCli(['--profile', 'test', 'doctor', '--format', 'json'], {
      env: { XDG_CONFIG_HOME: home, KURSDESK_AGENT: undefined },
    });
    expect(JSON.parse(doctor.stdout).database).toBe(join(testHome(), 'test-profile.db'));
  });

  it('an unknown profile is a usage error naming the ones there are', async () => {
    const home = freshConfigHome(PROFILES);
    const run = await runCli(['--profile', 'prod', 'config', 'list'], { env: { XDG_CONFIG_HOME: home } });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no profile 'prod' in .*config — profiles: desk, test\n$/);
  });

  it('an unknown profile named like a national ID is not read back, valid or mistyped', async () => {
    for (const env of [
      { XDG_CONFIG_HOME: freshConfigHome(PROFILES) },
      { XDG_CONFIG_HOME: freshConfigHome('') },
    ]) {
      const run = await runCli(['--profile', '151086-95077', 'config', 'list'], { env });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("'151086 *****'");
      expect(run.stderr).not.toContain('95077');
    }
  });

  it('names the file, line and column of a YAML mistake, and an unknown setting', async () => {
    const broken = await runCli(['config', 'list'], {
      env: { XDG_CONFIG_HOME: freshConfigHome('profiles:\n  a: [\n') },
    });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/config file .*config line \d+, column \d+/);
    const unknown = await runCli(['config', 'list'], {
      env: { XDG_CONFIG_HOME: freshConfigHome('profiles:\n  a:\n    colour: red\n') },
    });
    expect(unknown.stderr).toMatch(/profiles\.a\.colour is not a setting \(known: db, portal_url/);
  });
});

describe('config set, get and unset', () => {
  it('writes an owner-only file, keeps its comments, and sets the profile in use', async () => {
    const home = freshConfigHome(PROFILES);
    const env = { XDG_CONFIG_HOME: home };
    expect((await runCli(['config', 'set', 'cert_issuer', 'Jernbaneskolen'], { env })).code).toBe(0);
    const path = join(home, 'kursdesk', 'config');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('# shared desk settings');
    expect(text).toMatch(/desk:\n(.*\n)*\s+cert_issuer: Jernbaneskolen/);
    expect((await runCli(['config', 'get', 'cert_issuer'], { env })).stdout).toBe('Jernbaneskolen\n');
    expect((await runCli(['config', 'unset', 'cert_issuer'], { env })).code).toBe(0);
    expect((await runCli(['config', 'get', 'cert_issuer'], { env })).code).toBe(3);
  });

  it('unsets what is not set, even in a profile that does not exist, as a no-op that says so', async () => {
    const home = freshConfigHome(PROFILES);
    const env = { XDG_CONFIG_HOME: home };
    const path = join(home, 'kursdesk', 'config');
    const before = readFileSync(path, 'utf8');
    const missing = await runCli(['config', 'unset', 'db', '--profile', 'nowhere'], { env });
    expect(missing.code).toBe(0);
    expect(missing.stderr).toMatch(/db was not set in profile nowhere; nothing changed/);
    expect((await runCli(['config', 'unset', 'smtp_url'], { env })).stderr).toMatch(/nothing changed/);
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  it("keeps the guided mode's language (lang): nb or en, bokmål by default, KURSDESK_LANG above it", async () => {
    const home = freshConfigHome();
    const env = { XDG_CONFIG_HOME: home, KURSDESK_LANG: undefined };
    expect((await settings(home, [], { KURSDESK_LANG: undefined })).lang).toBe('nb (default)');
    const wrong = await runCli(['config', 'set', 'lang', 'nn'], { env });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/lang must be nb or en; got 'nn'/);
    expect((await runCli(['config', 'set', 'lang', 'en'], { env })).code).toBe(0);
    expect((await runCli(['config', 'get', 'lang'], { env })).stdout).toBe('en\n');
    expect((await settings(home, [], { KURSDESK_LANG: undefined })).lang).toBe('en (profile)');
    expect((await settings(home, [], { KURSDESK_LANG: 'nb' })).lang).toBe('nb (environment)');
    const help = await runCli(['config', '--help'], { env });
    expect(help.stdout).toMatch(/lang\s+KURSDESK_LANG\n\s+language of the guided mode/);
  });

  it('creates the file in a fresh home, under profile default', async () => {
    const home = freshConfigHome();
    const run = await runCli(['config', 'set', 'portal_url', 'https://kurs.example.no'], {
      env: { XDG_CONFIG_HOME: home },
    });
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(join(home, 'kursdesk', 'config'), 'utf8')).toMatch(
      /profiles:\n\s+default:\n\s+portal_url:/,
    );
  });

  it('refuses a password on the command line; takes it on stdin and never prints it', async () => {
    const env = { XDG_CONFIG_HOME: freshConfigHome() };
    const typed = await runCli(['config', 'set', 'smtp_url', 'smtp://desk:hemmelig@mail.example.no:587'], {
      env,
    });
    expect(typed.code).toBe(2);
    expect(typed.stderr).not.toContain('hemmelig');
    const piped = await runCli(['config', 'set', 'smtp_url', '-'], {
      env,
      stdin: 'smtp://desk:hemmelig@mail.example.no:587\n',
    });
    expect(piped.code, piped.stderr).toBe(0);
    expect(piped.stderr).not.toContain('hemmelig');
    const shown = await runCli(['config', 'get', 'smtp_url'], { env });
    expect(shown.stdout).toBe('smtp://desk:***@mail.example.no:587\n');
    const db = await runCli(['config', 'set', 'db', '-'], {
      env,
      stdin: 'postgres://anna:pw@db.internal/kd\n',
    });
    expect(db.code).toBe(2);
    expect(db.stderr).toContain('~/.pgpass');
  });

  it('refuses to read a file others can read when it holds a password; a file without one is fine', async () => {
    const secret = 'profiles:\n  default:\n    smtp_url: smtp://desk:hemmelig@mail.example.no:587\n';
    const open = await runCli(['config', 'list'], {
      env: { XDG_CONFIG_HOME: freshConfigHome(secret, 0o644) },
    });
    expect(open.code).toBe(1);
    expect(open.stderr).toMatch(/holds a password and others can read it — chmod 600 .*config\n$/);
    const plain = await runCli(['config', 'list'], {
      env: { XDG_CONFIG_HOME: freshConfigHome(PROFILES, 0o644) },
    });
    expect(plain.code).toBe(0);
  });
});

describe('database passwords', () => {
  it('refuses a password in --db, which ps shows to everyone', async () => {
    const run = await runCli(['--db', 'postgres://anna:hemmelig@db.internal/kd', 'doctor']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--db must not contain a password.*PGPASSWORD or ~\/\.pgpass/);
    expect(run.stderr).not.toContain('hemmelig');
  });

  it('reads the password file as libpq does: first match, wildcards, escapes, comments', () => {
    const text = [
      '# desk servers',
      'db.internal:5432:kd:anna:first',
      'db.internal:*:*:anna:second',
      '*:*:*:*:any',
      'odd\\:host:5432:kd:anna:pa\\:ss\\\\word',
    ].join('\n');
    const facts = { host: 'db.internal', port: '5432', database: 'kd', user: 'anna' };
    expect(pgpassLookup(text, facts)).toBe('first');
    expect(pgpassLookup(text, { ...facts, database: 'other' })).toBe('second');
    expect(pgpassLookup(text, { ...facts, user: 'ola' })).toBe('any');
    expect(parsePgpassLine('odd\\:host:5432:kd:anna:pa\\:ss\\\\word')).toEqual({
      host: 'odd:host',
      port: '5432',
      database: 'kd',
      user: 'anna',
      password: 'pa:ss\\word',
    });
    expect(parsePgpassLine('too:few:fields')).toBeNull();
  });

  it('takes host, port, database and user from the URL with libpq defaults, and ignores a file others can read', () => {
    expect(connectionFacts('postgres://db.internal/kd', {}, 'anna')).toEqual({
      host: 'db.internal',
      port: '5432',
      database: 'kd',
      user: 'anna',
    });
    const dir = mkdtempSync(join(tmpdir(), 'kursdesk-pgpass-'));
    const file = join(dir, 'pgpass');
    writeFileSync(file, '*:*:*:*:pw\n');
    chmodSync(file, 0o644);
    const facts = { host: 'h', port: '5432', database: 'd', user: 'u' };
    expect(readPgpass(file, facts)).toMatchObject({ state: 'ignored' });
    chmodSync(file, 0o600);
    expect(readPgpass(file, facts)).toEqual({ state: 'found', password: 'pw' });
  });
});

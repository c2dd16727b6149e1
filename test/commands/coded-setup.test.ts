// The setup refusals (config file, profile, --db, signing key, token secret) in bokmål when the agent
// chose it, with the English unchanged beside them: the same run in both languages, exit code and one line.
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { certificateSettings } from '../../src/context/signing-key.js';
import { parsePrivateKey, parsePublicKeys } from '../../src/domain/certificates/keys.js';
import { reasonIn } from '../../src/domain/parse-result.js';
import { UserError } from '../../src/errors.js';
import { runCli } from '../helpers/cli.js';

const NB = { KURSDESK_LANG: 'nb' };

function configHome(text: string): string {
  const home = mkdtempSync(join(tmpdir(), 'kursdesk-coded-'));
  mkdirSync(join(home, 'kursdesk'));
  writeFileSync(join(home, 'kursdesk', 'config'), text);
  chmodSync(join(home, 'kursdesk', 'config'), 0o600);
  return home;
}

async function both(argv: string[], env: Record<string, string | undefined> = {}) {
  const en = await runCli(argv, { env });
  const nb = await runCli(argv, { env: { ...env, ...NB } });
  expect(nb.code).toBe(en.code);
  expect(nb.stdout).toBe('');
  return { code: en.code, en: en.stderr, nb: nb.stderr };
}

describe('setup refusals in bokmål', () => {
  it('a config file with an unknown setting', async () => {
    const home = configHome('profiles:\n  desk:\n    dbb: x.db\n');
    const path = join(home, 'kursdesk', 'config');
    const run = await both(['users', 'find', '--name', 'Kari'], { XDG_CONFIG_HOME: home });
    expect(run.code).toBe(1);
    expect(run.en).toBe(
      `kursdesk: ${path}: profiles.desk.dbb is not a setting (known: db, portal_url, smtp_url, mail_from, agent, lang, cert_issuer, cert_verify_url)\n`,
    );
    expect(run.nb).toBe(
      `kursdesk: ${path}: profiles.desk.dbb er ikke en innstilling (de som finnes: db, portal_url, smtp_url, mail_from, agent, lang, cert_issuer, cert_verify_url)\n`,
    );
  });

  it('a config file that is not YAML names the line in both languages', async () => {
    const home = configHome('profiles:\n  desk: [\n');
    const run = await both(['users', 'find', '--name', 'Kari'], { XDG_CONFIG_HOME: home });
    expect(run.en).toMatch(/^kursdesk: config file .*config line \d+, column \d+: /);
    expect(run.nb).toMatch(
      /^kursdesk: konfigurasjonsfilen .*config linje \d+, kolonne \d+ kan ikke leses som YAML: /,
    );
  });

  it('a profile that is not in the file, with the hint to create it', async () => {
    const home = configHome('profiles:\n  desk:\n    agent: kari\n');
    const run = await both(['--profile', 'prod', 'users', 'find', '--name', 'Kari'], {
      XDG_CONFIG_HOME: home,
    });
    expect(run.code).toBe(2);
    expect(run.en).toContain(`no profile 'prod' in ${join(home, 'kursdesk', 'config')}`);
    expect(run.en).toContain('profiles: desk');
    expect(run.nb).toContain(`profilen «prod» finnes ikke i ${join(home, 'kursdesk', 'config')}`);
    expect(run.nb).toContain('profilene som finnes: desk');
  });

  it('config set and unset say what they did, in bokmål too', async () => {
    const home = configHome('profiles:\n  default:\n    agent: kari\n');
    const path = join(home, 'kursdesk', 'config');
    const set = await runCli(['config', 'set', 'agent', 'ola'], { env: { XDG_CONFIG_HOME: home, ...NB } });
    expect(set.code).toBe(0);
    expect(set.stderr).toContain(`agent = ola i profilen default (${path})`);
    const unset = await runCli(['config', 'unset', 'portal_url'], { env: { XDG_CONFIG_HOME: home } });
    expect(unset.stderr).toContain('portal_url was not set in profile default; nothing changed');
    const unsetNb = await runCli(['config', 'unset', 'portal_url'], {
      env: { XDG_CONFIG_HOME: home, ...NB },
    });
    expect(unsetNb.stderr).toContain('portal_url var ikke satt i profilen default; ingenting ble endret');
  });

  it.each([
    [
      'mysql://db/desk',
      "unsupported database URL scheme 'mysql:': kursdesk works with SQLite (a file path or sqlite:PATH) or PostgreSQL (postgres://)",
      'kursdesk kan ikke bruke databaseadresser som begynner med «mysql:»: bare SQLite (en filsti eller sqlite:STI) og PostgreSQL (postgres://)',
    ],
    [
      'postgres://kari:hemmelig@db:xx/desk',
      'malformed database URL: expected postgres://USER@HOST:PORT/DATABASE',
      'databaseadressen er feil skrevet: den skal være postgres://BRUKER@VERT:PORT/DATABASE',
    ],
  ])('--db %s', async (db, en, nb) => {
    const run = await both(['--db', db, 'users', 'find', '--name', 'Kari']);
    expect(run.code).toBe(2);
    expect(run.en).toContain(en);
    expect(run.nb).toContain(nb);
    expect(run.nb).not.toContain('hemmelig');
  });

  it('the certificate settings and key parsers', () => {
    const refusal = (env: Record<string, string>) => {
      try {
        certificateSettings(env);
      } catch (error) {
        if (error instanceof UserError) return [error.message, error.messageIn('nb')];
      }
      throw new Error('not refused');
    };
    expect(refusal({ KURSDESK_CERT_VERIFY_URL: 'https://kurs.no/v#x' })).toEqual([
      'KURSDESK_CERT_VERIFY_URL must not have a #fragment: the code goes there',
      'KURSDESK_CERT_VERIFY_URL kan ikke ha en #-del: der står koden',
    ]);
    const key = parsePrivateKey('not a key!');
    expect(key.ok).toBe(false);
    if (!key.ok) {
      expect(key.error).toBe('it is neither PEM nor base64');
      expect(reasonIn(key, 'nb')).toBe('den er verken PEM eller base64');
    }
    const keys = parsePublicKeys('nothing here');
    expect(keys.ok ? '' : reasonIn(keys, 'nb')).toBe(
      'den har ingen offentlig nøkkel i PEM (-----BEGIN PUBLIC KEY-----)',
    );
  });
});

// doctor's settings checks, in-process: the portal URL's form, a real SMTP handshake (against a local
// test server, and a closed port), the certificate key and issuer, each with the fix when missing.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { closedPort, startSmtp, type TestSmtp } from '../helpers/smtp.js';

let smtp: TestSmtp;
beforeAll(async () => {
  smtp = await startSmtp();
});
afterAll(async () => {
  await smtp.close();
});

async function doctor(env: Record<string, string | undefined>) {
  const home = mkdtempSync(join(tmpdir(), 'kursdesk-doctor-'));
  const all = { XDG_CONFIG_HOME: join(home, 'config'), XDG_DATA_HOME: join(home, 'data'), ...env };
  expect((await runCli(['db', 'migrate'], { env: all })).code).toBe(0);
  const run = await runCli(['doctor', '--format', 'json'], { env: all });
  return { ...run, report: JSON.parse(run.stdout) as Record<string, string> };
}

describe('doctor checks the settings', () => {
  it('a fresh install: what is missing, with the command that fixes it, and still exit 0', async () => {
    const { code, stderr, report } = await doctor({});
    expect(code, stderr).toBe(0);
    expect(report.portal_url).toBe(
      'missing: not set: links issue cannot make activation or reset links — kursdesk config set portal_url https://kurs.example.no',
    );
    expect(report.smtp).toMatch(/^off: not set/);
    expect(report.certificate_key).toMatch(/^off: none yet: made \(owner-only\) at .*certificate-key\.pem/);
    expect(report.certificate_issuer).toMatch(
      /^missing: .*built-in placeholder.* kursdesk config set cert_issuer/,
    );
  });

  it('a good set-up: portal URL, SMTP handshake, issuer', async () => {
    const { code, stderr, report } = await doctor({
      KURSDESK_PORTAL_URL: 'https://kurs.example.no/',
      KURSDESK_SMTP_URL: smtp.url,
      KURSDESK_CERT_ISSUER: 'Jernbaneskolen',
      KURSDESK_CERT_VERIFY_URL: 'https://kurs.example.no/kursbevis',
    });
    expect(code, stderr).toBe(0);
    expect(report.portal_url).toBe('ok: https://kurs.example.no');
    expect(report.smtp).toMatch(/^ok: handshake with smtp:\/\/127\.0\.0\.1:\d+ ok$/);
    expect(report.certificate_issuer).toBe(
      'ok: Jernbaneskolen, verified at https://kurs.example.no/kursbevis',
    );
    expect(smtp.received).toHaveLength(0);
  });

  it('problems: an http portal URL and an SMTP server that does not answer are exit 1 with a warning each', async () => {
    const { code, stderr, report } = await doctor({
      KURSDESK_PORTAL_URL: 'http://kurs.example.no',
      KURSDESK_SMTP_URL: `smtp://desk:hemmelig@127.0.0.1:${await closedPort()}`,
    });
    expect(code).toBe(1);
    expect(report.portal_url).toMatch(/^problem: .* must use https/);
    expect(stderr).toMatch(/^warning: portal_url: /m);
    expect(stderr).toMatch(/^warning: smtp: smtp:\/\/desk:\*\*\*@127\.0\.0\.1:\d+: cannot reach/m);
    expect(stderr + JSON.stringify(report)).not.toContain('hemmelig');
  });
  it('a portal URL holding a user name and password is a problem, and the password is never printed', async () => {
    const { code, stdout, stderr, report } = await doctor({
      KURSDESK_PORTAL_URL: 'https://desk:s3cret-pw@kurs.example.no',
    });
    expect(code).toBe(1);
    expect(report.portal_url).toBe(
      'problem: https://desk:***@kurs.example.no/ must not contain a user name or password — kursdesk config set portal_url https://… (or fix KURSDESK_PORTAL_URL)',
    );
    expect(stdout + stderr).not.toContain('s3cret-pw');
  });
});

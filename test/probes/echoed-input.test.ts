// Input read back is cut to ECHO_LIMIT characters with an ellipsis (crash prober: `users set-hms` quoted
// a typed value of 1,900 characters in full, `triage` repeated a 2 MB Subject header on its screen).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ECHO_LIMIT, echoed } from '../../src/domain/echoed-input.js';
import { parseEmail, parseHmsCardNumber, parsePhone } from '../../src/domain/learner.js';
import { runCli } from '../helpers/cli.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../helpers/databases.js';

const refusal = (result: { ok: boolean; error?: string }) => (result.ok ? '' : (result.error ?? ''));

describe('echoed', () => {
  it('keeps a value up to the limit and cuts a longer one at a whole letter, with an ellipsis', () => {
    expect(echoed('AB12')).toBe('AB12');
    expect(echoed('x'.repeat(ECHO_LIMIT))).toBe('x'.repeat(ECHO_LIMIT));
    expect(echoed('x'.repeat(ECHO_LIMIT + 1))).toBe(`${'x'.repeat(ECHO_LIMIT - 1)}…`);
    // Code points, not UTF-16 units: an emoji at the cut is kept whole or left out, never halved.
    expect(echoed('😀'.repeat(ECHO_LIMIT + 5))).toBe(`${'😀'.repeat(ECHO_LIMIT - 1)}…`);
  });

  it('the HMS card, phone and e-mail refusals quote a 1,900-character value cut, and say its length', () => {
    const long = 'x'.repeat(1900);
    const hms = refusal(parseHmsCardNumber(long));
    expect(hms).toBe(
      `HMS card number '${'X'.repeat(ECHO_LIMIT - 1)}…' has 1900 characters; expected 4 to 20`,
    );
    expect(refusal(parseHmsCardNumber(`${long}!`)).length).toBeLessThan(200);
    expect(refusal(parsePhone(long)).length).toBeLessThan(200);
    expect(refusal(parseEmail(long)).length).toBeLessThan(200);
    // A value of a usual length is read back whole, as before.
    expect(refusal(parseHmsCardNumber('AB'))).toBe("HMS card number 'AB' has 2 characters; expected 4 to 20");
  });
});

for (const dialect of DIALECTS) {
  describe(`users set-hms with a pasted document (${dialect})`, () => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = await openTestDatabase(dialect);
    });
    afterAll(() => t?.close());

    it('refuses it in one short line', async () => {
      const run = await runCli(['users', 'set-hms', '1', 'ab'.repeat(950), '--yes'], { db: t.url });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('…');
      expect(run.stderr).toContain('has 1900 characters');
      expect(run.stderr.length).toBeLessThan(300);
    });
  });
}

describe('triage of a mail with a 2 MB Subject header', () => {
  it('shows the subject cut on its screen; --format json keeps it whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kursdesk-echo-'));
    const file = join(dir, 'big.eml');
    const subject = 'Hei '.repeat(500_000).trim();
    writeFileSync(file, `From: a@x.example\nSubject: ${subject}\n\nJeg får ikke logget inn\n`);
    const run = await runCli(['triage', file]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.length).toBeLessThan(2000);
    expect(run.stdout).toContain('Hei Hei…"');
    const json = await runCli(['triage', file, '--format', 'json']);
    expect(JSON.parse(json.stdout).subject).toBe(subject);
  });
});

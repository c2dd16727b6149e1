// The first `certificates issue` on a fresh machine, typed in several shells at once: every process
// makes a key, only one may become the key file, and the others must sign with that one, so every
// certificate issued in the race verifies with the one key in the file. The file is owner-only and no
// half-written key or temporary file is left.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verificationKeys } from '../../src/context/signing-key.js';
import { checkCode, keyRing } from '../../src/domain/certificates/seal.js';
import { useBundledProgram } from '../helpers/processes.js';

const racer = useBundledProgram(join(import.meta.dirname, 'processes', 'key-racer.ts'), 'key-racer');
const dir = mkdtempSync(join(tmpdir(), 'kursdesk-key-race-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Outcome =
  | { ok: true; code: string; keyId: string; created: boolean }
  | { ok: false; userError: boolean; code?: string; message: string };

const PROCESSES = 8;
const ROUNDS = 6;

describe('several processes making the signing key at once', () => {
  it('agree on one key: one makes the file, all certificates verify with it', {
    timeout: 120_000,
  }, async () => {
    for (let round = 1; round <= ROUNDS; round++) {
      const folder = join(dir, `round-${round}`, 'kursdesk');
      const keyFile = join(folder, 'certificate-key.pem');
      const outcomes = await racer.race<Outcome>(
        Array.from({ length: PROCESSES }, (_, i) => [keyFile, String(i)]),
      );
      const failed = outcomes.filter((o) => !o.ok);
      expect(failed, `round ${round}`).toEqual([]);
      const ok = outcomes.filter((o): o is Extract<Outcome, { ok: true }> => o.ok);
      expect(
        ok.filter((o) => o.created),
        `round ${round}: who made the file`,
      ).toHaveLength(1);
      expect(new Set(ok.map((o) => o.keyId)).size, `round ${round}: key ids`).toBe(1);
      const ring = keyRing(verificationKeys({ KURSDESK_CERT_KEY_FILE: keyFile }, undefined));
      for (const o of ok) expect(checkCode(o.code, ring).genuine, `round ${round}`).toBe(true);
      expect(statSync(keyFile).mode & 0o777).toBe(0o600);
      expect(readdirSync(folder)).toEqual(['certificate-key.pem']);
    }
  });
});

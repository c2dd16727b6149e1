// One of several processes issuing a certificate at the same moment on a machine that has no signing
// key yet (the first `certificates issue` typed in two shells at once): says "ready", waits for a line
// on stdin so that all start together, loads (or makes) the key from the key file named on the command
// line, seals one certificate with it and prints one JSON line: the code, the key id, whether it made
// the file, or the error.
//   key-racer.ts <key-file> <n>
import { randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline';
import { loadSigningKey } from '../../../src/context/signing-key.js';
import { certificateNumberFromBytes, NUMBER_BYTES } from '../../../src/domain/certificates/number.js';
import { sealContent } from '../../../src/domain/certificates/seal.js';
import { UserError } from '../../../src/errors.js';

const [keyFile = '', n = '0'] = process.argv.slice(2);
const lines = createInterface({ input: process.stdin });
const go = new Promise((resolve) => lines.once('line', resolve));
process.stdout.write('ready\n');
await go;
lines.close();
try {
  const { key, created } = loadSigningKey({ KURSDESK_CERT_KEY_FILE: keyFile });
  const sealed = sealContent(
    {
      number: certificateNumberFromBytes(randomBytes(NUMBER_BYTES)),
      name: `Testperson Nummer${'ABCDEFGHJK'[Number(n) % 10]}`,
      birthDate: '1990-01-01',
      courseCode: 'SIK-101',
      courseTitle: 'Sikkerhetskurs',
      courseTitleEn: null,
      completedOn: '2026-11-20',
      expiresOn: null,
      issuer: 'Kursportalen',
      issuedOn: '2026-11-25',
    },
    key,
  );
  process.stdout.write(
    `${JSON.stringify({ ok: true, code: sealed.code, keyId: key.keyId, created: created !== undefined })}\n`,
  );
} catch (error) {
  const e = error as Error & { code?: string };
  process.stdout.write(
    `${JSON.stringify({ ok: false, userError: error instanceof UserError, code: e.code, message: e.message })}\n`,
  );
}

// The pure parts of verifiable certificates: numbers with a check character, the canonical content
// bytes, and signed verification codes. The properties: every content round-trips; any single-character
// change of a code, and any single-bit change of its bytes, is rejected; only the issuer's keys verify.
import { generateKeyPairSync } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CertificateContent,
  decodeContent,
  encodeContent,
} from '../../src/domain/certificates/content.js';
import {
  keyIdOf,
  newSigningKey,
  parsePrivateKey,
  parsePublicKeys,
  publicKeyPem,
} from '../../src/domain/certificates/keys.js';
import {
  CROCKFORD,
  certificateNumberBytes,
  certificateNumberFromBytes,
  parseCertificateNumber,
} from '../../src/domain/certificates/number.js';
import {
  CODE_PREFIX,
  checkCode,
  checkSeal,
  codesIn,
  keyRing,
  sealContent,
  splitCode,
} from '../../src/domain/certificates/seal.js';

const KEY = newSigningKey().key;
const RING = keyRing([KEY.publicKey]);

const KARI: CertificateContent = {
  number: certificateNumberFromBytes(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])),
  name: 'Kari-Anne Ødegård Æsøy',
  birthDate: '1986-10-15',
  courseCode: 'SIK-101',
  courseTitle: 'Sikkerhetskurs for arbeid i og ved spor',
  courseTitleEn: 'Safety course for work on and near the track',
  completedOn: '2026-03-05',
  expiresOn: '2029-03-05',
  issuer: 'Kursportalen',
  issuedOn: '2026-11-25',
};

const isoDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const text = (max: number) =>
  fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: max })
    .map((s) => s.normalize('NFC'))
    .filter((s) => s.length > 0 && Buffer.byteLength(s) <= 255);
const contentArb: fc.Arbitrary<CertificateContent> = fc.record({
  number: fc.uint8Array({ minLength: 10, maxLength: 10 }).map(certificateNumberFromBytes),
  name: text(60),
  birthDate: isoDate,
  courseCode: text(12),
  courseTitle: text(80),
  courseTitleEn: fc.option(text(80), { nil: null }),
  completedOn: isoDate,
  expiresOn: fc.option(isoDate, { nil: null }),
  issuer: text(30),
  issuedOn: isoDate,
});

describe('certificate numbers', () => {
  it('look like KB-XXXX-XXXX-XXXX-XXXX in Crockford base32 and read back from any spelling', () => {
    const number = KARI.number;
    expect(number).toMatch(/^KB-[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    const compact = number.slice(3).replaceAll('-', '');
    for (const spelling of [
      number,
      compact,
      compact.toLowerCase(),
      `kb ${compact.slice(0, 8)} ${compact.slice(8)}`,
    ])
      expect(parseCertificateNumber(spelling)).toEqual({ ok: true, value: number });
    // Crockford: O is read as 0, I and L as 1.
    const withZero = `KB-${compact.replace(/0/g, 'O')}`;
    expect(parseCertificateNumber(withZero)).toEqual({ ok: true, value: number });
  });

  it('round-trip through their bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 10, maxLength: 10 }), (bytes) => {
        const number = certificateNumberFromBytes(bytes);
        expect(certificateNumberFromBytes(certificateNumberBytes(number))).toBe(number);
      }),
    );
  });

  it('catch every single mistyped character with the check character', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 10, maxLength: 10 }),
        fc.nat(15),
        fc.nat(31),
        (bytes, position, replacement) => {
          const compact = certificateNumberFromBytes(bytes).slice(3).replaceAll('-', '');
          fc.pre(compact[position] !== CROCKFORD[replacement]);
          const typo = compact.slice(0, position) + CROCKFORD[replacement] + compact.slice(position + 1);
          const parsed = parseCertificateNumber(typo);
          expect(parsed.ok).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });

  it.each([
    ['too short', 'KB-1234', /expected KB- and 16/],
    ['a letter Crockford leaves out', 'KB-UUUU-UUUU-UUUU-UUUU', /'U' does not occur/],
  ])('refuse %s', (_what, input, message) => {
    const parsed = parseCertificateNumber(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });
});

describe('certificate content', () => {
  it('round-trips through its canonical bytes', () => {
    fc.assert(
      fc.property(contentArb, (content) => {
        const decoded = decodeContent(encodeContent(content, 'a1b2c3d4'));
        expect(decoded).toEqual({ ok: true, value: { content, keyId: 'a1b2c3d4' } });
      }),
    );
  });

  it('refuses bytes the encoder would not write: trailing bytes, a cut, an unknown format, a false date', () => {
    const bytes = encodeContent(KARI, 'a1b2c3d4');
    expect(decodeContent(Buffer.concat([bytes, Buffer.from([0])])).ok).toBe(false);
    expect(decodeContent(bytes.subarray(0, bytes.length - 1)).ok).toBe(false);
    expect(decodeContent(Buffer.concat([Buffer.from([2]), bytes.subarray(1)]))).toMatchObject({
      ok: false,
      error: 'unknown certificate format 2',
    });
    const badDate = Buffer.from(bytes);
    badDate[15 + 3] = 31; // the birth date's day: 15 February is fine, 31 February is not
    badDate[15 + 2] = 2;
    expect(decodeContent(badDate)).toMatchObject({ ok: false });
  });

  it('never holds a national ID or an e-mail: only the fields listed', () => {
    expect(Object.keys(KARI).sort()).toEqual(
      [
        'birthDate',
        'completedOn',
        'courseCode',
        'courseTitle',
        'courseTitleEn',
        'expiresOn',
        'issuedOn',
        'issuer',
        'name',
        'number',
      ].sort(),
    );
  });
});

describe('verification codes', () => {
  const sealed = sealContent(KARI, KEY);

  it('verify offline with the public key and show what was signed', () => {
    expect(sealed.code.startsWith(CODE_PREFIX)).toBe(true);
    expect(sealed.code).toMatch(/^KB1:[A-Za-z0-9_-]+$/);
    const check = checkCode(sealed.code, RING);
    expect(check).toMatchObject({ genuine: true, signed: { content: KARI, keyId: KEY.keyId } });
    // Deterministic: signing the same content again gives the same code.
    expect(sealContent(KARI, KEY).code).toBe(sealed.code);
  });

  it('reject any single-character change of a code', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_:.=+/ ';
    fc.assert(
      fc.property(fc.nat(sealed.code.length - 1), fc.constantFrom(...alphabet), (position, replacement) => {
        fc.pre(sealed.code[position] !== replacement);
        const changed = sealed.code.slice(0, position) + replacement + sealed.code.slice(position + 1);
        expect(checkCode(changed, RING).genuine).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('reject a code with a character added or removed', () => {
    fc.assert(
      fc.property(fc.nat(sealed.code.length - 1), fc.constantFrom('A', 'g', '0', '-'), (position, extra) => {
        const removed = sealed.code.slice(0, position) + sealed.code.slice(position + 1);
        const added = sealed.code.slice(0, position) + extra + sealed.code.slice(position);
        expect(checkCode(removed, RING).genuine).toBe(false);
        expect(checkCode(added, RING).genuine).toBe(false);
      }),
    );
  });

  it('reject any single-bit change of the signed content or the signature', () => {
    const { payload, signature } = (
      splitCode(sealed.code) as { ok: true; value: { payload: string; signature: string } }
    ).value;
    const payloadBytes = Buffer.from(payload, 'base64url');
    const signatureBytes = Buffer.from(signature, 'base64url');
    fc.assert(
      fc.property(fc.boolean(), fc.nat(), fc.nat(7), (inPayload, index, bit) => {
        const target = Buffer.from(inPayload ? payloadBytes : signatureBytes);
        target[index % target.length]! ^= 1 << bit;
        const check = inPayload
          ? checkSeal(target.toString('base64url'), signature, RING)
          : checkSeal(payload, target.toString('base64url'), RING);
        expect(check.genuine).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('are not genuine with another key, even one that claims the same key id', () => {
    const other = newSigningKey().key;
    const forged = sealContent(KARI, { ...other, keyId: KEY.keyId });
    expect(checkCode(forged.code, RING)).toMatchObject({
      genuine: false,
      reason: expect.stringMatching(/altered or forged/),
    });
    const unknown = sealContent(KARI, other);
    expect(checkCode(unknown.code, RING)).toMatchObject({
      genuine: false,
      reason: expect.stringMatching(/not among the issuer's keys/),
    });
  });

  it('still verify with a retired key kept in the ring', () => {
    const retired = newSigningKey().key;
    const old = sealContent(KARI, retired);
    expect(checkCode(old.code, keyRing([KEY.publicKey, retired.publicKey])).genuine).toBe(true);
  });

  it('are found in a link (fragment or parameter, colon encoded or not) and in PDF bytes', () => {
    const body = sealed.code.slice(CODE_PREFIX.length);
    expect(codesIn(`https://kursbevis.example.org/kontroll#${sealed.code}`)).toEqual([sealed.code]);
    expect(codesIn(`https://kursbevis.example.org/kontroll?code=KB1%3A${body}`)).toEqual([sealed.code]);
    expect(
      codesIn(`%PDF-1.7 ... /VerificationCode (${sealed.code}) ... /URI (https://x#${sealed.code})`),
    ).toEqual([sealed.code]);
    expect(codesIn('nothing here')).toEqual([]);
  });
});

describe('keys', () => {
  it('a private key reads from PEM, from the base64 seed and from base64 PKCS #8, with the same key id', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const der = privateKey.export({ format: 'der', type: 'pkcs8' });
    const seed = der.subarray(der.length - 32);
    const id = keyIdOf(publicKey);
    for (const form of [pem, seed.toString('base64'), seed.toString('base64url'), der.toString('base64')]) {
      const parsed = parsePrivateKey(form);
      expect(parsed.ok && parsed.value.keyId).toBe(id);
    }
  });

  it('a key that is not Ed25519, or not a key, is refused without repeating it', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 })
      .privateKey.export({ format: 'pem', type: 'pkcs8' })
      .toString();
    const refusedRsa = parsePrivateKey(rsa);
    expect(refusedRsa).toMatchObject({
      ok: false,
      error: 'it is a rsa key; certificates need an Ed25519 key',
    });
    expect(refusedRsa.ok ? undefined : refusedRsa.text?.code).toBe('key.wrong-type');
    const garbage = 'not-a-key-but-a-secret-word!';
    const parsed = parsePrivateKey(garbage);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error).not.toContain(garbage);
      expect(parsed.text?.in('nb')).not.toContain(garbage);
    }
  });

  it('a public-key file may list several keys', () => {
    const a = newSigningKey().key;
    const b = newSigningKey().key;
    const parsed = parsePublicKeys(`${publicKeyPem(a.publicKey)}\nretired:\n${publicKeyPem(b.publicKey)}`);
    expect(parsed.ok && parsed.value.map(keyIdOf)).toEqual([a.keyId, b.keyId]);
    expect(parsePublicKeys('hello').ok).toBe(false);
  });
});

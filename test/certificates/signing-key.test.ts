// Where the signing key comes from: the environment or an owner-only key file made on first use; a
// file others can read is refused; a bad key is reported without its text; verifying never makes a key.
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  certificateSettings,
  DEFAULT_ISSUER,
  loadSigningKey,
  signingKeyFile,
  verificationKeys,
} from '../../src/context/signing-key.js';
import { keyIdOf, newSigningKey, publicKeyPem } from '../../src/domain/certificates/keys.js';
import { UserError } from '../../src/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'kursdesk-keys-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const fresh = () => join(dir, `case-${++n}`);

describe('the certificate signing key', () => {
  it('is made on first use in an owner-only file, and the same key is read back after', () => {
    const config = fresh();
    const env = { XDG_CONFIG_HOME: config };
    const first = loadSigningKey(env);
    const path = join(config, 'kursdesk', 'certificate-key.pem');
    expect(first.created).toBe(path);
    expect(signingKeyFile(env)).toBe(path);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(join(config, 'kursdesk')).mode & 0o777).toBe(0o700);
    expect(readFileSync(path, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    const again = loadSigningKey(env);
    expect(again.created).toBeUndefined();
    expect(again.key.keyId).toBe(first.key.keyId);
  });

  it('a key file that others can read is refused', () => {
    const path = join(fresh(), 'key.pem');
    loadSigningKey({ KURSDESK_CERT_KEY_FILE: path });
    chmodSync(path, 0o644);
    expect(() => loadSigningKey({ KURSDESK_CERT_KEY_FILE: path })).toThrow(
      /readable by others: run chmod 600/,
    );
  });

  it('KURSDESK_CERT_KEY wins over the file, and no file is made', () => {
    const { key, pem } = newSigningKey();
    const config = fresh();
    const loaded = loadSigningKey({ KURSDESK_CERT_KEY: pem, XDG_CONFIG_HOME: config });
    expect(loaded.key.keyId).toBe(key.keyId);
    expect(existsSync(join(config, 'kursdesk'))).toBe(false);
  });

  it('a bad KURSDESK_CERT_KEY is named, its text is not', () => {
    const secret = 'c2VjcmV0LXNlY3JldC1zZWNyZXQ';
    try {
      loadSigningKey({ KURSDESK_CERT_KEY: secret });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UserError);
      expect((error as Error).message).toMatch(/^KURSDESK_CERT_KEY is not usable/);
      expect((error as Error).message).not.toContain(secret);
    }
  });

  it('verifying never makes a key: with none, there are no verification keys', () => {
    const config = fresh();
    expect(verificationKeys({ XDG_CONFIG_HOME: config }, undefined)).toEqual([]);
    expect(existsSync(join(config, 'kursdesk'))).toBe(false);
  });

  it('verification keys come from --public-key, else KURSDESK_CERT_PUBLIC_KEYS plus the signing key', () => {
    const signing = newSigningKey();
    const retired = newSigningKey().key;
    const file = join(fresh(), 'issuer.pem');
    rmSync(file, { force: true });
    writeFileSync(join(dir, `retired-${n}.pem`), publicKeyPem(retired.publicKey));
    const retiredFile = join(dir, `retired-${n}.pem`);
    const env = { KURSDESK_CERT_KEY: signing.pem, KURSDESK_CERT_PUBLIC_KEYS: retiredFile };
    expect(verificationKeys(env, undefined).map(keyIdOf)).toEqual([retired.keyId, signing.key.keyId]);
    expect(verificationKeys(env, retiredFile).map(keyIdOf)).toEqual([retired.keyId]);
    expect(() => verificationKeys(env, file)).toThrow(/no such file/);
  });
});

describe('certificate settings', () => {
  it('have defaults, and refuse a verification address with a fragment or of another scheme', () => {
    expect(certificateSettings({})).toEqual({
      issuer: DEFAULT_ISSUER,
      verifyUrl: 'https://kursbevis.example.org/kontroll',
    });
    expect(() => certificateSettings({ KURSDESK_CERT_VERIFY_URL: 'https://x.example/#a' })).toThrow(
      /fragment/,
    );
    expect(() => certificateSettings({ KURSDESK_CERT_VERIFY_URL: 'ftp://x.example/' })).toThrow(/https/);
    expect(() => certificateSettings({ KURSDESK_CERT_ISSUER: ' ' })).toThrow(/issuer/);
  });
});

// `kursdesk certificates …`: course certificates (kursbevis) that anyone can check offline (W15).
import type { Command } from 'commander';
import type { Runner } from '../runner.js';
import { registerIssue } from './issue.js';
import { registerList } from './list.js';
import { registerPublicKey } from './public-key.js';
import { registerRevoke } from './revoke.js';
import { registerVerify } from './verify.js';

export function register(parent: Command, run: Runner): void {
  const certificates = parent
    .command('certificates')
    .description('course certificates: issue (PDF with QR code), verify, revoke, list, public-key')
    .addHelpText(
      'after',
      `
The signing key (Ed25519) comes from KURSDESK_CERT_KEY (PEM or base64) or the owner-only file
KURSDESK_CERT_KEY_FILE (default $XDG_CONFIG_HOME/kursdesk/certificate-key.pem, made on first use).
KURSDESK_CERT_PUBLIC_KEYS names a PEM file of public keys (retired ones too) for verifying.
KURSDESK_CERT_ISSUER and KURSDESK_CERT_VERIFY_URL set the issuer name and the verification page.

Run kursdesk certificates <verb> --help for the options and examples of each verb.
`,
    );
  registerIssue(certificates, run);
  registerVerify(certificates, run);
  registerRevoke(certificates, run);
  registerList(certificates, run);
  registerPublicKey(certificates, run);
}

// `kursdesk certificates …`: course certificates (kursbevis) that anyone can check offline (W15).
import type { Command } from 'commander';
import { nounHelp, type Runner } from '../runner.js';
import { registerIssue } from './issue.js';
import { registerList } from './list.js';
import { registerPublicKey } from './public-key.js';
import { registerRevoke } from './revoke.js';
import { registerVerify } from './verify.js';

export function register(parent: Command, run: Runner): void {
  const certificates = parent
    .command('certificates')
    .description(
      'course certificates (kursbevis) learners carry on site: issue (PDF with QR code), verify, revoke, list, public-key',
    )
    .addHelpText(
      'after',
      `
The signing key (Ed25519) comes from KURSDESK_CERT_KEY (PEM or base64) or the owner-only file KURSDESK_CERT_KEY_FILE (default $XDG_CONFIG_HOME/kursdesk/certificate-key.pem, made on first use).
KURSDESK_CERT_PUBLIC_KEYS names a PEM file of public keys (retired ones too) for verifying.
KURSDESK_CERT_ISSUER and KURSDESK_CERT_VERIFY_URL set the issuer name and the verification page.
${nounHelp(
  'certificates',
  [
    ['"I need my course certificate"', 'users history, then certificates issue'],
    ['"is this certificate genuine?"', 'certificates verify <code|pdf|url>'],
    ['"it was issued by mistake"', 'certificates revoke <number> --reason …'],
  ],
  'kursdesk certificates issue 42 SIK-100 --out kursbevis-42.pdf --ticket SUP-3121 --reply nb',
  'kursdesk certificates list 42',
)}`,
    );
  registerIssue(certificates, run);
  registerVerify(certificates, run);
  registerRevoke(certificates, run);
  registerList(certificates, run);
  registerPublicKey(certificates, run);
}

// The certificate keys and settings of a command, from the context's environment.
import type { Ctx } from '../../context/context.js';
import { certificateSettings, loadSigningKey, verificationKeys } from '../../context/signing-key.js';
import { text } from '../../domain/messages/index.js';
import { noticeIn } from '../../errors.js';
import type { CertificateKeys } from '../../workflows/certificates.js';

export async function signingKeys(ctx: Pick<Ctx, 'env' | 'io'>): Promise<CertificateKeys> {
  const { key, created } = loadSigningKey(ctx.env);
  if (created) {
    ctx.io.warn(noticeIn(text('warning.signing-key-made', { key: key.keyId, path: created }), ctx.env));
  }
  const { certificateKeys } = await import('../../workflows/certificates.js');
  // Public keys of retired signing keys, so their certificates can still be re-issued.
  const others = ctx.env.KURSDESK_CERT_PUBLIC_KEYS ? verificationKeys(ctx.env, undefined) : [];
  return certificateKeys(key, others);
}

export { certificateSettings };

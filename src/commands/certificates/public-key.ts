// `kursdesk certificates public-key`: the public half of the signing key, for verification pages and
// for machines that verify without the private key.
import type { Command } from 'commander';
import { text as coded } from '../../domain/messages/index.js';
import { noticeIn } from '../../errors.js';
import { render } from '../../output/render.js';
import { examples, type Runner } from '../runner.js';
import { certificateSettings, signingKeys } from './keys.js';

export function registerPublicKey(certificates: Command, run: Runner): void {
  certificates
    .command('public-key')
    .description(
      'print the public key that verifies certificates (PEM; --format json adds the key id and raw key)',
    )
    .addHelpText(
      'after',
      examples(
        'kursdesk certificates public-key > kursbevis-issuer.pem',
        'kursdesk certificates public-key --format json',
      ),
    )
    .action(async (_options: unknown, command: Command) =>
      run(command, async (ctx) => {
        const keys = await signingKeys(ctx);
        const { publicKeyRecord } = await import('../../workflows/certificates.js');
        const record = publicKeyRecord(keys.signing, certificateSettings(ctx.env).issuer);
        if (ctx.format === 'table') {
          ctx.io.out(record.pem);
          ctx.io.note(
            noticeIn(coded('note.public-key', { key: record.key_id, issuer: record.issuer }), ctx.env),
          );
          return undefined;
        }
        await render(ctx, {
          kind: 'record',
          record,
          fields: ['key_id', 'algorithm', 'issuer', 'public_key', 'pem'],
          idField: 'key_id',
        });
        return undefined;
      }),
    );
}

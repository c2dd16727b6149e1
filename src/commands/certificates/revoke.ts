// `kursdesk certificates revoke`: withdraw a certificate (issued in error, obtained by cheating…).
import type { Command } from 'commander';
import { parseCertificateNumber } from '../../domain/certificates/number.js';
import { text as coded } from '../../domain/messages/index.js';
import { noticeIn, UsageError } from '../../errors.js';
import { render } from '../../output/render.js';
import { changeApproval } from '../confirm.js';
import { keptFreeText, optionalValue } from '../input.js';
import { examples, type Runner } from '../runner.js';

export function registerRevoke(certificates: Command, run: Runner): void {
  certificates
    .command('revoke')
    .description('revoke a certificate: from then on it verifies as revoked (needs --reason)')
    .argument('<number>', 'the certificate number, e.g. KB-9W4T-7QXM-2H8R-CJ5A')
    .option('--reason <text>', 'why (shown when the certificate is verified)')
    .option('--dry-run', 'check and show the result, but write nothing')
    .addHelpText(
      'after',
      examples(
        "kursdesk certificates revoke KB-FYGP-9HZB-HC2B-F5H2 --reason 'issued for the wrong learner' --ticket SUP-4410",
        "kursdesk certificates revoke kbk736kctyjx1hbdhy --reason 'exam annulled' --dry-run",
      ),
    )
    .action(async (numberText: string, options: { reason?: string; dryRun?: boolean }, command: Command) =>
      run(command, async (ctx) => {
        const number = optionalValue({
          flag: '<number>',
          raw: numberText,
          parse: parseCertificateNumber,
        }) as string;
        // Free text that is kept (shown to whoever verifies the certificate) and printed: a national ID typed into it is masked.
        const reason = options.reason === undefined ? undefined : keptFreeText(options.reason);
        if (!reason) throw new UsageError(coded('revoke.missing-reason'));
        if (reason.length > 200) throw new UsageError(coded('option.reason-too-long', { max: 200 }));
        const { revokeCertificate } = await import('../../workflows/certificates.js');
        const { planApproveApply } = await import('../../db/write-gate.js');
        const deps = await ctx.deps();
        const revoked = await planApproveApply(
          (dryRun) => revokeCertificate(deps, number, reason, { dryRun }),
          {
            dryRun: options.dryRun === true,
            approval: changeApproval(ctx),
            describe: (planned) => ({
              summary: coded('plan.revoke-certificate', {
                number: planned.number,
                learner: planned.learner_id,
              }),
              details: [
                coded('plan.revoke-certificate-reason', { reason: planned.reason }),
                coded('plan.revoke-certificate-final'),
              ],
            }),
          },
        );
        const { dryRun, ...record } = revoked;
        await render(ctx, {
          kind: 'record',
          record,
          fields: ['number', 'learner_id', 'revoked_at', 'reason'],
          idField: 'number',
        });
        ctx.io.note(noticeIn(coded('note.certificate-revoked', { dryRun, number }), ctx.env));
        return undefined;
      }),
    );
}

// `kursdesk certificates list`: the certificates issued to one learner.
import type { Command } from 'commander';
import { isoDate } from '../../context/clock.js';
import { text as coded } from '../../domain/messages/index.js';
import { noticeIn } from '../../errors.js';
import { renderDocument } from '../../output/render.js';
import { LEARNER_ARGUMENT, learnerArgument } from '../input.js';
import { examples, type Runner } from '../runner.js';

export function registerList(certificates: Command, run: Runner): void {
  certificates
    .command('list')
    .description(
      "a learner's certificates: number, course, dates and whether each is valid, expired or revoked",
    )
    .argument('<learner>', LEARNER_ARGUMENT)
    .addHelpText(
      'after',
      examples(
        'kursdesk certificates list vidar.nguyen@ostfold-baneanlegg.test',
        'kursdesk certificates list 42 --format ids',
      ),
    )
    .action(async (learner: string, _options: unknown, command: Command) =>
      run(command, async (ctx) => {
        const { learnerCertificates } = await import('../../workflows/certificates.js');
        const selector = await learnerArgument(ctx, learner);
        const result = await learnerCertificates(
          { db: await ctx.db(), secret: ctx.secret },
          selector,
          isoDate(ctx.clock.now()),
        );
        const l = result.learner;
        await renderDocument(
          ctx,
          result,
          {
            kind: 'list',
            rows: result.certificates,
            columns: ['number', 'course', 'title', 'completed_on', 'expires_on', 'issued_at', 'status'],
            idField: 'number',
            emptyNote: coded('empty.no-certificates', { name: l.name }),
          },
          [
            noticeIn(
              coded('heading.learner-born', { name: l.name, id: l.id, birthDate: l.birth_date }),
              ctx.env,
            ),
          ],
        );
        return undefined;
      }),
    );
}

// `kursdesk replies …`: the answers that need no look-up — "we need more information" and "not something
// we handle" — and the catalogue of every reply text, for the agent and the support lead who edits it.
import { type Command, Option } from 'commander';
import { text as coded } from '../../domain/messages/index.js';
import { UsageError } from '../../errors.js';
import { render } from '../../output/render.js';
import { REPLY_CHOICES, renderReplyOnly } from '../reply.js';
import { examples, nounHelp, type Runner } from '../runner.js';

/**
 * The person to greet, checked as a name: whatever --name holds is pasted into the reply, so a national
 * ID (or any digits) typed there would be mailed back in full.
 */
async function greeting(name: string | undefined): Promise<{ firstName?: string }> {
  if (name === undefined || name.trim() === '') return {};
  const { parseName } = await import('../../domain/learner.js');
  const parsed = parseName(name, '--name');
  if (!parsed.ok) throw new UsageError(parsed.text ?? parsed.error);
  return { firstName: parsed.value };
}

const langOption = () =>
  new Option('--reply <lang>', 'the language of the answer: nb, nn or en')
    .choices([...REPLY_CHOICES])
    .default('nb');

export function register(parent: Command, run: Runner): void {
  const replies = parent
    .command('replies')
    .description(
      'answers without a look-up (ask for more information, not ours) and the catalogue of reply texts',
    )
    .addHelpText(
      'after',
      `\nEvery reply text lives in src/domain/replies/catalogue.ts (bokmål, nynorsk, English). Commands that change data print theirs with --reply; kursdesk replies list shows them all.
${nounHelp(
  'replies',
  [
    ['a ticket that lacks the facts to act on', 'replies ask --missing …'],
    ['"how do I log in?", "change my password"', 'replies list --topic login'],
    ['"where do I click to …?"', 'replies list --topic W10'],
    ['a question the desk does not handle', 'replies decline'],
  ],
  'kursdesk replies ask --missing name,birthDate,email --name Kari --reply nb',
  'kursdesk replies list --topic login --reply nb',
)}`,
    );

  replies
    .command('ask')
    .description('the "we need more information" answer, asking for the facts that are missing')
    .requiredOption(
      '--missing <facts>',
      'comma-separated: name, birthDate, email, oldEmail, accountType, depot, orgNumber, hmsCard, courseCode, unitId, companyName, company, contact, invoiceEmail, employeeList',
    )
    .option('--name <first name>', 'the person to greet')
    .addOption(langOption())
    .addHelpText(
      'after',
      `\nThe birth date is asked for as a date, never as the national ID; the answer ends by saying not to e-mail a national ID or a password.\n${examples(
        'kursdesk replies ask --missing name,birthDate,email --reply nb',
        'kursdesk replies ask --missing orgNumber --name Kari --reply en',
      )}`,
    )
    .action(
      async (options: { missing: string; name?: string; reply: 'nb' | 'nn' | 'en' }, command: Command) =>
        run(command, async (ctx) => {
          const { ASKABLE_FACTS, isAskableFact, moreInfoReply } = await import(
            '../../domain/replies/answers.js'
          );
          const asked = options.missing
            .split(',')
            .map((f) => f.trim())
            .filter(Boolean);
          const unknown = asked.filter((f) => !isAskableFact(f));
          if (unknown.length > 0 || asked.length === 0)
            throw new UsageError(coded('replies.bad-missing', { unknown, askable: ASKABLE_FACTS }));
          await renderReplyOnly(
            ctx,
            moreInfoReply(options.reply, {
              ...(await greeting(options.name)),
              missing: asked.filter(isAskableFact),
            }),
          );
          return undefined;
        }),
    );

  replies
    .command('decline')
    .description('the "not something we handle" answer, for questions outside the support desk')
    .option('--name <first name>', 'the person to greet')
    .addOption(langOption())
    .addHelpText(
      'after',
      examples('kursdesk replies decline --name Ola --reply nn', 'kursdesk replies decline --reply en'),
    )
    .action(async (options: { name?: string; reply: 'nb' | 'nn' | 'en' }, command: Command) =>
      run(command, async (ctx) => {
        const { notOursReply } = await import('../../domain/replies/answers.js');
        await renderReplyOnly(ctx, notOursReply(options.reply, await greeting(options.name)));
        return undefined;
      }),
    );

  replies
    .command('list')
    .description('every reply text of the catalogue with the facts it may use, in one language')
    .addOption(langOption())
    .option('--topic <prefix>', 'only entries whose key starts with this (W13, registration, more-info, …)')
    .addHelpText(
      'after',
      examples('kursdesk replies list --topic W13', 'kursdesk replies list --reply en --format json | jq .'),
    )
    .action(async (options: { reply: 'nb' | 'nn' | 'en'; topic?: string }, command: Command) =>
      run(command, async (ctx) => {
        const { REPLIES } = await import('../../domain/replies/catalogue.js');
        const rows = Object.entries(REPLIES)
          .filter(([key]) => options.topic === undefined || key.startsWith(options.topic))
          .map(([key, entry]) => ({ key, facts: [...entry.facts], text: entry[options.reply] }));
        await render(ctx, {
          kind: 'list',
          rows,
          columns: ['key', 'facts', 'text'],
          // The text is what is read: under its row at the full width, not squeezed into a third.
          roles: { key: 'key', facts: 'normal', text: 'under' },
          idField: 'key',
          emptyNote: coded('empty.no-reply-key', { topic: String(options.topic) }),
        });
        return undefined;
      }),
    );
}

// `kursdesk guide` (and `kursdesk` alone in a terminal): the guided mode, the FAQ's questions as a menu
// that asks for what each workflow needs. Needs a terminal; the flows live in src/guided/.
import { Writable } from 'node:stream';
import type { Command } from 'commander';
import { Option } from 'commander';
import type { Ctx } from '../context/context.js';
// The guided mode speaks and writes bokmål or English (the languages mails exist in).
import type { MailLang as Lang } from '../domain/link-mail.js';
import { text } from '../domain/messages/index.js';
import { UsageError } from '../errors.js';
import type { GuideOptions as GuideMenuOptions } from '../guided/menu.js';
import { examples, type Runner } from './runner.js';

interface GuideOptions {
  lang?: Lang;
}

/** stderr as a stream for one question of the prompt library, as wide as the terminal. */
function promptOutput(ctx: Ctx): NodeJS.WritableStream {
  // The prompts draw with their own escape sequences (colour, cursor moves), so they go to stderr as
  // they are: io.err() would escape them into visible `\x1b[…` text. The names the choices
  // show were parsed on the way in to hold no control characters.
  const stream = new Writable({
    write(chunk, _encoding, done) {
      ctx.io.errStream.write(chunk, done);
    },
  });
  return Object.assign(stream, { columns: ctx.io.columns, isTTY: true });
}

function languageOf(raw: string | undefined, from: string): Lang | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (raw === 'nb' || raw === 'en') return raw;
  throw new UsageError(text('option.language', { from, value: raw }));
}

/** The reader behind "paste a ticket" (W18): the triage reader and rules, loaded only when used. */
async function ticketReader(ctx: Ctx): Promise<GuideMenuOptions['readTicket']> {
  const { readTicket } = await import('../workflows/triage/read-message.js');
  const { triageTicket } = await import('../domain/triage/triage.js');
  const { pastedTicketReader } = await import('../guided/ticket-reader.js');
  const { isoDate } = await import('../context/clock.js');
  return pastedTicketReader({ readTicket, triageTicket }, () => isoDate(ctx.clock.now()));
}

export function register(parent: Command, run: Runner): void {
  parent
    .command('guide')
    .description(
      "guided mode: the FAQ's questions as a menu; asks for the facts, runs the workflow, drafts the reply",
    )
    .addOption(
      new Option(
        '--lang <lang>',
        'language of the menu and questions (default: KURSDESK_LANG or the config setting lang, else nb)',
      ).choices(['nb', 'en']),
    )
    .addHelpText(
      'after',
      `
Runs in a terminal only (stdin and stderr); \`kursdesk\` with no command starts it too. Learners, companies and courses are found as you type. Results and replies go to stdout, questions to stderr.
A change is asked about first, needs a ticket reference, and is audited like the command that makes it.
Ctrl-C at any question ends the guided mode (exit 130); a change already confirmed stays done.
${examples('kursdesk guide', 'kursdesk guide --lang en', 'kursdesk guide --ticket SUP-1200   # offered as the ticket of every change')}`,
    )
    .action(async (options: GuideOptions, command: Command) =>
      run(command, async (ctx) => {
        if (!ctx.io.stdinIsTTY || !ctx.io.stderrIsTTY) throw new UsageError(text('guide.needs-terminal'));
        const lang =
          languageOf(options.lang, '--lang') ??
          languageOf(ctx.env.KURSDESK_LANG, 'KURSDESK_LANG (or the config setting lang)') ??
          'nb';
        const { inquirerTerminal } = await import('../guided/terminal.js');
        const { guideRemarks } = await import('./guide-remarks.js');
        const { runGuide } = await import('../guided/menu.js');
        const term = inquirerTerminal(ctx.io, () => promptOutput(ctx), lang);
        return runGuide(
          {
            lang,
            replyLang: lang,
            term,
            deps: await ctx.deps(),
            env: ctx.env,
            ticket: ctx.ticket,
            out: (text) => ctx.io.out(text),
            ...guideRemarks(ctx.io, lang),
          },
          { readTicket: await ticketReader(ctx) },
        );
      }),
    );
}

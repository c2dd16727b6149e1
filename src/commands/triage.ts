// `kursdesk triage [FILE|-]`: W18, reads support e-mails (one message, an mbox or a Maildir) and says
// per message the language, FAQ topics, facts, what is missing and the commands to run next. Never opens
// the database.
import { Readable } from 'node:stream';
import type { Command } from 'commander';
import { isoDate } from '../context/clock.js';
import type { Ctx } from '../context/context.js';
import { echoed } from '../domain/echoed-input.js';
import { type Lang, type Text, text } from '../domain/messages/index.js';
import type { ScreenFact, ScreenField } from '../domain/messages/triage-screen.js';
import { formatOrgNumber } from '../domain/org-number.js';
import type { TriageResult } from '../domain/triage/types.js';
import { agentLang, ExitCode, noticeIn, UsageError } from '../errors.js';
import { quotedName } from '../output/terminal-text.js';
import { replyWidth, wrapCommand, wrapWords } from '../output/wrap.js';
import { examples, type Runner } from './runner.js';

/** The agent's view of one triaged message, in at most `width` columns, in the agent's language. */
export function triageText(result: TriageResult, width: number, lang: Lang = 'en'): string {
  const w = Math.max(60, Math.min(width, 120));
  const pad = ' '.repeat(11);
  const out: string[] = [];
  const say = (message: Text) => message.in(lang);
  const field = (name: ScreenField, lines: string[]) => {
    const label = say(text('triage-screen.field', { field: name }));
    lines.forEach((line, i) => {
      const head = i === 0 ? label.padEnd(11) : pad;
      out.push(...wrapWords(line, w - 11).map((l, j) => (j === 0 ? head : pad) + l));
    });
  };
  const where = result.source?.message
    ? say(text('triage-screen.message-at', { message: result.source.message, line: result.source.line }))
    : result.source?.file;
  if (where) out.push(`── ${where} ${'─'.repeat(Math.max(0, w - where.length - 4))}`);
  const ticket = result.ticket || say(text('triage-screen.no-ticket-id'));
  // The subject as the agent reads it: a header of megabytes is cut, not wrapped over the screen.
  field('ticket', [`${ticket}  ${result.subject ? `"${echoed(result.subject)}"` : ''}`.trim()]);
  if (result.from) field('from', [result.from]);
  field('language', [say(text('triage-screen.language', { language: result.language }))]);
  field(
    'topics',
    result.topics.map(
      (t) =>
        `${t.topic.padEnd(4)} ${t.confidence.toFixed(2)}  ${say(text('triage-screen.topic', { topic: t.topic }))}`,
    ),
  );
  const f = result.facts;
  const facts: string[] = [];
  const fact = (kind: ScreenFact, value: string) =>
    facts.push(say(text('triage-screen.fact', { fact: kind, value })));
  for (const name of f.names)
    facts.push(say(text('triage-screen.fact-name', { name: name.full, source: name.source })));
  for (const date of f.birthDates) fact('birth date', date);
  for (const email of f.emails)
    fact(f.sharedEmails?.includes(email) ? "e-mail, maybe another person's" : 'e-mail', email);
  for (const org of f.orgNumbers) fact('org number', formatOrgNumber(org));
  for (const company of f.companyNames) fact('company', company);
  for (const code of f.courseCodes) fact('course', code);
  for (const title of f.courseTitles ?? []) fact('course title', title);
  for (const place of f.wantedPlaces ?? []) fact('wanted place', place);
  if (f.wantedDates)
    fact('wanted dates', `${f.wantedDates.written} (${f.wantedDates.from} – ${f.wantedDates.to})`);
  for (const unit of f.unitIds) fact('unit', unit);
  for (const card of f.hmsCards) fact('HMS card', card);
  for (const email of f.invoiceEmails ?? []) fact('invoice e-mail', email);
  if (f.invoiceReference) fact('invoice reference', f.invoiceReference);
  if (f.accountType) fact('account type asked for', f.accountType);
  if (f.nationalId)
    facts.push(
      say(
        text('triage-screen.fact-national-id', {
          masked: f.nationalId.masked,
          mistyped: f.nationalId.mistyped === true,
        }),
      ),
    );
  field('facts', facts.length > 0 ? facts : [say(text('triage-screen.no-facts'))]);
  if (result.missing.length > 0) {
    field(
      'missing',
      result.missing.map((m) => say(text('triage-screen.missing-fact', m))),
    );
  }
  if (result.commands.length > 0) {
    out.push(say(text('triage-screen.field', { field: 'next' })));
    for (const command of result.commands) {
      // Breaks only before an option, so a flag stays beside its value and every line can be pasted.
      out.push(...wrapCommand(command, w - 2, '      ').map((l) => `  ${l}`));
    }
  }
  if (result.askForMissing) {
    out.push(say(text('triage-screen.ask-for-missing')));
    for (const line of result.askForMissing.trimEnd().split('\n')) {
      out.push(...(line === '' ? ['  |'] : wrapWords(line, w - 4).map((l) => `  | ${l}`)));
    }
  }
  return `${out.join('\n')}\n`;
}

async function pastedAtTerminal(ctx: Ctx): Promise<NodeJS.ReadableStream> {
  const { readPasted } = await import('../guided/terminal.js');
  const lang = agentLang(ctx.env);
  const pasted = await readPasted(
    ctx.io.stdin as NodeJS.ReadStream,
    ctx.io.errStream,
    text('triage.paste-prompt').in(lang),
    text('triage.paste-hint').in(lang),
    text('guided.cancelled').in(lang),
  );
  return Readable.from([Buffer.from(pasted, 'utf8')]);
}

async function writeResults(
  ctx: Ctx,
  batch: boolean,
  input: string,
  answer: boolean,
  stdin: NodeJS.ReadableStream,
): Promise<number> {
  const { readTickets } = await import('../workflows/triage/mailbox.js');
  const { triageOne, positionText } = await import('../workflows/triage/triage.js');
  const today = isoDate(ctx.clock.now());
  const tickets = await readTickets(input, ctx.cwd, stdin);
  const isBatch = batch || tickets.kind !== 'single';
  const shown = input === '-' ? 'stdin' : quotedName(input);
  if (tickets.tickets.length === 0) throw new UsageError(text('triage.no-messages', { shown }));
  // yaml is CommonJS: bundled, it arrives as a default export only (as in src/output/render.ts).
  const yamlModule =
    ctx.format === 'yaml'
      ? ((await import('yaml')) as typeof import('yaml') & { default?: typeof import('yaml') })
      : undefined;
  const yaml = yamlModule ? (yamlModule.default ?? yamlModule) : undefined;
  let failures = 0;
  let first = true;
  for (const ticket of tickets.tickets) {
    const outcome = await triageOne(ticket, today, isBatch);
    if (!outcome.ok) {
      if (!isBatch) {
        const { error } = outcome;
        throw new UsageError(
          typeof error === 'string'
            ? `${shown} is ${error}`
            : text('triage.input-refused', { shown, problem: error }),
        );
      }
      failures++;
      ctx.io.err(`kursdesk: ${positionText(outcome.source)}: ${noticeIn(outcome.error, ctx.env)}\n`);
      if (ctx.format === 'json')
        ctx.io.out(`${JSON.stringify({ source: outcome.source, error: String(outcome.error) })}\n`);
      continue;
    }
    const result = outcome.result;
    if (outcome.input === 'paste') {
      // Once, on stderr: the agent should know the sender (and so the look-ups) came from pasted lines.
      const read = { sender: outcome.message.from !== undefined, subject: outcome.message.subject !== '' };
      ctx.io.note(noticeIn(text('triage.read-as-paste', { shown, ...read }), ctx.env));
    }
    // --answer: the read-only look-ups for the first topic and the reply (or the change command that
    // prints it). The database is opened only then; plain triage never touches it.
    const answered = answer ? await answerOne(ctx, result) : undefined;
    // "input" says how the ticket was read: "email" (headers, MIME) or "paste" (text from a web page).
    const record = { ...result, input: outcome.input, ...(answered ? { answer: answered.data } : {}) };
    if (ctx.format === 'json') {
      ctx.io.out(isBatch ? `${JSON.stringify(record)}\n` : `${JSON.stringify(record, null, 2)}\n`);
    } else if (yaml) {
      ctx.io.out(`${isBatch ? '---\n' : ''}${yaml.stringify(record, { lineWidth: 0 })}`);
    } else {
      ctx.io.out(
        `${first ? '' : '\n'}${triageText(result, ctx.io.stdoutIsTTY ? ctx.io.columns : 80, agentLang(ctx.env))}`,
      );
      if (answered) ctx.io.out(`\n${answered.text}`);
      else if (!isBatch) ctx.io.note(noticeIn(text('triage.hint-answer'), ctx.env));
    }
    first = false;
  }
  if (isBatch) {
    const total = tickets.tickets.length;
    ctx.io.note(
      noticeIn(
        text('triage.batch-summary', { triaged: total - failures, total, unreadable: failures }),
        ctx.env,
      ),
    );
  }
  return failures > 0 ? ExitCode.failed : ExitCode.ok;
}

async function answerOne(
  ctx: Ctx,
  result: TriageResult,
): Promise<{ data: import('../workflows/triage-answer.js').TicketAnswer; text: string }> {
  const { answerTicket, renderTicketAnswer } = await import('../workflows/triage-answer.js');
  const data = await answerTicket(await ctx.deps(), result);
  // In a terminal the reply is wrapped at spaces (no word split by the screen's edge); piped, each
  // paragraph stays one line, for a mail client to flow.
  const width = ctx.io.stdoutIsTTY ? ctx.io.columns : 80;
  const lang = agentLang(ctx.env);
  return {
    data,
    text: renderTicketAnswer(data, width, ctx.io.stdoutIsTTY ? replyWidth(width) : undefined, lang),
  };
}

export function register(parent: Command, run: Runner): void {
  parent
    .command('triage')
    .description(
      'read support e-mails (a message, pasted text, an mbox or a Maildir) and say topic, facts, what is missing and what to run',
    )
    .argument(
      '[file]',
      "an e-mail (.eml), text pasted from a web page, an mbox file, a Maildir folder, or '-' for stdin",
      '-',
    )
    .option(
      '--answer',
      'also run the read-only look-ups (find the learner, the company, the course…) and print the reply to send',
    )
    .addHelpText(
      'after',
      `
Reads, never writes: triage opens no database, and with --answer only reads
it: the look-ups the topic needs (users find, registry lookup, courses
why-hidden, programmes status, users history …) run in-process and the reply
to paste follows, in the ticket's language. A change the ticket asks for (a
new link, a move, a new account type) is printed as the command to run, with
--reply, so the agent's second command gives the final answer. In json/yaml
the answer is the field "answer". A national ID in a ticket is shown only
masked (DDMMYY *****) with the birth date it holds; its digits are never
printed or kept.
Pasted text: a ticket copied from the helpdesk's web page, Outlook on the web
or Gmail has no e-mail headers; it is read as pasted text and stderr says so
(not with --quiet). Header lines at its top ("Fra:", "Til:", "Emne:",
"Sendt:", "Dato:", "From:", "Subject:", …, or a name over "<address>" or "til
meg") give the sender and subject; the rest is the text. Without them the
sender is unknown, so --answer asks for what the text lacks. Each result says
how it was read: "input": "email" or "paste". At a terminal with nothing piped
in, triage asks for the paste (end it with Enter on an empty line or Ctrl-D).
--format json prints one object for one message, and one object per line (JSON
Lines) for an mbox or Maildir, in order; a message that cannot be read is a
line {"source":…,"error":…}. --format yaml prints one document per message.
Exit codes: 0 every message triaged; 1 some messages of an mbox or Maildir
could not be read (each named on stderr with its number and line, the rest are
triaged); 2 the input is no ticket (empty or only whitespace, binary, over 10
MB; an mbox over 256 MB), a folder that is not a Maildir, or a named pipe or
device (pipe it into '-' instead); 3 no such file. A message of an mbox or
Maildir must be an e-mail: one without headers is unreadable (exit 1).
${examples(
  'kursdesk triage ticket.eml --answer',
  'pbpaste | kursdesk triage - --answer    # a ticket copied from a web page; on Linux: xclip -o | …',
  "kursdesk triage ~/Mail/support.mbox --format json | jq -r '.topics[0].topic' | sort | uniq -c",
)}`,
    )
    .action(async (file: string, options: { answer?: boolean }, command: Command) =>
      run(command, async (ctx) => {
        if (ctx.format !== 'table' && ctx.format !== 'json' && ctx.format !== 'yaml') {
          throw new UsageError(text('triage.bad-format', { format: ctx.format }));
        }
        // At a terminal with nothing piped in, the agent pastes the ticket here, read as the guided mode
        // reads a paste (Enter on an empty line or Ctrl-D ends it; a national ID is echoed masked).
        const stdin = file === '-' && ctx.io.stdinIsTTY ? await pastedAtTerminal(ctx) : ctx.io.stdin;
        return writeResults(ctx, false, file, options.answer === true, stdin);
      }),
    );
}

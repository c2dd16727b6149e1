// `kursdesk users find`: W1, the learner who forgot which e-mail they registered with.
import type { Command } from 'commander';
import { isoDate } from '../../context/clock.js';
import type { Ctx } from '../../context/context.js';
import { foldCompanyName } from '../../domain/company-name.js';
import { parseBirthDate } from '../../domain/dates.js';
import { matchReasonText } from '../../domain/identity-match.js';
import { parseEmail } from '../../domain/learner.js';
import { text as coded, type Notice, textIn } from '../../domain/messages/index.js';
import { parseNationalId } from '../../domain/national-id.js';
import type { ReplyLang } from '../../domain/replies/catalogue.js';
import { agentLang, noticeIn, UsageError } from '../../errors.js';
import { keptFreeText, optionalValue, readStdinValue, wholeNumberOption } from '../input.js';
import { addressed, renderDocumentWithReply, replyOption, replyToOption } from '../reply.js';
import { examples, forTickets, type Runner } from '../runner.js';

interface FindOptions {
  name?: string;
  birthdate?: string;
  email: string[];
  nationalId?: string;
  employer?: string;
  limit: string;
  reveal?: boolean;
  reason?: string;
  reply?: ReplyLang;
  replyTo?: string;
}

const collect = (value: string, previous: string[]) => [...previous, value];

export function registerFind(users: Command, run: Runner): void {
  users
    .command('find')
    .description(
      'find the account a learner means from name, birth date and e-mails; ranks candidates with evidence and a verdict',
    )
    .option('--name <full name>', 'the name as the learner wrote it')
    .option('--birthdate <date>', 'birth date (14.03.1985, 14/3/85, 140385, 1985-03-14)')
    .option('--email <address>', 'an address the learner may have used (repeat for several)', collect, [])
    .option(
      '--national-id <number|->',
      "only if the agent has it (never ask for it by e-mail); '-' reads stdin",
    )
    .option('--employer <company>', 'the employer the learner names (org number or name)')
    .option('--limit <n>', 'at most this many candidates', '10')
    .option('--reveal', 'show e-mail addresses in full (needs --reason; audited)')
    .option('--reason <text>', 'why the addresses are revealed')
    .addOption(replyOption())
    .addOption(replyToOption())
    .addHelpText(
      'after',
      `\nVerdicts: verified (birth date exact, name matches, a given e-mail is the account's current or an earlier one), likely, ambiguous (candidates too close to tell apart), none (exit 3).\nAddresses are masked unless verified, or revealed with --reveal --reason.\n${forTickets('I forgot which e-mail I registered with', 'my national ID is already in use')}${examples(
        "kursdesk users find --name 'Kari Nordmann' --birthdate 15.10.86 --email kari@gmail.com --email kari.nordmann@nordbane.test",
        "kursdesk users find --name 'Nordman Kari' --reply nb --ticket SUP-881",
        "kursdesk users find --name 'Kari Nordmann' --birthdate 1986-10-15 --reveal --reason 'phone call, verified by HMS card'",
      )}`,
    )
    .action(async (options: FindOptions, command: Command) =>
      run(command, async (ctx) => {
        const today = isoDate(ctx.clock.now());
        const limit = wholeNumberOption('--limit', options.limit, { min: 1, max: 100 });
        if (options.name !== undefined && options.name.trim() === '')
          throw new UsageError(coded('option.empty', { flag: '--name' }));
        if (options.reveal && !options.reason?.trim())
          throw new UsageError(coded('find.reveal-needs-reason'));
        const emails = options.email.map(
          (raw) => optionalValue({ flag: '--email', raw, parse: parseEmail }) as string,
        );
        const birthDate = optionalValue({
          flag: '--birthdate',
          raw: options.birthdate,
          parse: (t) => parseBirthDate(t, today),
        });
        const nationalId = optionalValue({
          flag: '--national-id',
          raw: await readStdinValue(ctx, options.nationalId),
          parse: (t) => parseNationalId(t, { allowSynthetic: true, today }),
        });
        const employers = await employerEvidence(ctx, options.employer);
        const { findAccount } = await import('../../workflows/find-account.js');
        const result = await findAccount(await ctx.deps(), {
          emails,
          limit,
          ...(options.name ? { name: options.name } : {}),
          ...(birthDate ? { birthDate } : {}),
          ...(nationalId ? { nationalId: nationalId.value } : {}),
          ...(employers.length > 0 ? { employerOrgNumbers: employers } : {}),
          ...(options.reveal ? { reveal: { reason: keptFreeText(options.reason!) } } : {}),
        });
        const verdictLine = coded('nbfind.verdict-heading', {
          verdict: result.verdict,
          reason: result.reason,
          reasonNb: matchReasonText(result.why, 'nb'),
        });
        // The table's line in the agent's language; other formats' stderr note stays the record's English.
        const heading = [textIn(verdictLine, agentLang(ctx.env))];
        let reply: string | undefined;
        if (options.reply) {
          const { findAccountReply } = await import('../../domain/replies.js');
          const top = result.candidates[0];
          const facts = {
            ...(top && result.verdict !== 'ambiguous' && result.verdict !== 'none'
              ? { firstName: top.name.split(' ')[0], email: top.email }
              : {}),
            birthDateGiven: options.birthdate !== undefined,
            // Never activated: no password to forget; the reply says an activation link follows.
            pending: top?.status === 'pending',
          };
          // To a writer about the person (--reply-to): about the account's name when one is found, else the name searched.
          reply = findAccountReply(
            options.reply,
            result.verdict,
            addressed(
              facts,
              options.replyTo,
              ('firstName' in facts ? top?.name : undefined) ?? options.name ?? '',
            ),
          );
        }
        await renderDocumentWithReply(
          ctx,
          result,
          {
            kind: 'list',
            rows: result.candidates,
            columns: [
              'rank',
              'id',
              'score',
              'name',
              'birth_date',
              'email',
              'status',
              'name_match',
              'birth_date_match',
              'email_match',
            ],
            idField: 'id',
            // The e-mail, name and birth date are what the agent acts on; the evidence reads best under
            // the candidate it explains.
            roles: {
              rank: 'low',
              score: 'low',
              name_match: 'under',
              birth_date_match: 'under',
              email_match: 'under',
            },
            emptyNote: coded('nbfind.no-account-matches'),
            words: 'account',
          },
          heading,
          reply,
        );
        if (ctx.format !== 'table') ctx.io.note(verdictLine.in('en'));
        for (const line of findNextStep(result.verdict, result.candidates[0], options.reply))
          ctx.io.note(noticeIn(line, ctx.env));
        return result.verdict === 'none' ? 3 : 0;
      }),
    );
}

/**
 * The companies an `--employer` text can mean, for a search: the employer is evidence for the accounts
 * that work there, not a key, so a name that several customers share counts for all of them and a name
 * no customer has is left out (each said on stderr); only a malformed org number is an error. A write
 * that needs one company asks through companyValue instead.
 */
async function employerEvidence(ctx: Ctx, raw: string | undefined): Promise<string[]> {
  if (raw === undefined) return [];
  const { resolveCustomer } = await import('../../workflows/companies/resolve.js');
  const found = await resolveCustomer({ db: await ctx.db() }, raw);
  switch (found.kind) {
    case 'org-number':
      return [found.orgNumber];
    case 'invalid-org-number':
      throw new UsageError(
        coded('option.refused', { option: '--employer', reason: found.text ?? found.error }),
      );
    case 'unique':
      ctx.io.note(
        noticeIn(
          coded('note.company-resolved', {
            flag: '--employer',
            query: found.query,
            name: found.company.name,
            orgNumber: found.company.org_number,
          }),
          ctx.env,
        ),
      );
      return [found.company.org_number];
    case 'none':
      ctx.io.note(noticeIn(coded('find.employer-none', { query: found.query }), ctx.env));
      return [];
    case 'several': {
      // Companies with exactly the name written are the ones meant; only without one, every match.
      const written = foldCompanyName(found.query);
      const exact = found.candidates.filter((c) => foldCompanyName(c.name) === written);
      const meant = exact.length > 0 ? exact : found.candidates;
      const several = coded('find.employer-several', {
        query: found.query,
        companies: meant.map((c) => `${c.name} (${c.org_number})`),
        more: exact.length === 0 && found.more,
      });
      ctx.io.note(noticeIn(several, ctx.env));
      return meant.map((c) => c.org_number);
    }
  }
}

/**
 * What the agent does after a look-up: answer, hand a reset link, or ask the learner for more. Short
 * lines, each within a terminal's 80 columns (notes are not wrapped). A suggested command answers in
 * the language of the agent's --reply (bokmål when none was given).
 */
function findNextStep(
  verdict: string,
  top: { id: number; status: string } | undefined,
  reply: ReplyLang | undefined,
): Notice[] {
  const replied = reply !== undefined;
  const lang = reply ?? 'nb';
  // Never activated: the reply promises the activation link, which this command issues and mails.
  if (verdict === 'verified' && top?.status === 'pending')
    return [coded('find.next-activate', { replied }), `kursdesk links issue ${top.id} --reply ${lang}`];
  if (verdict === 'verified' && top !== undefined)
    return [
      coded('find.next-answer', { replied }),
      coded('find.next-reset-too', { command: `kursdesk links issue ${top.id} --reply ${lang}` }),
    ];
  if (verdict === 'likely') return [coded('find.next-likely', { replied })];
  return replied
    ? [coded('find.next-search-again')]
    : [coded('find.next-ask'), `kursdesk replies ask --missing name,birthDate,email --reply ${lang}`];
}

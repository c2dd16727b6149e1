// `kursdesk links issue`: W2 and W3 — the right link for the account, after checking the address.
import { type Command, Option } from 'commander';
import { linkPolicyFrom, portalBaseFrom } from '../../domain/link-policy.js';
import { LINK_KINDS, type LinkKind } from '../../domain/link-tokens.js';
import { mailSettingsFrom } from '../../domain/mail-settings.js';
import { text as coded, type Notice } from '../../domain/messages/index.js';
import { maskEmail } from '../../domain/personal-data.js';
import type { ReplyLang } from '../../domain/replies/catalogue.js';
import { noticeIn, PolicyError } from '../../errors.js';
import { LEARNER_ARGUMENT, learnerArgument } from '../input.js';
import { addressed, renderRecordWithReply, replyOption, replyToOption } from '../reply.js';
import { examples, forTickets, type Runner } from '../runner.js';

interface IssueOptions {
  kind?: LinkKind;
  lang?: 'nb' | 'en';
  reply?: ReplyLang;
  replyTo?: string;
  deliver?: 'mail' | 'agent';
  send: boolean;
  force?: boolean;
  dryRun?: boolean;
}

const LANGS = ['nb', 'en'];

export function registerIssue(links: Command, run: Runner): void {
  links
    .command('issue')
    .description(
      'issue an activation link (account never activated) or a reset link (active account); older links stop working',
    )
    .argument('<learner>', LEARNER_ARGUMENT)
    .addOption(new Option('--kind <kind>', 'force the kind of link').choices([...LINK_KINDS]))
    .addOption(
      new Option('--lang <lang>', "the e-mail's language (default: --reply's, else nb)").choices(LANGS),
    )
    .addOption(replyOption())
    .addOption(replyToOption())
    .addOption(
      new Option(
        '--deliver <how>',
        'mail: through the outbox; agent: print the link once, to paste in a reply (default: mail when KURSDESK_SMTP_URL is set, else agent)',
      ).choices(['mail', 'agent']),
    )
    .option('--no-send', 'only queue the e-mail (another machine runs kursdesk mail send)')
    .option('--force', 'issue despite address warnings or the daily limit (written to the audit log)')
    .option('--dry-run', 'run every check and show what would be issued, but write nothing')
    .addHelpText(
      'after',
      `
Before issuing, the address on file is checked: a domain that looks like a typo (gmial.com, gmail.con, hotmail.co …) or that belongs to an employer the learner has left stops the link, with the users set-email command that fixes the address. More than KURSDESK_LINKS_PER_DAY links (default 3) for one learner in 24 hours also needs --force: one is normal, a second follows a corrected address, more means the mail is not arriving or someone is flooding the inbox.

Lifetimes: activation 72 hours (KURSDESK_ACTIVATION_TTL_HOURS, 1–168): the learner reads it in a support reply, maybe after a weekend, and it still works only once. Reset 60 minutes (KURSDESK_RESET_TTL_MINUTES, 10–120): a reset link is as good as the password, so it is short-lived; afterwards the portal's own "forgot password" is always there.

The link is KURSDESK_PORTAL_URL (https; http only for localhost) + /account/activate/ or /account/reset-password/ + a 256-bit random token. Only the token's SHA-256 is stored; mailed tokens wait sealed in the outbox and are erased once sent. The token is never in the audit log.
${forTickets('I never got the activation e-mail', 'I forgot my password')}${examples(
  'kursdesk links issue hanne.moe86@epost.test --ticket SUP-4411 --reply nb',
  'kursdesk links issue trond.strand93@epost.test --kind reset --lang en --ticket SUP-4420',
  'kursdesk links issue 1 --deliver agent --reply en --ticket SUP-4421   # phone support: paste the printed link',
)}`,
    )
    .action(async (learner: string, options: IssueOptions, command: Command) =>
      run(command, async (ctx) => {
        const policy = linkPolicyFrom(ctx.env);
        const portalBase = portalBaseFrom(ctx.env);
        const mailSettings = mailSettingsFrom(ctx.env);
        // A link handed to the agent goes into the reply, and a reply to someone else (--reply-to) must not
        // carry it: only the login's own mailbox may get the link, so such a link is mailed.
        if (options.replyTo !== undefined && options.deliver === 'agent')
          throw new PolicyError(coded('replies14.link-not-to-writer'));
        const delivery =
          options.replyTo !== undefined
            ? 'mail'
            : (options.deliver ?? (mailSettings.smtp ? 'mail' : 'agent'));
        // The e-mail itself is written in bokmål or English; a nynorsk reply mails in bokmål.
        const lang = options.lang ?? (options.reply === 'en' ? 'en' : 'nb');
        const { issueLink } = await import('../../workflows/links.js');
        const deps = await ctx.deps();
        const issued = await issueLink(
          deps,
          await learnerArgument(ctx, learner),
          { kind: options.kind, lang, delivery, force: options.force === true, portalBase, policy },
          { dryRun: options.dryRun === true },
        );
        const say = (notice: Notice) => noticeIn(notice, ctx.env);
        if (issued.note) ctx.io.note(say(coded('note.link-found-by-earlier-login', { note: issued.note })));
        for (const warning of issued.warnings)
          ctx.io.warn(say(coded('note.link-issued-anyway', { warning: say(warning.text) })));
        if (issued.forced.some((f) => f.startsWith('activation link')))
          ctx.io.warn(say(coded('note.link-activation-forced')));
        if (issued.forced.some((f) => f.startsWith('rate limit')))
          ctx.io.warn(say(coded('note.link-over-limit')));

        let status: string = issued.dryRun ? 'dry run' : delivery === 'agent' ? 'handed to agent' : 'queued';
        let sendError: string | undefined;
        if (issued.messageId !== undefined && !issued.dryRun && options.send && mailSettings.smtp) {
          const { sendMessageNow } = await import('../../workflows/mail.js');
          const sent = await sendMessageNow(deps, ctx, issued.messageId, mailSettings);
          if (sent.sent) status = 'sent';
          else sendError = sent.error;
        }

        let reply: string | undefined;
        if (options.reply || delivery === 'agent') {
          const { linkReply } = await import('../../domain/replies/links.js');
          reply = linkReply(options.reply ?? lang, {
            kind: issued.kind,
            ...addressed({ firstName: issued.firstName }, options.replyTo, issued.fullName),
            maskedEmail: maskEmail(issued.email),
            lifetimeMs: issued.lifetimeMs,
            addressCorrected: issued.addressCorrected,
            // Mailed but still in the outbox (no --send, or sending failed): the reply says it is on its way.
            queued: delivery === 'mail' && status !== 'sent',
            ...(issued.url !== undefined
              ? { link: issued.url }
              : issued.dryRun && delivery === 'agent'
                ? { link: '[dry run: no link]' }
                : {}),
          });
        }
        const record = {
          link: issued.id,
          learner: issued.userId,
          kind: issued.kind,
          status,
          to: issued.email,
          delivery,
          message: issued.messageId ?? null,
          expires_at: issued.expiresAt,
          superseded: issued.superseded,
          forced: issued.forced,
          ...(issued.url !== undefined ? { url: issued.url } : {}),
        };
        const fields = [
          'link',
          'learner',
          'kind',
          'status',
          'to',
          'delivery',
          'message',
          'expires_at',
          'superseded',
        ];
        await renderRecordWithReply(
          ctx,
          {
            kind: 'record',
            record,
            fields: issued.url !== undefined ? [...fields, 'url'] : fields,
            idField: 'link',
          },
          reply,
        );

        const what = { kind: issued.kind, id: issued.id, user: issued.userId, until: issued.expiresAt };
        const message = issued.messageId;
        if (issued.dryRun) ctx.io.note(say(coded('note.link-would-issue', { ...what, delivery })));
        else if (delivery === 'agent') {
          ctx.io.note(say(coded('note.link-issued-shown', { ...what, email: issued.email })));
        } else if (status === 'sent')
          ctx.io.note(say(coded('note.link-issued-mailed', { ...what, email: issued.email, message })));
        else if (sendError === undefined) {
          ctx.io.note(say(coded('note.link-issued-queued', { ...what, email: issued.email, message })));
        }
        if (issued.superseded.length > 0 && !issued.dryRun)
          ctx.io.note(say(coded('note.link-superseded', { links: issued.superseded })));
        if (sendError !== undefined) {
          ctx.io.warn(say(coded('note.link-mail-not-sent', { ...what, error: sendError, message })));
          return 1;
        }
        return undefined;
      }),
    );
}

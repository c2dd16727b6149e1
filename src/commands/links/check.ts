// `kursdesk links check`: "the link doesn't work" — is it valid, used, expired, or replaced by a newer one.
import type { Command } from 'commander';
import { parsePortalUrl } from '../../domain/link-policy.js';
import { linkExplanation, parseTokenInput } from '../../domain/link-tokens.js';
import { text as coded } from '../../domain/messages/index.js';
import { agentLang, noticeIn } from '../../errors.js';
import { render } from '../../output/render.js';
import { optionalValue, readStdinValue } from '../input.js';
import { examples, type Runner } from '../runner.js';

const FIELDS = [
  'link',
  'kind',
  'status',
  'explanation',
  'learner',
  'email',
  'created_at',
  'expires_at',
  'used_at',
  'revoked_at',
  'superseded_by',
  'newest_link',
  'issued_by',
];

export function registerCheck(links: Command, run: Runner): void {
  links
    .command('check')
    .description(
      'what became of a link: valid until when, used, expired, revoked or superseded by which newer link',
    )
    .argument(
      '<token|url|->',
      "the token or the whole link the learner sent; '-' reads it from stdin (keeps it out of shell history)",
    )
    .addHelpText(
      'after',
      `
Shows the learner's id and masked address, never the token. A link that was wrapped over lines or has punctuation after it is read as meant. Exit 3 when no link has the token, 2 when it is not a token.
${examples(
  'pbpaste | kursdesk links check -',
  "kursdesk links check 'https://kurs.example.no/account/reset-password/3q2-…'",
  'kursdesk links check - --format json < link.txt',
)}`,
    )
    .action(async (input: string, _options: unknown, command: Command) =>
      run(command, async (ctx) => {
        const raw = await readStdinValue(ctx, input);
        const parsed = optionalValue({ flag: '<token|url>', raw, parse: parseTokenInput });
        if (!parsed) return 2;
        const portal = parsePortalUrl(ctx.env.KURSDESK_PORTAL_URL ?? '');
        if (parsed.origin && portal.ok && new URL(portal.value).origin !== parsed.origin) {
          const elsewhere = { origin: parsed.origin, portal: new URL(portal.value).origin };
          ctx.io.warn(noticeIn(coded('warning.link-other-origin', elsewhere), ctx.env));
        }
        const { checkLink } = await import('../../workflows/links.js');
        const report = await checkLink(await ctx.deps(), parsed.token);
        // A person's table says why in the agent's language; json and csv keep the English sentence.
        const lang = agentLang(ctx.env);
        const record =
          ctx.format === 'table' && lang !== 'en'
            ? { ...report, explanation: linkExplanation(report, report.status).in(lang) }
            : report;
        await render(ctx, { kind: 'record', record, fields: FIELDS, idField: 'link' });
        return undefined;
      }),
    );
}

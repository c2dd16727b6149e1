// `kursdesk links …`: activation and password-reset links (W2, W3).
import type { Command } from 'commander';
import { nounHelp, type Runner } from '../runner.js';
import { registerCheck } from './check.js';
import { registerIssue } from './issue.js';
import { registerList } from './list.js';
import { registerRevoke } from './revoke.js';

const ENVIRONMENT_HELP = `
Environment:
  KURSDESK_PORTAL_URL            the portal the links point at (https; http only for localhost)
  KURSDESK_ACTIVATION_TTL_HOURS  activation link lifetime, 1–168 (default 72)
  KURSDESK_RESET_TTL_MINUTES     reset link lifetime, 10–120 (default 60)
  KURSDESK_LINKS_PER_DAY         links per learner in 24 h before --force is needed, 1–50 (default 3)
  KURSDESK_SMTP_URL              set: links are e-mailed through the outbox; unset: printed once for the agent
`;

export function register(parent: Command, run: Runner): void {
  const links = parent
    .command('links')
    .description(
      'activation and password-reset links for learners who cannot log in: issue, check, list, revoke',
    )
    .addHelpText(
      'after',
      `${ENVIRONMENT_HELP}${nounHelp(
        'links',
        [
          ['"I never got the activation e-mail"', 'links issue (an activation link)'],
          ['"I forgot my password"', 'links issue (reset; activation if never used)'],
          ['"the link does not work"', 'links check, then links issue'],
        ],
        'kursdesk links issue hanne.moe86@epost.test --ticket SUP-4411 --reply nb',
        'kursdesk links list 42',
      )}`,
    );
  registerIssue(links, run);
  registerCheck(links, run);
  registerList(links, run);
  registerRevoke(links, run);
}

// Logging in: W1 (which e-mail did I register with), W2 (no activation e-mail), W3 (forgot password)
// and W4 (new login e-mail). Each asks for what its workflow needs, runs it, shows the result and the
// reply, and offers the step that usually follows.

import { isoDate } from '../../context/clock.js';
import { parseBirthDate } from '../../domain/dates.js';
import { parseFullName } from '../../domain/full-name.js';
import { matchReasonText } from '../../domain/identity-match.js';
import { parseEmail } from '../../domain/learner.js';
import { mailLangFor } from '../../domain/link-mail.js';
import { osloDateTime } from '../../domain/local-time.js';
import { text, textIn } from '../../domain/messages/index.js';
import type { MailedBecause } from '../../domain/messages/link12.js';
import { type ParseResult, refused } from '../../domain/parse-result.js';
import { maskEmail } from '../../domain/personal-data.js';
import { firstNameOf } from '../../domain/replies/answers.js';
import { NotFoundError, PolicyError } from '../../errors.js';
import type { WorkflowDeps } from '../../workflows/deps.js';
import {
  accountWord,
  askOptional,
  askValue,
  confirmChange,
  pickLearner,
  replyVoice,
  type Session,
  said,
  showReply,
  ticketDeps,
} from '../session.js';
import { dayOrDash, facts, heading, table } from '../show.js';

/** Addresses written with commas, semicolons or spaces between them, each one checked. */
function parseEmailList(typed: string): ParseResult<string[]> {
  const emails: string[] = [];
  for (const written of typed.split(/[\s,;]+/).filter(Boolean)) {
    const r = parseEmail(written);
    if (!r.ok) return refused(text('guided.list-item-refused', { item: written, reason: r.text ?? r.error }));
    emails.push(r.value);
  }
  return { ok: true, value: emails };
}

export async function forgotEmail(s: Session): Promise<void> {
  const today = isoDate(s.deps.clock.now());
  const hint = s.hints;
  // A subject line, a question, an address or a number typed here is said to be no name and asked again.
  const name = await askValue(
    s,
    said(s, text('guided-says.full-name-person-wrote')),
    parseFullName,
    hint?.names[0]?.full,
  );
  const birthDate = await askOptional(
    s,
    said(s, text('guided-says.birth-date-empty-if-unknown')),
    (t) => parseBirthDate(t, today),
    hint?.birthDates[0] ? dayOrDash(hint.birthDates[0], s.lang) : undefined,
  );
  const emails =
    (await askOptional(
      s,
      said(s, text('guided-says.possible-e-mail-addresses-empty')),
      parseEmailList,
      hint && hint.emails.length > 0 ? hint.emails.join(' ') : undefined,
    )) ?? [];
  const { findAccount } = await import('../../workflows/find-account.js');
  const result = await findAccount(s.deps, { name, emails, limit: 5, ...(birthDate ? { birthDate } : {}) });

  // The agent's screen: the verdict in the agent's words (scripts read the record word from find-account --format json).
  s.out(heading(textIn(text('find.verdict-line', { verdict: result.verdict }), s.lang)));
  s.out(facts([[said(s, text('guided-says.because')), matchReasonText(result.why, s.lang)]]));
  if (result.candidates.length === 0) s.out(`  ${said(s, text('guided-says.no-account-matches'))}\n`);
  else
    s.out(
      table(
        [
          'id',
          said(s, text('guided-says.name')),
          said(s, text('guided-says.born')),
          'status',
          said(s, text('guided-says.e-mail')),
        ],
        result.candidates.map((c) => [
          String(c.id),
          c.name,
          dayOrDash(c.birth_date, s.lang),
          accountWord(s, c.status),
          c.email,
        ]),
        // The address is the answer to "which e-mail did I use": shown whole, last; a long name gives way.
        // (down to 12 letters: at 20, «Jon Knut Pedersen» with his 36-letter address made 81 columns).
        { wholeLast: true, give: { 1: 12 } },
      ),
    );
  const top = result.candidates[0];
  const sure = top !== undefined && (result.verdict === 'verified' || result.verdict === 'likely');
  await showReply(s, {
    topic: 'find-account',
    verdict: result.verdict,
    facts: {
      // To HR, a manager or a parent: the writer greeted, the person named, the login masked (the
      // account holder's own is shown whole). Not sure of the account, the reply greets no learner.
      ...(sure || s.writer ? replyVoice(s, sure ? top.name : undefined) : {}),
      ...(sure ? { email: top.email } : {}),
      birthDateGiven: Boolean(birthDate),
      // A never-activated account has no password to reset: the reply says the activation link comes.
      pending: sure && top.status === 'pending',
    },
  });
  if (sure && top.status !== 'disabled') {
    const pending = top.status === 'pending';
    const kind = pending
      ? said(s, text('guided-says.activation-link'))
      : said(s, text('guided-says.password-reset-link'));
    // The reply to a never-activated account promises the link, so issuing it is what Enter does.
    if (
      await s.term.confirm(
        said(s, text('guided-asks.issue-link-now', { kind })),
        pending && result.verdict === 'verified',
      )
    )
      await issueLinkStep(s, top.id, top.name, true);
  }
}

/** W2 and W3 share their start: the learner, then a link of the kind the account needs. */
export async function linkFor(s: Session): Promise<void> {
  const learner = await pickLearner(s);
  await showLearner(s, learner.id);
  await issueLinkStep(s, learner.id, learner.name, false);
}

export async function showLearner(
  s: Session,
  id: number,
): Promise<{ email: string; status: string; employer_org_number: string | null }> {
  const { learnerProfile } = await import('../../workflows/learners.js');
  const p = await learnerProfile(s.deps.db.kysely, id, isoDate(s.deps.clock.now()), { history: false });
  s.out(heading(`${p.name} (id ${p.id})`));
  s.out(
    facts([
      [said(s, text('guided-says.e-mail')), p.email],
      ['status', accountWord(s, p.status)],
      [said(s, text('guided-says.account-type')), accountWord(s, p.account_type)],
      [said(s, text('guided-says.born')), dayOrDash(p.birth_date, s.lang)],
      [said(s, text('guided-says.employer')), p.employer],
    ]),
  );
  return { email: p.email, status: p.status, employer_org_number: p.employer_org_number };
}

/**
 * Issues the link the account needs (activation when never activated, else reset). An address that looks
 * wrong stops the link; the agent may then correct the address and try again.
 */
export async function issueLinkStep(s: Session, id: number, name: string, confirmed: boolean): Promise<void> {
  const { linkPolicyFrom, portalBaseFrom } = await import('../../domain/link-policy.js');
  const { mailSettingsFrom } = await import('../../domain/mail-settings.js');
  const policy = linkPolicyFrom(s.env);
  const portalBase = portalOf(s, portalBaseFrom);
  const smtp = Boolean(mailSettingsFrom(s.env).smtp);
  const deps = confirmed
    ? await ticketDeps(s)
    : await confirmChange(s, said(s, text('guided-asks.issue-link-for', { name })));
  if (!deps) return;
  // Without a mail server the link would go in the reply, to whoever the reply goes to: only the
  // login's own mailbox may get it so. From the menu the agent says who that is (asked once).
  const toLogin = smtp || s.hints ? undefined : await replyGoesToLogin(s, await loginOf(s, id));
  const { issueLink } = await import('../../workflows/links.js');
  const requestFor = async () =>
    ({
      kind: undefined,
      lang: mailLangFor(s.replyLang),
      delivery: smtp ? 'mail' : linkDelivery(s, await loginOf(s, id), toLogin),
      force: false,
      portalBase,
      policy,
    }) as const;
  let issued: Awaited<ReturnType<typeof issueLink>>;
  try {
    issued = await issueLink(deps, { by: 'id', id }, await requestFor(), { dryRun: false });
  } catch (error) {
    if (!(error instanceof PolicyError) || !error.hint?.includes('set-email')) throw error;
    s.warn(error.messageIn(s.lang));
    const corrected = await correctAddress(s, deps, id);
    if (!corrected) return;
    // The corrected login may now be the ticket's sender: who gets the link is decided again.
    issued = await issueLink(deps, { by: 'id', id }, await requestFor(), { dryRun: false });
  }
  const delivery = issued.delivery;
  s.out(heading(said(s, text('guided-asks.link-issued', { activation: issued.kind === 'activation' }))));
  s.out(
    facts([
      [said(s, text('guided-says.to')), issued.email],
      [said(s, text('guided-says.valid-until')), osloDateTime(issued.expiresAt, s.lang)],
      [
        said(s, text('guided-says.delivery')),
        delivery === 'mail'
          ? said(s, text('guided-says.outbox-kursdesk-mail-send'))
          : said(s, text('guided-says.you-shown-only-now')),
      ],
      [
        said(s, text('guided-says.older-links-closed')),
        issued.superseded.length === 0 ? undefined : issued.superseded.join(', '),
      ],
    ]),
  );
  // The link exists only in this output (the database keeps its hash): shown whole, reply or not.
  if (issued.url !== undefined) s.out(`\n${issued.url}\n`);
  // A mailed link waits in the outbox: sent now when a mail server is set and the agent agrees, else the
  // reply says it is on its way (not «just sent») and the agent is told to send it before pasting.
  const queued =
    issued.messageId !== undefined && !(smtp && (await sendLinkNow(s, deps, issued.messageId, issued.email)));
  if (queued) s.note(said(s, text('walk15.send-before-pasting')));
  await showReply(s, {
    topic: 'link',
    facts: {
      kind: issued.kind,
      // For a pasted ticket written by HR or a parent: to the writer, about the person.
      ...(s.writer ? replyVoice(s, name) : { firstName: issued.firstName }),
      maskedEmail: maskEmail(issued.email),
      lifetimeMs: issued.lifetimeMs,
      addressCorrected: issued.addressCorrected,
      ...(issued.url === undefined ? {} : { link: issued.url }),
      ...(queued ? { queued } : {}),
      ...(s.spamChecked ? { spamChecked: true } : {}),
    },
  });
}

/** Offers to send the link's e-mail now (as `links issue --send`): true once the server took it. */
async function sendLinkNow(
  s: Session,
  deps: WorkflowDeps,
  messageId: number,
  email: string,
): Promise<boolean> {
  if (!(await s.term.confirm(said(s, text('walk15.send-link-now')), true))) return false;
  const { sendMessageNow } = await import('../../workflows/mail.js');
  const sent = await sendMessageNow(deps, { env: s.env, agent: deps.actor().agent }, messageId);
  if (sent.sent) {
    s.note(said(s, text('walk15.link-sent', { email })));
    return true;
  }
  s.warn(said(s, text('walk15.link-not-sent', { error: sent.error ?? '' })));
  return false;
}

/** The login address on file now. */
async function loginOf(s: Session, id: number): Promise<string> {
  const { userById } = await import('../../db/queries/users.js');
  const user = await userById(s.deps.db.kysely, id);
  if (!user) throw new NotFoundError(text('learner.no-such-id', { id }));
  return user.email;
}

/** From the menu (no ticket, so no sender): does the reply go to the login's own mailbox? */
async function replyGoesToLogin(s: Session, login: string): Promise<boolean> {
  return s.term.select<boolean>(
    said(s, text('guided.link-reply-to')),
    [
      { value: true, name: said(s, text('guided.link-reply-to-login', { email: login })) },
      { value: false, name: said(s, text('guided.link-reply-to-other')) },
    ],
    // A link mailed to the login reaches no one else: the safe answer is the one Enter gives.
    false,
  );
}

/**
 * Without a mail server: the link is handed to the agent for the reply only when the reply goes to the
 * login's own mailbox (the pasted ticket came from it, or the agent said so); otherwise it is mailed to
 * the login on file, as `triage --answer` suggests, and the agent is told why.
 */
function linkDelivery(s: Session, login: string, toLogin: boolean | undefined): 'mail' | 'agent' {
  const own = login.toLowerCase();
  const because: MailedBecause | undefined =
    toLogin === undefined
      ? s.sender === undefined
        ? 'no-sender'
        : s.sender === own
          ? undefined
          : 'other-sender'
      : toLogin
        ? undefined
        : 'someone-else';
  if (because === undefined) return 'agent';
  s.note(said(s, text('guided.link-mailed', { because })));
  return 'mail';
}

/**
 * The portal's address the link points at. Unset, it is the first thing a new desk meets: the refusal
 * (coded) is said in the agent's language by the menu, with the command that sets it once.
 */
function portalOf(s: Session, portalBaseFrom: (env: Session['env']) => string): string {
  return portalBaseFrom(s.env);
}

/** Asks for the right address and makes it the login (the ticket is already given). */
async function correctAddress(s: Session, deps: WorkflowDeps, id: number): Promise<boolean> {
  if (!(await s.term.confirm(said(s, text('guided-says.correct-address-first')), true))) return false;
  const email = await askEmail(s, said(s, text('guided-says.right-e-mail-address')));
  const { changeLoginEmail } = await import('../../workflows/set-email.js');
  const change = await changeLoginEmail(deps, { by: 'id', id }, email, { dryRun: false });
  for (const w of change.warnings) s.warn(said(s, w));
  s.note(said(s, text('guided-asks.login-changed', { from: change.oldEmail, to: email })));
  return true;
}

function askEmail(s: Session, message: string): Promise<string> {
  return askValue(s, message, parseEmail);
}

export async function newLoginEmail(s: Session): Promise<void> {
  const learner = await pickLearner(s);
  const shown = await showLearner(s, learner.id);
  s.note(said(s, text('guided-says.change-login-only-once-identity')));
  await changeLoginStep(s, learner.id, learner.name, ticketNewLogin(s, shown.email));
}

/** The address a pasted ticket gives besides the login (mostly the one it was sent from): offered as the new one. */
export function ticketNewLogin(s: Pick<Session, 'hints'>, login: string): string | undefined {
  return s.hints?.emails.find((e) => e.toLowerCase() !== login.toLowerCase());
}

/**
 * W4's change, also offered after a move away from the employer whose domain the login is on. Changes the
 * login (asked, confirmed, replied to): the new login once changed, false when the agent said no. With
 * `inMoveReply` the change gets no reply of its own: the move's reply says it (one reply, not two).
 */
export async function changeLoginStep(
  s: Session,
  id: number,
  name: string,
  preset?: string,
  inMoveReply = false,
): Promise<false | { email: string; pending: boolean }> {
  const email = await askValue(s, said(s, text('guided-says.new-e-mail-address')), parseEmail, preset);
  const deps = await confirmChange(s, said(s, text('guided-asks.change-login', { name, email })));
  if (!deps) return false;
  const { changeLoginEmail } = await import('../../workflows/set-email.js');
  const change = await changeLoginEmail(deps, { by: 'id', id }, email, { dryRun: false });
  for (const w of change.warnings) s.warn(said(s, w));
  s.out(heading(said(s, text('guided-says.login-changed'))));
  s.out(
    facts([
      [said(s, text('guided-says.before')), change.oldEmail],
      [said(s, text('guided-says.now')), change.profile.email],
      [said(s, text('guided-says.links-closed')), change.revokedLinks],
    ]),
  );
  // As `users set-email --reply`: the new login in full, since the change needed a verified identity.
  const pending = change.profile.status === 'pending';
  if (!inMoveReply)
    await showReply(s, {
      topic: 'email-changed',
      facts: { firstName: firstNameOf(change.profile.given_names), email: change.profile.email, pending },
    });
  // An account that was never activated gets an activation link, not a reset link (as links issue does).
  const question =
    change.profile.status === 'pending'
      ? said(s, text('guided-says.issue-activation-link-well'))
      : said(s, text('guided-says.issue-reset-link-well'));
  if (await s.term.confirm(question, false)) await issueLinkStep(s, id, name, true);
  return { email: change.profile.email, pending };
}

// W2 "I never got the activation e-mail" and W3 "I forgot my password": issue the right link after
// checking the address on file, see what became of a link, list and revoke a learner's links, and
// redeem a token (the portal's step, kept here so the rule lives beside the links). Tokens exist only
// in the result of an issue that hands the link to the agent, and sealed in the outbox until sent.
import {
  closeOpenLinks,
  dayBefore,
  employersOfLearner,
  insertLink,
  type LinkWithDelivery,
  linkByHash,
  linksIssuedSince,
  linksOfLearner,
  lockLearner,
  loginChangedSince,
  redeemLink,
} from '../db/queries/links.js';
import { insertMessage } from '../db/queries/outbox.js';
import { userById } from '../db/queries/users.js';
import type { LinkToken, User } from '../db/schema.js';
import { writeChange } from '../db/write-gate.js';
import { type AddressWarning, checkAddress } from '../domain/address-checks.js';
import { linkMail, type MailLang, TOKEN_PLACEHOLDER } from '../domain/link-mail.js';
import type { LinkPolicy } from '../domain/link-policy.js';
import {
  hashLinkToken,
  type LinkKind,
  type LinkStatus,
  linkKindFor,
  linkStatus,
  linkStatusExplanation,
  linkUrl,
  newLinkToken,
} from '../domain/link-tokens.js';
import { type Text, text } from '../domain/messages/index.js';
import { type FieldChange, maskEmail } from '../domain/personal-data.js';
import { firstNameOf } from '../domain/replies/answers.js';
import { sealToken } from '../domain/sealed-token.js';
import { NotFoundError, PolicyError } from '../errors.js';
import type { WorkflowDeps } from './deps.js';
import { type LearnerSelector, resolveLearner } from './learners.js';

export type Delivery = 'mail' | 'agent';

export interface IssueRequest {
  /** Forces a kind; otherwise pending accounts get activation and active ones reset. */
  kind: LinkKind | undefined;
  /** The e-mail's language. */
  lang: MailLang;
  /** mail: into the outbox; agent: the link is returned once, for the agent to hand over. */
  delivery: Delivery;
  /** Issue despite address warnings and the rate limit (audited). */
  force: boolean;
  portalBase: string;
  policy: LinkPolicy;
}

export interface IssuedLink {
  id: number;
  userId: number;
  kind: LinkKind;
  createdAt: string;
  expiresAt: string;
  lifetimeMs: number;
  delivery: Delivery;
  firstName: string;
  /** The learner's full name (a reply to someone else names them by it). */
  fullName: string;
  email: string;
  /** The link itself: only for agent delivery, only once, and never after a dry run. */
  url: string | undefined;
  /** The outbox message that carries the link (mail delivery). */
  messageId: number | undefined;
  superseded: number[];
  withdrawnMessages: number[];
  /** What is wrong with the address on file (only reached here with --force). */
  warnings: AddressWarning[];
  /** The checks --force overrode. */
  forced: string[];
  /** The login was changed in the last 24 hours (the reply then says the address was corrected). */
  addressCorrected: boolean;
  /** How the learner was found, when not by the current login (an earlier address). */
  note: Text | undefined;
  dryRun: boolean;
}

function setEmailCommand(user: User, newEmail: string, ticket: string | undefined): string {
  return `kursdesk users set-email ${user.id} ${newEmail} --ticket ${ticket ?? '<ref>'}`;
}

function addressProblem(user: User, warnings: AddressWarning[], ticket: string | undefined): PolicyError {
  const typo = warnings.find((w) => w.kind === 'typo');
  const fix = setEmailCommand(user, typo ? typo.suggestedEmail : '<new address>', ticket);
  return new PolicyError(text('link.address-problem', { problems: warnings.map((w) => w.text) }), {
    hint: text('hint.correct-address', { fix }),
  });
}

export async function issueLink(
  deps: WorkflowDeps,
  selector: LearnerSelector,
  request: IssueRequest,
  options: { dryRun: boolean },
): Promise<IssuedLink> {
  const actor = deps.actor();
  const now = actor.now.toISOString();
  const { user: found, note } = await resolveLearner(deps, selector);
  let token: string | undefined;
  const result = await writeChange(deps.db, actor, options, async (trx, audit) => {
    const user = await lockLearner(trx, deps.db.dialect, found.id);
    if (!user) throw new NotFoundError(text('learner.no-such-id', { id: found.id }));
    if (user.status === 'disabled') {
      throw new PolicyError(text('link.account-disabled', { id: user.id }), {
        hint: text('hint.enable-account-first'),
      });
    }
    const kind = request.kind ?? linkKindFor(user);
    const employers = await employersOfLearner(trx, user);
    const asDomains = (c: { name: string; org_number: string; email_domains: string | null }) => ({
      name: c.name,
      orgNumber: c.org_number,
      domains: c.email_domains,
    });
    const warnings = checkAddress({
      email: user.email,
      currentEmployer: employers.current && asDomains(employers.current),
      formerEmployers: employers.former.map(asDomains),
    });
    const forced: string[] = [];
    // An activation link lives 72 hours, a reset link 60 minutes: for an account that has a password,
    // an activation link would be a long-lived way round the short life of a reset link.
    if (kind === 'activation' && user.password_set_at !== null) {
      if (!request.force) {
        throw new PolicyError(text('link.password-already-set', { id: user.id }), {
          hint: text('hint.issue-reset-link', { id: user.id }),
        });
      }
      forced.push('activation link for an account that has a password');
    }
    if (warnings.length > 0) {
      if (!request.force) throw addressProblem(user, warnings, actor.ticket);
      forced.push(
        ...warnings.map(
          (w) =>
            `address: ${w.kind === 'typo' ? `likely typo of ${w.suggestion}` : `former employer ${w.orgNumber}`}`,
        ),
      );
    }
    const recent = await linksIssuedSince(trx, user.id, dayBefore(actor.now));
    if (recent >= request.policy.dailyLimit) {
      if (!request.force) {
        throw new PolicyError(
          text('link.rate-limit', { id: user.id, recent, limit: request.policy.dailyLimit }),
          { hint: text('hint.rate-limit', { id: user.id }) },
        );
      }
      forced.push(`rate limit: ${recent} link(s) in 24 h, limit ${request.policy.dailyLimit}`);
    }

    const lifetimeMs = request.policy.lifetimeMs[kind];
    const expiresAt = new Date(actor.now.getTime() + lifetimeMs).toISOString();
    const secret = newLinkToken();
    const link = await insertLink(trx, {
      user_id: user.id,
      kind,
      token_hash: hashLinkToken(secret),
      created_at: now,
      expires_at: expiresAt,
      issued_by: actor.agent,
    });
    const closed = await closeOpenLinks(trx, {
      userId: user.id,
      now,
      supersededBy: link.id,
      reason: `link superseded by the newer link ${link.id}`,
    });
    const firstName = firstNameOf(user.given_names) ?? user.given_names;
    let messageId: number | undefined;
    if (request.delivery === 'mail') {
      const mail = linkMail(request.lang, kind, {
        firstName,
        lifetimeMs,
        linkTemplate: linkUrl(request.portalBase, kind, TOKEN_PLACEHOLDER),
      });
      messageId = await insertMessage(trx, {
        user_id: user.id,
        to_address: user.email,
        subject: mail.subject,
        body: mail.body,
        kind: `link.${kind}`,
        lang: request.lang,
        created_at: now,
        link_token_id: link.id,
        sealed_token: sealToken(deps.secret(), link.id, secret),
      });
    } else {
      token = secret;
    }
    const changes: FieldChange[] = [
      { field: 'kind', old: null, new: kind },
      { field: 'expires_at', old: null, new: expiresAt },
      { field: 'delivery', old: null, new: request.delivery },
    ];
    if (messageId !== undefined) {
      changes.push(
        { field: 'to_address', old: null, new: maskEmail(user.email) },
        { field: 'message', old: null, new: messageId },
      );
    }
    if (closed.links.length > 0) changes.push({ field: 'superseded_links', old: null, new: closed.links });
    if (forced.length > 0) changes.push({ field: 'forced', old: null, new: forced });
    audit({ action: 'links.issue', targetType: 'link', targetId: link.id, userId: user.id, changes });
    return {
      id: link.id,
      userId: user.id,
      kind,
      createdAt: now,
      expiresAt,
      lifetimeMs,
      delivery: request.delivery,
      firstName,
      fullName: `${user.given_names} ${user.family_name}`,
      email: user.email,
      messageId,
      superseded: closed.links,
      withdrawnMessages: closed.messages,
      warnings,
      forced,
      addressCorrected: await loginChangedSince(trx, user.id, user.email, dayBefore(actor.now)),
    };
  });
  const url =
    token !== undefined && !result.dryRun
      ? linkUrl(request.portalBase, result.result.kind, token)
      : undefined;
  return { ...result.result, url, note, dryRun: result.dryRun };
}

/** A link's life as its record has it: made (by whom), due to expire, used, revoked, superseded. */
type LinkHistory = Pick<
  LinkToken,
  'created_at' | 'expires_at' | 'used_at' | 'revoked_at' | 'superseded_by' | 'issued_by'
>;

function linkHistory(link: LinkToken): LinkHistory {
  return {
    created_at: link.created_at,
    expires_at: link.expires_at,
    used_at: link.used_at,
    revoked_at: link.revoked_at,
    superseded_by: link.superseded_by,
    issued_by: link.issued_by,
  };
}

export interface LinkReport extends LinkHistory {
  link: number;
  kind: LinkKind;
  status: LinkStatus;
  explanation: string;
  learner: number;
  /** Masked: the agent needs to know whose link it is, not the address. */
  email: string;
  /** The newest link of the learner, when this one is not it. */
  newest_link: number | null;
}

/** "The link doesn't work": what became of the link a token belongs to. */
export async function checkLink(
  deps: Pick<WorkflowDeps, 'db' | 'clock'>,
  token: string,
): Promise<LinkReport> {
  const db = deps.db.kysely;
  const link = await linkByHash(db, hashLinkToken(token));
  if (!link) {
    throw new NotFoundError(text('link.unknown-token'), { hint: text('hint.copy-whole-link') });
  }
  const now = deps.clock.now();
  const user = await userById(db, link.user_id);
  const all = await linksOfLearner(db, link.user_id);
  const newest = all[0]?.id ?? link.id;
  return {
    link: link.id,
    kind: link.kind,
    status: linkStatus(link, now),
    explanation: linkStatusExplanation(link, now),
    learner: link.user_id,
    email: user ? maskEmail(user.email) : '',
    ...linkHistory(link),
    newest_link: newest === link.id ? null : newest,
  };
}

export interface LinkRow extends LinkHistory {
  link: number;
  kind: LinkKind;
  status: LinkStatus;
  /**
   * How it reached the learner: `mail #12 sent`, or `agent` when handed over in a reply. Coded: English
   * in json/csv/yaml, the agent's language on screen.
   */
  delivery: Text;
}

function deliveryText(link: LinkWithDelivery): Text {
  return text('link.delivery', {
    message: link.message_id === null ? null : { id: link.message_id, status: String(link.message_status) },
  });
}

export async function listLinks(
  deps: Pick<WorkflowDeps, 'db' | 'clock' | 'secret'>,
  selector: LearnerSelector,
): Promise<{ learner: number; links: LinkRow[] }> {
  const { user } = await resolveLearner(deps, selector);
  const now = deps.clock.now();
  const links = await linksOfLearner(deps.db.kysely, user.id);
  return {
    learner: user.id,
    links: links.map((l) => ({
      link: l.id,
      kind: l.kind,
      status: linkStatus(l, now),
      ...linkHistory(l),
      delivery: deliveryText(l),
    })),
  };
}

export interface Revocation {
  learner: number;
  revoked: number[];
  withdrawnMessages: number[];
  dryRun: boolean;
}

/** Closes every open link of a learner (or of one kind) and takes back their unsent mail. */
export async function revokeLinks(
  deps: WorkflowDeps,
  selector: LearnerSelector,
  request: { kind: LinkKind | undefined },
  options: { dryRun: boolean },
): Promise<Revocation> {
  const actor = deps.actor();
  const { user } = await resolveLearner(deps, selector);
  const result = await writeChange(deps.db, actor, options, async (trx, audit) => {
    const closed = await closeOpenLinks(trx, {
      userId: user.id,
      now: actor.now.toISOString(),
      reason: `link revoked by ${actor.agent}`,
      ...(request.kind ? { kind: request.kind } : {}),
    });
    if (closed.links.length > 0) {
      audit({
        action: 'links.revoke',
        targetType: 'user',
        targetId: user.id,
        userId: user.id,
        changes: [
          { field: 'revoked_links', old: null, new: closed.links },
          { field: 'withdrawn_messages', old: null, new: closed.messages },
        ],
      });
    }
    return closed;
  });
  return {
    learner: user.id,
    revoked: result.result.links,
    withdrawnMessages: result.result.messages,
    dryRun: result.dryRun,
  };
}

export interface Redemption {
  link: number;
  userId: number;
  kind: LinkKind;
}

/**
 * The portal's side: a token is exchanged for the right to set a password, once. One conditional
 * UPDATE decides, so of any number of simultaneous attempts exactly one succeeds; unknown, used,
 * superseded, revoked and expired tokens all get the same undefined (no hint which it was).
 */
export async function redeemToken(deps: WorkflowDeps, token: string): Promise<Redemption | undefined> {
  const actor = { ...deps.actor(), requireTicket: false };
  const { result } = await writeChange(deps.db, actor, { dryRun: false }, async (trx, audit) => {
    const link = await redeemLink(trx, hashLinkToken(token), actor.now.toISOString());
    if (!link) return undefined;
    audit({
      action: 'links.redeem',
      targetType: 'link',
      targetId: link.id,
      userId: link.user_id,
      changes: [{ field: 'used_at', old: null, new: link.used_at }],
    });
    return { link: link.id, userId: link.user_id, kind: link.kind };
  });
  return result;
}

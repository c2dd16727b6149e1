// W4: change a learner's login e-mail once support has verified who they are. The old address stays in
// the history (so `users find` still knows it), outstanding links die, and the ticket is on record.
import { isoDate } from '../context/clock.js';
import { closeOpenLinks } from '../db/queries/links.js';
import {
  addEmailHistory,
  updateUserVersioned,
  userByEmail,
  usersByEarlierEmail,
} from '../db/queries/users.js';
import type { User } from '../db/schema.js';
import { type Tx, writeChange } from '../db/write-gate.js';
import { type Notice, text } from '../domain/messages/index.js';
import { diffFields } from '../domain/personal-data.js';
import { ConflictError, PolicyError, UsageError } from '../errors.js';
import type { WorkflowDeps } from './deps.js';
import { type LearnerProfile, type LearnerSelector, learnerProfile, resolveLearner } from './learners.js';

export interface EmailChange {
  profile: LearnerProfile;
  oldEmail: string;
  revokedLinks: number;
  warnings: Notice[];
  dryRun: boolean;
}

export async function changeLoginEmail(
  deps: WorkflowDeps,
  selector: LearnerSelector,
  newEmail: string,
  options: { dryRun: boolean },
): Promise<EmailChange> {
  const actor = deps.actor();
  if (!actor.ticket) {
    throw new PolicyError(text('set-email.needs-ticket'), { hint: text('hint.add-ticket') });
  }
  const { user } = await resolveLearner(deps, selector);
  if (user.email === newEmail)
    throw new UsageError(text('set-email.unchanged', { email: newEmail, id: user.id }));
  const warnings: Notice[] = [];
  const now = actor.now.toISOString();
  const result = await writeChange(deps.db, actor, options, async (trx, audit) => {
    const login = await replaceLoginEmail(trx, user, newEmail, now);
    warnings.push(...login.warnings);
    await updateUserVersioned(trx, user, { email: newEmail, updated_at: now });
    audit({
      action: 'users.set-email',
      targetType: 'user',
      targetId: user.id,
      userId: user.id,
      changes: [
        ...diffFields({ email: user.email }, { email: newEmail }),
        { field: 'links_revoked', old: null, new: login.revokedLinks },
      ],
    });
    return {
      profile: await learnerProfile(trx, user.id, isoDate(actor.now), { history: true }),
      revokedLinks: login.revokedLinks,
    };
  });
  return { ...result.result, oldEmail: user.email, warnings, dryRun: result.dryRun };
}

/**
 * Everything a new login e-mail means besides the learner row (the caller updates that, version-checked):
 * the address must be nobody else's login, the old address's period ends and the new one's begins, and
 * links (with their unsent mail) made for the old address die. Also used by `users move --email`.
 */
export async function replaceLoginEmail(
  trx: Tx,
  user: Pick<User, 'id' | 'email'>,
  newEmail: string,
  now: string,
): Promise<{ revokedLinks: number; warnings: Notice[] }> {
  const owner = await userByEmail(trx, newEmail);
  if (owner && owner.id !== user.id) {
    throw new ConflictError(text('set-email.taken', { email: newEmail, id: owner.id }), {
      hint: text('hint.look-at-learner', { id: owner.id }),
    });
  }
  const warnings: Notice[] = [];
  for (const other of await usersByEarlierEmail(trx, newEmail)) {
    if (other.id !== user.id)
      warnings.push(text('learner.email-used-earlier', { id: other.id, email: newEmail }));
  }
  await trx
    .updateTable('email_history')
    .set({ valid_to: now })
    .where('user_id', '=', user.id)
    .where('email', '=', user.email)
    .where('valid_to', 'is', null)
    .execute();
  await addEmailHistory(trx, user.id, newEmail, now);
  const revoked = await closeOpenLinks(trx, { userId: user.id, now, reason: 'the login e-mail changed' });
  return { revokedLinks: revoked.links.length, warnings };
}

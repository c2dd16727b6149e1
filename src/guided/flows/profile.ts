// The learner's own details: W10 (account type: full catalogue, driver) and W11 (a new HMS card).

import { isoDate } from '../../context/clock.js';
import { parseDate } from '../../domain/dates.js';
import { type DriverDetails, parseDepot, parseLicence } from '../../domain/driver-details.js';
import { type AccountType, parseHmsCardNumber, parseInvoiceReference } from '../../domain/learner.js';
import { mailLangFor } from '../../domain/link-mail.js';
import { osloDateTime } from '../../domain/local-time.js';
import { text } from '../../domain/messages/index.js';
import { firstNameOf } from '../../domain/replies/answers.js';
import { ConflictError } from '../../errors.js';
import type { LearnerHit } from '../../workflows/learner-search.js';
import {
  accountWord,
  askOptional,
  askValue,
  confirmChange,
  pickCompany,
  pickLearner,
  type Session,
  said,
  showReply,
  ticketEmployer,
} from '../session.js';
import { dayOrDash, facts, heading } from '../show.js';
import { showLearner } from './account.js';

export async function newHmsCard(s: Session): Promise<void> {
  const learner = await pickLearner(s);
  const { learnerProfile } = await import('../../workflows/learners.js');
  const today = isoDate(s.deps.clock.now());
  const before = await learnerProfile(s.deps.db.kysely, learner.id, today, { history: false });
  s.out(heading(`${before.name} (id ${before.id})`));
  s.out(
    facts([
      [said(s, text('guided-says.hms-card')), before.hms_card],
      [said(s, text('guided-says.registered')), dayOrDash(before.hms_card_registered_on, s.lang)],
      [said(s, text('guided-says.renewal-due')), dayOrDash(before.hms_card_renewal_due, s.lang)],
    ]),
  );
  const number = await askValue(
    s,
    said(s, text('guided-says.new-hms-card-number')),
    parseHmsCardNumber,
    // The number a pasted ticket gives, unless it is the card already on record.
    s.hints?.hmsCards.find((card) => !before.hms_card?.endsWith(card.slice(-3))),
  );
  const issuedOn = await askOptional(s, said(s, text('guided-says.cards-issue-date-empty-today')), (t) =>
    parseDate(t, today),
  );
  const deps = await confirmChange(s, said(s, text('guided-asks.register-new-card', { name: before.name })));
  if (!deps) return;
  const { setHmsCard } = await import('../../workflows/hms-cards.js');
  const change = await setHmsCard(
    deps,
    { by: 'id', id: learner.id },
    { number, issuedOn, expectVersion: undefined },
    { dryRun: false },
  );
  for (const w of change.warnings) s.warn(said(s, w));
  for (const n of change.notes) s.note(said(s, n));
  s.out(heading(said(s, text('guided-says.hms-card-updated'))));
  s.out(
    facts([
      [said(s, text('guided-says.before')), change.previous],
      [said(s, text('guided-says.now')), change.profile.hms_card],
      [said(s, text('guided-says.renewal-due')), dayOrDash(change.profile.hms_card_renewal_due, s.lang)],
    ]),
  );
  // As `users set-hms --reply`: a reply only when the card and its renewal date are on record.
  if (change.profile.hms_card && change.profile.hms_card_renewal_due)
    await showReply(s, {
      topic: 'hms-updated',
      facts: {
        firstName: firstNameOf(change.profile.given_names),
        maskedCard: change.profile.hms_card,
        dueOn: change.profile.hms_card_renewal_due,
      },
    });
}

/** W10; `chosen` when another flow (W12) has already found the learner. */
export async function accountType(s: Session, chosen?: LearnerHit): Promise<void> {
  const learner = chosen ?? (await pickLearner(s));
  await showLearner(s, learner.id);
  const { startTypeChange, changeAccountType } = await import('../../workflows/set-type.js');
  const start = await startTypeChange(s.deps, { by: 'id', id: learner.id });
  const type = await s.term.select<AccountType>(
    said(s, text('guided-says.new-account-type')),
    [
      { value: 'free', name: said(s, text('guided-says.free-e-learning')) },
      {
        value: 'full',
        name: said(s, text('guided-says.full-catalogue-paid-courses-invoiced')),
      },
      { value: 'driver', name: said(s, text('guided-says.driver-train-driver-training')) },
    ].filter((o) => o.value !== start.user.account_type) as { value: AccountType; name: string }[],
    // The type a pasted ticket asks for is offered first.
    s.hints?.accountType !== start.user.account_type ? s.hints?.accountType : undefined,
  );
  let employerOrgNumber: string | undefined;
  let invoiceReference: string | undefined;
  if (type !== 'free' && start.employer === null) {
    s.note(said(s, text('guided-says.account-has-no-employer-paid')));
    employerOrgNumber = (
      await pickCompany(s, said(s, text('guided-says.employer-name-org-number')), ticketEmployer(s))
    ).org_number;
    invoiceReference = await askOptional(
      s,
      said(s, text('guided-says.invoice-reference-empty-if-none')),
      parseInvoiceReference,
      s.hints?.invoiceReference,
    );
  }
  let driver: DriverDetails | undefined;
  if (type === 'driver') {
    const depot = await askValue(s, said(s, text('guided-says.home-depot-training-location')), parseDepot);
    const licence = await askValue(
      s,
      said(s, text('guided-says.train-driver-licence-none-while')),
      parseLicence,
    );
    driver = { depot, licence };
  }
  const deps = await confirmChange(
    s,
    said(s, text('guided-asks.change-type', { name: learner.name, from: start.user.account_type, to: type })),
  );
  if (!deps) return;
  const request = {
    type,
    employerOrgNumber,
    invoiceReference,
    driver,
    cancelPaid: false,
    lang: mailLangFor(s.replyLang),
  };
  let changed: Awaited<ReturnType<typeof changeAccountType>>;
  try {
    changed = await changeAccountType(deps, start, request, { dryRun: false });
  } catch (error) {
    // Bookings the new type may not keep: the agent decides whether they go with the change.
    if (!(error instanceof ConflictError) || !error.hint?.includes('--cancel-paid')) throw error;
    s.warn(error.messageIn(s.lang));
    if (!(await s.term.confirm(said(s, text('guided-says.cancel-those-bookings-change')), false))) {
      s.note(said(s, text('guided-says.nothing-was-changed')));
      return;
    }
    changed = await changeAccountType(deps, start, { ...request, cancelPaid: true }, { dryRun: false });
  }
  s.out(heading(said(s, text('guided-says.account-type-changed'))));
  s.out(
    facts([
      [said(s, text('guided-says.before')), accountWord(s, changed.oldType)],
      [said(s, text('guided-says.now')), accountWord(s, changed.profile.account_type)],
      [said(s, text('guided-says.employer')), changed.profile.employer],
      ...changed.cancelled.map(
        (c) =>
          [
            said(s, text('guided-says.cancelled')),
            `${c.course} ${osloDateTime(c.starts_at, s.lang)} (${c.was})`,
          ] as const,
      ),
    ]),
  );
  const { typeChangedFacts } = await import('../../workflows/reply-facts.js');
  await showReply(s, { topic: 'type-changed', facts: typeChangedFacts(changed) });
}

// W16: the agent registers a learner (with the one-account-per-person check), then usually sends the
// activation link.

import { isoDate } from '../../context/clock.js';
import {
  type AccountType,
  parseEmail,
  parseHmsCardNumber,
  parseName,
  typeNeedsEmployer,
} from '../../domain/learner.js';
import { text } from '../../domain/messages/index.js';
import { parseNationalId } from '../../domain/national-id.js';
import { reasonIn } from '../../domain/parse-result.js';
import { maskEmail } from '../../domain/personal-data.js';
import { firstNameOf } from '../../domain/replies/answers.js';
import {
  accountWord,
  askOptional,
  askValue,
  confirmChange,
  pickCompany,
  type Session,
  said,
  showReply,
} from '../session.js';
import { dayOrDash, facts, heading } from '../show.js';
import { issueLinkStep } from './account.js';

export async function registerLearner(s: Session): Promise<void> {
  const today = isoDate(s.deps.clock.now());
  const givenNames = await askValue(s, said(s, text('guided-says.first-name-s')), (t) =>
    parseName(t, 'first name'),
  );
  const familyName = await askValue(s, said(s, text('guided-says.last-name')), (t) =>
    parseName(t, 'last name'),
  );
  const email = await askValue(s, said(s, text('guided-says.e-mail-login')), parseEmail);
  const idText = await s.term.secret(said(s, text('guided-says.national-id-d-number-not')), (t) => {
    const r = parseNationalId(t.trim(), { allowSynthetic: true, today });
    return r.ok ? true : reasonIn(r, s.lang);
  });
  const parsedId = parseNationalId(idText.trim(), { allowSynthetic: true, today });
  if (!parsedId.ok) return;
  // The FAQ: an HMS card is needed to register; without one the person orders it first. An empty answer
  // (no card yet) creates nothing and offers the reply that says so.
  const hmsCard = await askOptional(
    s,
    said(s, text('guided-says.hms-card-number-empty-has')),
    parseHmsCardNumber,
  );
  if (hmsCard === undefined) {
    s.note(said(s, text('guided-says.without-hms-card-account-cannot')));
    await showReply(s, { topic: 'registration-requirements', facts: { firstName: firstNameOf(givenNames) } });
    return;
  }
  const accountType = await s.term.select<AccountType>(said(s, text('guided-says.account-type-prompt')), [
    { value: 'free', name: said(s, text('guided-says.free-e-learning')) },
    {
      value: 'full',
      name: said(s, text('guided-says.full-catalogue-needs-employer')),
    },
    { value: 'driver', name: said(s, text('guided-says.driver-needs-employer')) },
  ]);
  const employer = typeNeedsEmployer(accountType)
    ? await pickCompany(s, said(s, text('guided-says.employer-name-org-number')))
    : undefined;
  const name = `${givenNames} ${familyName}`;
  const deps = await confirmChange(s, said(s, text('guided-asks.create-account', { name })));
  if (!deps) return;
  const { createLearner } = await import('../../workflows/learners.js');
  const created = await createLearner(
    deps,
    {
      givenNames,
      familyName,
      birthDate: undefined,
      email,
      nationalId: parsedId.value,
      hmsCard,
      accountType,
      status: 'pending',
      employerOrgNumber: employer?.org_number,
      invoiceReference: undefined,
      phone: undefined,
    },
    { dryRun: false },
  );
  for (const w of created.warnings) s.warn(said(s, w));
  const p = created.profile;
  s.out(heading(said(s, text('guided-asks.created', { name: p.name, id: p.id }))));
  s.out(
    facts([
      [said(s, text('guided-says.e-mail')), p.email],
      [said(s, text('guided-says.born')), dayOrDash(p.birth_date, s.lang)],
      [said(s, text('guided-says.national-id')), p.national_id],
      [said(s, text('guided-says.account-type')), accountWord(s, p.account_type)],
      [said(s, text('guided-says.employer')), p.employer],
    ]),
  );
  await showReply(s, {
    topic: 'registered-learner',
    facts: { firstName: firstNameOf(p.given_names), maskedEmail: maskEmail(p.email) },
  });
  if (await s.term.confirm(said(s, text('guided-says.issue-activation-link-now')), true))
    await issueLinkStep(s, p.id, p.name, true);
}

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
  say,
  showReply,
} from '../session.js';
import { dayOrDash, facts, heading } from '../show.js';
import { issueLinkStep } from './account.js';

export async function registerLearner(s: Session): Promise<void> {
  const today = isoDate(s.deps.clock.now());
  const givenNames = await askValue(s, say(s, 'Fornavn', 'First name(s)'), (t) => parseName(t, 'first name'));
  const familyName = await askValue(s, say(s, 'Etternavn', 'Last name'), (t) => parseName(t, 'last name'));
  const email = await askValue(s, say(s, 'E-post (brukernavn)', 'E-mail (login)'), parseEmail);
  const idText = await s.term.secret(
    say(s, 'Fødselsnummer eller D-nummer (vises ikke)', 'National ID or D-number (not shown)'),
    (t) => {
      const r = parseNationalId(t.trim(), { allowSynthetic: true, today });
      return r.ok ? true : reasonIn(r, s.lang);
    },
  );
  const parsedId = parseNationalId(idText.trim(), { allowSynthetic: true, today });
  if (!parsedId.ok) return;
  // The FAQ: an HMS card is needed to register; without one the person orders it first. An empty answer
  // (no card yet) creates nothing and offers the reply that says so.
  const hmsCard = await askOptional(
    s,
    say(s, 'HMS-kortnummer (tomt: har ikke kort)', 'HMS card number (empty: has no card)'),
    parseHmsCardNumber,
  );
  if (hmsCard === undefined) {
    s.note(
      say(
        s,
        'Uten HMS-kort kan kontoen ikke opprettes: personen bestiller kortet først (svaret sier hvordan). Ingenting ble endret.',
        'Without an HMS card the account cannot be created: the person orders the card first (the reply says so). Nothing was changed.',
      ),
    );
    await showReply(s, { topic: 'registration-requirements', facts: { firstName: firstNameOf(givenNames) } });
    return;
  }
  const accountType = await s.term.select<AccountType>(say(s, 'Kontotype', 'Account type'), [
    { value: 'free', name: say(s, 'Gratis e-læring', 'Free e-learning') },
    {
      value: 'full',
      name: say(s, 'Full kurskatalog (krever arbeidsgiver)', 'Full catalogue (needs an employer)'),
    },
    { value: 'driver', name: say(s, 'Fører (krever arbeidsgiver)', 'Driver (needs an employer)') },
  ]);
  const employer = typeNeedsEmployer(accountType)
    ? await pickCompany(s, say(s, 'Arbeidsgiver (navn eller org.nr.)', 'Employer (name or org number)'))
    : undefined;
  const name = `${givenNames} ${familyName}`;
  const deps = await confirmChange(
    s,
    say(s, `Opprette konto for ${name}?`, `Create an account for ${name}?`),
  );
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
  s.out(heading(say(s, `Opprettet: ${p.name} (id ${p.id})`, `Created: ${p.name} (id ${p.id})`)));
  s.out(
    facts([
      [say(s, 'e-post', 'e-mail'), p.email],
      [say(s, 'født', 'born'), dayOrDash(p.birth_date, s.lang)],
      [say(s, 'fødselsnummer', 'national ID'), p.national_id],
      [say(s, 'kontotype', 'account type'), accountWord(s, p.account_type)],
      [say(s, 'arbeidsgiver', 'employer'), p.employer],
    ]),
  );
  await showReply(s, {
    topic: 'registered-learner',
    facts: { firstName: firstNameOf(p.given_names), maskedEmail: maskEmail(p.email) },
  });
  if (await s.term.confirm(say(s, 'Sende aktiveringslenken nå?', 'Issue the activation link now?'), true))
    await issueLinkStep(s, p.id, p.name, true);
}

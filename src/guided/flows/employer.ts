// Employers: W5 (I changed employer) and W7 (our company is not in the list). A learner can only be
// moved to a customer company, so W5 offers W7's check when the new employer cannot be found.

import type { Company } from '../../db/schema.js';
import type { CompanyField } from '../../domain/companies/fields.js';
import { FIELD_PARSERS } from '../../domain/companies/fields.js';
import { parseInvoiceReference } from '../../domain/learner.js';
import { type Text, text } from '../../domain/messages/index.js';
import { formatOrgNumber, parseOrgNumber } from '../../domain/org-number.js';
import { reasonIn } from '../../domain/parse-result.js';
import { paragraph } from '../../domain/replies/catalogue.js';
import {
  askOptional,
  askValue,
  confirmChange,
  pickCompany,
  pickFrom,
  pickLearner,
  type Session,
  said,
  showReply,
  ticketEmployer,
} from '../session.js';
import { clip, facts, heading } from '../show.js';
import { changeLoginStep, showLearner, ticketNewLogin } from './account.js';

export async function changedEmployer(s: Session): Promise<void> {
  const learner = await pickLearner(s);
  const shown = await showLearner(s, learner.id);
  const to = await pickCompany(
    s,
    said(s, text('guided-says.new-employer-name-org-number')),
    ticketEmployer(s),
  );
  // Already moved (often by the learner, in the portal): what is left is usually the login on the old
  // employer's address, so that is offered instead of a move that would be refused.
  if (shown.employer_org_number === to.org_number) {
    s.note(said(s, text('guided-asks.already-with', { name: learner.name, company: to.name })));
    if (
      await s.term.confirm(said(s, text('guided-asks.login-no-longer-theirs', { email: shown.email })), false)
    )
      await changeLoginStep(s, learner.id, learner.name, ticketNewLogin(s, shown.email));
    return;
  }
  const invoiceReference = await askOptional(
    s,
    said(s, text('guided-says.invoice-reference-new-employer-empty')),
    parseInvoiceReference,
    s.hints?.invoiceReference,
  );
  const deps = await confirmChange(
    s,
    said(s, text('guided-asks.move-to', { name: learner.name, company: to.name })),
  );
  if (!deps) return;
  const { moveLearner } = await import('../../workflows/move-employer.js');
  const move = await moveLearner(
    deps,
    { by: 'id', id: learner.id },
    { to: to.org_number, invoiceReference, newEmail: undefined, expectVersion: undefined, lang: s.lang },
    { dryRun: false },
  );
  for (const w of move.warnings) s.warn(said(s, w));
  for (const n of move.notes) s.note(said(s, n));
  s.out(heading(said(s, text('guided-says.moved'))));
  s.out(
    facts([
      [
        said(s, text('guided-says.from')),
        move.from ? `${move.from.name} (${formatOrgNumber(move.from.org_number)})` : null,
      ],
      [said(s, text('guided-says.to')), `${move.to.name} (${formatOrgNumber(move.to.org_number)})`],
      [said(s, text('guided-says.invoice-reference')), move.profile.invoice_reference],
      [said(s, text('guided-says.enrolments-re-invoiced')), move.enrolments.length],
    ]),
  );
  // Asked before the move's reply: once the login is changed, that reply must not say the learner still
  // logs in with the old employer's address (it did, printed first, when the agent went on to change it).
  const loginChanged =
    move.loginOnOldDomain &&
    (await s.term.confirm(said(s, text('guided-says.login-old-employers-domain-change')), false)) &&
    (await changeLoginStep(s, learner.id, learner.name, ticketNewLogin(s, shown.email), true));
  const { movedFacts } = await import('../../workflows/reply-facts.js');
  await showReply(s, {
    topic: 'employer-moved',
    facts: loginChanged
      ? { ...movedFacts({ ...move, loginOnOldDomain: false }), newLogin: loginChanged }
      : movedFacts(move),
  });
}

function replyFacts(c: Company) {
  return {
    contactName: c.contact_name,
    companyName: c.name,
    orgNumber: c.org_number,
    invoiceEmail: c.invoice_email,
    invoiceAddress: c.invoice_street
      ? `${c.invoice_street}, ${c.invoice_postal_code} ${c.invoice_city}`
      : null,
  };
}

/** An org number as typed, or a unit of the register extract found by name as the agent types. */
async function pickRegisterUnit(s: Session): Promise<string> {
  const { resolveRegisterUnit } = await import('../../workflows/companies/resolve.js');
  return pickFrom(
    s,
    said(s, text('guided-says.organisation-number-company-name')),
    async (typed) => {
      const parsed = parseOrgNumber(typed.trim());
      if (parsed.ok) return [{ value: parsed.value, name: formatOrgNumber(parsed.value) }];
      if (typed.trim().length < 3) return [];
      const found = await resolveRegisterUnit(s.deps, typed);
      const units =
        found.kind === 'unique' ? [found.company] : found.kind === 'several' ? found.candidates : [];
      return units.map((u) => ({
        value: u.org_number,
        short: `${u.name} (${formatOrgNumber(u.org_number)})`,
        name: clip(`${u.name}  ${formatOrgNumber(u.org_number)}${u.detail ? `  ${u.detail}` : ''}`, 72),
      }));
    },
    {
      label: text('guided-labels.nothing-found-ask-company'),
      // What registering needs, all asked at once as `triage --answer` does (not the org number alone,
      // which would take a second round), the writer greeted by name.
      reply: {
        topic: 'more-info',
        facts: {
          missing: ['company'],
          before: [paragraph('W7.how-to', {})],
          ...(s.hints?.names[0]?.given ? { firstName: s.hints.names[0].given } : {}),
        },
      },
      next: text('guided-labels.nothing-found-ask-company-next'),
    },
  );
}

export async function companyNotListed(s: Session): Promise<void> {
  // Requests often give only the name: an org number is taken as typed, a name is looked up in the
  // register extract, as `registry lookup` does.
  const orgNumber = s.hints?.orgNumbers[0]
    ? await askValue(
        s,
        said(s, text('guided-says.organisation-number')),
        parseOrgNumber,
        s.hints.orgNumbers[0],
      )
    : await pickRegisterUnit(s);
  const { registrationContext, registerCompany } = await import('../../workflows/companies/register.js');
  const known = await registrationContext(s.deps, orgNumber);
  const unit = known.facts.unit;
  s.out(heading(`${formatOrgNumber(orgNumber)}`));
  s.out(
    facts([
      [
        said(s, text('guided-says.customer')),
        known.existing
          ? `${said(s, text('guided-says.yes'))}: ${known.existing.name}`
          : said(s, text('guided-says.no')),
      ],
      ['Brønnøysund', unit ? unit.name : said(s, text('guided-says.not-extract'))],
      [
        said(s, text('guided-says.address')),
        unit?.street ? `${unit.street}, ${unit.postal_code ?? ''} ${unit.city ?? ''}`.trim() : undefined,
      ],
      [
        'ELMA',
        known.facts.inElma
          ? said(s, text('guided-says.yes-ehf'))
          : said(s, text('guided-says.no-invoices-e-mail')),
      ],
    ]),
  );
  if (known.existing) {
    await showReply(s, { topic: 'company-exists', facts: replyFacts(known.existing) });
    return;
  }
  // Not in the register extract: registration refuses such a number unless told to go ahead, so the agent
  // decides now, before typing the rest, whether the number is right (ask the company) or it goes ahead.
  let force = false;
  const extract = known.state.brregDate;
  if (!unit && extract !== null) {
    s.warn(said(s, text('guided2.not-in-brreg', { orgNumber, extractDate: extract })));
    const how = await s.term.select<'ask' | 'force' | 'back'>(said(s, text('guided-says.what-now')), [
      {
        value: 'ask',
        name: said(s, text('guided-says.reply-asking-organisation-number')),
      },
      {
        value: 'force',
        name: said(s, text('guided-says.number-right-register-anyway')),
      },
      { value: 'back', name: said(s, text('guided-says.back-menu')) },
    ]);
    if (how === 'back') return;
    if (how === 'ask') {
      await showReply(s, {
        topic: 'more-info',
        facts: {
          missing: ['orgNumber'],
          ...(s.hints?.names[0]?.given ? { firstName: s.hints.names[0].given } : {}),
        },
      });
      return;
    }
    force = true;
  }
  // What the pasted ticket gives is offered as the answer, as `triage` puts it in its command.
  const h = s.hints;
  const given: Partial<Record<CompanyField, string | undefined>> = {
    name: h?.companyNames[0],
    contact_name: h?.names[0]?.family ? h.names[0].full : undefined,
    contact_email: h?.emails[0],
    contact_phone: h?.phones?.[0],
    invoice_email: h?.invoiceEmails?.[0],
  };
  const raw: Partial<Record<CompanyField, string>> = { org_number: orgNumber };
  const ask = async (field: CompanyField, question: Text) => {
    const preset = given[field];
    const answer = await s.term.input(said(s, question), {
      ...(preset ? { default: preset } : {}),
      validate: (t) => {
        if (t.trim() === '') return said(s, text('guided-says.type-answer'));
        const r = FIELD_PARSERS[field](t.trim());
        return r.ok ? true : reasonIn(r, s.lang);
      },
    });
    if (answer.trim() !== '') raw[field] = answer.trim();
  };
  if (!unit) await ask('name', text('guided-labels.company-name'));
  await ask('contact_name', text('guided-labels.contact-name'));
  await ask('contact_email', text('guided-labels.contact-email'));
  await ask('contact_phone', text('guided-labels.contact-phone'));
  // Not in ELMA, the FAQ needs an address for the invoices: without one in the ticket the agent may ask the
  // company for it, rather than meet a question that refuses an empty answer and has no way back.
  if (!known.facts.inElma && !given.invoice_email) {
    s.note(said(s, text('guided.no-invoice-email')));
    const how = await s.term.select<'ask' | 'type'>(said(s, text('guided-says.what-now')), [
      { value: 'ask', name: said(s, text('guided.reply-asking-invoice-email')) },
      { value: 'type', name: said(s, text('guided.type-invoice-email')) },
    ]);
    if (how === 'ask') {
      await showReply(s, {
        topic: 'more-info',
        facts: {
          missing: ['invoiceEmail'],
          ...(s.hints?.names[0]?.given ? { firstName: s.hints.names[0].given } : {}),
        },
      });
      return;
    }
  }
  if (!known.facts.inElma) await ask('invoice_email', text('guided-labels.invoice-email'));
  const deps = await confirmChange(
    s,
    said(s, text('guided-asks.register-customer', { company: unit?.name ?? raw.name ?? '' })),
  );
  if (!deps) return;
  const result = await registerCompany(deps, raw, {
    dryRun: false,
    force,
    label: (field) => text('company-field.name', { field }),
  });
  if (result.status === 'exists') {
    await showReply(s, { topic: 'company-exists', facts: replyFacts(result.company) });
    return;
  }
  for (const w of result.warnings) s.warn(said(s, w));
  s.out(heading(said(s, text('guided-asks.registered-company', { company: result.company.name }))));
  await showReply(s, { topic: 'company-registered', facts: replyFacts(result.company) });
}

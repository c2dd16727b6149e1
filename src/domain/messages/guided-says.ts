// The guided mode's own words to the agent: prompts, choices, labels and results, in English and
// bokmål (the agent's languages). Moved from the flows' inline say(nb, en) pairs so they are coded like
// every other message. Words only: no parameters, so never personal data.

import type { Entry } from './catalogue.js';

const entry = (en: string, nb: string): Entry<Record<string, never>> => ({ en: () => en, nb: () => nb });

export const GUIDED_SAYS = {
  // session.ts
  'guided-says.nothing-found-back-menu': entry(
    'Nothing found: back to the menu',
    'Ingen treff: tilbake til menyen',
  ),
  'guided-says.type-least-two-characters': entry('type at least two characters', 'skriv minst to tegn'),
  'guided-says.learner-name-e-mail-id': entry(
    'Learner (name, e-mail, id, national ID)',
    'Bruker (navn, e-post, id, fødselsnr.)',
  ),
  'guided-says.company-name-org-number': entry('Company (name or org number)', 'Firma (navn eller org.nr.)'),
  'guided-says.course-code-title': entry('Course (code or title)', 'Kurs (kode eller tittel)'),
  'guided-says.paid': entry(', paid', ', betalt'),
  'guided-says.inactive': entry('· inactive', '· tilbys ikke lenger'),
  'guided-says.seen': entry('seen by', 'ses av'),
  'guided-says.reply-paste': entry('Reply to paste', 'Svar til å lime inn'),
  'guided-says.no-reply': entry('no reply', 'ikke noe svar'),
  'guided-says.nothing-was-changed': entry('Nothing was changed.', 'Ingenting ble endret.'),
  'guided-says.ticket-reference': entry('Ticket reference', 'Saksnummer (ticket)'),
  'guided-says.type-ticket-reference-e-g': entry(
    'type the ticket reference (e.g. SUP-1234)',
    'skriv saksnummeret (f.eks. SUP-1234)',
  ),
  'guided-says.ticket-reference-may-not-hold': entry(
    'a ticket reference may not hold a national ID: type the ticket reference (e.g. SUP-1234)',
    'et saksnummer kan ikke inneholde et fødselsnummer: skriv saksnummeret (f.eks. SUP-1234)',
  ),
  'guided-says.use-letters-digits-e-g': entry(
    'use letters, digits and - _ . : # / (e.g. SUP-1234)',
    'bruk bokstaver, sifre og - _ . : # / (f.eks. SUP-1234)',
  ),
  'guided-says.type-answer': entry('type an answer', 'skriv et svar'),
  // flows/ticket.ts
  'guided-says.paste-ticket': entry('Paste the ticket', 'Lim inn henvendelsen'),
  'guided-says.end-enter-empty-line-ctrl': entry(
    '(end with Enter on an empty line, or Ctrl-D)',
    '(avslutt med Enter på en tom linje, eller Ctrl-D)',
  ),
  'guided-says.ticket': entry('Ticket', 'Henvendelse'),
  'guided-says.language': entry('language', 'språk'),
  'guided-says.topics': entry('topics', 'temaer'),
  'guided-says.name': entry('name', 'navn'),
  'guided-says.birth-date': entry('birth date', 'fødselsdato'),
  'guided-says.e-mail': entry('e-mail', 'e-post'),
  'guided-says.org-number': entry('org number', 'org.nr.'),
  'guided-says.courses': entry('courses', 'kurs'),
  'guided-says.national-id': entry('national ID', 'fødselsnummer'),
  'guided-says.missing': entry('missing', 'mangler'),
  'guided-says.ticket-holds-national-id-reply': entry(
    'the ticket holds a national ID: the reply should ask the person not to send it by e-mail',
    'henvendelsen inneholder et fødselsnummer: svaret bør be personen om ikke å sende det på e-post',
  ),
  'guided-says.continue': entry('Continue with', 'Fortsette med'),
  'guided-says.faqs-answer-nothing-changes': entry(
    "The FAQ's answer (nothing changes)",
    'Svar med FAQ-ens svar (ingenting endres)',
  ),
  'guided-says.back-menu': entry('Back to the menu', 'Tilbake til menyen'),
  // flows/account.ts
  'guided-says.full-name-person-wrote': entry(
    'Full name as the person wrote it',
    'Fullt navn slik personen skrev det',
  ),
  'guided-says.type-name': entry('type the name', 'skriv navnet'),
  'guided-says.birth-date-empty-if-unknown': entry(
    'Birth date (empty if unknown)',
    'Fødselsdato (tom hvis ukjent)',
  ),
  'guided-says.possible-e-mail-addresses-empty': entry(
    'Possible e-mail addresses (empty if none)',
    'Mulige e-postadresser (tom hvis ingen)',
  ),
  'guided-says.because': entry('because', 'fordi'),
  'guided-says.no-account-matches': entry('No account matches.', 'Ingen konto passer.'),
  'guided-says.born': entry('born', 'født'),
  'guided-says.activation-link': entry('an activation link', 'aktiveringslenke'),
  'guided-says.password-reset-link': entry('a password-reset link', 'lenke for nytt passord'),
  'guided-says.account-type': entry('account type', 'kontotype'),
  'guided-says.employer': entry('employer', 'arbeidsgiver'),
  'guided-says.to': entry('to', 'til'),
  'guided-says.valid-until': entry('valid until', 'gyldig til'),
  'guided-says.delivery': entry('delivery', 'levering'),
  'guided-says.outbox-kursdesk-mail-send': entry(
    'in the outbox (kursdesk mail send)',
    'i utboksen (kursdesk mail send)',
  ),
  'guided-says.you-shown-only-now': entry('by you, shown only now', 'av deg, vises bare nå'),
  'guided-says.older-links-closed': entry('older links closed', 'eldre lenker stengt'),
  'guided-says.correct-address-first': entry('Correct the address first?', 'Rette adressen først?'),
  'guided-says.right-e-mail-address': entry('The right e-mail address', 'Riktig e-postadresse'),
  'guided-says.change-login-only-once-identity': entry(
    'Change the login only once identity is verified (name, birth date and an address of the account).',
    'Endre innloggingen bare når identiteten er bekreftet (navn, fødselsdato og en adresse fra kontoen).',
  ),
  'guided-says.new-e-mail-address': entry('New e-mail address', 'Ny e-postadresse'),
  'guided-says.login-changed': entry('Login changed', 'Innlogging endret'),
  'guided-says.before': entry('before', 'før'),
  'guided-says.now': entry('now', 'nå'),
  'guided-says.links-closed': entry('links closed', 'lenker stengt'),
  'guided-says.issue-activation-link-well': entry(
    'Issue an activation link as well?',
    'Sende aktiveringslenke også?',
  ),
  'guided-says.issue-reset-link-well': entry(
    'Issue a reset link as well?',
    'Sende lenke for nytt passord også?',
  ),
  // flows/faq.ts
  'guided-says.what-does-person-ask': entry('What does the person ask?', 'Hva spør personen om?'),
  'guided-says.first-name-greet-empty-none': entry(
    'First name to greet (empty: none)',
    'Fornavn å hilse med (tomt: ingen)',
  ),
  'guided-says.first-name': entry('the first name', 'fornavnet'),
  // flows/learning.ts
  'guided-says.course': entry('course', 'kurs'),
  'guided-says.next-step': entry('next step', 'neste steg'),
  'guided-says.no-completed-courses': entry('No completed courses.', 'Ingen fullførte kurs.'),
  'guided-says.date': entry('date', 'dato'),
  'guided-says.result': entry('result', 'resultat'),
  'guided-says.certificate': entry('certificate', 'kursbevis'),
  'guided-says.revoked': entry('revoked', 'tilbakekalt'),
  'guided-says.certificate-pdf-attach': entry(
    'A certificate PDF to attach:',
    'Kursbevis som PDF til vedlegg:',
  ),
  // flows/profile.ts
  'guided-says.hms-card': entry('HMS card', 'HMS-kort'),
  'guided-says.registered': entry('registered', 'registrert'),
  'guided-says.renewal-due': entry('renewal due', 'fornyes innen'),
  'guided-says.new-hms-card-number': entry('New HMS card number', 'Nytt HMS-kortnummer'),
  'guided-says.cards-issue-date-empty-today': entry(
    "The card's issue date (empty: today)",
    'Kortets utstedelsesdato (tom: i dag)',
  ),
  'guided-says.hms-card-updated': entry('HMS card updated', 'HMS-kort oppdatert'),
  'guided-says.new-account-type': entry('New account type', 'Ny kontotype'),
  'guided-says.free-e-learning': entry('Free e-learning', 'Gratis e-læring'),
  'guided-says.full-catalogue-paid-courses-invoiced': entry(
    'Full catalogue (paid courses invoiced to the employer)',
    'Full kurskatalog (betalte kurs faktureres arbeidsgiver)',
  ),
  'guided-says.driver-train-driver-training': entry(
    'Driver (train-driver training)',
    'Fører (føreropplæring)',
  ),
  'guided-says.account-has-no-employer-paid': entry(
    'The account has no employer; paid courses are invoiced to the employer.',
    'Kontoen har ingen arbeidsgiver; betalte kurs faktureres arbeidsgiveren.',
  ),
  'guided-says.employer-name-org-number': entry(
    'Employer (name or org number)',
    'Arbeidsgiver (navn eller org.nr.)',
  ),
  'guided-says.invoice-reference-empty-if-none': entry(
    'Invoice reference (empty if none)',
    'Fakturareferanse (tom hvis ingen)',
  ),
  'guided-says.home-depot-training-location': entry(
    'Home depot or training location',
    'Hjemmedepot eller opplæringssted',
  ),
  'guided-says.train-driver-licence-none-while': entry(
    "Train-driver licence ('none' while in training)",
    "Førerbevisnummer ('ingen' under opplæring)",
  ),
  'guided-says.cancel-those-bookings-change': entry(
    'Cancel those bookings with the change?',
    'Avbestille disse plassene sammen med endringen?',
  ),
  'guided-says.account-type-changed': entry('Account type changed', 'Kontotype endret'),
  'guided-says.cancelled': entry('cancelled', 'avbestilt'),
  // flows/register.ts
  'guided-says.first-name-s': entry('First name(s)', 'Fornavn'),
  'guided-says.last-name': entry('Last name', 'Etternavn'),
  'guided-says.e-mail-login': entry('E-mail (login)', 'E-post (brukernavn)'),
  'guided-says.national-id-d-number-not': entry(
    'National ID or D-number (not shown)',
    'Fødselsnummer eller D-nummer (vises ikke)',
  ),
  'guided-says.hms-card-number-empty-has': entry(
    'HMS card number (empty: has no card)',
    'HMS-kortnummer (tomt: har ikke kort)',
  ),
  'guided-says.without-hms-card-account-cannot': entry(
    'Without an HMS card the account cannot be created: the person orders the card first (the reply says so). Nothing was changed.',
    'Uten HMS-kort kan kontoen ikke opprettes: personen bestiller kortet først (svaret sier hvordan). Ingenting ble endret.',
  ),
  'guided-says.account-type-prompt': entry('Account type', 'Kontotype'),
  'guided-says.full-catalogue-needs-employer': entry(
    'Full catalogue (needs an employer)',
    'Full kurskatalog (krever arbeidsgiver)',
  ),
  'guided-says.driver-needs-employer': entry('Driver (needs an employer)', 'Fører (krever arbeidsgiver)'),
  'guided-says.issue-activation-link-now': entry(
    'Issue the activation link now?',
    'Sende aktiveringslenken nå?',
  ),
  // flows/employer.ts
  'guided-says.new-employer-name-org-number': entry(
    'New employer (name or org number)',
    'Ny arbeidsgiver (navn eller org.nr.)',
  ),
  'guided-says.invoice-reference-new-employer-empty': entry(
    'Invoice reference at the new employer (empty if none)',
    'Fakturareferanse hos den nye arbeidsgiveren (tom hvis ingen)',
  ),
  'guided-says.moved': entry('Moved', 'Flyttet'),
  'guided-says.from': entry('from', 'fra'),
  'guided-says.invoice-reference': entry('invoice reference', 'fakturareferanse'),
  'guided-says.enrolments-re-invoiced': entry('enrolments re-invoiced', 'påmeldinger til ny faktura'),
  'guided-says.login-old-employers-domain-change': entry(
    "The login is on the old employer's domain. Change it now?",
    'Innloggingen er på den gamle arbeidsgiverens domene. Endre den nå?',
  ),
  'guided-says.organisation-number-company-name': entry(
    'Organisation number or company name',
    'Organisasjonsnummer eller firmanavn',
  ),
  'guided-says.organisation-number': entry('Organisation number', 'Organisasjonsnummer'),
  'guided-says.customer': entry('customer', 'kunde'),
  'guided-says.yes': entry('yes', 'ja'),
  'guided-says.no': entry('no', 'nei'),
  'guided-says.not-extract': entry('not in the extract', 'ikke i utdraget'),
  'guided-says.address': entry('address', 'adresse'),
  'guided-says.yes-ehf': entry('yes (EHF)', 'ja (EHF)'),
  'guided-says.no-invoices-e-mail': entry('no: invoices by e-mail', 'nei: faktura på e-post'),
  'guided-says.what-now': entry('What now?', 'Hva nå?'),
  'guided-says.reply-asking-organisation-number': entry(
    'Reply asking for the organisation number',
    'Svar som ber om organisasjonsnummeret',
  ),
  'guided-says.number-right-register-anyway': entry(
    'The number is right: register anyway',
    'Nummeret er riktig: registrer likevel',
  ),
  // flows/privacy.ts
  'guided-says.registered-e-mail': entry('registered e-mail', 'registrert e-post'),
  'guided-says.what-does-person-ask-privacy': entry('What does the person ask?', 'Hva ber personen om?'),
  'guided-says.access-what-we-keep-export': entry(
    'Access: what we keep (export to a file)',
    'Innsyn: hva vi lagrer (eksport til fil)',
  ),
  'guided-says.erasure-account-anonymise': entry(
    'Erasure of the account (anonymise)',
    'Sletting av kontoen (anonymisering)',
  ),
  'guided-says.only-question-about-what-we': entry(
    'Only a question about what we keep',
    'Bare spørsmål om hva vi lagrer',
  ),
  'guided-says.not-confirmed-request-from-person': entry(
    'Not confirmed that the request is from the person: the reply asks them to answer from the registered address.',
    'Ikke bekreftet at henvendelsen er fra personen: svaret ber om at de svarer fra den registrerte adressen.',
  ),
  'guided-says.write-file-everything-we-keep': entry(
    'Write the file with everything we keep, and attach it to the reply the command prints:',
    'Lag filen med alt vi lagrer, og legg den ved svaret kommandoen skriver:',
  ),
  'guided-says.erasure-cannot-undone-names-e': entry(
    'Erasure cannot be undone: names, e-mails, birth date and HMS card go, and the certificates are revoked. First see what would go (writes nothing), then erase; the command asks before it erases:',
    'Sletting kan ikke angres: navn, e-post, fødselsdato og HMS-kort forsvinner, og kursbevisene trekkes tilbake. Se først hva som går (skriver ingenting), så slett; kommandoen spør selv før den sletter:',
  ),
  'guided-says.erasure-requested-learner': entry(
    'erasure requested by the learner',
    'personen ba om sletting',
  ),
  'guided-says.when-command-has-erased-account': entry(
    'When the command has erased the account, send this reply:',
    'Når kommandoen har slettet kontoen, sender du dette svaret:',
  ),
  // flows/courses.ts
  'guided-says.course-visible-can-booked': entry(
    'The course is visible and can be booked.',
    'Kurset er synlig og kan bookes.',
  ),
  'guided-says.change-account-type-now': entry('Change the account type now?', 'Endre kontotypen nå?'),
  'guided-says.enrol-date-now': entry('Enrol on a date now?', 'Melde på en dato nå?'),
  'guided-says.no-dates-scheduled': entry('No dates scheduled.', 'Ingen planlagte datoer.'),
  'guided-says.unit': entry('unit', 'enhet'),
  'guided-says.starts': entry('starts', 'starter'),
  'guided-says.place': entry('place', 'sted'),
  'guided-says.free': entry('free', 'ledige'),
  'guided-says.waiting': entry('waiting', 'venter'),
  'guided-says.none-suits-ask-new-date': entry(
    'None suits: ask for a new date',
    'Ingen passer: be om ny dato',
  ),
  'guided-says.no-change': entry('No change', 'Ingen endring'),
  'guided-says.enrolled': entry('Enrolled', 'Påmeldt'),
  'guided-says.waitlist': entry('On the waitlist', 'På venteliste'),
  'guided-says.waitlist-place': entry('waitlist place', 'plass i kø'),
  'guided-says.invoiced': entry('invoiced to', 'faktureres'),
  'guided-says.ask-new-date-course': entry(
    'Ask for a new date for the course?',
    'Be om en ny dato for kurset?',
  ),
  'guided-says.preferred-place-empty-if-any': entry(
    'Preferred place (empty if any)',
    'Ønsket sted (tom hvis likegyldig)',
  ),
  // menu.ts
  'guided-says.guided-mode-choose-question-ticket': entry(
    'Guided mode: choose the question the ticket asks. Ctrl-C ends it.',
    'Veiledet modus: velg spørsmålet i saken. Ctrl-C avslutter.',
  ),
  'guided-says.what-ticket-about': entry('What is the ticket about?', 'Hva gjelder saken?'),
  'guided-says.quit': entry('Quit', 'Avslutt'),
  'guided-says.next': entry('next', 'neste'),
  // ticket.ts: facts triage read that the agent need not retype
  'guided-says.maybe-another-persons': entry("maybe another person's", 'kanskje en annens'),
  'guided-says.wanted-place': entry('wanted place', 'ønsket sted'),
  'guided-says.wanted-time': entry('wanted time', 'ønsket tid'),
} as const;

// Every coded message the user sees, in English and bokmål: one entry per code, each a function of its
// parameters. The English is what the commands have always printed (tests and scripts read it); the
// bokmål is what a Norwegian support agent would write, not a word-for-word translation. Parameters
// never hold a full national ID, token or password: the callers pass masks.

import type { UnitStatus } from '../companies/register-rules.js';
import {
  CHANGES_AND_CHECKS,
  GLOBAL_OPTIONS_AND_CONFIG,
  MORE_PARSERS,
  MOVES_AND_CERTIFICATES,
  OTHER_COMMANDS,
  REGISTER_FIXTURES_TRIAGE,
  ROLES_AND_FIXTURES,
  WHOLE_FILES,
} from './commands.js';
import { CERTIFICATES, COMPLETIONS, PROGRAMMES, UNITS } from './courses.js';
import { FIND_RULES } from './findrules.js';
import { GUIDED_ASKS } from './guided-asks.js';
import { GUIDED_LABELS } from './guided-labels.js';
import { GUIDED_SAYS } from './guided-says.js';
import { GUIDED2 } from './guided2.js';
import { LINK12 } from './link12.js';
import { NAMES12 } from './names12.js';
import { NBFIND } from './nbfind.js';
import { NBTEXT } from './nbtext.js';
import { NBTEXT2 } from './nbtext2.js';
import { NBTEXT3 } from './nbtext3.js';
import { NBTEXT4 } from './nbtext4.js';
import { NBTEXT5, unitStatusEn, unitStatusNb } from './nbtext5.js';
import { NBTEXT6 } from './nbtext6.js';
import { NOTES } from './notes.js';
import { NOTES2 } from './notes2.js';
import { CONFIG_FILE, DATABASE, DESK, FILES, MAIL, PROBES, SELECTORS, SETTINGS } from './operations.js';
import { PD15 } from './pd15.js';
import { PGPROBE } from './pgprobe.js';
import { PRIVACY_AUDIT_FIELDS } from './privacy2.js';
import { REPLIES14 } from './replies14.js';
import { ROBUST13 } from './robust13.js';
import { ROBUST14 } from './robust14.js';
import { ROBUSTNESS } from './robustness.js';
import { SERVER } from './server.js';
import { SETUP_CONFIG, SETUP_DATABASE, SETUP_KEYS } from './setup.js';
import { TRIAGE } from './triage.js';
import { TRIAGE_SCREEN } from './triage-screen.js';
import { USAGE } from './usage.js';
import { WALK14 } from './walk14.js';
import { WALK15 } from './walk15.js';

export type Lang = 'en' | 'nb';

/** A coded message as a parameter of another (a Text; structural, so the catalogue needs no import). */
export interface Coded {
  readonly code: string;
  in(lang: Lang): string;
}
type Text = Coded;

/** Renders a nested message (or plain text) in the language being rendered. */
export type Nested = (message: string | Coded) => string;

export interface Entry<P> {
  readonly en: (p: P, t: Nested) => string;
  readonly nb: (p: P, t: Nested) => string;
}

// biome-ignore lint/complexity/noBannedTypes: an entry without parameters
type None = {};

const entry = <P = None>(en: Entry<P>['en'], nb: Entry<P>['nb']): Entry<P> => ({ en, nb });

const orEn = (items: readonly (string | number)[]): string =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
const orNb = (items: readonly (string | number)[]): string =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} eller ${items.at(-1)}`;

/** The names of learner fields as the parsers are told them, in bokmål (definite form, as a subject). */
const LEARNER_FIELD_NB: Readonly<Record<string, string>> = {
  'first name': 'fornavnet',
  'last name': 'etternavnet',
  'contact name': 'navnet på kontaktpersonen',
  name: 'navnet',
};
const learnerFieldNb = (what: string): string => LEARNER_FIELD_NB[what] ?? what;

/** Company record fields, as labels in bokmål. */
export const COMPANY_FIELD_NB = {
  org_number: 'organisasjonsnummer',
  name: 'firmanavn',
  business_street: 'forretningsadresse',
  business_postal_code: 'postnummer (forretningsadresse)',
  business_city: 'poststed (forretningsadresse)',
  invoice_street: 'fakturaadresse',
  invoice_postal_code: 'postnummer (fakturaadresse)',
  invoice_city: 'poststed (fakturaadresse)',
  invoice_email: 'e-post for faktura',
  contact_name: 'kontaktperson',
  contact_email: 'kontaktpersonens e-post',
  contact_phone: 'kontaktpersonens telefon',
  email_domains: 'e-postdomener',
} as const;
export type CompanyFieldName = keyof typeof COMPANY_FIELD_NB;

/** A company text field as the subject of a sentence, in bokmål. */
const COMPANY_TEXT_NB: Readonly<Record<string, string>> = {
  name: 'firmanavnet',
  'street address': 'gateadressen',
  city: 'poststedet',
  'invoice street address': 'gateadressen for faktura',
  'invoice city': 'poststedet for faktura',
};
const companyTextNb = (what: string): string => COMPANY_TEXT_NB[what] ?? what;

const PARSERS = {
  // E-mail addresses (src/domain/learner.ts).
  'email.empty': entry(
    () => 'e-mail is empty',
    () => 'e-postadressen mangler',
  ),
  'email.too-long': entry(
    () => 'e-mail is longer than 254 characters',
    () => 'e-postadressen er lengre enn 254 tegn',
  ),
  'email.space': entry<{ value: string }>(
    (p) => `e-mail '${p.value}' contains a space`,
    (p) => `e-postadressen «${p.value}» inneholder et mellomrom`,
  ),
  'email.no-at': entry<{ value: string }>(
    (p) => `e-mail '${p.value}' has no @`,
    (p) => `e-postadressen «${p.value}» mangler @`,
  ),
  'email.nothing-before-at': entry<{ value: string }>(
    (p) => `e-mail '${p.value}' has nothing before the @`,
    (p) => `e-postadressen «${p.value}» har ingenting foran @`,
  ),
  'email.nothing-after-at': entry<{ value: string }>(
    (p) => `e-mail '${p.value}' has nothing after the @`,
    (p) => `e-postadressen «${p.value}» har ingenting etter @`,
  ),
  'email.bad-local-part': entry<{ value: string; local: string }>(
    (p) => `e-mail '${p.value}': '${p.local}' is not a valid name before the @`,
    (p) => `e-postadressen «${p.value}»: «${p.local}» kan ikke stå foran @`,
  ),
  'email.no-top-level': entry<{ value: string; domain: string }>(
    (p) => `e-mail '${p.value}': domain '${p.domain}' has no top-level part (like .no or .com)`,
    (p) => `e-postadressen «${p.value}»: domenet «${p.domain}» mangler endelse (som .no eller .com)`,
  ),
  'email.bad-domain': entry<{ value: string; domain: string }>(
    (p) => `e-mail '${p.value}': '${p.domain}' is not a valid domain`,
    (p) => `e-postadressen «${p.value}»: «${p.domain}» er ikke et gyldig domene`,
  ),
  'email.bad-top-level': entry<{ value: string; label: string }>(
    (p) => `e-mail '${p.value}': '.${p.label}' is not a top-level domain`,
    (p) => `e-postadressen «${p.value}»: «.${p.label}» er ikke en gyldig domeneendelse`,
  ),

  // Names of people (src/domain/learner.ts); `what` is the field, in English.
  'name.empty': entry<{ what: string }>(
    (p) => `${p.what} is empty`,
    (p) => `${learnerFieldNb(p.what)} mangler`,
  ),
  'name.too-long': entry<{ what: string }>(
    (p) => `${p.what} is longer than 100 characters`,
    (p) => `${learnerFieldNb(p.what)} er lengre enn 100 tegn`,
  ),
  'name.first-not-letter': entry<{ what: string; value: string }>(
    (p) => `${p.what} '${p.value}' must start with a letter`,
    (p) => `${learnerFieldNb(p.what)} «${p.value}» må begynne med en bokstav`,
  ),
  'name.invisible-character': entry<{ what: string; codePoint: string }>(
    (p) =>
      `${p.what} contains the invisible or control character U+${p.codePoint}: use letters, spaces, hyphens and apostrophes`,
    (p) =>
      `${learnerFieldNb(p.what)} inneholder et usynlig tegn eller kontrolltegn (U+${p.codePoint}): bruk bokstaver, mellomrom, bindestrek og apostrof`,
  ),
  'name.bad-character': entry<{ what: string; value: string; character: string }>(
    (p) => `${p.what} '${p.value}' contains '${p.character}': use letters, spaces, hyphens and apostrophes`,
    (p) =>
      `${learnerFieldNb(p.what)} «${p.value}» inneholder «${p.character}»: bruk bokstaver, mellomrom, bindestrek og apostrof`,
  ),

  // HMS cards, phones, invoice references (src/domain/learner.ts).
  'hms-card.empty': entry(
    () => 'HMS card number is empty',
    () => 'HMS-kortnummeret mangler',
  ),
  'hms-card.bad-characters': entry<{ value: string }>(
    (p) => `HMS card number '${p.value}' may contain only letters and digits`,
    (p) => `HMS-kortnummeret «${p.value}» kan bare ha bokstaver og sifre`,
  ),
  'hms-card.length': entry<{ value: string; length: number }>(
    (p) => `HMS card number '${p.value}' has ${p.length} characters; expected 4 to 20`,
    (p) => `HMS-kortnummeret «${p.value}» har ${p.length} tegn; det skal ha 4 til 20`,
  ),
  'phone.not-a-number': entry<{ value: string }>(
    (p) => `phone '${p.value}' is not a phone number: write 8 digits (Norway) or +country code and number`,
    (p) => `«${p.value}» er ikke et telefonnummer: skriv 8 sifre (norsk nummer) eller + landskode og nummer`,
  ),
  'phone.not-norwegian': entry<{ value: string }>(
    (p) =>
      `phone '${p.value}' is not a Norwegian number: write 8 digits (Norway) or +country code and number`,
    (p) =>
      `«${p.value}» er ikke et gyldig norsk telefonnummer: skriv 8 sifre (norsk nummer) eller + landskode og nummer`,
  ),
  'invoice-reference.empty': entry(
    () => 'invoice reference is empty',
    () => 'fakturareferansen mangler',
  ),
  'invoice-reference.too-long': entry<{ length: number; max: number }>(
    (p) => `invoice reference has ${p.length} characters; at most ${p.max} are allowed`,
    (p) => `fakturareferansen har ${p.length} tegn; den kan ha høyst ${p.max}`,
  ),
  'invoice-reference.unprintable': entry<{ codePoint: string; position: number }>(
    (p) => `invoice reference contains an unprintable character (U+${p.codePoint}) at position ${p.position}`,
    (p) =>
      `fakturareferansen har et tegn som ikke kan skrives ut (U+${p.codePoint}) i posisjon ${p.position}`,
  ),

  // Dates (src/domain/dates.ts).
  'date.unreadable': entry<{ value: string }>(
    (p) =>
      `'${p.value}' is not a date: write dd.mm.yyyy, dd/mm/yy, ddmmyy, ddmmyyyy, yyyy-mm-dd, 7. juni 1964 or June 7, 1964`,
    (p) =>
      `«${p.value}» er ikke en dato: skriv dd.mm.åååå, dd/mm/åå, ddmmåå, ddmmåååå, åååå-mm-dd, 7. juni 1964 eller June 7, 1964`,
  ),
  'date.no-such-month': entry<{ value: string; month: number }>(
    (p) => `'${p.value}': month ${p.month} does not exist`,
    (p) => `«${p.value}»: det finnes ingen måned ${p.month}`,
  ),
  'date.no-such-day': entry<{ value: string; date: string; day: number }>(
    (p) => `'${p.value}': ${p.date} is not a real date (day ${p.day} does not exist in that month)`,
    (p) => `«${p.value}»: ${p.date} finnes ikke (den måneden har ingen dag ${p.day})`,
  ),
  'birth-date.in-future': entry<{ date: string }>(
    (p) => `birth date ${p.date} is in the future`,
    (p) => `fødselsdatoen ${p.date} er fram i tid`,
  ),
  'birth-date.too-old': entry<{ date: string }>(
    (p) => `birth date ${p.date} is more than 120 years ago`,
    (p) => `fødselsdatoen ${p.date} er mer enn 120 år tilbake i tid`,
  ),

  // Organisation numbers (src/domain/org-number.ts): the caller names the field before these.
  'org-number.foreign-prefix': entry<{ country: string }>(
    (p) => `${p.country} is not a Norwegian prefix; a Norwegian MVA number looks like NO 123 456 785 MVA`,
    (p) => `${p.country} er ikke en norsk landkode; et norsk MVA-nummer skrives NO 123 456 785 MVA`,
  ),
  'org-number.not-digits': entry(
    () => 'must contain only digits, optionally written as NO 123 456 785 MVA',
    () => 'kan bare ha sifre, eventuelt skrevet som NO 123 456 785 MVA',
  ),
  'org-number.looks-like-national-id': entry(
    () => 'has 11 digits: that looks like a national ID, not an organisation number (9 digits)',
    () => 'har 11 sifre: det ser ut som et fødselsnummer, ikke et organisasjonsnummer (9 sifre)',
  ),
  'org-number.length': entry<{ length: number }>(
    (p) => `must be 9 digits, got ${p.length}`,
    (p) => `skal ha 9 sifre, men har ${p.length}`,
  ),
  'org-number.never-issued': entry<{ prefix: string }>(
    (p) => `no valid check digit exists for ${p.prefix} (these numbers are never issued)`,
    (p) => `ingen kontrollsiffer passer til ${p.prefix} (slike numre blir aldri tildelt)`,
  ),
  'org-number.check-digit': entry<{ actual: number; expected: number }>(
    (p) => `check digit ${p.actual} should be ${p.expected}`,
    (p) => `kontrollsifferet er ${p.actual}, men skal være ${p.expected}`,
  ),

  // National IDs (src/domain/national-id.ts): never the number itself, only the parts that are wrong.
  'national-id.not-digits': entry(
    () => "must contain only digits (spaces, '.' and '-' are ignored)",
    () => 'kan bare ha sifre (mellomrom, punktum og bindestrek teller ikke)',
  ),
  'national-id.length': entry<{ length: number }>(
    (p) => `must be 11 digits, got ${p.length}`,
    (p) => `skal ha 11 sifre, men har ${p.length}`,
  ),
  'national-id.bad-month': entry<{ month: string }>(
    (p) => `month ${p.month} is not valid`,
    (p) => `måneden ${p.month} er ugyldig`,
  ),
  'national-id.bad-day': entry<{ day: string }>(
    (p) => `day ${p.day} is not valid`,
    (p) => `dagen ${p.day} er ugyldig`,
  ),
  'national-id.bad-d-number-day': entry<{ day: string; realDay: string }>(
    (p) => `day ${p.day} is not valid (a D-number day is the real day + 40, here ${p.realDay})`,
    (p) => `dagen ${p.day} er ugyldig (i et D-nummer er dagen økt med 40; her blir det ${p.realDay})`,
  ),
  'national-id.first-check-digit': entry<{ expected: number; under2032: string[]; actual: number }>(
    (p) =>
      `first check digit (position 10) should be ${p.expected} (or ${orEn(p.under2032)} under the 2032 rule), got ${p.actual}`,
    (p) =>
      `første kontrollsiffer (posisjon 10) skal være ${p.expected} (eller ${orNb(p.under2032)} etter 2032-regelen), men er ${p.actual}`,
  ),
  'national-id.first-check-digit-2032': entry<{ under2032: string[]; actual: number }>(
    (p) =>
      `first check digit (position 10) should be ${orEn(p.under2032)} (2032 rule; no 1964-rule check digit exists for these digits), got ${p.actual}`,
    (p) =>
      `første kontrollsiffer (posisjon 10) skal være ${orNb(p.under2032)} (2032-regelen; etter 1964-regelen passer ingen kontrollsiffer til disse sifrene), men er ${p.actual}`,
  ),
  'national-id.second-check-digit-impossible': entry(
    () =>
      'second check digit (position 11) cannot be valid: no check digit exists for the first ten digits (such numbers are never issued)',
    () =>
      'andre kontrollsiffer (posisjon 11) kan ikke bli riktig: ingen kontrollsiffer passer til de ti første sifrene (slike numre blir aldri tildelt)',
  ),
  'national-id.second-check-digit': entry<{ expected: number; actual: number }>(
    (p) => `second check digit (position 11) should be ${p.expected}, got ${p.actual}`,
    (p) => `andre kontrollsiffer (posisjon 11) skal være ${p.expected}, men er ${p.actual}`,
  ),
  'national-id.unknown-century': entry<{ individual: string; year: string }>(
    (p) =>
      `individual number ${p.individual} is not used for year ${p.year}, so the birth century cannot be determined`,
    (p) =>
      `individnummer ${p.individual} brukes ikke for årstall ${p.year}, så det går ikke an å avgjøre hvilket århundre personen er født i`,
  ),
  'national-id.no-real-date': entry<{ dates: string[] }>(
    (p) =>
      p.dates.length === 1
        ? `${p.dates[0]} is not a real date`
        : `${p.dates.join(' and ')} are not real dates`,
    (p) => `${p.dates.join(' og ')} finnes ikke i kalenderen`,
  ),
  'national-id.fh-number': entry(
    () => 'FH-numbers (first digit 8 or 9) are not accepted',
    () => 'FH-nummer (første siffer 8 eller 9) godtas ikke',
  ),
  'national-id.synthetic': entry(
    () => 'synthetic test numbers are only accepted in a test database',
    () => 'syntetiske testnumre godtas bare i en testdatabase',
  ),
  'national-id.h-number': entry(
    () => 'H-numbers (month + 40) are not accepted',
    () => 'H-nummer (måned + 40) godtas ikke',
  ),
} as const;

const LEARNERS = {
  // Creating a learner (W16, src/workflows/learners.ts).
  'learner.synthetic-id-in-real-database': entry(
    () => 'synthetic test national IDs are accepted only in a test/demo database',
    () => 'syntetiske testfødselsnumre godtas bare i en test- eller demodatabase',
  ),
  'hint.mark-test-database': entry(
    () => 'mark the database with: kursdesk db mark test (never on production data)',
    () => 'merk databasen med: kursdesk db mark test (aldri med produksjonsdata)',
  ),
  'learner.birth-date-unknown': entry(
    () => 'the national ID does not tell the birth date for certain: give --birthdate',
    () => 'fødselsnummeret viser ikke sikkert fødselsdatoen: oppgi --birthdate',
  ),
  'learner.birth-date-in-future': entry<{ date: string }>(
    (p) => `the birth date ${p.date} is in the future: check the national ID, or give --birthdate`,
    (p) => `fødselsdatoen ${p.date} er fram i tid: sjekk fødselsnummeret, eller oppgi --birthdate`,
  ),
  'learner.birth-date-does-not-fit': entry<{ given: string; candidates: string[] }>(
    (p) =>
      `--birthdate ${p.given} does not fit the national ID (its date can be ${p.candidates.join(' or ')})`,
    (p) =>
      `--birthdate ${p.given} passer ikke med fødselsnummeret (datoen i det kan være ${p.candidates.join(' eller ')})`,
  ),
  'learner.birth-date-differs-d-number': entry<{ idDate: string; given: string }>(
    (p) =>
      `the D-number's date (${p.idDate}) differs from the birth date ${p.given}; D-numbers may carry a registration date`,
    (p) =>
      `datoen i D-nummeret (${p.idDate}) er ikke fødselsdatoen ${p.given}; et D-nummer kan ha registreringsdatoen`,
  ),
  'learner.birth-date-mismatch': entry<{ given: string; idDate: string }>(
    (p) => `--birthdate ${p.given} does not match the national ID's birth date (${p.idDate})`,
    (p) => `--birthdate ${p.given} stemmer ikke med fødselsdatoen i fødselsnummeret (${p.idDate})`,
  ),
  'learner.needs-employer': entry<{ accountType: string }>(
    (p) =>
      `a ${p.accountType} account needs an employer (paid courses are invoiced to it): give --employer <org number>`,
    (p) =>
      `en ${p.accountType}-konto må ha en arbeidsgiver (betalte kurs faktureres arbeidsgiveren): oppgi --employer <org.nr.>`,
  ),
  'learner.national-id-taken': entry<{ id: number; maskedEmail: string }>(
    (p) =>
      `this national ID already has an account: learner ${p.id}, e-mail ${p.maskedEmail}; one account per person`,
    (p) =>
      `fødselsnummeret har allerede en konto: bruker ${p.id}, e-post ${p.maskedEmail}; én konto per person`,
  ),
  'hint.log-in-with-that-email': entry(
    () => 'the learner should log in with that e-mail (kursdesk users show to see it)',
    () => 'personen må logge inn med den e-postadressen (kursdesk users show viser den)',
  ),
  'learner.email-taken': entry<{ email: string; id: number }>(
    (p) => `e-mail ${p.email} is already the login of learner ${p.id}`,
    (p) => `e-postadressen ${p.email} er allerede brukernavnet til bruker ${p.id}`,
  ),
  'hint.other-address-or-look-up': entry<{ id: number }>(
    (p) => `use another address, or look the learner up: kursdesk users show ${p.id}`,
    (p) => `bruk en annen adresse, eller slå opp brukeren: kursdesk users show ${p.id}`,
  ),
  'learner.email-used-earlier-check': entry<{ id: number; email: string }>(
    (p) => `learner ${p.id} used ${p.email} earlier; check this is not the same person`,
    (p) => `bruker ${p.id} har brukt ${p.email} før; sjekk at det ikke er samme person`,
  ),
  'learner.email-used-earlier': entry<{ id: number; email: string }>(
    (p) => `learner ${p.id} used ${p.email} earlier`,
    (p) => `bruker ${p.id} har brukt ${p.email} før`,
  ),
  'company.not-a-customer-number': entry<{ orgNumber: string }>(
    (p) => `no customer company has org number ${p.orgNumber}`,
    (p) => `ingen kundebedrift har org.nr. ${p.orgNumber}`,
  ),
  'hint.register-company-first': entry<{ orgNumber: string }>(
    (p) => `register it first: kursdesk companies register ${p.orgNumber}`,
    (p) => `registrer firmaet først: kursdesk companies register ${p.orgNumber}`,
  ),
  'company.inactive': entry<{ name: string; orgNumber: string }>(
    (p) => `company ${p.name} (${p.orgNumber}) is not an active customer`,
    (p) => `${p.name} (${p.orgNumber}) er ikke aktiv kunde`,
  ),

  // Finding a learner (src/workflows/learners.ts).
  'learner.no-such-id': entry<{ id: number }>(
    (p) => `no learner has id ${p.id}`,
    (p) => `ingen bruker har id ${p.id}`,
  ),
  'learner.earlier-email-shared': entry<{ count: number; email: string; ids: number[] }>(
    (p) => `${p.count} learners used ${p.email} earlier: ${p.ids.join(', ')}`,
    (p) => `${p.count} brukere har brukt ${p.email} før: ${p.ids.join(', ')}`,
  ),
  'hint.show-one-by-id': entry(
    () => 'show one of them by id',
    () => 'vis én av dem med id',
  ),
  'learner.no-such-email': entry<{ email: string }>(
    (p) => `no learner has the e-mail ${p.email}, now or earlier`,
    (p) => `ingen bruker har e-postadressen ${p.email}, verken nå eller tidligere`,
  ),
  'hint.find-by-name-and-birth-date': entry(
    () => 'try kursdesk users find with name and birth date',
    () => 'prøv kursdesk users find med navn og fødselsdato',
  ),
  'learner.no-such-national-id': entry<{ masked: string }>(
    (p) => `no learner has the national ID ${p.masked}`,
    (p) => `ingen bruker har fødselsnummeret ${p.masked}`,
  ),

  // Changing the login e-mail (W4, src/workflows/set-email.ts).
  'set-email.needs-ticket': entry(
    () =>
      'changing the login e-mail gives the account to whoever reads the new address: it needs the ticket where identity was verified',
    () =>
      'en ny innloggings-e-post gir kontoen til den som leser den nye adressen: endringen krever saken der identiteten ble bekreftet',
  ),
  'hint.add-ticket': entry(
    () => 'add --ticket <ref>',
    () => 'legg til --ticket <saksnr.>',
  ),
  'set-email.unchanged': entry<{ email: string; id: number }>(
    (p) => `${p.email} is already the login of learner ${p.id}`,
    (p) => `${p.email} er allerede brukernavnet til bruker ${p.id}`,
  ),
  'set-email.taken': entry<{ email: string; id: number }>(
    (p) => `${p.email} is the login of another account (learner ${p.id}); one address, one account`,
    (p) => `${p.email} er brukernavnet til en annen konto (bruker ${p.id}); én adresse, én konto`,
  ),
  'hint.look-at-learner': entry<{ id: number }>(
    (p) => `look at it: kursdesk users show ${p.id}`,
    (p) => `se på den: kursdesk users show ${p.id}`,
  ),
} as const;

const LINKS_AND_MOVES = {
  // Activation and reset links (W2, W3, src/workflows/links.ts) and the address checks before them.
  'link.account-disabled': entry<{ id: number }>(
    (p) => `learner ${p.id}'s account is disabled: no link is issued for it`,
    (p) => `kontoen til bruker ${p.id} er deaktivert: den får ingen lenke`,
  ),
  'hint.enable-account-first': entry(
    () => 'the account must be enabled first, and that is not done with a link',
    () => 'kontoen må aktiveres igjen først, og det gjøres ikke med en lenke',
  ),
  'link.password-already-set': entry<{ id: number }>(
    (p) =>
      `learner ${p.id} has already set a password: an activation link (valid for days) is not issued for it`,
    (p) =>
      `bruker ${p.id} har allerede satt et passord: kontoen får ikke aktiveringslenke (den varer i flere døgn)`,
  ),
  'hint.issue-reset-link': entry<{ id: number }>(
    (p) => `issue a reset link (kursdesk links issue ${p.id}), or add --force (audited)`,
    (p) => `lag en lenke for nytt passord (kursdesk links issue ${p.id}), eller legg til --force (logges)`,
  ),
  'link.rate-limit': entry<{ id: number; recent: number; limit: number }>(
    (p) =>
      `learner ${p.id} got ${p.recent} link(s) in the last 24 hours, the most allowed without --force (${p.limit}); if they keep not arriving, the address or the mail is the problem`,
    (p) =>
      `bruker ${p.id} har fått ${p.recent} lenke(r) det siste døgnet, så mange som tillates uten --force (${p.limit}); kommer de fortsatt ikke fram, er det adressen eller e-posten som er problemet`,
  ),
  'hint.rate-limit': entry<{ id: number }>(
    (p) =>
      `check kursdesk links list ${p.id} and kursdesk mail list --user ${p.id}; issue anyway with --force (audited)`,
    (p) =>
      `sjekk kursdesk links list ${p.id} og kursdesk mail list --user ${p.id}; lag likevel med --force (logges)`,
  ),
  'address.typo': entry<{ email: string; domain: string; suggestion: string }>(
    (p) =>
      `the address on file, ${p.email}, has the domain ${p.domain}, which looks like a typo of ${p.suggestion}`,
    (p) =>
      `adressen på kontoen, ${p.email}, har domenet ${p.domain}, som ser ut som en skrivefeil for ${p.suggestion}`,
  ),
  'address.former-employer': entry<{ email: string; domain: string; company: string; orgNumber: string }>(
    (p) =>
      `the address on file, ${p.email}, is at ${p.domain}, a domain of the former employer ${p.company} (${p.orgNumber}); the learner may no longer read it`,
    (p) =>
      `adressen på kontoen, ${p.email}, er på ${p.domain}, et domene hos den tidligere arbeidsgiveren ${p.company} (${p.orgNumber}); personen leser den kanskje ikke lenger`,
  ),
  'link.address-problem': entry<{ problems: readonly (string | Text)[] }>(
    (p, t) => `${p.problems.map(t).join('; ')}; no link was issued`,
    (p, t) => `${p.problems.map(t).join('; ')}; ingen lenke ble laget`,
  ),
  'hint.correct-address': entry<{ fix: string }>(
    (p) => `correct it: ${p.fix} — or, if the address is right after all, add --force (audited)`,
    (p) => `rett den: ${p.fix} — eller, er adressen riktig likevel, legg til --force (logges)`,
  ),
  'link.portal-not-set': entry<{ variable: string }>(
    (p) => `${p.variable} is not set, nor portal_url in the config: a link needs the portal's address`,
    () => 'portalens adresse er ikke satt, og lenken trenger den (én gang per maskin)',
  ),
  'hms-card.issued-in-future': entry<{ date: string }>(
    (p) => `--issued ${p.date} is in the future: give the date printed on the card`,
    (p) => `utstedelsesdatoen ${p.date} er fram i tid: bruk datoen som står på kortet`,
  ),
  'hms-card.unchanged': entry<{ id: number; maskedCard: string; date: string }>(
    (p) => `learner ${p.id} already has HMS card ${p.maskedCard}, issued ${p.date}; nothing to change`,
    (p) => `bruker ${p.id} har allerede HMS-kort ${p.maskedCard}, utstedt ${p.date}; ingenting å endre`,
  ),
  'link.unknown-token': entry(
    () => 'no link has this token: it was not issued by this desk, or it is incomplete or mistyped',
    () => 'ingen lenke har denne koden: den er ikke laget her, eller den er ufullstendig eller feilskrevet',
  ),
  'hint.copy-whole-link': entry(
    () => 'ask the learner to copy the whole link from the newest e-mail',
    () => 'be personen kopiere hele lenken fra den nyeste e-posten',
  ),

  // Moving a learner to another employer (W5, src/workflows/move-employer.ts).
  'move.not-a-customer': entry<{ orgNumber: string }>(
    (p) => `no customer company has org number ${p.orgNumber}; a learner can only move to a customer`,
    (p) => `ingen kundebedrift har org.nr. ${p.orgNumber}; en bruker kan bare flyttes til en kunde`,
  ),
  'hint.register-before-move': entry<{ orgNumber: string }>(
    (p) => `register it first (W7): kursdesk companies register ${p.orgNumber}`,
    (p) => `registrer firmaet først (W7): kursdesk companies register ${p.orgNumber}`,
  ),
  'move.inactive-customer': entry<{ name: string; orgNumber: string }>(
    (p) => `${p.name} (${p.orgNumber}) is an inactive customer: learners cannot move to it`,
    (p) => `${p.name} (${p.orgNumber}) er ikke lenger aktiv kunde: ingen kan flyttes dit`,
  ),
  'hint.reactivate-customer': entry<{ orgNumber: string }>(
    (p) =>
      `ask accounting whether it is a customer again; kursdesk companies update ${p.orgNumber} --status active reactivates it`,
    (p) =>
      `spør regnskap om firmaet er kunde igjen; kursdesk companies update ${p.orgNumber} --status active gjør det aktivt`,
  ),
  'move.email-needs-ticket': entry(
    () =>
      'a new login e-mail gives the account to whoever reads that address: it needs the ticket where identity was verified',
    () =>
      'en ny innloggings-e-post gir kontoen til den som leser den adressen: endringen krever saken der identiteten ble bekreftet',
  ),
  'hint.move-email-ticket': entry(
    () => 'add --ticket <ref>, or move without --email and change the address later with users set-email',
    () =>
      'legg til --ticket <saksnr.>, eller flytt uten --email og bytt adressen etterpå med users set-email',
  ),
  'move.already-there': entry<{ id: number; name: string; orgNumber: string }>(
    (p) => `learner ${p.id} is already employed at ${p.name} (${p.orgNumber}); nothing to move`,
    (p) => `bruker ${p.id} er allerede ansatt i ${p.name} (${p.orgNumber}); ingenting å flytte`,
  ),
  'hint.move-needs-other-employer': entry(
    () => 'a move needs another employer',
    () => 'en flytting må gå til en annen arbeidsgiver',
  ),
  // Changing the account type (W10, src/workflows/set-type.ts).
  'set-type.driver-needs-details': entry(
    () => 'a driver account needs the driver details: give --depot (and --licence once issued)',
    () => 'en førerkonto må ha førerdetaljene: oppgi --depot (og --licence når det er utstedt)',
  ),
  'set-type.unchanged': entry<{ id: number; accountType: string }>(
    (p) => `learner ${p.id} is already a ${p.accountType} account; nothing to change`,
    (p) => `bruker ${p.id} har allerede kontotypen ${p.accountType}; ingenting å endre`,
  ),
  'hint.new-employer-is-a-move': entry<{ id: number; orgNumber: string }>(
    (p) => `a new employer is a move: kursdesk users move ${p.id} --to ${p.orgNumber}`,
    (p) => `ny arbeidsgiver er en flytting: kursdesk users move ${p.id} --to ${p.orgNumber}`,
  ),
  'set-type.inactive-customer': entry<{ name: string; orgNumber: string }>(
    (p) =>
      `company ${p.name} (${p.orgNumber}) is not an active customer: paid courses cannot be invoiced to it`,
    (p) => `${p.name} (${p.orgNumber}) er ikke aktiv kunde: betalte kurs kan ikke faktureres dit`,
  ),
  'set-type.employer-is-a-move': entry<{ id: number; name: string; orgNumber: string }>(
    (p) =>
      `learner ${p.id} works for ${p.name} (${p.orgNumber}); a new employer is a move, not a type change`,
    (p) =>
      `bruker ${p.id} jobber i ${p.name} (${p.orgNumber}); ny arbeidsgiver er en flytting, ikke en ny kontotype`,
  ),
  'hint.move-then-set-type': entry<{ id: number; orgNumber: string }>(
    (p) => `kursdesk users move ${p.id} --to ${p.orgNumber}, then set the type`,
    (p) => `kursdesk users move ${p.id} --to ${p.orgNumber}, og endre så kontotypen`,
  ),
  'set-type.needs-employer': entry<{ accountType: string }>(
    (p) =>
      `a ${p.accountType} account needs an employer (paid courses are invoiced to it): give --employer <orgnr>`,
    (p) =>
      `en ${p.accountType}-konto må ha en arbeidsgiver (betalte kurs faktureres arbeidsgiveren): oppgi --employer <org.nr.>`,
  ),
  'set-type.employer-inactive': entry<{ id: number; name: string; orgNumber: string; accountType: string }>(
    (p) =>
      `learner ${p.id}'s employer ${p.name} (${p.orgNumber}) is not an active customer: a ${p.accountType} account needs one to invoice`,
    (p) =>
      `arbeidsgiveren til bruker ${p.id}, ${p.name} (${p.orgNumber}), er ikke aktiv kunde: en ${p.accountType}-konto trenger en å fakturere`,
  ),
  'hint.move-to-current-employer': entry<{ id: number }>(
    (p) => `move the learner to their current employer first: kursdesk users move ${p.id} --to <orgnr>`,
    (p) =>
      `flytt først brukeren til den nåværende arbeidsgiveren: kursdesk users move ${p.id} --to <org.nr.>`,
  ),
  'move.email-unchanged': entry<{ email: string; id: number }>(
    (p) => `${p.email} is already the login of learner ${p.id}; leave out --email`,
    (p) => `${p.email} er allerede brukernavnet til bruker ${p.id}; dropp --email`,
  ),
  'company.name-too-short': entry<{ value: string }>(
    (p) => `'${p.value}' is too short for a company name: give two letters or more`,
    (p) => `«${p.value}» er for kort til å være et firmanavn: skriv minst to bokstaver`,
  ),
} as const;

const COMPANIES = {
  // Company fields (src/domain/companies/fields.ts); `what` is the field, in English.
  'company-field.bidi-control': entry<{ what: string; codePoint: string }>(
    (p) =>
      `${p.what} contains a bidirectional control character (U+${p.codePoint}), which makes text show as something it is not`,
    (p) =>
      `${companyTextNb(p.what)} inneholder et tegn som snur skriveretningen (U+${p.codePoint}), så teksten kan vises som noe annet enn den er`,
  ),
  'company-field.formula-start': entry<{ what: string; first: string }>(
    (p) =>
      `${p.what} starts with '${p.first}', which a spreadsheet would run as a formula; no registered name or address does`,
    (p) =>
      `${companyTextNb(p.what)} begynner med «${p.first}», som et regneark ville kjørt som en formel; det gjør ingen registrerte navn eller adresser`,
  ),
  'company-field.empty': entry<{ what: string }>(
    (p) => `${p.what} is empty`,
    (p) => `${companyTextNb(p.what)} mangler`,
  ),
  'company-field.too-long': entry<{ what: string; max: number }>(
    (p) => `${p.what} is longer than ${p.max} characters`,
    (p) => `${companyTextNb(p.what)} er lengre enn ${p.max} tegn`,
  ),
  'company-field.control-character': entry<{ what: string }>(
    (p) => `${p.what} contains a control character`,
    (p) => `${companyTextNb(p.what)} inneholder et kontrolltegn`,
  ),
  'company-field.postal-code': entry<{ value: string }>(
    (p) => `postal code '${p.value}' must be 4 digits, like 0150`,
    (p) => `postnummeret «${p.value}» skal ha 4 sifre, som 0150`,
  ),
  'company-field.email-domains-empty': entry(
    () => 'e-mail domains are empty',
    () => 'e-postdomenene mangler',
  ),
  'company-field.not-an-email-domain': entry<{ domain: string }>(
    (p) => `'${p.domain}' is not an e-mail domain (like firma.no)`,
    (p) => `«${p.domain}» er ikke et e-postdomene (som firma.no)`,
  ),
  'company-field.required': entry<{ field: CompanyFieldName; description: string }>(
    (p) => `${p.description} is required`,
    (p) => `${COMPANY_FIELD_NB[p.field]} må fylles ut`,
  ),
  'company-field.address-incomplete': entry<{ field: CompanyFieldName }>(
    (p) => `${p.field.replaceAll('_', ' ')} is missing: an address needs street, postal code and city`,
    (p) => `${COMPANY_FIELD_NB[p.field]} mangler: en adresse må ha gate, postnummer og poststed`,
  ),
  'company-field.name': entry<{ field: CompanyFieldName }>(
    (p) => p.field.replaceAll('_', ' '),
    (p) => COMPANY_FIELD_NB[p.field],
  ),
  /** Several field issues in one line: `label: reason; label: reason`. */
  'company.field-issues': entry<{ issues: readonly { label: string | Text; reason: string | Text }[] }>(
    (p, t) => p.issues.map((i) => `${t(i.label)}: ${t(i.reason)}`).join('; '),
    (p, t) => p.issues.map((i) => `${t(i.label)}: ${t(i.reason)}`).join('; '),
  ),

  // The register rules (src/domain/companies/register-rules.ts, W7 and W8).
  'register.unit-status': entry<{ org: string; status: UnitStatus; date: string | null }>(
    (p) => `${p.org} is ${unitStatusEn(p.status, p.date)} in the Brønnøysund extract`,
    (p) => `${p.org} er ${unitStatusNb(p.status, p.date)} ifølge Brønnøysund-utdraget`,
  ),
  'register.not-in-extract': entry<{ org: string; extractDate: string }>(
    (p) => `${p.org} is not in the Brønnøysund extract of ${p.extractDate} (deleted, or never registered)`,
    (p) =>
      `${p.org} finnes ikke i Brønnøysund-utdraget fra ${p.extractDate} (slettet, eller aldri registrert)`,
  ),
  'register.registered-anyway': entry<{ why: Text }>(
    (p, t) => `${t(p.why)}; registered anyway (--force)`,
    (p, t) => `${t(p.why)}; registrert likevel (--force)`,
  ),
  'register.refused': entry<{ why: Text }>(
    (p, t) => `${t(p.why)} (--force to register it anyway)`,
    (p, t) => `${t(p.why)} (--force registrerer den likevel)`,
  ),
  'register.refused-check-number': entry<{ why: Text }>(
    (p, t) => `${t(p.why)}; check the number (--force to register it anyway)`,
    (p, t) => `${t(p.why)}; sjekk nummeret (--force registrerer den likevel)`,
  ),
  'register.name-differs': entry<{ org: string; given: string; registered: string }>(
    (p) =>
      `${p.org}: the name '${p.given}' differs from the register's '${p.registered}'; the register's name is kept`,
    (p) =>
      `${p.org}: navnet «${p.given}» er ikke det samme som i registeret («${p.registered}»); navnet fra registeret brukes`,
  ),
  'register.name-required': entry(
    () => 'company name is required (the register does not give it)',
    () => 'firmanavn må fylles ut (registeret har det ikke)',
  ),
  'register.invoice-email-required-no-elma': entry(
    () => 'invoice e-mail is required: no ELMA/Peppol extract is loaded, so e-invoicing is unknown',
    () =>
      'e-post for faktura må fylles ut: ELMA/Peppol-utdraget er ikke lastet inn, så vi vet ikke om firmaet kan ta imot e-faktura',
  ),
  'register.invoice-email-required': entry<{ org: string; extractDate: string }>(
    (p) =>
      `invoice e-mail is required: ${p.org} is not listed in the ELMA/Peppol extract of ${p.extractDate}, so it may not receive e-invoices`,
    (p) =>
      `e-post for faktura må fylles ut: ${p.org} står ikke i ELMA/Peppol-utdraget fra ${p.extractDate}, så firmaet kan kanskje ikke ta imot e-faktura`,
  ),
  'register.no-brreg-extract': entry(
    () => 'no Brønnøysund extract is loaded: the name and address were not checked',
    () => 'Brønnøysund-utdraget er ikke lastet inn: navn og adresse ble ikke kontrollert',
  ),
} as const;

// A register unit's status in words (unitStatusEn, unitStatusNb) lives in nbtext5.ts beside its phrase.
export { unitStatusEn, unitStatusNb };

const GUIDED = {
  'guided.no-answer': entry<{ question: string }>(
    (p) => `${p.question}: no answer`,
    (p) => `${p.question}: mangler svar`,
  ),
  'guided.list-item-refused': entry<{ item: string; reason: string | Text }>(
    (p, t) => `${p.item}: ${t(p.reason)}`,
    (p, t) => `${p.item}: ${t(p.reason)}`,
  ),
  'guided.answer-refused': entry<{ question: string; reason: string | Text }>(
    (p, t) => `${p.question}: ${t(p.reason)}`,
    (p, t) => `${p.question}: ${t(p.reason)}`,
  ),
} as const;

export const CATALOGUE = {
  ...PARSERS,
  ...LEARNERS,
  ...LINKS_AND_MOVES,
  ...COMPANIES,
  ...GUIDED,
  ...UNITS,
  ...CERTIFICATES,
  ...PROGRAMMES,
  ...COMPLETIONS,
  ...MAIL,
  ...SELECTORS,
  ...FILES,
  ...DATABASE,
  ...DESK,
  ...SETTINGS,
  ...TRIAGE,
  ...PROBES,
  ...USAGE,
  ...TRIAGE_SCREEN,
  ...CONFIG_FILE,
  ...SETUP_CONFIG,
  ...SETUP_KEYS,
  ...SETUP_DATABASE,
  ...MOVES_AND_CERTIFICATES,
  ...REGISTER_FIXTURES_TRIAGE,
  ...GLOBAL_OPTIONS_AND_CONFIG,
  ...OTHER_COMMANDS,
  ...CHANGES_AND_CHECKS,
  ...MORE_PARSERS,
  ...WHOLE_FILES,
  ...ROLES_AND_FIXTURES,
  ...NOTES,
  ...NOTES2,
  ...SERVER,
  ...PRIVACY_AUDIT_FIELDS,
  ...PD15,
  ...GUIDED2,
  ...GUIDED_SAYS,
  ...GUIDED_ASKS,
  ...FIND_RULES,
  ...NBTEXT,
  ...NBTEXT2,
  ...NBTEXT3,
  ...NBTEXT4,
  ...NBTEXT5,
  ...PGPROBE,
  ...ROBUST13,
  ...ROBUST14,
  ...NAMES12,
  ...LINK12,
  ...ROBUSTNESS,
  ...NBFIND,
  ...NBTEXT6,
  ...GUIDED_LABELS,
  ...REPLIES14,
  ...WALK14,
  ...WALK15,
} as const;

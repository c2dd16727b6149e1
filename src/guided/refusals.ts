// A refusal the guided mode shows a bokmål agent, in bokmål. The workflows and parsers write their
// refusals in English (the commands' language, CONVENTIONS.md); the guided mode says the common ones in
// the agent's words where it prints them: a parser's reason under a prompt, a workflow's refusal and its
// hint after a flow. A text no rule knows stays as it is (English is better than nothing).
import type { Session } from './session.js';

type Rule = readonly [RegExp, string];

const DATE_FORMS_NB = 'dd.mm.åååå, dd/mm/åå, ddmmåå, ddmmåååå eller åååå-mm-dd';

/** English refusal → bokmål, most specific first; `$1`… are the parts kept (ids, addresses, numbers). */
const RULES: readonly Rule[] = [
  // Workflows: not found, conflicts, and their hints.
  [/\bno learner has id (\d+)/, 'ingen bruker har id $1'],
  [
    /\bno learner has the e-mail (\S+), now or earlier/,
    'ingen bruker har e-posten $1, verken nå eller tidligere',
  ],
  [/\bno learner has the national ID (\S+)/, 'ingen bruker har fødselsnummeret $1'],
  [
    /\be-mail (\S+) is already the login of learner (\d+)/,
    'e-posten $1 er allerede innloggingen til bruker $2',
  ],
  [
    /(\S+) is the login of another account \(learner (\d+)\); one address, one account/,
    '$1 er innloggingen til en annen konto (bruker $2); én adresse, én konto',
  ],
  [
    /\bthis national ID already has an account: learner (\d+), e-mail (\S+); one account per person/,
    'fødselsnummeret har allerede en konto: bruker $1, e-post $2; én konto per person',
  ],
  [/\bno customer company has org number (\d+)/, 'ingen kundebedrift har org.nr. $1'],
  [
    /\buse another address, or look the learner up: (kursdesk .*)$/,
    'bruk en annen adresse, eller slå opp brukeren: $1',
  ],
  [/\blook at it: (kursdesk .*)$/, 'se på den: $1'],
  [/\bregister it first: (kursdesk .*)$/, 'registrer den først: $1'],
  [/\btry kursdesk users find with name and birth date/, 'prøv kursdesk users find med navn og fødselsdato'],
  [
    /\bthe learner should log in with that e-mail \(kursdesk users show to see it\)/,
    'personen skal logge inn med den e-posten (kursdesk users show viser den)',
  ],
  // E-mail addresses.
  [/\be-mail is empty/, 'e-postadressen er tom'],
  [/\be-mail is longer than 254 characters/, 'e-postadressen er lengre enn 254 tegn'],
  [/\be-mail '(.*)' contains a space/, 'e-postadressen «$1» inneholder et mellomrom'],
  [/\be-mail '(.*)' has no @/, 'e-postadressen «$1» mangler @'],
  [/\be-mail '(.*)' has nothing before the @/, 'e-postadressen «$1» har ingenting foran @'],
  [/\be-mail '(.*)' has nothing after the @/, 'e-postadressen «$1» har ingenting etter @'],
  [
    /\be-mail '(.*)': domain '(.*)' has no top-level part \(like \.no or \.com\)/,
    'e-postadressen «$1»: domenet «$2» mangler endelse (som .no eller .com)',
  ],
  [
    /\be-mail '(.*)': '(.*)' is not a valid name before the @/,
    'e-postadressen «$1»: «$2» er ikke gyldig foran @',
  ],
  [/\be-mail '(.*)': '(.*)' is not a valid domain/, 'e-postadressen «$1»: «$2» er ikke et gyldig domene'],
  [
    /\be-mail '(.*)': '(.*)' is not a top-level domain/,
    'e-postadressen «$1»: «$2» er ikke en gyldig endelse',
  ],
  // Dates.
  [/'(.*)' is not a date: write .*$/, `«$1» er ikke en dato: skriv ${DATE_FORMS_NB}`],
  [/'(.*)': month (\d+) does not exist/, '«$1»: måned $2 finnes ikke'],
  [
    /'(.*)': (\S+) is not a real date \(day (\d+) does not exist in that month\)/,
    '«$1»: $2 er ikke en ekte dato (dag $3 finnes ikke i den måneden)',
  ],
  [/\bbirth date (\S+) is in the future/, 'fødselsdatoen $1 er fram i tid'],
  [/\bbirth date (\S+) is more than 120 years ago/, 'fødselsdatoen $1 er mer enn 120 år siden'],
  // Organisation numbers.
  [/\bmust be 9 digits, got (\d+)/, 'må ha 9 sifre, har $1'],
  [/\bcheck digit (\d+) should be (\d+)/, 'kontrollsifferet $1 skulle vært $2'],
  [
    /\bmust contain only digits, optionally written as NO 123 456 785 MVA/,
    'kan bare inneholde sifre, eventuelt skrevet som NO 123 456 785 MVA',
  ],
  [
    /\bhas 11 digits: that looks like a national ID, not an organisation number \(9 digits\)/,
    'har 11 sifre: det ligner et fødselsnummer, ikke et organisasjonsnummer (9 sifre)',
  ],
  [
    /\bno valid check digit exists for (\d+) \(these numbers are never issued\)/,
    'det finnes ikke noe gyldig kontrollsiffer for $1 (slike numre deles aldri ut)',
  ],
  [
    /\bis not a Norwegian prefix; a Norwegian MVA number looks like/,
    'er ikke et norsk prefiks; et norsk MVA-nummer ser slik ut:',
  ],
];

/** A refusal (a parser's reason, a workflow's message or hint) in the agent's language. */
export function refusalText(s: Pick<Session, 'lang'>, text: string): string {
  if (s.lang !== 'nb') return text;
  return RULES.reduce((t, [pattern, nb]) => t.replace(pattern, nb), text);
}

// The person's name in a ticket: from a self-introduction in the body ("Jeg heter …", "My name is …"),
// the signature ("Mvh Kari Nordmann") or the From display name ("Nordmann, Kari"). Pure.
import type { TicketName } from './types.js';

const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'af']);

/**
 * Words that end a name written without capitals ("jeg heter kari nordmann og jobber …"), and words
 * that say how a name is written rather than give it ("navnet mitt er stavet feil", "my name is
 * misspelled"): after "er"/"is" anything may follow, so they are no name.
 */
const NOT_NAME_WORDS = new Set(
  `og and fra from født fødd f born i på med har jobber jobbar er som at in with works but men hos til for
  the mitt min my kan vil dob tlf telefon mobil epost email mail nr jeg eg i'm im am is og/eller
  ikke ikkje not har hadde have had skal will vi we du you dere de det den this that et ett ei ein eit a an
  hei hi hello takk thanks thank mvh hilsen regards vennlig vennleg helsing kind best med
  support kurs kurset course passord password bruker brukar konto account ny nytt new gammel old
  ansatt tilsett employee firma company as asa ans da sa ab ltd fødselsdato birth date dato
  glemt gløymt forgot husker hugsar remember trenger treng need vet veit know
  name navn namn fullt full very much so lot lots again all everyone advance alle sammen hjelpen help deg dykk you
  dem dei ham henne hennar him her them oss us seg yours respectfully truly sincerely
  krever krev ber bed asks requests demands
  stavet stava skrevet skrive skrivi feilstavet feilstava feilskrevet feilskrive feil riktig korrekt
  registrert endret endra byttet bytta spelled spelt misspelled misspelt written wrong
  incorrect correct incorrectly wrongly registered changed`.split(/\s+/),
);

/**
 * Display names and signature lines that are a company, a team or a role, not a person; a firm's name
 * mostly ends in its trade ("Nordbygg", "Fjord Anlegg", "Hansen Elektro"). The company forms DA and SA
 * count only at the end, as a firm writes them: "Da" inside "Maria Da Silva" is a particle of a name.
 */
export const ROLE_WORDS =
  /avdeling|regnskap|\b(finance|desk|accounts|automatic|auto|reply|svar|rewards|webinar|question|growth|office|newsletter|nyhetsbrev|kontor|sales|marketing|as|asa|ans|ab|ltd|gmbh|inc|nuf|oy|aps|bv|llc|plc|srl|kommune|support|post|postmottak|faktura|invoice|regnskap|accounting|økonomi|okonomi|hr|admin|noreply|no-reply|info|kundeservice|service|team|avdeling|department|bane nor|jernbaneskolen|prosjektleder|daglig leder|dagleg leiar|leiar|rådgiver|rådgjevar|konsulent|manager|consultant|director|direktør|leder|sekretær|mottak|sentralbord|administrator|coordinator|koordinator|engineer|ingeniør|officer|assistant|advisor|specialist|spesialist|technician|tekniker|montør|formann|foreman|supervisor|head|chief|ceo|cfo|cto|adm|kvalitet|quality|hms|she|project|prosjekt|site|salg|salgsavdeling|innkjøp|innkjop|purchasing|lager|warehouse|drift|operations|kursavdeling|opplæring|training|booking|bestilling|orders?|butikk|shop|store|nettbutikk|kampanje|promo\w*|deals?|offers?|profits?|crypto\w*|bitcoin|trading|invest\w*|casino|bonus|lottery|winners?|prize|rewards?|club|klubb|group|gruppen|solutions|consulting|services|systems|partners?|media|digital|agency|byrå|security|sikkerhet|it|helpdesk|servicedesk|alerts?|recruit\w*|rekruttering|staffing|bemanning|personal|personalavdeling\w*)\b|\b(?:da|sa)\.?\s*$|\w*kontor(?:et)?\b|\w+(?:leder|leiar)\b|\w*(?:bygg|anlegg|entreprenør\w*|elektro|transport|maskin\w*|betong|graving|montasje|eiendom|logistikk|holding|consult\w*|gruppen)\b/i;

const NAME_TOKEN = /^[\p{L}][\p{L}'’-]*\.?$/u;

function capitalisePart(part: string): string {
  return part
    .split('-')
    .map((piece) => (piece === '' ? piece : piece[0]!.toUpperCase() + piece.slice(1)))
    .join('-');
}

/** `KARI-ANNE nordmann` → `Kari-Anne Nordmann`; a name written in mixed case (McLean) keeps its case. */
export function normaliseNameCase(tokens: readonly string[]): string[] {
  return tokens.map((token, i) => {
    const lower = token.toLowerCase();
    if (i > 0 && PARTICLES.has(lower)) return lower;
    const mixed = token !== lower && token !== token.toUpperCase();
    return mixed ? capitalisePart(token) : capitalisePart(lower);
  });
}

/** Titles before a name ("Dr. Hannah Fischer"): not part of it. */
const TITLES = new Set([
  'dr',
  'prof',
  'professor',
  'mr',
  'mrs',
  'ms',
  'miss',
  'herr',
  'fru',
  'frk',
  'sir',
  'ing',
  'dipl',
]);

/** Builds a name from tokens given first; `surnameFirst` for "Nordmann, Kari" and "NORDMANN Kari". */
export function makeName(
  tokens: readonly string[],
  source: TicketName['source'],
  surnameFirst = false,
): TicketName | null {
  const clean = tokens.map((t) => t.replace(/\.$/, '')).filter((t) => t !== '');
  while (clean.length > 1 && TITLES.has((clean[0] as string).toLowerCase())) clean.shift();
  if (clean.length === 0 || clean.length > 5) return null;
  if (!clean.every((t) => NAME_TOKEN.test(t))) return null;
  const cased = normaliseNameCase(clean);
  let given: string[];
  let family: string[];
  if (surnameFirst && cased.length >= 2) {
    family = [cased[0] as string];
    given = cased.slice(1);
  } else if (cased.length === 1) {
    given = cased;
    family = [];
  } else {
    // Family-name particles ("van der Berg") belong to the family name.
    let split = cased.length - 1;
    while (split > 1 && PARTICLES.has((cased[split - 1] as string).toLowerCase())) split--;
    given = cased.slice(0, split);
    family = cased.slice(split);
  }
  const full = [...given, ...family].join(' ');
  return { full, given: given.join(' '), family: family.join(' '), source };
}

/**
 * Words that head a table's or a form's columns ("Navn Født E-post", "Name DOB Email", "Fornavn
 * Etternavn"): no person is called so, and a header row read as a name would be a name.
 */
const COLUMN_WORDS = new Set(
  `navn namn name names fornavn førenamn etternavn etternamn firstname lastname surname first last full
  født fødd fødselsdato fødselsdag fødselsnummer fnr dob birthdate e-post epost e-mail email mail
  mobil telefon tlf phone adresse address orgnr stilling title`.split(/\s+/),
);

/** A name written "Family, Given" or with the family name alone in capitals first. */
export function parseWrittenName(text: string, source: TicketName['source']): TicketName | null {
  const trimmed = text.replace(/["“”]/g, '').replace(/\s+/g, ' ').trim();
  if (trimmed === '' || /[\d@]/.test(trimmed) || ROLE_WORDS.test(trimmed)) return null;
  if (trimmed.split(/[ ,]+/).some((w) => COLUMN_WORDS.has(w.toLowerCase().replace(/[.:]$/, '')))) return null;
  const comma = /^([^,]+),\s*([^,]+)$/.exec(trimmed);
  if (comma) {
    const family = comma[1]!.split(' ');
    const given = comma[2]!.split(' ');
    if (family.length > 2 || given.length > 3) return null;
    return joinSurnameFirst(family, given, source);
  }
  const tokens = trimmed.split(' ');
  if (tokens.length < 1 || tokens.length > 4) return null;
  const first = tokens[0] as string;
  const second = tokens[1];
  const shouting = (t: string) => t.length > 1 && t === t.toUpperCase() && t !== t.toLowerCase();
  if (second !== undefined && shouting(first) && !shouting(second)) return makeName(tokens, source, true);
  return makeName(tokens, source);
}

function joinSurnameFirst(
  family: string[],
  given: string[],
  source: TicketName['source'],
): TicketName | null {
  const g = makeName(given, source);
  const f = makeName(family, source);
  if (!g || !f) return null;
  const familyText = [f.given, f.family].filter(Boolean).join(' ');
  return { full: `${g.full} ${familyText}`, given: g.full, family: familyText, source };
}

/** Filler words that may stand between an introduction and the name ("jeg heter altså …"). */
const FILLERS = new Set(['altså', 'altso', 'faktisk', 'egentlig', 'eigentleg', 'forresten', 'actually']);

/** Up to four name words after an introduction, stopping at the first word that cannot be a name. */
function nameAfter(text: string, source: TicketName['source']): TicketName | null {
  const tokens: string[] = [];
  const words = text.split(/\s+/);
  for (const [index, raw] of words.entries()) {
    const token = raw.replace(/[,.;:!?)]+$/, '');
    // "Jeg heter altså Gunnar Tveit": a filler word before the name is no part of it.
    if (tokens.length === 0 && FILLERS.has(token.toLowerCase())) continue;
    // "on behalf of my husband Darius …": the word for who the person is stands before the name.
    if (tokens.length === 0 && PERSON_NOUN.test(token) && /^\p{Lu}/u.test(words[index + 1] ?? '')) continue;
    // "Inês Santos da Costa": a particle before a capitalised word is part of the name, though "da" is
    // also the company form DA.
    const particle =
      tokens.length > 0 && PARTICLES.has(token) && /^\p{Lu}/u.test(words[index + 1] ?? '') && raw === token;
    if (token === '' || (!particle && NOT_NAME_WORDS.has(token.toLowerCase())) || !NAME_TOKEN.test(token))
      break;
    // A name begun in capitals ends at a word in lower case ("Vår ansatte Kristian Berge ser ikke …");
    // one written all in lower case ("jeg heter kari nordmann") is read as written.
    const capital = (t: string) => t[0] !== t[0]?.toLowerCase();
    if (tokens.length > 0 && capital(tokens[0] as string) && !capital(token) && !PARTICLES.has(token)) break;
    tokens.push(token);
    if (raw !== token && /[,;:!?)]$|\.$/.test(raw)) break;
    if (tokens.length === 4) break;
  }
  if (tokens.length === 0) return null;
  return makeName(tokens, source);
}

const INTRODUCTIONS: readonly RegExp[] = [
  /\b(?:jeg|eg)\s+(?:heter|heiter)\s+(.{2,60})/i,
  /\b(?:mitt|mitt fulle)\s+(?:navn|namn)\s+er\s+(.{2,60})/i,
  /\b(?:navnet|namnet)\s+mitt\s+er\s+(.{2,60})/i,
  /\bmy\s+(?:full\s+)?name\s+is\s+(.{2,60})/i,
  /\bthis\s+is\s+([A-ZÆØÅ][\p{L}-]+\s+[A-ZÆØÅ][\p{L}-]+)\b(?!\s+(?:AS|ASA|ANS|DA|SA|Ltd)\b)/u,
  // "Hei, Geir Tinde her", "Anna Berg here:": a name then "her"/"here" opening the mail or a sentence (after
  // a greeting at most), as one says it on the phone; elsewhere "her" is an English pronoun.
  /(?:^|[.!?]\s+|\b(?:[Hh]ei|[Hh]allo|[Hh]eisann|[Hh]i|[Hh]ello|[Hh]ey|[Gg]od morgen|[Gg]ood morning)\b[,!]?\s+)((?:[A-ZÆØÅ][\p{Ll}'’-]+\s+){1,2}[A-ZÆØÅ][\p{Ll}'’-]+)\s+(?:her|here)\b(?!\s+\p{L})/mu,
  // "Dette er Geir Tinde", "det er Geir Tinde som skriver": the writer saying who is writing.
  /(?:^|[.!?]\s+|\b(?:[Hh]ei|[Hh]allo|[Hh]eisann)\b[,!]?\s+)[Dd]ette\s+er\s+((?:[A-ZÆØÅ][\p{Ll}'’-]+\s+){1,2}[A-ZÆØÅ][\p{Ll}'’-]+)\b(?!\s+(?:AS|ASA|ANS|DA|SA)\b)/mu,
  /\b[Dd]et\s+er\s+((?:[A-ZÆØÅ][\p{Ll}'’-]+\s+){1,2}[A-ZÆØÅ][\p{Ll}'’-]+)\s+som\s+(?:skriver|skriv)\b/u,
];

/** The names the writer gives as their own ("Jeg heter …", "Geir Tinde her", "this is …"): never someone else's. */
export function selfIntroducedNames(text: string): TicketName[] {
  const found: TicketName[] = [];
  for (const pattern of INTRODUCTIONS) {
    const m = pattern.exec(text);
    const name = m ? nameAfter(m[1]!, 'body') : null;
    if (name) found.push(name);
  }
  return found;
}

/** Introductions of someone else: the sender writes for an employee or a colleague. */
const ON_BEHALF: readonly RegExp[] = [
  /\b(?:på\s+vegne\s+av|på\s+vegner\s+av|on\s+behalf\s+of)\s+(?:min|vår|my|our)?\s*(?:ansatte?|tilsette?|kollega|medarbeider|employee|colleague|klient(?:en)?|client)?\s*(.{2,60})/i,
  /\b(?:vår|min|our)\s+(?:nye\s+|new\s+)?(?:ansatte?|tilsette?|medarbeider|employee)\s*,?\s+(.{2,60})/i,
  /\b(?:en|ei|ein|eit|a)\s+(?:ny|nyansatt|new)\s+(?:ansatt|tilsett|medarbeider|employee|colleague|kollega)\s*,\s*(.{2,60})/i,
  /\bnew\s+employee\s+([A-ZÆØÅ].{1,59})/u,
  // "His name is Tarik Demir", "hun heter Mari Lund", "navnet hans er …": someone else introduced.
  /\b(?:his|her)\s+(?:full\s+)?name\s+is\s+([A-ZÆØÅ].{1,59})/iu,
  /\b(?:han|hun|ho)\s+(?:heter|heiter)\s+([A-ZÆØÅ].{1,59})/iu,
  /\b(?:navnet|namnet)\s+(?:hans|hennes|hennar)\s+er\s+([A-ZÆØÅ].{1,59})/iu,
];

const CAP = String.raw`[A-ZÆØÅÉ][\p{Ll}'’]+(?:-[A-ZÆØÅÉ]?[\p{Ll}'’]+)*`;
const CAP_NAME = String.raw`(?<![\p{L}-])(${CAP}(?:[ \t]+(?:${CAP}|van|von|de|der|den))*[ \t]+${CAP})`;
/**
 * CAP_NAME where a pattern starts with it: never from the middle of a run of capitalised words. A later
 * start reaches no end the run's first word cannot, so no match is lost, and a long line of capitalised
 * words is scanned once instead of once from each word (3,000 words took 20 s, a 10 MB line hours).
 */
const CAP_NAME_FIRST = String.raw`(?<!(?<![\p{L}-])${CAP}[ \t]+)${CAP_NAME}`;

/** Words between "det gjelder" and the names that say they are some of them ("blant annet", "among others"). */
const AMONG = String.raw`(?:[ \t]+(?:blant annet|bl\.[ \t]?a\.|mellom anna|m\.a\.|among others|for example|for eksempel|f\.eks\.|e\.g\.|særlig|spesielt|especially))?`;

/** Keywords that may start a sentence: each alternative's first letter in either case. */
const anyCase = (alternatives: string) =>
  alternatives.replace(/(^|\|)([a-zæøå])/g, (_, bar: string, c: string) => `${bar}[${c.toUpperCase()}${c}]`);

/**
 * Someone the mail is about rather than from: HR or a manager writing about an employee ("lærlingen
 * Emma Sørli", "Kristian Moen (f. …)", "registrere Kristian Moen", "Kontaktperson: Hilde Nordvik").
 * Capitalised words only, so ordinary text is not read as a name.
 */
const ABOUT_SOMEONE: readonly RegExp[] = [
  new RegExp(
    // "- James Baranauskas, DOB 14/8/1998": a capitalised label only on the name's own line, where it is
    // no form's next label ("Namn: …\nFødd: …").
    String.raw`${CAP_NAME_FIRST}(?:\s*[,(]?\s*\(?(?:f\.|født|fødd|født den|born|birth|b\.|dob|d\.o\.b\.|date of birth|fnr\.?|fødselsnummer|personnummer|personal number)|[ \t]*[,(]?[ \t]*\(?(?:DOB|D\.O\.B\.|Født|Fødd|Born|Date of birth))\s*[:]?\s*\d`,
    'u',
  ),
  new RegExp(
    String.raw`\b(?:${anyCase('lærling(?:en|er|ar)?|kollega(?:en)?|colleague|apprentice|trainee|ansatte?|tilsette?|medarbeider(?:en|e)?|employee|hire|arbeidstaker(?:en|e)?|arbeider(?:en|e)?|worker|deltaker(?:en|e)?|deltakar(?:en)?|participant|vikar(?:en)?|innleid(?:e|de)?|nyansatt(?:e)?|gutt(?:a|ene)|sønn(?:en)?|son|datter(?:en)?|dotter(?:a)?|dattera|daughter|mann(?:en)?|husband|kona|kone(?:n)?|wife|bror(?:en)?|brother|søster(?:en)?|sister|far(?:en)?|father|mor(?:en)?|mother|svigersønn(?:en)?|partner(?:en)?')})(?:\s+(?:min|mi|mitt|vår|våre|my|our))?\s*[,:]?\s+${CAP_NAME}`,
    'u',
  ),
  // "Filmon Tekle Ghebreyesus 19.02.1993": a name with a whole birth date right after it.
  new RegExp(String.raw`${CAP_NAME_FIRST}[ \t]*,?[ \t]+\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d(?!\d)`, 'u'),
  // "Ørjan Kvisle 14. mars -88": the month by name, with a year that can be a birth year (no course's).
  new RegExp(
    String.raw`${CAP_NAME_FIRST}[ \t]*,?[ \t]+\d{1,2}\.?[ \t]+\p{Ll}{3,}\.?[ \t]+(?:19\d\d|20[01]\d|[-'’]\d\d)(?!\d)`,
    'u',
  ),
  // "issued to Lukas Brandt", "utstedt til …": whose certificate a third party asks about.
  new RegExp(
    String.raw`\b(?:${anyCase('issued to|made out to|awarded to|utstedt til|utstedt på|utferda til|utferda på|skrevet ut til|skrive ut til|skreve ut til')})[ \t]+${CAP_NAME}`,
    'u',
  ),
  // "Navnet på beviset er Dariusz Mazur", "the name on the certificate is …": whose document it is.
  new RegExp(
    String.raw`\b(?:${anyCase('navnet på|namnet på|the name on|name on')})\s+(?:\S+\s+){0,2}(?:er|is)\s*:?\s+${CAP_NAME}`,
    'u',
  ),
  new RegExp(
    String.raw`\b(?:${anyCase('registrere|registrer|opprette (?:en )?(?:bruker|brukar|konto) (?:for|til)|register|create (?:a )?(?:user|account) for|set up (?:a )?(?:user|account) for|kurs(?:historikk)? (?:som|for|til)|courses? (?:for|of)|history (?:for|of)|brukeren til|brukaren til|kontoen til|the account of')})\s+${CAP_NAME}`,
    'u',
  ),
  // "opprette bruker for Lena Hofstad", "create a portal account for our team lead Julien Moreau":
  // whom the new account is for, a role of theirs in lower case passed over.
  new RegExp(
    String.raw`\b(?:${anyCase('oppretter|opprette|opprett|opprettar|create|set up')})[ \t]+(?:\p{Ll}+[ \t]+){0,2}(?:bruker|brukar|konto|user|account)[ \t]+(?:for|til)(?:[ \t]+(?:vår|våre|vårt|min|mitt|our|my)(?:[ \t]+\p{Ll}+){0,3})?[ \t]+${CAP_NAME}`,
    'u',
  ),
];

/** "Arvid Lindqvist har begynt hos oss", "kurs tatt av Kenneth Aarø": a third person's name in a sentence. */
const SOMEONE_IN_SENTENCE: readonly RegExp[] = [
  // "a certificate for Mr. Erik Vangen": a title is how one writes of someone else.
  new RegExp(String.raw`\b(?:Mr|Mrs|Ms|Herr|Fru)\.?[ \t]+${CAP_NAME}`, 'u'),
  // "Det gjelder Petter Ålien og Knut Sivertsen": the people a matter concerns.
  new RegExp(
    String.raw`\b(?:${anyCase('det gjelder|det gjeld|dette gjelder|dette gjeld|gjelder|gjeld|it concerns|this concerns|concerns|regarding')})${AMONG}[ \t]+${CAP_NAME}`,
    'u',
  ),
  new RegExp(
    String.raw`${CAP_NAME_FIRST}\s+(?:har\s+(?:begynt|byrja|starta|startet|slutta|sluttet)|har\s+gått\s+over|har\s+nettopp\s+begynt|begynner|byrjar|has\s+(?:started|joined|left|moved)|started|joined)\b`,
    'u',
  ),
  new RegExp(String.raw`\b(?:tatt|gjennomført|gjennomført)\s+av\s+${CAP_NAME}`, 'u'),
];

/**
 * A name with an address in brackets right after it ("Ida Berg (ida.berg@firma.no) og Per Lie (…)"): the
 * writer gives the person's login beside their name, as one does of the people a mail is about.
 */
const NAME_WITH_ADDRESS = new RegExp(
  String.raw`${CAP_NAME_FIRST}[ \t]*[(<[][ \t]*(?:mailto:)?[^\s()<>@]+@[^\s()<>]+[ \t]*[)>\]]`,
  'gu',
);

/** A manager, a contact or a copy named before a name: someone to ask, not whom the mail is about. */
const REFERENCE_BEFORE =
  /\b(?:leder\w*|leiar\w*|sjef\w*|manager|supervisor|boss|foreman|formann|kontakt\w*|contact|cc|kopi|copy)\b[^\n.!?]{0,30}$/i;

function namesWithAddress(text: string): TicketName[] {
  const found: TicketName[] = [];
  for (const m of text.matchAll(NAME_WITH_ADDRESS)) {
    if (REFERENCE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const tokens = (m[1] as string).split(/[ \t]+/);
    // "Hei Ida Berg (…)", "Og Per Lie (…)": a word that is no name before it is left out.
    while (tokens.length > 2 && NOT_NAME_WORDS.has((tokens[0] as string).toLowerCase())) tokens.shift();
    if (tokens.some((t) => NOT_NAME_WORDS.has(t.toLowerCase())) || ROLE_WORDS.test(tokens.join(' ')))
      continue;
    const name = makeName(tokens, 'body');
    if (name && name.family !== '') found.push(name);
  }
  return found;
}

/** Words that send the reader to someone else ("please contact my colleague …"): a referral, no subject. */
const REFERRAL = /\b(?:contact|kontakt|kontakte|kontakta|ring|call|reach)\s+(?:min|mi|my|vår|our)?\s*$/i;

/**
 * A word for what someone is, capitalised at a sentence's start ("Lærlingen Emil Vik (f. …)",
 * "Kollegaen min Per Lie"): it stands before the name and is no part of it.
 */
const PERSON_NOUN =
  /^(?:lærling\p{L}*|ansatt\p{L}*|nyansatt\p{L}*|tilsett\p{L}*|kollega\p{L}*|medarbeider\p{L}*|arbeider\p{L}*|arbeidar\p{L}*|deltaker\p{L}*|deltakar\p{L}*|vikar\p{L}*|apprentice|trainee|employee|colleague|worker|participant|sønn\p{L}*|datter\p{L}*|dotter\p{L}*|son|daughter|husband|wife|mannen|kona|konen|sambo\p{L}*|partner\p{L}*|brother|sister|broren|søstera|søsteren)$/iu;

function aboutSomeone(text: string): TicketName[] {
  const found: TicketName[] = [];
  for (const pattern of [...ABOUT_SOMEONE, ...SOMEONE_IN_SENTENCE]) {
    const m = pattern.exec(text);
    if (!m) continue;
    if (REFERRAL.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    const tokens = m[1]!.split(/[ \t]+/);
    while (tokens.length > 2 && PERSON_NOUN.test(tokens[0] as string)) tokens.shift();
    if (tokens.some((t) => NOT_NAME_WORDS.has(t.toLowerCase())) || ROLE_WORDS.test(m[1]!)) continue;
    const name = makeName(tokens, 'body');
    if (name) found.push(name);
  }
  return found;
}

/**
 * The company's contact person, named after a label: "Kontaktperson: Hilde Nordvik", "Kontaktperson er
 * Lise Hagen", "Contact: Lukas Berg", "Kontaktperson: daglig leder Ivar Fjellstad", "Daglig leder: …",
 * "HR: …". Such a label names a role at the company — whom the desk and accounting deal with — never
 * the learner a request is about. A title between the label and the name is passed over.
 */
const CONTACT_LABEL = new RegExp(
  String.raw`(?:^|[\s•–—(-])(?:${anyCase('kontaktperson(?:en)?|kontakt|contact person|contact|point of contact')})(?:[ \t]+(?:hos oss|for oss|for firmaet|for selskapet|for bedriften|for us|for the company|i firmaet|i selskapet|i bedriften|hos dem|in (?:the )?company|at (?:the )?company|there))?[ \t]*(?::|[ \t](?:er|blir|is|will be)\b)[ \t]*(?:(?:meg|me|undertegnede|underteikna|undersigned)[ \t]*,[ \t]*)?(?:(?:${anyCase('vår|våre|our|daglig|leder|general|manager|hr|hr-\\p{L}+|sjef|regnskapsfører|accountant|ceo|director|direktør|innehaver|owner|eier|prosjektleder|project|site|styreleder|kontorleder|office')}|\p{L}+sjef)[ \t]+){0,3}${CAP_NAME}`,
  'u',
);
/** A role written as a form's label at a line's start ("Daglig leder: Ivar Fjellstad", "HR: Kari Berg"). */
const ROLE_LABEL = new RegExp(
  String.raw`^[ \t]*(?:[-*•–][ \t]*)?(?:${anyCase('daglig leder|hr|hr-kontakt|personalansvarlig|general manager|managing director')})[ \t]*:[ \t]*${CAP_NAME}`,
  'mu',
);

/** The same role named in a sentence: "Daglig leder heter Arvid Lindahl", "our CEO is …". */
const ROLE_NAMED = new RegExp(
  String.raw`\b(?:${anyCase('daglig leder|dagleg leiar|general manager|managing director')})[ \t]+(?:er|heter|heiter|is)[ \t]+${CAP_NAME}`,
  'u',
);

/** A table's header cell over the company's contact person: "kontakt", "kontaktperson", "contact person". */
const CONTACT_COLUMN = /^(?:kontakt(?:person)?(?:en)?|kontakt[ _-]?navn|contact(?:[ _-]?(?:person|name))?)$/i;

/**
 * The contact people of a pasted table of companies ("orgnr;navn;fakturaepost;kontakt" over its rows, cells
 * between semicolons or tabs): the cells under a contact column, wherever it stands, that are a person's
 * name (a firm's or a mailbox is not). Like a contact label, such a column names whom the desk deals with.
 */
export function tableContactsIn(text: string): TicketName[] {
  const found: TicketName[] = [];
  const lines = text.split('\n');
  for (const [i, header] of lines.entries()) {
    const separator = header.includes(';') ? ';' : header.includes('\t') ? '\t' : null;
    if (!separator) continue;
    const cells = header.split(separator).map((c) => c.trim());
    const column = cells.findIndex((c) => CONTACT_COLUMN.test(c));
    if (column < 0 || cells.length < 2) continue;
    for (const row of lines.slice(i + 1)) {
      const values = row.split(separator);
      if (values.length !== cells.length) break;
      const value = (values[column] ?? '').trim();
      if (value === '' || value.includes('@') || ROLE_WORDS.test(value)) continue;
      const name = parseWrittenName(value, 'body');
      if (name && name.family !== '' && !found.some((n) => n.full === name.full)) found.push(name);
    }
    if (found.length > 0) break;
  }
  return found;
}

/** The company's contact person a mail names after a label, if any (see CONTACT_LABEL). */
export function contactPersonIn(text: string): TicketName | null {
  for (const pattern of [CONTACT_LABEL, ROLE_LABEL, ROLE_NAMED]) {
    const m = pattern.exec(text);
    if (!m) continue;
    const tokens = (m[1] as string).split(/[ \t]+/);
    if (tokens.some((t) => NOT_NAME_WORDS.has(t.toLowerCase())) || ROLE_WORDS.test(m[1] as string)) continue;
    const name = makeName(tokens, 'body');
    if (name && name.family !== '') return name;
  }
  return null;
}

/**
 * The name the person had before ("eit anna etternamn (Ragnhild Vik)", "maiden name (Anna Lie)", "née …"):
 * the same person, whose old account may carry it. Listed after the name they have now.
 */
const FORMER_NAME = new RegExp(
  String.raw`\b(?:${anyCase('etternavn\\p{L}*|etternamn\\p{L}*|pikenavn\\p{L}*|pikenamn\\p{L}*|navn|namn|name|surname|maiden name|last name|family name')})\b[^\n()]{0,30}\([ \t]*${CAP_NAME}[ \t]*\)|\b(?:née|nee)[ \t]+${CAP_NAME}`,
  'gu',
);

export function formerNamesIn(text: string): TicketName[] {
  const found: TicketName[] = [];
  for (const m of text.matchAll(FORMER_NAME)) {
    const written = (m[1] ?? m[2]) as string;
    const tokens = written.split(/[ \t]+/);
    if (tokens.some((t) => NOT_NAME_WORDS.has(t.toLowerCase())) || ROLE_WORDS.test(written)) continue;
    const name = makeName(tokens, 'body');
    if (name && name.family !== '') found.push(name);
  }
  return found;
}

const LABELLED = /(?:^|[.!?]\s+)\s*(?:fullt\s+|full\s+)?(?:navn|namn|name)\s*[:=]\s*([^\n]{2,60})/im;
/** A form filled in without colons ("name Paweł Zając" on a line of its own): capitalised words only. */
const LABELLED_BARE = new RegExp(
  String.raw`^[ \t]*(?:fullt[ \t]+|full[ \t]+)?(?:navn|namn|name)[ \t]+((?:${CAP})(?:[ \t]${CAP}){1,3})[ \t]*$`,
  'imu',
);

/**
 * The caller of an agent's call note ("Innringer: Knut Rørvik, Rørvik Elektro.", "Caller says: Tomasz
 * Wrona, works for …", "Ringte: …"): the person the note is about, up to the first comma.
 */
const CALLER =
  /(?:^|[.!?:]\s+)\s*(?:innringer|caller(?:\s+says)?|ringte|ringer)\s*[:=]\s*([^\n,;(.]{2,60})/im;

/** Names the person gives in the body: "Jeg heter …", "Navn: …", "on behalf of …". */
export function namesInBody(text: string): TicketName[] {
  const found: TicketName[] = [];
  const caller = CALLER.exec(text);
  const callerName = caller ? parseWrittenName((caller[1] as string).trim(), 'body') : null;
  if (callerName) found.push(callerName);
  const labelled = LABELLED.exec(text);
  if (labelled) {
    const value = labelled[1]!.replace(/\s*(?:[;(\t]|\s-\s|\s{2,}|\.\s).*$/, '');
    const name = parseWrittenName(value, 'body');
    if (name) found.push(name);
  } else {
    const bare = LABELLED_BARE.exec(text);
    const name = bare ? parseWrittenName(bare[1] as string, 'body') : null;
    if (name) found.push(name);
  }
  found.push(...selfIntroducedNames(text));
  found.push(...namesOfOthers(text));
  return found;
}

/**
 * The people a mail is about when the sender writes for someone else: "på vegne av …", "vår ansatt …",
 * "mannen min, …", "lærlingen …", a list of employees. The sender's own self-introduction is not here.
 */
export function namesOfOthers(text: string): TicketName[] {
  const found: TicketName[] = [];
  for (const pattern of ON_BEHALF) {
    const m = pattern.exec(text);
    if (!m) continue;
    const name = nameAfter(m[1]!, 'body');
    if (name) found.push(name);
  }
  found.push(...aboutSomeone(text));
  found.push(...listedPeople(text));
  found.push(...namesWithAddress(text));
  return found;
}

/** A line of a list: a bullet or a number, then the entry. */
const LIST_ITEM = /^\s*(?:[-*•–]|\d{1,2}[.)])\s+(.+)$/gmu;
/** A row of a pasted table that starts with a name: cells by semicolons or tabs, or Markdown's "| … |". */
const TABLE_ROW =
  /^[ \t]*(?:\|[ \t]*)?((?:[A-ZÆØÅÉ\p{Lu}][\p{L}'’-]+)(?:[ \t]+[A-ZÆØÅÉ\p{Lu}][\p{L}'’-]+){1,3})[ \t]*[;\t|]/gmu;
const NAME_LINE = new RegExp(String.raw`^${CAP}(?:[ \t]+${CAP}){1,3}$`, 'u');
const NAME_AND_DETAIL = new RegExp(
  String.raw`^[ \t]*(${CAP}(?:[ \t]${CAP}){1,3})(?:[ \t]*(?:[,:–—(-]|\s-\s)|[ \t]{2,}|\t)[^\n@]{0,60}?(?:(?<![\w.+-])\S+@\S+|(?<!\d)\d{1,2}([./-])\d{1,2}\2\d{2,4}|(?<!\d)\d{1,2}(?:st|nd|rd|th)?\.?[ \t]+(?:of[ \t]+)?\p{L}{3,}\.?[ \t]+(?:19|20)\d\d(?!\d)|(?<![\d-])(?:19|20)\d\d-\d\d-\d\d(?![\d-])|(?<![\d.,-])\d{6,11}[ \t]*$)`,
  'gmu',
);
/** Three or more names in a row in running text: "Ole Bakken, Arne Solheim og Jonas Vik". */
const ONE_NAME = String.raw`${CAP}(?:[ \t]+(?:${CAP}|van|von|de|der|den))*[ \t]+${CAP}`;
const NAME_SERIES = new RegExp(
  String.raw`(?<![\p{L}-])(?<!(?<![\p{L}-])${CAP}[ \t]+)(${ONE_NAME})((?:\s*,\s*${ONE_NAME})+\s*,?\s+(?:og|and|&)\s+${ONE_NAME})`,
  'gu',
);

/** "Det gjelder Petter Ålien og Knut Sivertsen": two people a matter concerns. */
const CONCERNS_PAIR = new RegExp(
  String.raw`\b(?:[Dd]et gjelder|[Dd]et gjeld|[Dd]ette gjelder|[Gg]jelder|[Gg]jeld|[Ii]t concerns|[Cc]oncerns|[Rr]egarding)${AMONG}[ \t]+(${ONE_NAME})[ \t]+(?:og|and|&)[ \t]+(${ONE_NAME})`,
  'gu',
);

/** "to nye montører, Kevin Strøm og Nikolai Berg": two people named after the word for what they are. */
const PEOPLE_PAIR = new RegExp(
  String.raw`\b(?:${anyCase('ansatte|tilsette|nyansatte|lærlinger|lærlingar|lærlingene|medarbeidere|montører|arbeidere|arbeidarar|kolleger|kollegaer|deltakere|deltakarar|employees|apprentices|workers|colleagues|technicians|participants')}),?[ \t]+(${ONE_NAME})[ \t]+(?:og|and|&)[ \t]+(${ONE_NAME})`,
  'gu',
);

/** "to maskinførere, Atle Moe og Siv Dal", "two drivers, …": a count and a word for what they are, then two names. */
const COUNTED_PAIR = new RegExp(
  String.raw`\b(?:${anyCase('to|tre|fire|fem|two|three|four|five|begge|both')})[ \t]+(?:\p{Ll}+[ \t]+)?\p{Ll}{3,},?[ \t]+(${ONE_NAME})[ \t]+(?:og|and|&)[ \t]+(${ONE_NAME})`,
  'gu',
);

/**
 * The people a manager or HR lists: every entry of a bulleted or numbered list that starts with a name
 * ("- Ola Brekke, ola.brekke@…", "1. Emil Rasmussen – f. …", "- Kowalski, Adam - born …"), and names
 * written as a series in a sentence. Two entries at least, so an ordinary list is not read as names.
 */
function listedPeople(text: string): TicketName[] {
  const fromList: TicketName[] = [];
  for (const m of text.matchAll(LIST_ITEM)) {
    const entry = (m[1] as string).split(
      /\s+[-–—|]\s+|\s*[\u0080-\u009f]\s*|\s{2,}|\s*[(:;]|\s+\S+@|\s*,\s*(?=\S*[\d@])|\s*,\s*(?=(?:[Dd]-?(?:number|nummer|nr)|[Ff]nr|[Ff]ødselsnummer|[Pp]ersonnummer|[Nn]ational ID)\b)|\s*,\s*(?=(?:[Ff]ødt|[Ff]ødd|[Ff]\.|[Bb]orn|[Bb]\.|[Dd]ob|DOB|[Dd]\.[Oo]\.[Bb]\.?|[Dd]ate of birth)\s)/,
    )[0] as string;
    const words = entry.replace(/,/g, ' ').trim().split(/\s+/);
    if (words.length < 2 || words.length > 4) continue;
    if (!words.every((w) => /^[A-ZÆØÅÉ\p{Lu}][\p{L}'’-]+$/u.test(w))) continue;
    const name = parseWrittenName(entry.trim(), 'body');
    if (name && name.family !== '') fromList.push(name);
  }
  // Rows of a pasted table: "Trond Nilssen;trond@…;03.05.1974" (semicolons or tabs between the cells).
  for (const m of text.matchAll(TABLE_ROW)) {
    const name = parseWrittenName(m[1] as string, 'body');
    if (name && name.family !== '') fromList.push(name);
  }
  // Lines that are a name and the person's address or birth date, without a bullet ("Roy Sandvik –
  // roy.sandvik@…", "Geir Olsen, geir.olsen@…").
  for (const m of text.matchAll(NAME_AND_DETAIL)) {
    const name = parseWrittenName(m[1] as string, 'body');
    if (name && name.family !== '' && !fromList.some((n) => n.full === name.full)) fromList.push(name);
  }
  // Lines of nothing but a name under a line that introduces them ("Det gjelder:", "Navn:"), two or more.
  const lines = text.split('\n').map((l) => l.trim());
  for (let i = 0; i < lines.length; i++) {
    if (!/:$/.test(lines[i] as string)) continue;
    const run: TicketName[] = [];
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j] as string;
      const name = NAME_LINE.test(line) && !ROLE_WORDS.test(line) ? parseWrittenName(line, 'body') : null;
      if (!name || name.family === '') break;
      run.push(name);
    }
    if (run.length >= 2) for (const n of run) if (!fromList.some((f) => f.full === n.full)) fromList.push(n);
  }
  // Lines of nothing but a name, two or more in a row: a list without bullets.
  for (const block of text.split(/\n[ \t]*\n/)) {
    const lines = block.split('\n').map((l) => l.trim());
    const names = lines.map((l) =>
      NAME_LINE.test(l) && !ROLE_WORDS.test(l) ? parseWrittenName(l, 'body') : null,
    );
    if (names.length >= 2 && names.every((n) => n !== null && n.family !== ''))
      for (const n of names) if (n && !fromList.some((f) => f.full === n.full)) fromList.push(n);
  }
  const found = fromList.length >= 2 ? fromList : [];
  for (const m of [
    ...text.matchAll(CONCERNS_PAIR),
    ...text.matchAll(PEOPLE_PAIR),
    ...text.matchAll(COUNTED_PAIR),
  ]) {
    for (const part of [m[1], m[2]]) {
      const tokens = (part as string).trim().split(/[ \t]+/);
      if (tokens.some((t) => NOT_NAME_WORDS.has(t.toLowerCase())) || ROLE_WORDS.test(part as string))
        continue;
      const name = makeName(tokens, 'body');
      if (name && !found.some((n) => n.full === name.full)) found.push(name);
    }
  }
  for (const m of text.matchAll(NAME_SERIES)) {
    const series = `${m[1]}${m[2]}`.split(/\s*,\s*|\s+(?:og|and|&)\s+/);
    for (const part of series) {
      const tokens = part.trim().split(/[ \t]+/);
      if (tokens.some((t) => NOT_NAME_WORDS.has(t.toLowerCase())) || ROLE_WORDS.test(part)) continue;
      const name = makeName(tokens, 'body');
      if (name) found.push(name);
    }
  }
  return found;
}

const CLOSING =
  /^\s*(?:mvh|m\.?v\.?h\.?|med\s+vennlig\s+hilsen|vennlig\s+hilsen|vennlige\s+hilsener|med\s+venn?leg\s+helsing|venn?leg\s+helsing|beste\s+hilsen|hilsen|hilsener|helsing|helsingar|kind\s+regards|best\s+regards|warm\s+regards|regards|best\s+wishes|best|many\s+thanks|thanks\s+in\s+advance|thanks|thank\s+you|takk\s+på\s+forhånd|på\s+forhånd\s+takk|tusen\s+takk|takk|cheers|sincerely|yours\s+sincerely|yours\s+faithfully|(?:very\s+)?respectfully(?:\s+yours)?|yours\s+respectfully|yours\s+truly|sincerely\s+yours|br|brgds|rgds|vh|hils(?:en)?)\b[\s,.!:-]*(.*)$/i;

/** Letters after a name for a degree or a membership ("Mark Hill CEng MIET", "Anna Berg PhD"): no part of it. */
const POSTNOMINALS = new Set(
  'ceng ieng eng miet fiet mice fice imeche mimeche msc bsc ba ma mba phd dphil meng beng mphil pmp cpa aca acca cfa frics mrics mapm fapm mista fista pe jr sr'.split(
    ' ',
  ),
);

/** "Bodø Anlegg v/ Terje Nilssen", "Firma v/Kari Nordmann": the person who writes for a firm ("ved"). */
const FOR_FIRM = /(?:^|\s)v\/\s*(\S.*)$/i;

/** A signature line that is only a name (or a firm's name and, after "v/", the person's). */
function signatureName(line: string): TicketName | null {
  const written = (FOR_FIRM.exec(line)?.[1] ?? line).trim().replace(/[,.]$/, '').split(/\s+/);
  while (
    written.length > 2 &&
    POSTNOMINALS.has((written.at(-1) as string).replace(/[.,]/g, '').toLowerCase())
  )
    written.pop();
  const text = written.join(' ').replace(/[,.]$/, '');
  if (text === '' || text.length > 60) return null;
  const words = text.split(/\s+/);
  if (words.length > 4) return null;
  if (words.some((w) => NOT_NAME_WORDS.has(w.toLowerCase()) && w.toLowerCase() !== 'de')) return null;
  return parseWrittenName(text, 'signature');
}

/** The name under (or on) the closing line, e.g. "Mvh Kari Nordmann" or "Med vennlig hilsen\nKari". */
export function nameInSignature(text: string): TicketName | null {
  const lines = text.split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = CLOSING.exec(lines[i] as string);
    if (!m) continue;
    const rest = (m[1] ?? '').trim();
    if (rest !== '') {
      // "Takk for hjelpen, Kari" style: the name after the last comma.
      // "Mvh Gunn Strand, Regnskap": a role after the name leaves the name before it.
      const segments = rest.split(',').reverse();
      for (const segment of segments) {
        const inline = signatureName(segment);
        if (inline) return inline;
      }
      if (rest.split(/\s+/).length > 4) continue;
    }
    for (let j = i + 1; j < Math.min(lines.length, i + 4); j++) {
      const line = (lines[j] as string).trim();
      if (line === '') continue;
      const name = signatureName(line);
      if (name) return name;
      break;
    }
  }
  // "Askvoll Anlegg AS v/ Ketil Rognaldsen" on a line of its own signs a firm's mail without a closing.
  for (let i = lines.length - 1; i >= 0; i--) {
    if (!FOR_FIRM.test(lines[i] as string)) continue;
    const name = signatureName(lines[i] as string);
    if (name) return name;
  }
  return null;
}

const INLINE_CLOSING = /\b(?:mvh|hilsen|helsing|regards|thanks|takk)[,.!:]?\s+([\p{L}' -]{2,40})$/iu;

/** The text above a signature block's "--" line: the title, phone and department below it name no one. */
function aboveSignatureBlock(text: string): string {
  return text.split(/\n[ \t]*--[ \t]*\n/)[0] as string;
}

/** A closing inside the last line of a short message: "glemt passord. mvh jan erik". */
export function nameInLastLine(text: string): TicketName | null {
  const last = aboveSignatureBlock(text)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .at(-1);
  const m = last ? INLINE_CLOSING.exec(last) : null;
  return m ? signatureName(m[1]!) : null;
}

/**
 * The name the sender's address spells, found in the text: "ole.h@…" and "… ole hansen f 02.06.79"
 * give Ole Hansen. Only the word that follows the address's first name is taken, and only a word that
 * can be a name.
 */
export function nameNearAddress(text: string, address: string | undefined): TicketName | null {
  const first = address?.split('@')[0]?.split(/[._-]/)[0]?.toLowerCase();
  if (!first || first.length < 3 || !/^\p{L}+$/u.test(first)) return null;
  // Words inside an address ("kjetil.bratt@…") are not the text naming anyone.
  const words = text
    .replace(/\S+@\S+/g, ' ')
    .split(/[\s,.;:!?()]+/)
    .filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    if ((words[i] as string).toLowerCase() !== first) continue;
    const next = words[i + 1];
    const tokens = [words[i] as string];
    if (next && /^\p{L}[\p{L}'-]+$/u.test(next) && !NOT_NAME_WORDS.has(next.toLowerCase())) tokens.push(next);
    return makeName(tokens, 'signature');
  }
  return null;
}

/** A last line that is nothing but two or three capitalised words: a signature without a closing. */
export function trailingName(text: string): TicketName | null {
  const lines = aboveSignatureBlock(text)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  let last = lines.at(-1);
  if (!last) return null;
  // "… kan jeg få ny? Stian Aamodt": a name after the last sentence of a one-line mail, under no closing.
  const afterSentence = /[.!?][ \t]+((?:[A-ZÆØÅ][\p{Ll}'-]+[ \t]+){1,2}[A-ZÆØÅ][\p{Ll}'-]+)$/u.exec(last);
  if (afterSentence) last = afterSentence[1] as string;
  else if (lines.length < 2) return null;
  // "Solveig Lund, DOB 2 March 1983", "Ola Dahl f. 03.04.88": the birth date after the name.
  const beforeBirth =
    /^([^,\d]+?),?[ \t]+(?:f\.|født|fødd|born|b\.|dob|d\.o\.b\.?|date of birth)[ \t:]*\d[^,]*$/i.exec(last);
  if (beforeBirth) last = (beforeBirth[1] as string).trim();
  // "Gunn Strand, Regnskap": a role or a department after the name.
  const beforeRole = /^([^,]+),[ \t]*([^,]+)$/.exec(last);
  if (beforeRole && ROLE_WORDS.test(beforeRole[2] as string)) last = (beforeRole[1] as string).trim();
  const words = last.split(/\s+/);
  if (words.length < 2 || words.length > 3) return null;
  if (!words.every((w) => /^[A-ZÆØÅ][\p{Ll}'-]+$/u.test(w))) return null;
  return signatureName(last);
}

/** Words people add to an address beside their name ("ivan.petrov.work@", "kari.privat@"). */
const ADDRESS_NOISE = new Set(
  'work jobb job home hjemme privat private personal mail post office kontor firma bedrift official'.split(
    ' ',
  ),
);

/**
 * A display name that is a phrase, not a person: a subject or a greeting typed into the name field
 * ("Kursbevis feil", "Tusen takk"). A word no name has, or a later word in lower case after a capital
 * (a particle such as "van" or "da" apart), gives it away.
 */
function phraseNotName(display: string): boolean {
  const words = display.split(/\s+/);
  if (words.length < 2) return false;
  const capitalised = /^\p{Lu}/u.test(words[0] as string);
  return words.some((word, i) => {
    const lower = word.toLowerCase();
    if (PARTICLES.has(lower)) return false;
    return NOT_NAME_WORDS.has(lower) || (capitalised && i > 0 && /^\p{Ll}/u.test(word));
  });
}

/** The display name of the From header, or a first.last address when there is none. */
export function nameFromSender(
  displayName: string | undefined,
  address: string | undefined,
): TicketName | null {
  const display = displayName?.trim();
  if (
    display &&
    display.toLowerCase() !== address?.toLowerCase() &&
    !phraseNotName(display.replace(/\s*\(.*\)\s*$/, ''))
  ) {
    const name = parseWrittenName(display.replace(/\s*\(.*\)\s*$/, ''), 'from');
    if (name) return name;
  }
  const local = address?.split('@')[0];
  const parts = local?.split(/[._]/) ?? [];
  if (parts.length >= 2 && parts.length <= 3 && parts.every((p) => /^[\p{L}-]{2,}$/u.test(p))) {
    // "ansatt.kristoffer@", "ivan.petrov.work@": a word that is no part of a name makes the rest a guess.
    const noise = parts.some(
      (p) => NOT_NAME_WORDS.has(p.toLowerCase()) || ADDRESS_NOISE.has(p.toLowerCase()),
    );
    if (!noise && !ROLE_WORDS.test(parts.join(' '))) return makeName(parts, 'from');
  }
  return null;
}

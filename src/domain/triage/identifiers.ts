// The numbers and codes in a ticket: national IDs (found to be masked, never kept), organisation numbers
// (mod 11), e-mail addresses, course codes, HMS card numbers and course unit ids. Each is checked with
// the domain's own parser. Pure.
import { parseHmsCardNumber } from '../learner.js';
import {
  computeNationalIdCheckDigits,
  maskNationalId,
  parseNationalId,
  writtenNationalIdsIn,
} from '../national-id.js';
import { parseOrgNumber } from '../org-number.js';

export interface NationalIdFinding {
  masked: string;
  birthDate: string | null;
  /** The text calls it a national ID, but its check digits are wrong: a typo, to be asked for again. */
  mistyped?: true;
}

/**
 * Finds the first valid national ID (fødselsnummer, D-number, H-number; synthetic test numbers too) in
 * any form people write one (writtenNationalIdsIn: `15108695088`, `151086-95088`, `15.10.86-95088`,
 * `15 10 86 95088` …) and returns the text with it hidden. Six and five digits are hidden valid or not:
 * a number with a typo may still be someone's, and nothing later may read, keep or print its digits. A
 * date and five digits (`12.03.26 10234`) are hidden only when they are a valid number or the text
 * calls them a national ID: otherwise they are a date and, say, an invoice number.
 */
export function hideNationalIds(
  text: string,
  today: string,
): { text: string; found: NationalIdFinding | null } {
  let found: NationalIdFinding | null = null;
  let named: NationalIdFinding | null = null;
  let hidden = '';
  let kept = 0;
  for (const id of writtenNationalIdsIn(text)) {
    const parsed = parseNationalId(id.digits, { allowSynthetic: true, allowHNumber: true, today });
    const calledOne = !parsed.ok && NATIONAL_ID_WORD.test(text.slice(Math.max(0, id.index - 40), id.index));
    if (id.dateWritten && !parsed.ok && !calledOne) continue;
    if (!found) {
      if (parsed.ok) {
        found = {
          masked: maskNationalId(parsed.value.value),
          birthDate: parsed.value.birthDate ?? parsed.value.birthDateCandidates[0] ?? null,
        };
      } else if (!named && calledOne) {
        named = mistypedNationalId(id.digits, today);
      }
    }
    // Same length, so positions in the text stay as they were; '#' is no digit, so no later rule reads it.
    hidden += text.slice(kept, id.index) + '#'.repeat(id.written.length);
    kept = id.index + id.written.length;
  }
  return { text: kept === 0 ? text : hidden + text.slice(kept), found: found ?? named };
}

/** Words that say the number after them is a national ID ("Mitt fødselsnummer er …", "D-number …"). */
const NATIONAL_ID_WORD =
  /(?:fødselsnummer\w*|fødselsnr|fnr|personnummer\w*|personnr|d-?nummer\w*|d-?nr|d-number|national id(?:entity)?(?: number)?|personal (?:id )?number|identity number|birth number)\W*(?:(?:mitt|mine?|hans|hennes|hennar|his|her|er|is|was|var)\W*){0,2}$/i;

/**
 * A number the text calls a national ID whose check digits are wrong: a typo, but still someone's, so it
 * is reported (masked, as any) and its date read. The date part decides the birth date; the individual
 * number only the century, so the nearest one of the same hundred with valid check digits stands in.
 */
function mistypedNationalId(digits: string, today: string): NationalIdFinding | null {
  const start = Number(digits.slice(6, 9));
  const own = Math.floor(start / 100);
  // The typo may be in the individual number too: a century that makes the person older than a hundred
  // gives way to one of the other hundreds.
  const oldest = `${Number(today.slice(0, 4)) - 100}${today.slice(4)}`;
  let date: string | null = null;
  for (const hundred of [own, 0, 1, 2, 3, 4, 9, 5, 6, 7, 8].filter((h, i, all) => all.indexOf(h) === i)) {
    for (let step = 0; step < 100; step++) {
      const individual =
        hundred === own ? start + (step % 2 === 0 ? step / 2 : -(step + 1) / 2) : hundred * 100 + step;
      if (individual < hundred * 100 || individual >= hundred * 100 + 100) continue;
      const nine = `${digits.slice(0, 6)}${String(individual).padStart(3, '0')}`;
      const check = computeNationalIdCheckDigits(nine);
      if (check === null) continue;
      const parsed = parseNationalId(nine + check, { allowSynthetic: true, allowHNumber: true, today });
      if (!parsed.ok) return null;
      date = parsed.value.birthDate ?? parsed.value.birthDateCandidates[0] ?? null;
      break;
    }
    if (date !== null && date >= oldest)
      return { masked: maskNationalId(digits), birthDate: date, mistyped: true };
  }
  return null;
}

const ORG_CONTEXT =
  /(?:org\.?\s*n(?:umme)?r\.?|orgnummer|organisasjonsnummer\w*|organisation\s+number|organization\s+number|org\.?\s*no\.?|foretaksnummer|foretaksregisteret|mva|vat|enhetsregisteret|brreg|firma|bedrift|company|employer|arbeidsgiver\w*|arbeidsgjevar\w*)[\s:.#-]*(?:er|is|:|nr\.?)?\s*$/i;
const CARD_OR_PHONE_CONTEXT =
  /(?:hms|kort|card|tlf|telefon|mobil|phone|mob|ordre|order|faktura\s*nr|invoice\s*no|konto\s*nr|kontonummer|account\s*no)[\w.]*[\s:.#-]*(?:er|is|nr\.?|nummer|number)?[\s:#]*$/i;

/** `987 654 321`, `987654321`, `988-077-917`, `NO 987 654 321 MVA`, each checked with mod 11. */
const ORG = /(?<![\d#])(NO\s?)?(\d{3})[\s.-]?(\d{3})[\s.-]?(\d{3})(\s?MVA)?(?![\d#]|[.,]\d)/gi;

/**
 * Organisation numbers. Without a word like "org.nr." or "firma" just before, only numbers starting with
 * 8 or 9 count (every number Brønnøysund has issued does), and never one that follows "HMS-kort" or "tlf".
 */
export function orgNumbersIn(text: string): string[] {
  const numbers: string[] = [];
  for (const m of text.matchAll(ORG)) {
    // The parser takes spaces and the MVA form; dashes and dots between the groups are dropped here.
    const parsed = parseOrgNumber(`${m[1] ?? ''}${m[2]}${m[3]}${m[4]}${m[5] ?? ''}`);
    if (!parsed.ok) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const vatForm = m[1] !== undefined || m[5] !== undefined;
    const named = vatForm || ORG_CONTEXT.test(before);
    if (!named) {
      if (CARD_OR_PHONE_CONTEXT.test(before)) continue;
      if (!/^[89]/.test(parsed.value)) continue;
    }
    if (!numbers.includes(parsed.value)) numbers.push(parsed.value);
  }
  return numbers;
}

/**
 * Which of the organisation numbers the text calls the new employer ("ny arbeidsgiver …", "acquired by
 * …", "old org number: …" for the other), or undefined when it does not say.
 */
export function newOrgNumberIn(text: string, numbers: readonly string[]): string | undefined {
  if (numbers.length === 0) return undefined;
  const roles = numbers.map((number) => {
    const spaced = number.split('').join('[\\s.-]?');
    const at = new RegExp(spaced).exec(text)?.index ?? -1;
    if (at < 0) return 'unknown';
    const before = text.slice(Math.max(0, at - 60), at);
    const oldAt = lastMatch(before, OLD_HINT_G);
    const newAt = lastMatch(before, NEW_HINT_G);
    if (oldAt < 0 && newAt < 0) return 'unknown';
    // The hint nearest the number decides.
    return oldAt > newAt ? 'old' : 'new';
  });
  const marked = numbers.find((_, i) => roles[i] === 'new');
  if (marked) return marked;
  const others = numbers.filter((_, i) => roles[i] !== 'old');
  return others.length === 1 ? others[0] : undefined;
}

const NEW_HINT_G =
  /\b(?:ny|nye|nytt|new|inn i|into|acquired by|kjøpt av|kjøpt opp av|overtatt av|taken over by|til|to|now|nå)\b/gi;
const OLD_HINT_G =
  /\b(?:gammel|gamle|gamal|old|tidligere|tidlegare|former|previous|forrige|fra|frå|from)\b/gi;

function lastMatch(text: string, pattern: RegExp): number {
  let last = -1;
  for (const m of text.matchAll(pattern)) last = m.index;
  return last;
}

// An address starts at the first letter or digit of its run (as the leftmost match always did) and its
// local part is at most 64 characters (RFC 5321): unbounded, a long word without '@' was scanned again
// from each of its letters (a 100 KB word took 20 s), and a longer local part is no address.
const EMAIL =
  /(?<![A-Za-z0-9][._%+'-]*)[A-Za-z0-9][A-Za-z0-9._%+'-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/** Role mailboxes of a company: an invoice or accounting address is the company's, not the person's. */
const ROLE_MAILBOX =
  /^(?:faktura|finance|accounts|office|hello|nyhetsbrev|newsletter|news|marketing|sales|kontakt|contact|firmapost|invoice|invoices|regnskap|accounting|okonomi|økonomi|post|postmottak|hr|lonn|lønn|billing|noreply|no-reply|donotreply|mailer-daemon|postmaster|info|support|kundeservice|salg|innkjop|innkjøp|anlegg|drift|lager|ordre|hms|opplaring|opplering|opplæring|kurs|training|prosjekt|project|personal|personalavdeling|personell|dispatch|dagligleder|daglig\.leder|integration|site|siteoffice|site-office|anleggskontor|byggeplass|kontor|kontoret)[@.+-]/i;

/** Words before an address on the same line that make it someone else's (a manager, the invoice mailbox). */
const SOMEONE_ELSES =
  /\b(?:leder|lederen|sjef|sjefen|manager|supervisor|boss|faktura\w*|invoice\w*|billing|regnskap\w*|accounting|økonomi\w*|cc|kopi|copy|hr|personal\w*avdeling\w*)\b[^\n@]{0,40}$/i;
/**
 * A contact label before an address on its line ("Kontaktperson: daglig leder Ivar Fjellstad, ivar@…"):
 * the address is the contact person's, a fact of the request, whatever role words stand beside it.
 */
const CONTACT_LINE = /\b(?:kontaktperson\w*|kontakt|contact(?:\s+person)?)\s*(?::|\ber\b|\bis\b)/i;
/** "hans e-post", "her address": someone else's unless the mail is about that someone. */
const THEIRS = /\b(?:hennes|hans|hennar|his|her|their)\b[^\n@]{0,40}$/i;
/** He or she, him or her: the sentence speaks of the person the mail is about. */
const THIRD_PERSON_WORD = /\b(?:han|hun|ho|ham|henne|hans|hennes|hennar|he|she|him|his|her)\b/i;
/** "min e-post", "my address": the sender's own, not shared. */
const SENDERS_OWN_WORD = /\b(?:min|mi|mitt|mine|my)\b/i;

/**
 * The address is written in a sentence that speaks of him or her ("Han kan ha brukt familieadressen vår
 * x@…", "his login may be x@…"): given as the person's the mail is about, though the sender's own too.
 */
export function writtenAsTheirs(text: string, address: string): boolean {
  const lower = text.toLowerCase();
  for (let at = lower.indexOf(address); at >= 0; at = lower.indexOf(address, at + 1)) {
    const before = text.slice(Math.max(0, at - 200), at);
    const sentence = before.split(/[.!?](?=\s)|\n/).pop() ?? '';
    // "Han kan bruke min e-post …": the sender lends her own address; it stays hers.
    if (THIRD_PERSON_WORD.test(sentence) && !SENDERS_OWN_WORD.test(sentence)) return true;
  }
  return false;
}

/**
 * The login the writer names as theirs ("Innlogget med yngve@…", "I log in with …", "brukernavnet mitt er
 * …"): words before it in the sentence decide whose it is, not an invoice word in the sentence before.
 */
const OWN_LOGIN =
  /\b(?:innlogget|innlogga|innlogging|logget inn|logga inn|logger inn|loggar inn|logge inn|logg inn|log(?:ged|s)? (?:in|on)|sign(?:ed|s)? in|brukernavn(?:et)?|brukarnamn(?:et)?|user ?name|login|pålogging)\b[^\n@.!?]{0,40}$/i;

/**
 * The part of the text before an address that says whose it is: the sentence of a login the writer names
 * (OWN_LOGIN), else the whole tail.
 */
function ownerWords(tail: string): { words: string; ownLogin: boolean } {
  const login = OWN_LOGIN.exec(tail);
  if (!login) return { words: tail, ownLogin: false };
  const before = tail.slice(0, login.index);
  const sentenceStart = Math.max(before.search(/[.!?]\s+[^.!?]*$/) + 1, 0);
  return { words: tail.slice(sentenceStart), ownLogin: true };
}

/** "min kollega har …": a colleague's address, unless the mail is about that colleague ("our new colleague X (x@…)"). */
const COLLEAGUES = /\b(?:kollega\w*|colleagues?)\b[^\n@]{0,40}$/i;

/** An address of a company's mailbox (invoices, HR, info, no-reply), not of a person. */
/** Words anywhere in an address's local part that make it a team's or a machine's ("it-helpdesk@", "ap-team@"). */
const ROLE_LOCAL_WORDS =
  /(?:^|[._+-])(?:offers?|deals?|events?|varsling|varsel|notifications?|notify|alerts?|helpdesk|servicedesk|team|internrevisjon|revisjon|audit|booking|bestilling|orders?|webmaster|reception|resepsjon|sentralbord|jobs|careers|press|security|admin|bounces?|prosjekt|kontroll|anleggskontroll|winners?|vinner|prize|premie|gevinst)(?:$|[._+-]|\d)/i;

/** An address of a company's mailbox (invoices, HR, info, no-reply, events, a team), not of a person. */
export function isRoleMailbox(address: string): boolean {
  const local = address.split('@')[0] ?? '';
  return ROLE_MAILBOX.test(address) || ROLE_LOCAL_WORDS.test(local);
}

export interface EmailOptions {
  /** Addresses never the person's own: the desk's and the message's recipients. */
  exclude: readonly string[];
  /** The mail is about someone else (an employee): "his address" is that person's, and kept. */
  aboutOthers?: boolean;
}

function cleanAddress(raw: string): string {
  return raw.toLowerCase().replace(/\.+$/, '');
}

/** Addresses the person gives as theirs, in order of appearance, lower case. */
export function emailsIn(text: string, options: EmailOptions): string[] {
  const excluded = new Set(options.exclude.map((a) => a.toLowerCase()));
  const emails: string[] = [];
  const seen = new Set<string>();
  // Each address looked back over its whole line (and SOMEONE_ELSES and THEIRS, unanchored, over all of
  // it again): 100k addresses on one line took seconds, in the square of the line. The text before an
  // address is now walked once for all: where its line starts, and where the part after the last '@' or
  // line break starts, the only part in which SOMEONE_ELSES or THEIRS (no '@' before the '$') can match.
  let lineStart = 0;
  let tailStart = 0;
  let walked = 0;
  const contact = new ContactLines(text);
  for (const m of text.matchAll(EMAIL)) {
    for (; walked < m.index; walked++) {
      const c = text.charCodeAt(walked);
      if (c === 10) lineStart = walked + 1;
      if (c === 10 || c === 64) tailStart = walked + 1;
    }
    const address = cleanAddress(m[0]);
    if (excluded.has(address) || seen.has(address)) continue;
    if (isRoleMailbox(address)) continue;
    const tail = ownerWords(text.slice(tailStart, m.index)).words;
    const someoneElses =
      (SOMEONE_ELSES.test(tail) || (!options.aboutOthers && COLLEAGUES.test(tail))) &&
      !contact.before(lineStart, m.index);
    if (someoneElses || (!options.aboutOthers && THEIRS.test(tail))) continue;
    emails.push(address);
    seen.add(address);
  }
  return emails;
}

/**
 * Whether CONTACT_LINE matches the text from a line's start to an address, without reading the line
 * again for each address on it: the first match at or after a point is kept until a line starts past it.
 */
class ContactLines {
  private readonly scan = new RegExp(CONTACT_LINE.source, 'gi');
  private from = -1;
  private found: { start: number; end: number } | null = null;

  constructor(private readonly text: string) {}

  before(lineStart: number, end: number): boolean {
    if (this.from < 0 || (this.found !== null && this.found.start < lineStart)) {
      this.scan.lastIndex = lineStart;
      const m = this.scan.exec(this.text);
      this.from = lineStart;
      this.found = m ? { start: m.index, end: m.index + m[0].length } : null;
    }
    if (this.found === null || this.found.start >= end) return false;
    if (this.found.end <= end) return true;
    // The first match runs on past the address: a shorter one may still end before it.
    return CONTACT_LINE.test(this.text.slice(lineStart, end));
  }
}

/** Course codes as the catalogue writes them: two to four letters, a dash, three digits (SIK-100). */
const COURSE_CODE = /(?<![\p{L}\d-])([A-Za-zÆØÅæøå]{2,4})[-‐–]\s?(\d{3})(?![\d-])/gu;
// Not "KL": the catalogue has KL-200 (Kontaktledningsanlegg), and a clock time is written "kl. 10", never
// as letters, a dash and three digits.
const NOT_A_COURSE = new Set(['NO', 'MVA', 'ORG', 'NR', 'TLF', 'ID', 'REF', 'SAK', 'CASE', 'SUP', 'INC']);

export function courseCodesIn(text: string): string[] {
  const codes: string[] = [];
  for (const m of text.matchAll(COURSE_CODE)) {
    const letters = m[1]!.toUpperCase();
    if (NOT_A_COURSE.has(letters)) continue;
    // A lower-case code counts only when all of it is lower case ("sv-300"), not inside a word.
    const code = `${letters}-${m[2]}`;
    if (!codes.includes(code)) codes.push(code);
  }
  return codes;
}

const HMS_KEYWORD =
  /(?:hms[\s-]?(?:kort|card|nummer|nr)\w*|hmskort\w*|kortnummer\w*|kortnr\.?|card\s*(?:no\.?|number|nr\.?)|byggekort\w*)/gi;
const CARD_TOKEN = /(?<![\p{L}\d])([A-Za-z]{0,3}\d(?:\d|[ -](?=\d)){3,19})(?![\p{L}\d])/u;

/** HMS card numbers: an opaque code (4–20 letters and digits) shortly after "HMS-kort", "kortnummer" … */
export function hmsCardsIn(text: string, notThese: readonly string[]): string[] {
  const cards: string[] = [];
  for (const m of text.matchAll(HMS_KEYWORD)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60).split('\n')[0] as string;
    const token = CARD_TOKEN.exec(after);
    if (!token) continue;
    // Dates written with spaces or dashes ("14-03-1985") are not card numbers.
    if (/^\d{1,2}[ -]\d{1,2}[ -]\d{2,4}$/.test(token[1]!)) continue;
    const parsed = parseHmsCardNumber(token[1]!);
    if (!parsed.ok || notThese.includes(parsed.value)) continue;
    if (/^\d+$/.test(parsed.value) && parsed.value.length < 5) continue;
    if (!cards.includes(parsed.value)) cards.push(parsed.value);
  }
  return cards;
}

const UNIT =
  /\b(?:kurs)?enhet(?:s?[\s-]?id)?\s*(?:nr\.?|nummer|id)?\s*[:#]?\s*(\d{1,7})\b|\bunit\s*(?:id|no\.?|number|nr\.?)?\s*[:#]?\s*(\d{1,7})\b/gi;

export function unitIdsIn(text: string): string[] {
  const ids: string[] = [];
  for (const m of text.matchAll(UNIT)) {
    const id = String(Number(m[1] ?? m[2]));
    if (id !== '0' && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

const COMPANY =
  /(?<![\p{L}\d])((?:[A-ZÆØÅ][\p{L}0-9&.'-]*[ \t]+(?:(?:og|&|i|of|and|for)[ \t]+)?){0,4}?[A-ZÆØÅ][\p{L}0-9&.'-]*)[ \t]+(AS|ASA|ANS|DA|SA|AB|Ltd|BA|KS|NUF)(?![\p{L}])/gu;
const COMPANY_NOISE =
  /^(?:hei|hi|hello|jeg|eg|vi|i|we|mvh|hilsen|takk|thanks|fra|from|til|to|for|hos|i|ved|at|og|and|firma|bedrift|company|arbeidsgiver|employer|ny|new|min|mitt|vår|our|my)\s+/i;

/** Company names written with their legal form ("Bygg og Anlegg AS"), without a leading greeting. */
export function companyNamesIn(text: string): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(COMPANY)) {
    let name = m[1]!;
    while (COMPANY_NOISE.test(name)) name = name.replace(COMPANY_NOISE, '');
    const full = `${name} ${m[2]}`.replace(/\s+/g, ' ').trim();
    if (name.trim() === '' || full.length > 60) continue;
    if (!names.some((n) => n.toLowerCase() === full.toLowerCase())) names.push(full);
  }
  return names;
}

/** The account type the person asks for, when the text names one. */
export function accountTypeIn(words: readonly string[]): 'free' | 'full' | 'driver' | undefined {
  const text = ` ${words.join(' ')} `;
  if (/ (?:lok)?(?:fører|førar|driver)\w* /.test(text)) return 'driver';
  if (/ (?:full|hele|heile|whole) (?:kurskatalog\w*|catalog\w*)| full (?:tilgang|access) /.test(text))
    return 'full';
  if (/ gratis (?:elæring|kurs|bruker|brukar)| free (?:account|user|elearning) /.test(text)) return 'free';
  return undefined;
}

/**
 * Phone numbers the writer gives as such ("tlf. 912 34 567", "mobil: +47 41 23 45 67", "phone 22334455"),
 * as +47 and eight digits. Only after a phone word: a bare eight-digit number may be an HMS card.
 */
export function phonesIn(text: string): string[] {
  const found: string[] = [];
  const pattern =
    /\b(?:tlf|telefon|telefonnummer|telefonnr|mobil|mobilnummer|mobilnr|mob|phone|mobile|tel)\b\.?\s*(?:nr\.?|nummer|number|no\.?)?\s*[:.-]?\s*((?:\+|00)\s?47[\s.-]?)?(\d(?:[\s.-]?\d){7})(?!\d)/gi;
  for (const m of text.matchAll(pattern)) {
    const digits = m[2]!.replace(/\D/g, '');
    if (!/^[2-9]/.test(digits)) continue;
    const phone = `+47${digits}`;
    if (!found.includes(phone)) found.push(phone);
  }
  return found;
}

/** Words that label an address or a reference as the invoices' ("E-post for faktura:", "invoice e-mail"). */
const INVOICE_LABEL = /\b(?:faktura\w*|invoice\w*|billing|ehf)\b/i;
/** The local part of a company's invoice mailbox ("faktura@", "invoice@", "ehf@"). */
const INVOICE_MAILBOX = /^(?:faktura|fakturamottak|efaktura|invoice|invoices|billing|ehf)(?:[._+-]|@)/i;

/**
 * Addresses a company gives for its invoices (W7): one after an invoice word on its line ("E-post for
 * faktura: post@firma.no") or an invoice mailbox (faktura@…). The desk's own addresses are left out.
 * Each address looks back at most 60 characters on its line, so the scan stays linear.
 */
export function invoiceEmailsIn(text: string, exclude: readonly string[]): string[] {
  const excluded = new Set(exclude.map((a) => a.toLowerCase()));
  const found = new Set<string>();
  for (const m of text.matchAll(EMAIL)) {
    const address = cleanAddress(m[0]);
    if (excluded.has(address) || found.has(address)) continue;
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    const owner = ownerWords(before.slice(before.lastIndexOf('\n') + 1));
    const line = owner.words;
    if (INVOICE_MAILBOX.test(address) || (!owner.ownLogin && INVOICE_LABEL.test(line) && !line.includes('@')))
      found.add(address);
  }
  return [...found];
}

// A label, then at most a few blanks, ':' or 'er'/'is', then the reference: bounded repeats, so no run
// of blanks is tried in more than one way.
const INVOICE_REFERENCE =
  /\b(?:fakturareferanse|faktura-referanse|referansenummer(?:et)?(?: for fakturering)?|referanse(?:n)?|ref\.|invoice reference|reference number|reference|po number)[ \t]{0,3}(?::|er\b|is\b)?[ \t]{0,3}([A-Za-z0-9][A-Za-z0-9._/-]{0,29})/gi;

/**
 * The reference a learner's employer wants on its invoices (W5, W10: `--invoice-ref`), when the text
 * labels one ("referanse TE-4471 på fakturaene", "Invoice reference: PO-2231"). Only a value with a digit
 * counts, so "referanse til saken" is no reference.
 */
export function invoiceReferenceIn(text: string): string | undefined {
  for (const m of text.matchAll(INVOICE_REFERENCE)) {
    const value = m[1]!.replace(/[.,;:/-]+$/, '');
    if (referenceCode(value)) return value;
  }
  return referenceOnItsLine(text) ?? referenceInInvoiceSentence(text);
}

/**
 * A code as a reference: a digit in it, more than two digits' worth, and not eleven digits in groups
 * (15.10.86-95088) that hideNationalIds let through (a national ID with a typo would be printed whole).
 */
function referenceCode(value: string): boolean {
  if (/^\d{11}$/.test(value.replace(/[. -]/g, ''))) return false;
  return /\d/.test(value) && !/^\d{1,2}$/.test(value);
}

/**
 * "Ref: Ola Nordmann / prosjekt 22", "PO: 4500123", "Bestillingsnummer: 77-123" on a line of its own:
 * the whole rest of the line is the reference (a person's name and a project, as firms write it). A line
 * without a digit counts only when it is a name ("Ref: Ola Nordmann"), not a phrase.
 */
const REFERENCE_LINE =
  /^[ \t]*(?:ref|referanse|fakturaref(?:eranse)?|faktura-ref(?:eranse)?|invoice[ \t]+ref(?:erence)?|po|p\.o\.|po[ \t]+(?:no|nr|number)|purchase[ \t]+order(?:[ \t]+(?:no|number))?|bestillingsn(?:umme)?r|ordren(?:umme)?r|innkjøpsordre|prosjektn(?:umme)?r|kostnadssted|cost[ \t]+cent(?:er|re))\.?[ \t]{0,3}:[ \t]{0,3}([^\n]{1,60})$/gim;

function referenceOnItsLine(text: string): string | undefined {
  for (const m of text.matchAll(REFERENCE_LINE)) {
    const value = m[1]!.trim().replace(/[.,;:]+$/, '');
    if (value === '' || /@/.test(value)) continue;
    if (/\d/.test(value) ? referenceCode(value) : /^\p{Lu}\p{L}+(?:[ -]\p{Lu}\p{L}+){1,3}$/u.test(value))
      return value;
  }
  return undefined;
}

/**
 * "Fakturaen skal merkes PRJ-4471", "Merk fakturaen med prosjekt 4471", "put our PO number 4500123 on
 * the invoice": in a sentence about the invoice, the first code after a word that marks it. Sentences are
 * cut at 300 characters and the code is looked for 40 characters on, so the scan stays linear.
 */
const INVOICE_WORD = /(?:^|[^\p{L}])(?:faktura\p{L}*|invoice\p{L}*|billing)/iu;
const MARK_THEN_CODE =
  /\b(?:merk\p{L}*|påfør\p{L}*|oppgi\p{L}*|ref\p{L}*|po|purchase order|order number|bestillingsn\p{L}*|ordren\p{L}*|innkjøpsordre\p{L}*|prosjekt\p{L}*|kostnadssted|cost cent\p{L}*|mark\p{L}*|quote|put)\b([^\n]{0,40})/giu;

function referenceInInvoiceSentence(text: string): string | undefined {
  for (const sentence of text.split(/[.!?\n]+(?:\s|$)/)) {
    const part = sentence.slice(0, 300);
    if (!INVOICE_WORD.test(part)) continue;
    for (const m of part.matchAll(MARK_THEN_CODE)) {
      for (const token of m[1]!.split(/[\s,;:()«»"]+/)) {
        const value = token.replace(/[.,;:/-]+$/, '');
        if (/^[A-Za-z0-9][A-Za-z0-9._/-]{0,29}$/.test(value) && referenceCode(value) && !isDateLike(value))
          return value;
      }
    }
  }
  return undefined;
}

/** "12.03.2027", "2027-03-12": a date in the sentence, not a reference. */
function isDateLike(value: string): boolean {
  return /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/.test(value);
}

// Triage of one support e-mail (W18): from the message's decoded parts to a TriageResult — language,
// ranked topics, facts, what is missing, next commands. Pure: the reader of e-mail files is in
// src/workflows/triage, "today" is passed in, and no national ID's digits leave hideNationalIds.

import { foldName as folded } from '../name-matching.js';
import { birthDatesIn } from './birth-dates.js';
import { courseTitlesIn, courseWishIn } from './course-wishes.js';
import { hideAddresses } from './hide-addresses.js';
import {
  accountTypeIn,
  companyNamesIn,
  courseCodesIn,
  emailsIn,
  hideNationalIds,
  hmsCardsIn,
  invoiceEmailsIn,
  invoiceReferenceIn,
  isRoleMailbox,
  newOrgNumberIn,
  orgNumbersIn,
  phonesIn,
  unitIdsIn,
  writtenAsTheirs,
} from './identifiers.js';
import { detectLanguage } from './language.js';
import { LOGIN_TOPICS, loginQuestionIn } from './login-questions.js';
import { massMailSigns, tradeSigns } from './mass-mail.js';
import {
  contactPersonIn,
  formerNamesIn,
  nameFromSender,
  nameInLastLine,
  nameInSignature,
  nameNearAddress,
  namesInBody,
  namesOfOthers,
  ROLE_WORDS,
  selfIntroducedNames,
  tableContactsIn,
  trailingName,
} from './names.js';
import {
  askForMissing,
  loginAnswerCommand,
  missingFacts,
  nextCommands,
  ticketReference,
} from './next-steps.js';
import { wordsOf } from './phrase-match.js';
import { senderAddressMayBeShared, writesFromOthersMailbox } from './shared-address.js';
import {
  isAutoreplySubject,
  isThankYouNote,
  requestText,
  type Sender,
  stillWrong,
  subjectPrefixes,
} from './ticket-text.js';
import type { TopicModel } from './topic-model.js';
import { DESK_ADDRESSES } from './topic-phrases.js';
import { rankTopics } from './topics.js';
import type { TicketFacts, TicketName, TopicId, TopicScore, TriageResult } from './types.js';

/** One e-mail as the reader hands it over: headers decoded, the text part (or HTML as text) decoded. */
export interface TicketMessage {
  subject: string;
  from?: Sender;
  /** The recipients: the desk's own addresses, never the person's. */
  to: readonly string[];
  messageId?: string;
  text: string;
  /** File names of attachments. */
  attachments: readonly string[];
}

function sameName(a: TicketName, b: TicketName): boolean {
  return a.full.toLowerCase() === b.full.toLowerCase();
}

/**
 * The person's names, best first: what they say in the body, then the signature, then the From header.
 * A signature with only a first name yields to a From name that starts with it ("Kari" + "Kari Nordmann").
 */
/** The sender's own names: the signature's and the From header's. */
function senderNames(text: string, sender: Sender | undefined): TicketName[] {
  const role = sender?.address !== undefined && isRoleMailbox(sender.address);
  const fromName = role ? null : nameFromSender(sender?.name, sender?.address);
  const signature = nameInSignature(text) ?? nameInLastLine(text) ?? trailingName(text);
  return [fromName, signature].filter((n): n is TicketName => n !== null);
}

/**
 * Who writes a mail about others, for the reply's greeting: the name signed under it, else the From
 * name; never one of the people the mail is about.
 */
function writerOf(
  text: string,
  sender: Sender | undefined,
  others: readonly TicketName[],
): { given?: string } {
  const [fromName, signature] = [
    isRoleMailbox(sender?.address ?? '')
      ? personOnRoleMailbox(sender?.name)
      : nameFromSender(sender?.name, sender?.address),
    nameInSignature(text) ?? nameInLastLine(text) ?? trailingName(text),
  ];
  const named = [signature, fromName].find(
    (n): n is TicketName => n !== null && n.given !== '' && !others.some((o) => samePerson(o, n)),
  );
  const given = named?.given.split(' ')[0];
  return given ? { given } : {};
}

/**
 * The person a role mailbox's From shows ("Per Hansen <hr@firma.no>"): HR or a site office writing as
 * themselves is greeted by name. Only the display name counts (the mailbox's own words are no name), and
 * only a given and a family name with no role word ("HR-avdelingen", "Post Firma AS" are none).
 */
function personOnRoleMailbox(display: string | undefined): TicketName | null {
  if (!display || ROLE_WORDS.test(display)) return null;
  const name = nameFromSender(display, undefined);
  return name && name.given !== '' && name.family !== '' ? name : null;
}

/** The same person: the same full name, or the same family name with the same first given name. */
function samePerson(a: TicketName, b: TicketName): boolean {
  if (sameName(a, b)) return true;
  const first = (n: TicketName) => n.given.toLowerCase().split(' ')[0];
  if (a.family === '' || b.family === '')
    return first(a) === first(b) && (a.family === '' ? b : a).family !== '';
  return a.family.toLowerCase() === b.family.toLowerCase() && first(a) === first(b);
}

/**
 * Words that show a mail is about someone other than its sender: an employee, a colleague, a relative,
 * "him"/"her" in Norwegian or English ("her" left out: it is "here" in Norwegian).
 */
const THIRD_PERSON =
  /\b(?:ansatte?|ansatt\w+|nyansatt\w*|tilsett\w*|lærling\w*|medarbeider\w*|arbeidstaker\w*|kollega\w*|arbeider\w*|arbeidar\w*|deltaker\w*|deltakar\w*|innleid\w*|employees?|colleagues?|apprentices?|engineers?|workers?|participants?|staff|mr|mrs|ms|herr|fru|gutta|sønn\w*|datter\w*|dotter\w*|dattera|mannen min|min mann|kona|kone\w*|husband|wife|son|daughter|han|hun|ho|ham|henne|hennar|hans|he|she|him|his|disse|følgende|følgjande|following|på vegne av|on behalf of|(?:en|ein|ei|eit|one)\s+(?:av|of)\s+(?:våre|vår|dei|our))\b/i;

/**
 * The writer saying they are one of the people the mail (or the mail they forward) lists: "Jeg er en av
 * dem på lista", "eg er ein av dei", "I'm one of the people below", "I am on the list too".
 */
const ONE_OF_THEM =
  /\b(?:(?:jeg|eg)\s+er\s+(?:også\s+|og\s+)?(?:en|ei|ein|eit)\s+av\s+(?:dem|dei|de|disse|desse|dei|personene|folka|de ansatte|dei tilsette)\b|(?:jeg|eg)\s+(?:er|står)\s+(?:også\s+|og\s+)?(?:på|i)\s+(?:lista|listen|lista under|listen under)\b|(?:i'm|i\s+am)\s+(?:also\s+)?(?:one\s+of\s+(?:the\s+people|them|those|the\s+employees|the\s+names)|on\s+(?:the|that|this)\s+list|among\s+(?:them|those|the\s+people))\b)/i;

/**
 * A parent or guardian writing for their child: "sønnen min", "datteren vår", "som foresatt", "my son",
 * "I am her guardian", "he is 16". W20's reply then says how a guardian's request is made.
 */
const GUARDIAN =
  /(?:^|[^\p{L}])(?:sønn\p{L}*|datter\p{L}*|dotter\p{L}*|dottera|sonen|barnet|barnets|foresatt\p{L}*|føresett\p{L}*|verge|vergen|mindreårig\p{L}*|under 18|son|daughter|child|guardian|parent|minor|(?:er|is)\s+1[3-7](?:\s+(?:år|years))?)(?![\p{L}])/iu;

/** A learner asking about their own employer, or registering themselves (W7 from a learner). */
const OWN_EMPLOYER =
  /(?:^|[^\p{L}])(?:firmaet mitt|mitt firma|bedrifta mi|bedriften min|min bedrift|arbeidsgiveren min|arbeidsgjevaren min|min arbeidsgiver|min arbeidsgjevar|registrere meg|opprette (?:en |ein )?bruker|opprette (?:en |ein )?brukar|lage (?:en |ein )?bruker|my (?:company|employer|firm)|register myself|create (?:a |an )?(?:user|account))(?![\p{L}])/iu;
/** A company writing for itself: "vårt firma", "we", the firm's own voice. */
const OWN_COMPANY =
  /(?:^|[^\p{L}])(?:vårt firma|firmaet vårt|bedriften vår|bedrifta vår|vår bedrift|selskapet vårt|verksemda vår|our company|our firm|our business)(?![\p{L}])/iu;

/**
 * One person the sender writes for without naming them: HR's "en av våre ansatte", "one of our
 * employees", a parent's "sønnen min", "my daughter". One person only: "våre ansatte" (a company's list,
 * W6–W8) is the company's own request, whose contact is the sender.
 */
const UNNAMED_OTHER =
  /\b(?:(?:en|ein|ei|one)\s+(?:av|of)\s+(?:våre|vår|mine|dei|our|my)\s+(?:tilsette\s+)?(?:ansatte|tilsette|lærlinger|lærlingar|lærlingene|medarbeidere|arbeidere|employees|staff|apprentices|workers|colleagues)|(?:vår|min)\s+(?:nye\s+)?(?:ansatte|lærling|medarbeider|kollega|sønn|datter)|den\s+(?:nye\s+)?tilsette\s+(?:vår|min)|(?:sønnen|datteren|dattera|dottera|sonen)\s+(?:min|mi|vår)|(?:an?\s+)?employee\s+of\s+ours|(?:our|my)\s+(?:new\s+)?(?:employee|apprentice|colleague|son|daughter))(?![\p{L}])/giu;

/**
 * The mail is for one person it does not name (UNNAMED_OTHER), and the sender does not write from that
 * person's mailbox ("fra datteren min sin e-post" is the learner writing).
 */
function aboutUnnamedOther(text: string): boolean {
  if (writesFromOthersMailbox(text)) return false;
  // A capitalised word right after ("vår ansatte Emma …") is a name: that mail names its person.
  for (const m of text.matchAll(UNNAMED_OTHER))
    if (!/^\s+\p{Lu}/u.test(text.slice(m.index + m[0].length))) return true;
  return false;
}

/**
 * Whether the mail is about other people than its sender (HR, a manager, an accountant, a relative):
 * the body names someone who is not the sender, and speaks of them in the third person.
 */
function aboutOthers(text: string, sender: Sender | undefined): TicketName[] {
  // The writer's own introduction ("Geir Tinde her" from post@, with no From name) is the sender's too;
  // a writer who says they are one of the people listed ("Jeg er en av dem på lista") stays among them.
  const own = ONE_OF_THEM.test(text) ? [] : [...senderNames(text, sender), ...selfIntroducedNames(text)];
  const others = namesInBody(text).filter((n) => n.family !== '' && !own.some((o) => samePerson(o, n)));
  // Two people or more named apart from the sender (a list, a series) are enough on their own.
  if (others.length === 0 || (others.length < 2 && !THIRD_PERSON.test(text))) return [];
  // Someone introducing themselves ("Jeg heter …") among the others is the sender after all.
  const self =
    /\b(?:jeg|eg)\s+(?:heter|heiter)\b|\bmy\s+name\s+is\b|\b(?:mitt|mitt fulle)\s+(?:navn|namn)\s+er\b/i;
  if (self.test(text) && namesOfOthers(text).length === 0) return [];
  return others;
}

/**
 * The From name: the display name, or the name a first.last address spells. A name only the address
 * spells is a guess ("siv.torgersen@" may be a shared or an old address): it counts only when the text
 * writes the first or the family name too ("… ivar" from ivar.tveit@), and a lone first name for a display name ("Geir <geir.tangen@…>") takes
 * the family name the address adds.
 */
function senderName(sender: Sender | undefined, text: string): TicketName | null {
  if (!sender) return null;
  const display = nameFromSender(sender.name, undefined);
  const spelled = nameFromSender(undefined, sender.address);
  if (display) {
    const given = display.given.split(' ')[0] ?? '';
    if (display.family === '' && spelled && folded(spelled.given.split(' ')[0] ?? '') === folded(given)) {
      // "arne.lokken@" and "… Arne Løkken" in the text: the address lost letters the text keeps.
      const family = spellingIn(text, spelled.family) ?? spelled.family;
      return { ...spelled, given: display.given, family, full: `${display.given} ${family}` };
    }
    return display;
  }
  if (!spelled || spelled.family === '') return spelled;
  // "jericho.dmanalo@" and "my name is Jericho Manalo", "pettersen.morten@" and "jeg heter Morten
  // Pettersen": the text writes the name the address holds (with an initial more, or in another order);
  // the person's own writing stands and the guess adds no second name.
  const local = folded(sender.address?.split('@')[0] ?? '');
  const first = (n: TicketName) => folded(n.given.split(' ')[0] ?? '');
  const squeezed = (t: string) => t.replace(/[\s._'’-]+/g, '');
  const wordsOfName = (n: TicketName) => n.full.split(' ').map(folded).sort().join(' ');
  if (
    namesInBody(text).some(
      (n) =>
        n.family !== '' &&
        // "dasilva" in the address for "da Silva" in the text: compared without spaces and hyphens.
        ((first(n) === first(spelled) && squeezed(local).includes(squeezed(folded(n.family)))) ||
          wordsOfName(n) === wordsOfName(spelled)),
    )
  )
    return null;
  const words = new Set(
    text
      .replace(/\S+@\S+/g, ' ')
      .split(/[^\p{L}'-]+/u)
      .map(folded),
  );
  const written = (part: string) => part.split(' ').every((w) => words.has(folded(w)));
  return written(spelled.family) || written(spelled.given) ? spelled : null;
}

/** How the text spells a name the address spells without æ, ø, å ("lokken" → "Løkken"), if it does. */
function spellingIn(text: string, word: string): string | undefined {
  if (word.includes(' ')) return undefined;
  const want = folded(word);
  for (const token of text.replace(/\S+@\S+/g, ' ').split(/[^\p{L}'-]+/u)) {
    if (token !== word && /^\p{Lu}/u.test(token) && folded(token) === want) return token;
  }
  return undefined;
}

/**
 * A sender whose display name is a department's ("Accounts Receivable", "Prosjektkontor") and whose
 * address spells no person's name either ("ar@…"): the mailbox is the department's, not a person's.
 */
const DEPARTMENT =
  /(?:^|[^\p{L}])(?:accounts?|receivable|payable|finance|regnskap\p{L}*|rekneskap\p{L}*|økonomi\p{L}*|faktura\p{L}*|lønn\p{L}*|hr|personal\p{L}*|\p{L}*avdeling\p{L}*|\p{L}*kontor\p{L}*|prosjekt\p{L}*|opplæring\p{L}*|hms|training)(?![\p{L}])/iu;

/** A firm's name as the display name: it ends in its company form ("Bodø Anlegg AS"). */
const COMPANY_FORM = /\s(?:AS|ASA|ANS|DA|SA|AB|Ltd|GmbH|Inc|NUF)\.?$/;

function departmentSender(sender: Sender | undefined): boolean {
  const display = sender?.name?.trim();
  if (!display) return false;
  // A firm's display name over an address that spells no person ("Bodø Anlegg AS <bodo.anlegg@gmail.com>")
  // is the firm's mailbox, whoever signs the mail.
  const firm = COMPANY_FORM.test(display);
  if (!firm && !DEPARTMENT.test(display)) return false;
  const local = sender?.address?.split('@')[0] ?? '';
  // "Kari - Montør <kari@…>": a word of the display name in the address is the person's own name.
  const words = display.split(/[^\p{L}]+/u).filter((w) => w.length >= 3 && !ROLE_WORDS.test(w));
  if (!firm && words.some((w) => folded(local).includes(folded(w)))) return false;
  return nameFromSender(display, undefined) === null && nameFromSender(undefined, sender?.address) === null;
}

function personNames(text: string, sender: Sender | undefined, forwarder?: Sender): TicketName[] {
  // The desk's own mailbox (an agent's call note, "Eksternsupport <eksternsupport-driv@…>") names no one.
  const role =
    sender?.address !== undefined &&
    (isRoleMailbox(sender.address) || DESK_ADDRESSES.includes(sender.address.toLowerCase()));
  const fromName = role ? null : senderName(sender, text);
  const local = sender?.address?.split('@')[0]?.toLowerCase() ?? '';
  let signature = nameInSignature(text) ?? nameInLastLine(text) ?? trailingName(text);
  if (signature && signature.family === '') {
    const given = signature.given.toLowerCase();
    // "Mvh Ivar" from ivar.tveit@…: the text confirms the name the address spells.
    const spelled = fromName ?? nameFromSender(undefined, sender?.address);
    // "My name is Tomás da Silva … Regards, Tomás": the text wrote the whole name; the lone word adds nothing.
    const written = namesInBody(text).some(
      (n) => n.family !== '' && folded(n.given.split(' ')[0] ?? '') === folded(given),
    );
    if (written) signature = null;
    // "Thanks, Lan" from "Tran Thi Lan <…>": the lone word is one of the header's, whichever it is.
    else if (spelled?.full.split(' ').map(folded).includes(folded(given))) {
      // "Mvh Kari" from "Kari Nordmann <…>": the same person, with the family name the header adds.
      signature = { ...spelled, source: 'signature' };
    } else if (!local.includes(given) && (sender?.name || fromName)) {
      // A lone word under a closing that neither the header nor the address backs is a brand or a team.
      signature = null;
    }
  }
  const candidates: TicketName[] = [...namesInBody(text)];
  if (signature) candidates.push(signature);
  if (fromName) candidates.push(fromName);
  if (forwarder?.address && !isRoleMailbox(forwarder.address)) {
    const forwarderName = nameFromSender(forwarder.name, forwarder.address);
    if (forwarderName && forwarderName.family !== '') candidates.push(forwarderName);
  }
  if (!candidates.some((n) => n.family !== '') && !role) {
    const near = nameNearAddress(text, sender?.address);
    if (near) candidates.push(near);
  }
  const names: TicketName[] = [];
  // "Olsson Johan" in the header and "Johan Olsson" under the closing are one name; so are "Baard
  // Tollefsen" spelled by the address and "Bård Tollefsen" in the signature. The order the address
  // spells wins, else the first one written.
  const key = (n: TicketName) => n.full.split(' ').map(folded).sort().join(' ');
  const spelledOrder = (n: TicketName) => folded(local).replace(/[._-]+/g, ' ') === folded(n.full);
  for (const name of candidates) {
    const twin = names.findIndex((n) => sameName(n, name) || key(n) === key(name));
    if (twin < 0) names.push(name);
    else if (spelledOrder(name) && !spelledOrder(names[twin] as TicketName)) names[twin] = name;
  }
  // A name whose words begin a longer name of the list ("Kari", "Anne Berit" beside "Anne Berit Lie")
  // is that name cut short, and adds nothing.
  const words = (n: TicketName) => n.full.toLowerCase().split(' ');
  const kept = names.filter((n) => {
    const mine = words(n);
    return !names.some((m) => {
      const theirs = words(m);
      if (m === n || theirs.length <= mine.length) return false;
      // …and so is "Aud Eliassen" beside "Aud Marit Eliassen": a middle name left out.
      const middleLeftOut =
        n.family !== '' && n.family.toLowerCase() === m.family.toLowerCase() && mine[0] === theirs[0];
      // …and "Gulbrandsen Heidi" in the header beside "Heidi Kristin Gulbrandsen": the same words, fewer.
      const subset = mine.length >= 2 && mine.every((w) => theirs.map(folded).includes(folded(w)));
      return middleLeftOut || subset || mine.every((w, i) => folded(theirs[i] ?? '') === folded(w));
    });
  });
  // "Ola N." in the header or "Stian Aa" from stian.aa@ beside "Ola Nordvik", "Stian Aamodt" in the text:
  // the family name cut to its first letters, the same person.
  const cutFamily = (n: TicketName, m: TicketName) => {
    const short = folded(n.family).replace(/\.$/, '');
    const long = folded(m.family);
    return (
      n !== m &&
      short !== '' &&
      !short.includes(' ') &&
      long.length > short.length &&
      long.startsWith(short) &&
      folded(n.given) === folded(m.given)
    );
  };
  const whole = kept.filter((n) => !kept.some((m) => cutFamily(n, m)));
  // A full name beats a lone first name from any source; a name the person had before comes last.
  const sorted = whole.sort((a, b) => Number(b.family !== '') - Number(a.family !== ''));
  for (const former of formerNamesIn(text)) if (!sorted.some((n) => sameName(n, former))) sorted.push(former);
  return sorted;
}

/** The topics of a company's request, where the company's contact person is the name that matters. */
const COMPANY_TOPICS: ReadonlySet<TopicId> = new Set(['W6', 'W7', 'W8', 'W9']);

/**
 * The company's contact person a mail names after a label ("Kontaktperson: …", "Contact: …", "Daglig
 * leder: …") is listed, never taken for the learner: first in a company's request (W6–W9: whom
 * `companies register --contact-name` takes), with the writer after when another person; last in a
 * learner's request, after the learner and the people the mail is about.
 */
function withContact(
  names: readonly TicketName[],
  contact: TicketName | null,
  place: 'first' | 'last',
): TicketName[] {
  if (!contact) return [...names];
  const rest = names.filter((n) => !samePerson(n, contact));
  const own = names.find((n) => samePerson(n, contact)) ?? contact;
  return place === 'first' ? [own, ...rest] : [...rest, own];
}

function uniqueNames(names: readonly TicketName[]): TicketName[] {
  const kept: TicketName[] = [];
  for (const name of names) if (!kept.some((n) => samePerson(n, name))) kept.push(name);
  return kept;
}

/** The writer speaking of themselves in the first person singular ("I" in capitals only: "i" is Norwegian). */
const SELF = /\b(?:[Jj]eg|[Mm]eg|[Ee]g|[Mm]itt|[Mm]y|[Mm]e|I|I'm|I've)\b/u;

/** The writer speaking for a firm or a team: "vi", "oss", "we", "us". */
const WE = /\b(?:vi|oss|vår|våre|we|us|our)\b/i;

/** The same sender: the same address, or the same display name. */
function sameSender(a: Sender, b: Sender | undefined): boolean {
  if (!b) return false;
  if (a.address && b.address && a.address.toLowerCase() === b.address.toLowerCase()) return true;
  return !!a.name && !!b.name && a.name.trim().toLowerCase() === b.name.trim().toLowerCase();
}

/** A mail server's report that a message could not be delivered: the sender is no person. */
const BOUNCE_SENDER = /^(?:mailer-daemon|postmaster|mail-daemon|bounces?)[@+.-]/i;
const BOUNCE_SUBJECT =
  /\b(?:delivery status notification|undeliverable|undelivered mail|returned mail|mail delivery (?:failed|failure|subsystem)|delivery (?:has )?failed|non-?delivery|kunne ikke leveres|ikke levert|ikkje levert|levering mislyktes|uleverbar)/i;

/**
 * A bounce (MAILER-DAEMON, "Delivery Status Notification", "Undeliverable"): nothing for the desk to
 * answer, and the address it names is the failed recipient, not the person's.
 */
export function isBounce(subject: string, sender: Sender | undefined): boolean {
  return BOUNCE_SENDER.test(sender?.address ?? '') || BOUNCE_SUBJECT.test(subject);
}

/**
 * Asking to move the login to an address the mail writes ("flytte brukeren min til kari@…", "kan
 * brukernavnet endres til …", "vil bruke kari@…", "change it to kari@…", "fra ola@gammel.no til ola@ny.no"):
 * what W4 does.
 */
const LOGIN_TO_ADDRESS =
  /\b(?:flytte|flytt|flyttes|endre|endres|endra|bytte|byttes|skifte|oppdatere|change|changed|move|moved|switch|update)\b[^.\n?]{0,50}?\b(?:til|to)\s+<?[A-Za-z0-9._%+'-]+@|\b(?:vil|ønsker å|ynskjer å|want to|would like to)\s+(?:heller\s+|rather\s+)?(?:bruke|use)\s+<?[A-Za-z0-9._%+'-]+@|\b(?:fra|frå|from)\s+<?[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+>?\s+(?:til|to)\s+<?[A-Za-z0-9._%+'-]+@/i;

/**
 * The writer says which login the account has ("brukernavnet mitt er kari@…", "my username is …"): they
 * know it, so W1's search is not what they ask for.
 */
const KNOWN_LOGIN =
  /\b(?:brukernavn(?:et)?|brukarnamn(?:et)?|username|login)\s+(?:mitt\s+|my\s+)?(?:i kursportalen\s+|in the portal\s+)?(?:er|var|is|was)\s+<?[A-Za-z0-9._%+'-]+@|\bmy\s+(?:username|login)\s+(?:is|was)\s+<?[A-Za-z0-9._%+'-]+@/i;

/**
 * The writer can no longer read the mailbox of the login ("fungerer ikke lenger", "mailen er borte", "I
 * don't have it any more", "lost access"): a login that must move before anything mailed to it helps.
 */
const LOST_MAILBOX =
  /\b(?:(?:fungerer|virker|fungerar|verkar)\s+(?:ikke|ikkje)\s+lenger|(?:ikke|ikkje)\s+lenger\s+tilgang|(?:ikke|ikkje)\s+(?:har\s+|hev\s+)?tilgang\s+(?:til\s+)?(?:\S+\s+){0,2}?(?:lenger|lengre|meir)|(?:mistet|mista)\s+tilgang\w*|(?:er|blitt|vorte)\s+(?:stengt|stengd|slettet|sletta|borte|lagt ned|deaktivert)|no longer (?:have|has|work|works|exists?)|lost access|(?:don't|do not|dont) have (?:it |access (?:to (?:it |that |this )?)?)?(?:any ?more)|(?:was|is|has been) (?:closed|deleted|shut down))\b/i;

/**
 * The writer still reaches the login's mailbox ("jeg har fortsatt tilgang til den gamle e-posten", "I
 * still have access to my old email"): the old address is then no reason to move the login (W4).
 */
const KEPT_MAILBOX =
  /\b(?:(?:har|hev)\s+(?:fortsatt|framleis|fremdeles|enno|ennå|enda|stadig)\s+tilgang|(?:still|do still)\s+(?:have|has)\s+access|can still (?:log in to|access|read|open))\b/i;

/** An attachment that is a spreadsheet: a list of companies or people, as accounting sends. */
export const SPREADSHEET = /\.(csv|xlsx?|ods)$/i;

/**
 * Where the numbered points of a mail ("1) …", "2. …", "(2) …" at a line's start) begin, in words of the
 * text as wordsOf counts them: a mail of two numbered questions asks the first one first.
 */
export function numberedPoints(text: string): { at: number; n: number }[] {
  const points: { at: number; n: number }[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const m = /^\s*\(?([1-9])[.):]\s/.exec(line);
    // The number itself is a word of wordsOf: the point begins after it.
    if (m) points.push({ at: at + 1, n: Number(m[1]) });
    at += wordsOf(line).length;
  }
  return points;
}

/**
 * Where the sentences and lines of a text begin, and where its words follow a colon, in words of
 * wordsOf (the topic ranking reads a side marker there as announcing the question after it).
 */
export function clauseOpenings(text: string): { sentence: number[]; afterColon: number[] } {
  const sentence: number[] = [];
  const afterColon: number[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    // A piece ends at . ! ? ; or a colon followed by a space; what follows it opens the next.
    sentence.push(at);
    let start = 0;
    for (const end of line.matchAll(/[.!?;:]\s+/g)) {
      at += wordsOf(line.slice(start, end.index + 1)).length;
      (end[0].startsWith(':') ? afterColon : sentence).push(at);
      start = end.index + end[0].length;
    }
    at += wordsOf(line.slice(start)).length;
  }
  return { sentence, afterColon };
}

export interface TriageOptions {
  /** The topic model to ask for a second opinion (cross-validation passes its own); null: phrases only. */
  topicModel?: TopicModel | null;
  /** What a model probability of 1 is worth; for the training script's search of settings. */
  modelWeight?: number;
}

/** The words of the subject (without "Re:"/"Fwd:") and of the request itself, as topics are ranked on. */
export function ticketWords(message: TicketMessage, today: string): { subject: string[]; body: string[] } {
  const prefixes = subjectPrefixes(message.subject);
  const request = requestText(message.text, prefixes.forwarded, message.from);
  return {
    subject: wordsOf(hideNationalIds(prefixes.rest, today).text),
    body: wordsOf(hideNationalIds(request.text, today).text),
  };
}

/**
 * The words of the names a ticket holds, as the topic model reads words: the people's names found, the
 * writer's (From and signature) and the firms' (with their legal form). Words of two letters stay
 * ("as", "da" are words too). The model leaves them out (topic-model.ts, topicFeatures).
 */
export function nameWordsOf(message: TicketMessage, facts: TicketFacts): Set<string> {
  const names = [
    ...facts.names.map((n) => n.full),
    ...facts.companyNames,
    ...senderNames(message.text, message.from).map((n) => n.full),
  ];
  return new Set(wordsOf(names.join(' ')).filter((w) => w.length >= 3));
}

export function triageTicket(
  message: TicketMessage,
  today: string,
  options: TriageOptions = {},
): TriageResult {
  const prefixes = subjectPrefixes(message.subject);
  const request = requestText(message.text, prefixes.forwarded, message.from);
  const desk = [...DESK_ADDRESSES, ...message.to.map((a) => a.toLowerCase())];
  // A forward whose note speaks of the forwarder ("my supervisor sent me this, can you send me the
  // link?") is the forwarder's own request: the forwarded mail's writer is not the person.
  // So is one that speaks for the forwarder's firm ("Hva må vi sende dere?") and of nobody else; a note
  // that speaks of him or her ("Kan dere hjelpe ham?") hands the request over to the forwarded writer.
  const ownNote =
    request.note !== undefined &&
    (SELF.test(request.note) || (WE.test(request.note) && !THIRD_PERSON.test(request.note)));
  const forwardedSender =
    request.forwardedFrom && !(ownNote && !sameSender(request.forwardedFrom, message.from))
      ? request.forwardedFrom
      : undefined;
  const sender =
    forwardedSender?.address && !desk.includes(forwardedSender.address) ? forwardedSender : message.from;

  const body = hideNationalIds(request.text, today);
  const subject = hideNationalIds(message.subject, today);
  const text = body.text;
  const both = `${subject.text}\n${text}`;
  const nationalId = body.found ?? subject.found;

  const bodyWords = wordsOf(text);
  const subjectText =
    prefixes.rest === message.subject ? subject.text : hideNationalIds(prefixes.rest, today).text;
  const subjectWords = wordsOf(subjectText);
  // Addresses and links are no language: "kari@firma.no" would give nynorsk its "no".
  // So are host names ("@firma.no", "firma.no").
  // (hideAddresses: the same matches as one regex had, in linear time; see its file.)
  const prose = (t: string) => wordsOf(hideAddresses(t));
  const language = detectLanguage([...prose(subjectText), ...prose(text)]).language;

  // A valid national ID's date is the person's: it goes first, before a child's or a course's date
  // written elsewhere, so the suggested `users find` and the guided hand-over take it.
  const written = birthDatesIn(both, today);
  const idDate = nationalId?.birthDate && !nationalId.mistyped ? nationalId.birthDate : undefined;
  const birthDates = idDate ? [idDate, ...written.filter((d) => d !== idDate)] : written;
  if (nationalId?.birthDate && !birthDates.includes(nationalId.birthDate))
    birthDates.push(nationalId.birthDate);
  const senderAddress = sender?.address?.toLowerCase();
  const bounce = isBounce(prefixes.rest, message.from);
  // Who forwards a mail from a department or a machine ("se mail fra byggherren under") asks for
  // themselves: their name and address count too. A forwarded mail from a person keeps that person.
  const forwardedFromRole =
    sender !== message.from && (isRoleMailbox(sender?.address ?? '') || ROLE_WORDS.test(sender?.name ?? ''));
  const forwarder = forwardedFromRole ? message.from : undefined;
  const forwarderAddress = forwarder?.address?.toLowerCase();
  const personal = (address: string | undefined, name: string | undefined): address is string =>
    address !== undefined &&
    !desk.includes(address) &&
    !isRoleMailbox(address) &&
    !(name !== undefined && ROLE_WORDS.test(name));
  // A mail about other people (an employee, a list of them, a relative) gives their facts, not the sender's.
  const others = bounce ? [] : aboutOthers(text, sender);
  // Written for someone the mail does not name: the sender's names and address are still not theirs.
  const forUnnamed = !bounce && others.length === 0 && aboutUnnamedOther(text);
  const sendersOwn = new Set(
    [senderAddress, forwarderAddress, message.from?.address?.toLowerCase()].filter(
      (a): a is string => a !== undefined,
    ),
  );
  // The writer who is one of the people listed keeps their own address, first.
  const writerListed = others.length > 0 && ONE_OF_THEM.test(text) && personal(senderAddress, sender?.name);
  const emails = bounce
    ? []
    : others.length > 0 || forUnnamed
      ? // The sender's own address stays when the text gives it as theirs (a shared family address).
        [
          ...new Set([
            ...(writerListed ? [senderAddress] : []),
            ...emailsIn(text, { exclude: desk, aboutOthers: true }).filter(
              (e) => !sendersOwn.has(e) || writtenAsTheirs(text, e),
            ),
          ]),
        ]
      : // Each once, where it first stands (a Set: indexOf per address was the square of their count).
        [
          ...new Set([
            ...(personal(
              senderAddress,
              forwardedSender || departmentSender(sender) ? sender?.name : undefined,
            )
              ? [senderAddress]
              : []),
            ...(personal(forwarderAddress, forwarder?.name) ? [forwarderAddress] : []),
            ...emailsIn(text, { exclude: desk }),
          ]),
        ];
  // The forwarded writer's names are in what they wrote: the note's signature is the forwarder's.
  const namesText =
    forwardedSender && !forwarder && request.forwarded !== undefined
      ? hideNationalIds(request.forwarded, today).text
      : text;
  const orgNumbers = orgNumbersIn(both);
  const courseCodes = courseCodesIn(both);
  const contact = bounce ? null : contactPersonIn(text);
  // "Kontaktperson: Kari Brenna" signed by Kari Brenna in a mail about others: the contact's address is
  // the sender's own, and kept with the contact.
  const senderPerson = nameFromSender(sender?.name, sender?.address);
  if (
    contact &&
    others.length > 0 &&
    senderPerson &&
    samePerson(contact, senderPerson) &&
    personal(senderAddress, sender?.name) &&
    !emails.includes(senderAddress)
  )
    emails.push(senderAddress);
  const phones = bounce ? [] : phonesIn(text);
  const invoiceEmails = bounce ? [] : invoiceEmailsIn(text, desk);
  const invoiceReference = bounce ? undefined : invoiceReferenceIn(text);
  const courseTitles = bounce ? [] : courseTitlesIn(both);
  const wish = bounce ? { places: [] } : courseWishIn(text, today, courseTitles);
  const facts: TicketFacts = {
    names: bounce
      ? []
      : withContact(
          others.length > 0
            ? uniqueNames(others)
            : forUnnamed
              ? []
              : personNames(namesText, sender, forwarder),
          contact,
          'last',
        ),
    birthDates,
    emails,
    orgNumbers,
    courseCodes,
    hmsCards: hmsCardsIn(both, orgNumbers),
    unitIds: unitIdsIn(both),
    ...(phones.length > 0 ? { phones } : {}),
    ...(invoiceEmails.length > 0 ? { invoiceEmails } : {}),
    ...(invoiceReference ? { invoiceReference } : {}),
    companyNames: companyNamesIn(text),
    ...(courseTitles.length > 0 ? { courseTitles } : {}),
    ...(wish.places.length > 0 ? { wantedPlaces: wish.places } : {}),
    ...(wish.from && wish.to && wish.when
      ? { wantedDates: { from: wish.from, to: wish.to, written: wish.when } }
      : {}),
    ...(nationalId
      ? {
          nationalId: {
            masked: nationalId.masked,
            birthDate: nationalId.birthDate ?? '',
            ...(nationalId.mistyped ? { mistyped: true as const } : {}),
          },
        }
      : {}),
  };
  // A learner writing from a parent's or a spouse's address: the address stays, last and marked as
  // possibly shared, so the look-up goes by name and birth date and no link goes to it as the learner's.
  if (
    !bounce &&
    others.length === 0 &&
    personal(senderAddress, sender?.name) &&
    emails.includes(senderAddress)
  ) {
    const fromName = facts.names.find((n) => n.source === 'from') ?? null;
    if (senderAddressMayBeShared(namesText, facts.names[0], fromName)) {
      facts.emails = [...emails.filter((e) => e !== senderAddress), senderAddress];
      facts.sharedEmails = [senderAddress];
    }
  }
  // A pasted table of companies with a contact column: its contact people come first, as after a label.
  const tableContacts = bounce ? [] : tableContactsIn(text);
  if (tableContacts.length > 0) facts.names = uniqueNames([...tableContacts, ...facts.names]);
  const newOrg = orgNumbers.length > 1 ? newOrgNumberIn(both, orgNumbers) : undefined;
  if (newOrg) facts.newOrgNumber = newOrg;
  const accountType = accountTypeIn([...subjectWords, ...bodyWords]);
  if (accountType) facts.accountType = accountType;

  const spreadsheet = message.attachments.some((a) => SPREADSHEET.test(a));
  const topics: TopicScore[] = bounce
    ? [{ topic: 'other', confidence: 0.95, because: ['a delivery failure report (bounce)'] }]
    : rankTopics(subjectWords, bodyWords, {
        facts,
        nameWords: nameWordsOf(message, facts),
        spreadsheet,
        loginToAddress: LOGIN_TO_ADDRESS.test(text),
        lostMailbox: LOST_MAILBOX.test(text),
        keptMailbox: KEPT_MAILBOX.test(text) && !LOST_MAILBOX.test(text),
        knownLogin: KNOWN_LOGIN.test(text),
        reply: prefixes.reply,
        question: text.includes('?'),
        points: numberedPoints(text),
        openings: clauseOpenings(text),
        thankYouNote: isThankYouNote(text),
        autoreply: isAutoreplySubject(prefixes.rest),
        stillWrong: stillWrong(text),
        ...(request.reminder ? { reminder: true } : {}),
        massMail: massMailSigns(prefixes.rest, text, message.from?.address),
        trade: tradeSigns(prefixes.rest, text),
        ...(request.history ? { history: wordsOf(hideNationalIds(request.history, today).text) } : {}),
        ...(options.topicModel !== undefined ? { model: options.topicModel } : {}),
        ...(options.modelWeight !== undefined ? { modelWeight: options.modelWeight } : {}),
      });
  // A company's request (W6–W9) is about the company: its contact person is the name that matters.
  if (contact && COMPANY_TOPICS.has(topics[0]?.topic ?? 'other'))
    facts.names = withContact(facts.names, contact, 'first');
  const topicIds = topics.map((t) => t.topic);
  const ticket = ticketReference(subject.text, message.messageId);
  // "How do I log in?", "how do I change my password?", "an error message": the FAQ's text answers them;
  // the login topics then ask for nothing and suggest the text instead of a search or a link.
  const loginQuestion = LOGIN_TOPICS.has(topicIds[0] ?? 'other') ? loginQuestionIn(both) : undefined;
  if (loginQuestion)
    topics[0]!.because.push(`a login question the FAQ answers: reply login.${loginQuestion}`);
  const workflows = loginQuestion ? topicIds.filter((t) => !LOGIN_TOPICS.has(t)) : topicIds;
  const missing = missingFacts(workflows, facts);
  const writtenBy = others.length > 0 || forUnnamed ? writerOf(text, sender, others) : undefined;
  const writer = writtenBy && GUARDIAN.test(text) ? { ...writtenBy, guardian: true as const } : writtenBy;
  const commands = [
    ...(loginQuestion ? [loginAnswerCommand(loginQuestion, language)] : []),
    ...nextCommands(workflows, {
      facts,
      ticket,
      attachments: message.attachments,
      language,
      ...(writer ? { writer } : {}),
    }),
  ];
  const ask = askForMissing(language, missing, facts, writer);
  return {
    ticket,
    subject: subject.text,
    ...(message.messageId ? { messageId: message.messageId } : {}),
    ...(message.from?.address ? { from: message.from.address.toLowerCase() } : {}),
    language,
    topics,
    facts,
    missing,
    commands,
    ...(loginQuestion ? { loginQuestion } : {}),
    ...(writer ? { writer } : {}),
    ...(!writer && OWN_EMPLOYER.test(text) && !OWN_COMPANY.test(text)
      ? { asksAsLearner: true as const }
      : {}),
    ...(ask ? { askForMissing: ask } : {}),
  };
}

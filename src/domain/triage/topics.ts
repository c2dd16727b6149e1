// Ranks a ticket's FAQ topics: the weighted phrases of topic-phrases.ts found in its words, plus what
// its facts suggest, turned into a confidence between 0 and 1. Pure.
import { correctTypos, findPhrases, indexPhrases, type PhraseIndex } from './phrase-match.js';
import {
  classifyTopic,
  compileTopicModel,
  factSignals,
  type TopicModel,
  topicFeatures,
} from './topic-model.js';
import { TOPIC_MODEL_DATA } from './topic-model-data.js';
import { FACT_SIGNALS, TOPIC_PHRASES } from './topic-phrases.js';
import { type TicketFacts, TOPICS, type TopicId, type TopicScore } from './types.js';

let index: PhraseIndex<TopicId> | undefined;

function topicIndex(): PhraseIndex<TopicId> {
  index ??= indexPhrases(TOPIC_PHRASES);
  return index;
}

let shippedModel: TopicModel | undefined;

/** The shipped model, parsed on first use (a string parses faster than the same object as code). */
function defaultModel(): TopicModel {
  shippedModel ??= compileTopicModel(JSON.parse(TOPIC_MODEL_DATA));
  return shippedModel;
}

/**
 * What the model's probability for a topic is worth beside the phrases' weights: a sure model (p near 1)
 * counts as much as four phrases that name the topic outright. Leave-one-batch-out cross-validation
 * (npm run eval:topics) was flat from 7 to 12 with the logistic model; the phrases know the sets they were
 * written on and the model generalises, so the middle of that range, not its low end.
 */
export const MODEL_WEIGHT_DEFAULT = 10;
/** A topic the model gives less than this is no evidence at all. */
const MODEL_FLOOR = 0.15;

/** A subject is short and chosen with care: its phrases count more, unless it is a reply's old subject. */
const SUBJECT_FACTOR = 1.5;
const REPLY_SUBJECT_FACTOR = 0.5;
/** Below this, no topic is sure enough and the ticket is `other`, when something speaks for `other`. */
const MIN_SCORE = 1;
/**
 * When nothing speaks for `other` (no thanks, spam or autoreply words, and the model does not think so
 * either), a faint hint of a real topic is still the best guess: an agent corrects a wrong topic faster
 * than they read an unsorted ticket.
 */
const WEAK_MIN_SCORE = 0.4;
/** The bend of the confidence (1: none): 2 fits the labelled sets best, 1.6 allows for mail the phrases never saw. */
const CALIBRATION = 1.6;
/** A further topic is listed when it has this share of the first one's score. */
const SECOND_SHARE = 0.4;
const MAX_TOPICS = 4;
/**
 * With two questions in one mail the first one asked is mostly the one that matters: a body phrase at
 * the very start counts this much more, one at the end not at all more, in proportion between.
 */
const EARLY_BONUS = 0.6;
/**
 * Words that mark the ask that matters ("egentlig trenger jeg bare kursbeviset", "all I need is"):
 * a phrase within a few words after one counts this much more, whatever was asked before it.
 */
const MAIN_ASK = new Set([
  'egentlig',
  'eigentleg',
  'actually',
  'really',
  'mainly',
  'hovedsakelig',
  'først og fremst',
]);
const MAIN_ASK_SPAN = 8;
/** "egentlig trenger jeg bare", "actually I only need": the mark and "only" within this many words. */
const ONLY = new Set(['bare', 'berre', 'kun', 'only', 'just']);
const ONLY_SPAN = 4;
/**
 * Question words: "egentlig"/"actually" after one, the verb and its subject in a question's order ("hva
 * mangler jeg egentlig", "what do I actually need", "hvorfor er egentlig …"), only stresses that
 * question and marks no main ask; "hva jeg egentlig trenger er …", "what I really need is …" still do.
 */
const QUESTION_WORDS = new Set(
  'hva hvorfor hvordan hvem hvilken hvilke hvor når kva kvifor korleis kven kva for kor what why how who which where when'.split(
    ' ',
  ),
);
const SUBJECT_PRONOUNS = new Set(
  'jeg eg du vi me dere de han hun ho den det i you we they he she it'.split(' '),
);
/** A main-ask word that only stresses a question asked in its inverted order (see QUESTION_WORDS). */
function stressesQuestion(words: readonly string[], i: number): boolean {
  const at = (k: number) => words[i - k] ?? '';
  // "hva er egentlig …": the question word, then the verb.
  if (QUESTION_WORDS.has(at(2)) && !SUBJECT_PRONOUNS.has(at(1))) return true;
  // "hva mangler jeg egentlig …", "hvilke kurs mangler jeg egentlig …", "what do I actually …": the
  // question word (and its noun), the verb, the subject.
  return (
    (QUESTION_WORDS.has(at(3)) || QUESTION_WORDS.has(at(4))) &&
    !SUBJECT_PRONOUNS.has(at(2)) &&
    SUBJECT_PRONOUNS.has(at(1))
  );
}
const MAIN_ASK_BONUS = 1;
/** …and one before it this much of its weight. */
const MAIN_ASK_BEFORE = 0.5;
/**
 * Words that mark a question as the second one ("jeg trenger også…", "i tillegg", "also", "another
 * thing"): a topic whose first phrase stands this near one is the one asked on the side. Multi-word
 * markers are written with a space.
 */
const ALSO_MARKERS = [
  'også',
  'ogso',
  'òg',
  'dessuten',
  'forresten',
  'i tillegg',
  'attåt',
  'og så',
  'en annen ting',
  // "Jeg trenger også hjelp med noe annet: …", "one more thing": a second matter announced.
  'noe annet',
  'noko anna',
  'something else',
  'one more thing',
  'ein annan ting',
  'et annet spørsmål',
  'eit anna spørsmål',
  'also',
  'additionally',
  'in addition',
  'another thing',
  'another question',
  'as well',
  'btw',
  'by the way',
  'while i am at it',
  // A postscript is a side note by its nature; "at the same time" asks a second thing.
  'ps',
  'p s',
  'samtidig',
  'at the same time',
  // "Og når jeg først skriver: …", "while I'm writing": a second matter taken up since the mail is sent
  // anyway; "Og i så fall, …", "If so, …": a question that hangs on the one before it.
  'når jeg først skriver',
  'når eg først skriv',
  'når jeg først er i gang',
  'når eg først er i gang',
  'while i am writing',
  "while i'm writing",
  'since i am writing',
  "since i'm writing",
  'i så fall',
  'if so',
].map((m) => m.split(' '));
/**
 * Markers that only make a question the second one, and announce no side matter when they open a
 * sentence: "If so, please switch me to full catalogue" may be the very ask ("does that matter? If so …").
 */
const NOT_ANNOUNCING = new Set(['i så fall', 'if so']);
/**
 * A conjunction before a marker ("… nytt passord og samtidig fortelle meg …", "and also") joins what
 * follows to what was asked: the marker then speaks of the words after it, as one opening a sentence.
 */
const JOINING = new Set(['og', 'and', 'men', 'but']);
/** How far before a phrase (or after its first word) an also-marker may stand. */
const ALSO_BEFORE = 6;
const ALSO_AFTER = 3;
/*
 * When a second topic is listed, both are questions of the mail, and a marker decides their order over
 * the scores: the one after "egentlig"/"actually" leads, the one by "også"/"also" follows, and numbered
 * points go by their numbers. (Which one the subject or the body names first decides nothing:
 * cross-validation showed that the background of a mail comes before its question as often as not.)
 */
/**
 * Two questions where one's work must be done before the other's can be: the agent acts on that one
 * first, so it leads whatever the scores and markers say, when the mail gives what it works with.
 * W1 before W3: a reset link goes to the login on file, and the writer who does not know which that is
 * (and gives a birth date, or the addresses that failed) needs it found first. W4 before W3: a link to
 * the old employer's mailbox is no use to someone who cannot read it; the login address changes first.
 * W4 before W5 for the same reason, when the writer asks to move the login to an address and says the old
 * mailbox is gone: DESIGN's W4 is "new employer, no access to my old e-mail".
 * (W5 and W7 are no such pair and go by what is asked: a learner moving themselves is W5 first, whose
 * flow says when the new employer is not a customer yet and how it becomes one; asking what the company
 * must do to be registered is W7 first, the entry below, unless the move is marked as the main ask.)
 * W17 before whatever it names: a question who made a change ("who changed my account type?", "kven har
 * endra HMS-kortnummeret mitt?") names the thing changed, whose own topic then scores as if the change
 * were asked for; the audit log answers the question, and nothing is put back before it is read.
 */
const PREREQUISITES: readonly {
  first: TopicId;
  /** The topic it goes before; '*' any. */
  before: TopicId | '*';
  when: (evidence: TopicEvidence, words: string) => boolean;
  /** Not over a lead the writer marks as the main ask ("Egentlig vil jeg bare endre arbeidsgiveren"). */
  yieldsToMain?: true;
}[] = [
  {
    first: 'W1',
    before: 'W3',
    when: (e) => e.facts.birthDates.length > 0 || e.facts.emails.length >= 2,
  },
  { first: 'W4', before: 'W3', when: () => true },
  { first: 'W4', before: 'W5', when: (e) => e.loginToAddress === true && e.lostMailbox === true },
  { first: 'W17', before: '*', when: (_, words) => WHO_CHANGED.test(words) },
  { first: 'W7', before: 'W5', when: (_, words) => COMPANY_MUST_DO.test(words), yieldsToMain: true },
  // A course the writer cannot see because of the account type: the explicit ask to change the type
  // ("Kan dere bytte brukertypen min?", "please switch me to full catalogue") leads with W10; the same
  // complaint that only asks whether the type is why ("Er det derfor?", "Do I need to upgrade?") or how
  // to change it should that be needed ("Hvis jeg må bytte …, hvordan gjør jeg det?") leads with W12.
  { first: 'W10', before: 'W12', when: (_, words) => ASKS_TYPE_CHANGE.test(words) },
  {
    first: 'W12',
    before: 'W10',
    when: (_, words) => !ASKS_TYPE_CHANGE.test(words) && CANNOT_FIND_COURSE.test(words),
  },
];

/** Word edges for the words of a mail (letters of any script: "må", "ønsker"). */
const AT = "(?<![\\p{L}\\p{N}'])";
const END = "(?![\\p{L}\\p{N}'])";
const W = '\\S+\\s+';
/** A verb that changes an account's type. */
const CHANGE_VERB =
  '(?:bytte|bytt|bytter|byte|byter|endre|endrer|endrar|oppgradere|oppgrader|oppgraderer|skifte|skift|skifter|gjøre om|gjere om|switch|change|upgrade|convert|move|set)';
/** What it changes to, or whose type it changes. */
const TYPE_TARGET =
  '(?:full\\p{L}*|fører\\p{L}*|førar\\p{L}*|driver|betalt\\p{L}*|paid|brukertype\\p{L}*|brukartype\\p{L}*|kontotype\\p{L}*|type\\p{L}*|account|konto\\p{L}*|bruker(?:en)?|brukar(?:en)?)';
/**
 * The writer asks us to change the account's type, or how to, as a thing to be done (README's W10
 * against W12): "kan dere bytte meg til full kurskatalog", "please switch me to full catalogue", "vil
 * gjerne ha full katalog", "sjefen sier jeg må bytte til full … hvordan gjør jeg det", "how do I upgrade
 * my account". A question whether the type is the cause, or a change only "if I need to", is none.
 */
const ASKS_TYPE_CHANGE = new RegExp(
  [
    // "Kan dere bytte …", "could you switch me …"
    `${AT}(?:kan|kunne|vil|ville|can|could|would|will)\\s+(?:dere|de|du|you)\\s+(?:${W}){0,2}?${CHANGE_VERB}\\s+(?:${W}){0,3}?${TYPE_TARGET}${END}`,
    // "please switch me …", "vennligst endre …", a bare "Please change." after the type it names
    `${AT}(?:please|pls|vennligst|venligst)\\s+(?:${W})?${CHANGE_VERB}(?:\\s+(?:${W}){0,3}?${TYPE_TARGET})?${END}`,
    // "vil gjerne ha full katalog", "I would like a full account", "ønsker å oppgradere kontoen"
    `${AT}(?:vil|ønsker|ønskjer|want|wants|would like|like)\\s+(?:${W}){0,2}?(?:(?:å|to)\\s+)?(?:ha|få|have|get|a|an|${CHANGE_VERB})\\s+(?:${W}){0,2}?(?:full\\p{L}*|fører\\p{L}*|førar\\p{L}*|driver|betalt\\p{L}*|paid|brukertype\\p{L}*|brukartype\\p{L}*|kontotype\\p{L}*|account type|annen type|anna type|another type|different type)${END}`,
    // "how do I upgrade my account", "korleis byter eg frå gratis e-læring til full kurskatalog"
    `${AT}(?:hvordan|korleis|how)\\s+(?:${W}){0,2}?${CHANGE_VERB}\\s+(?:${W}){0,6}?${TYPE_TARGET}${END}`,
    // What the change takes from the writer: "hva må jeg fylle ut da?", "tell me what I'll need to fill
    // in", "happy to provide whatever details are needed"
    `${AT}(?:hva|kva|what|whatever)\\s+(?:${W}){0,5}?(?:fylle|fill|provide|oppgi|oppgje)${END}`,
    `${AT}(?:provide|oppgi|oppgje)\\s+(?:${W}){0,2}?(?:details|information|opplysning\\p{L}*)${END}`,
    // "må bytte fra gratis til full … hvordan gjør jeg det?", unless only "if I need to"
    `(?<!${AT}(?:hvis|om|dersom|viss|if)\\s+(?:jeg|eg|i)\\s+(?:${W})?)${AT}(?:må|skal|need to|have to|must)\\s+${CHANGE_VERB}\\s+(?:${W}){0,3}?${TYPE_TARGET}(?:\\s+\\S+){0,3}\\s+(?:hvordan|korleis|how)${END}`,
  ].join('|'),
  'u',
);

/** The writer cannot see or find a course (README's W12 when no change of type is asked for). */
const CANNOT_FIND_COURSE = new RegExp(
  [
    `${AT}(?:finner|finn|fant|ser|såg|får|find|see|found|locate)\\s+(?:${W}){0,2}?(?:ikke|ikkje|not|ingen|bare|berre|only)${END}`,
    `${AT}(?:ikke|ikkje|not|can't|cannot|don't|doesn't|didn't|couldn't|isn't)\\s+(?:${W}){0,2}?(?:finne|find|see|locate|show|showing|visible|synlig|synleg|vises|opp|appear\\p{L}*)${END}`,
    `${AT}(?:ingen treff|no results)${END}`,
  ].join('|'),
  'u',
);

/**
 * Asking what the company must do to be registered, or how it becomes a customer ("What does my company
 * need to do?", "hva må firmaet mitt gjøre", "how does my firm become a customer"): README's W7 first,
 * whatever move of the writer's the mail tells of.
 */
const COMPANY_MUST_DO =
  /\b(?:(?:what|hva|kva)\s+(?:\S+\s+){0,3}?(?:company|firm|firma\w*|bedrift\w*|selskap\w*)\s+(?:\S+\s+){0,4}?(?:do|gjøre|gjere)|(?:how|hvordan|korleis)\s+(?:\S+\s+){0,3}?(?:company|firm|firma\w*|bedrift\w*|selskap\w*)\s+(?:\S+\s+){0,2}?(?:become|bli|blir)\s+(?:\S+\s+)?(?:customer|kunde))\b/;

/** Asking who made a change (or did it, or moved someone): the words of an audit question. */
const WHO_CHANGED =
  /\b(?:hvem|kven|who)\s+(?:\S+\s+){0,2}(?:endret|endra|change|changed|changes|flyttet|flytta|moved|gjort|gjorde|did|made|slettet|sletta|deleted|removed|fjernet|fjerna)\b/;

/** What a birth date beside two addresses or more adds to W1 (the facts its search takes). */
const W1_FACTS_WEIGHT = 2;

/** The share of the first topic's score a prerequisite needs to lead (SECOND_SHARE lists a topic). */
const PREREQUISITE_SHARE = 0.25;

/** What asking to move the login to a written address adds to W4, when its words point there. */
const LOGIN_TO_ADDRESS_WEIGHT = 2;
/** …and this much more when the old login's mailbox is out of reach: the move is then what is asked. */
const LOST_LOGIN_WEIGHT = 3;

/** What W1's words are worth when the writer names the login the account has. */
const KNOWN_LOGIN_FACTOR = 0.5;
/** What W4's words are worth when the writer says the old mailbox still works (b5-w5-13: only the employer changes). */
const KEPT_MAILBOX_FACTOR = 0.5;

/** A phrase this heavy at least places a topic in the mail; fainter hints place nothing. */
const PLACING_WEIGHT = 1;

function markerPositions(words: readonly string[], markers: readonly (readonly string[])[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < words.length; i++)
    if (markers.some((m) => m.every((w, k) => words[i + k] === w))) out.push(i);
  return out;
}

/** Where a topic is first asked in the body, and what marks that place. */
interface Placement {
  at: number;
  /** Its first phrase stands by "også"/"also": it is the side question. */
  also: boolean;
  /** One of its phrases follows such a marker ("As well: I got a new card"): the marker announces it. */
  announced: boolean;
  /** Its first phrase follows "egentlig"/"actually": it is the main question. */
  main: boolean;
  /** The number of the numbered point its first phrase stands in (0: none). */
  point: number;
}

/** A topic asked before the side question and not itself marked as one: the mail's main question. */
function isMainAsk(p: Placement | undefined, side: Placement): boolean {
  return p !== undefined && !p.also && p.at <= side.at;
}

/** The order of two topics that both are questions of the mail: negative when `a` leads. */
function askedOrder(a: Placement | undefined, b: Placement | undefined): number {
  // A topic marked as the side question follows one the mail asks in its subject or in words no phrase
  // places ("når går kurset ut? … har også ny jobb").
  if (!a || !b) return a?.also && !a.main ? 1 : b?.also && !b.main ? -1 : 0;
  if (a.main !== b.main) return a.main ? -1 : 1;
  if (a.also !== b.also) return a.also ? 1 : -1;
  if (a.point > 0 && b.point > 0 && a.point !== b.point) return a.point - b.point;
  return 0;
}

/**
 * What a phrase in a reply's quoted history is worth, of its weight (cross-validation: 0.35 to 1 the same
 * and better than none; the middle).
 */
const HISTORY_FACTOR = 0.5;
/** Words of someone who has no account yet: about to register, on the sign-up page. */
const NOT_YET_REGISTERED =
  /\b(?:(?:holder på (?:med )?å|held på (?:med )?å|er i ferd med å|i ferd med å|driver og|prøver å|prøver og|forsøker å|in the middle of|trying to)\s+(?:registrere|registrera|register|registering|lage (?:\S+ )?(?:bruker|brukar|konto|profil)|opprette|create|creating|sign(?:ing)? up)|(?:skal|vil|skulle|må|trenger å|treng å|going to|about to|will|want to|need to|have to|must|når jeg|når eg|when i|før jeg|før eg|before i)\s+(?:\S+\s+)?(?:registrere|registrera|register|lage (?:\S+ )?(?:bruker|brukar|konto|profil)|opprette|create|sign up)|(?:creating|making|setting up) (?:my|a|an) (?:profile|account|user)|sign up page|signup page|registration page|registreringssida\w*|har ikke (?:bruker|konto) (?:ennå|enda)|har ikkje (?:brukar|konto) enno|(?:do not|don't) have an account yet)\b/;
/** …and W10 then counts this much (cross-validation: 0.7 to 0.3 all better than 1, no W10 ticket lost; 0.4 once blind6 trained the model, which leans to W10 for "skal lage bruker: gratis eller full?"). */
const NOT_YET_FACTOR = 0.4;

/** How many kinds of mass-mail sign make a mail mass mail, and what each then adds to `other`. */
const MASS_MAIL_SIGNS = 2;
const MASS_MAIL_WEIGHT = 4;
/**
 * Three kinds or more (a deadline, a foreign link and a request for a bank card) put `other` first
 * however much the words say: two may be a genuine portal mail the person forwards ("Click the link below
 * within 1 hour"), and weigh against what the person says of it.
 */
const MASS_MAIL_SURE = 3;
/**
 * What each kind of trade sign adds to `other`: cross-validation moved the supplier's invoice, the offer
 * of work and the payment question of the fourth blind set to `other` from 2.5 on and broke nothing up to 5.
 */
const TRADE_WEIGHT = 2.5;
const THANKS = /takk|thank|fungerer|funker|funkar|virker|works|ordnet|ordna|sorted|solved|orden/;

export interface TopicEvidence {
  facts: TicketFacts;
  /** The words of the names the ticket holds (triage.ts, nameWordsOf): no feature of the model. */
  nameWords?: ReadonlySet<string>;
  /** An attached spreadsheet (.csv, .xlsx, .xls, .ods). */
  spreadsheet: boolean;
  /** The mail asks to move the login to an address it writes (triage.ts, LOGIN_TO_ADDRESS). */
  loginToAddress?: boolean;
  /** The writer can no longer read the login's mailbox. */
  lostMailbox?: boolean;
  /** The writer says which login the account has (triage.ts, KNOWN_LOGIN): W1 is not asked. */
  knownLogin?: boolean;
  /** The writer still reaches the login's mailbox, and says of none lost. */
  keptMailbox?: boolean;
  /** The text asks something: a thank-you or an autoreply seldom does, so `other` then counts less. */
  question: boolean;
  /** A reply ("Re:", "SV:") keeps the subject of the desk's earlier answer: its words count less. */
  reply: boolean;
  /** Where the mail's numbered points begin (word index and number), when it numbers its questions. */
  points?: readonly { at: number; n: number }[];
  /**
   * Where the body's sentences and lines begin, and where words follow a colon (word indices,
   * triage.ts clauseOpenings): a side marker that opens a sentence ("As well: …", "Forresten, …") or ends
   * in a colon ("… hjelp med noe annet: …") announces the question after it.
   */
  openings?: { readonly sentence: readonly number[]; readonly afterColon: readonly number[] };
  /** A short note that only thanks or says the matter is settled, asking nothing (ticket-text.ts). */
  thankYouNote?: boolean;
  /** An autoreply ("Automatisk svar:", "Fråværande:" before the subject it answers): nobody asks anything. */
  autoreply?: boolean;
  /** Thanks with a "but" that says what is still wrong: no closing, whatever its length. */
  stillWrong?: boolean;
  /** A reminder that hands on the writer's own earlier request (ticket-text.ts): no closing either. */
  reminder?: boolean;
  /** Signs of a mail sent to many (mass-mail.ts): phishing, marketing, machine reports. */
  massMail?: readonly string[];
  /** The words of a reply's quoted history: what the thread was about, as a faint hint. */
  history?: readonly string[];
  /** Signs of trade (mass-mail.ts): sums, payment terms, invoice numbers, prices and offers. */
  trade?: readonly string[];
  /** The topic model for a second opinion; the shipped one when absent, none when null. */
  model?: TopicModel | null;
  /** What a model probability of 1 is worth (the training script's search of settings only). */
  modelWeight?: number;
}

function factPresent(facts: TicketFacts, name: string, evidence: TopicEvidence): boolean {
  if (name === 'spreadsheet') return evidence.spreadsheet;
  const value = (facts as unknown as Record<string, unknown>)[name];
  return Array.isArray(value) ? value.length > 0 : value !== undefined;
}

export function rankTopics(
  subjectWords: readonly string[],
  bodyWords: readonly string[],
  evidence: TopicEvidence,
): TopicScore[] {
  const scores = new Map<TopicId, { score: number; because: string[] }>();
  const add = (topic: TopicId, weight: number, because: string) => {
    const entry = scores.get(topic) ?? { score: 0, because: [] };
    entry.score += weight;
    if (!entry.because.includes(because)) entry.because.push(because);
    scores.set(topic, entry);
  };
  const correctedBody = correctTypos(topicIndex(), bodyWords);
  const bodyHits = findPhrases(topicIndex(), correctedBody);
  const subjectHits = findPhrases(topicIndex(), correctTypos(topicIndex(), subjectWords));
  const counted = new Set<string>();
  for (const hit of subjectHits) {
    const factor = evidence.reply ? REPLY_SUBJECT_FACTOR : SUBJECT_FACTOR;
    add(hit.key, hit.weight * factor, `"${hit.label}" (subject)`);
    counted.add(`${hit.key}\u0000${hit.label}`);
  }
  // What the thread was about before (the desk's question, the first mail) hints at what a short answer
  // is about ("her er orgnummeret dere ba om"), at a fraction of a phrase's weight.
  if (evidence.history && evidence.history.length > 0) {
    const seen = new Set<string>();
    for (const hit of findPhrases(topicIndex(), correctTypos(topicIndex(), evidence.history))) {
      if (seen.has(`${hit.key}\u0000${hit.label}`)) continue;
      seen.add(`${hit.key}\u0000${hit.label}`);
      add(hit.key, hit.weight * HISTORY_FACTOR, `"${hit.label}" (earlier in the thread)`);
    }
  }
  const mainAsk = bodyWords.flatMap((w, i) =>
    MAIN_ASK.has(w) && !stressesQuestion(bodyWords, i) ? [i] : [],
  );
  const onlyAsk = mainAsk.filter((i) => bodyWords.slice(i + 1, i + 1 + ONLY_SPAN).some((w) => ONLY.has(w)));
  const also = markerPositions(bodyWords, ALSO_MARKERS);
  const placed = new Map<TopicId, Placement>();
  const sentence = new Set(evidence.openings?.sentence ?? []);
  // A sentence opened by a conjunction ("Og i så fall, …") opens at the word after it too.
  for (const i of [...sentence]) if (JOINING.has(bodyWords[i] ?? '')) sentence.add(i + 1);
  // A marker just after a phrase marks it ("sjekket søppelposten også"), unless the marker opens the
  // next sentence ("… passordet mitt. Forresten, …") or follows a conjunction ("… og samtidig …"): that
  // one speaks of what follows it.
  const forward = (i: number) => sentence.has(i) || JOINING.has(bodyWords[i - 1] ?? '');
  const nearAlso = (at: number) =>
    also.some((i) => i >= at - ALSO_BEFORE && i <= at + ALSO_AFTER && !(i > at && forward(i)));
  const afterColon = new Set(evidence.openings?.afterColon ?? []);
  const announcers: number[] = [];
  for (let i = 0; i < bodyWords.length; i++)
    for (const m of ALSO_MARKERS)
      if (
        !NOT_ANNOUNCING.has(m.join(' ')) &&
        m.every((w, k) => bodyWords[i + k] === w) &&
        (sentence.has(i) || afterColon.has(i + m.length))
      )
        announcers.push(i);
  // An announcer speaks of its whole sentence ("Og når jeg først skriver: hvilke kurs mangler jeg … i
  // opplæringsløpet?"), at least of the few words after it.
  const openings = [...sentence].sort((x, y) => x - y);
  const sentenceEnd = (i: number) => openings.find((o) => o > i + 1) ?? bodyWords.length;
  const afterAlso = (at: number) =>
    announcers.some((i) => i < at && (i >= at - ALSO_BEFORE || at < sentenceEnd(i)));
  for (const hit of [...bodyHits].sort((x, y) => x.at - y.at)) {
    if (hit.weight < PLACING_WEIGHT) continue;
    const seen = placed.get(hit.key);
    // "Jeg har byttet jobb og fått ny e-post … Jeg trenger også å oppdatere arbeidsgiver": the topic's
    // background came first, its ask stands by "også".
    if (seen) {
      if (nearAlso(hit.at)) seen.also = true;
      if (afterAlso(hit.at)) seen.announced = true;
      continue;
    }
    placed.set(hit.key, {
      at: hit.at,
      also: nearAlso(hit.at),
      announced: afterAlso(hit.at),
      main: mainAsk.some((i) => hit.at > i && hit.at - i <= MAIN_ASK_SPAN),
      point: [...(evidence.points ?? [])].reverse().find((p) => p.at <= hit.at)?.n ?? 0,
    });
  }
  // "Trenger kursbevis … Egentlig trenger jeg bare kursbeviset": the whole mark ("egentlig … bare",
  // "actually I only need") makes the ask after it the main one wherever it stands, though that topic was
  // asked before (a phrase counts once, at its first place). A lone "egentlig" later in the mail corrects
  // a detail ("valgte gratis, men skal egentlig på et betalt kurs") and marks only a topic's first phrase.
  for (const i of onlyAsk) {
    const after = correctedBody.slice(i + 1, i + 1 + MAIN_ASK_SPAN);
    for (const hit of findPhrases(topicIndex(), after)) {
      const seen = placed.get(hit.key);
      if (hit.weight >= PLACING_WEIGHT && seen) seen.main = true;
    }
  }
  // Asked to move the login to an address it gives, the old mailbox being lost, the mail asks W4 whether
  // or not a phrase names it ("my login is my old … address which no longer works, change it to …").
  if (evidence.loginToAddress && evidence.lostMailbox && !placed.has('W4'))
    placed.set('W4', { at: bodyWords.length, also: false, announced: false, main: false, point: 0 });
  for (const hit of bodyHits) {
    // A phrase in both subject and body counts once more, at half weight: repeating it is a hint.
    const again = counted.has(`${hit.key}\u0000${hit.label}`);
    // Thanks in a message that also asks something is politeness, not a thank-you note.
    const politeness = hit.key === 'other' && evidence.question && THANKS.test(hit.label);
    const marked = mainAsk.some((i) => hit.at > i && hit.at - i <= MAIN_ASK_SPAN);
    // What comes before "egentlig …" is what the person puts second.
    const beforeMain = mainAsk.length > 0 && hit.at < (mainAsk[0] as number);
    const early =
      (1 + EARLY_BONUS * (1 - hit.at / Math.max(bodyWords.length, 1)) + (marked ? MAIN_ASK_BONUS : 0)) *
      (beforeMain ? MAIN_ASK_BEFORE : 1);
    add(hit.key, (again || politeness ? hit.weight / 2 : hit.weight) * early, `"${hit.label}"`);
  }
  for (const [fact, signals] of Object.entries(FACT_SIGNALS)) {
    if (!factPresent(evidence.facts, fact, evidence)) continue;
    for (const [topic, weight] of Object.entries(signals) as [TopicId, number][]) {
      // A fact only strengthens a topic the words already point at, or it would invent topics.
      if (scores.has(topic)) add(topic, weight, `fact: ${fact}`);
    }
  }
  // What W1 searches with (the FAQ asks for full name, birth date and possible addresses): a mail that
  // gives a birth date and two addresses or more asks for the search, when its words point there at all.
  const w1 = scores.get('W1');
  if (w1 && evidence.knownLogin) {
    // …unless the writer says which login it is: then nothing is to be found.
    w1.score *= KNOWN_LOGIN_FACTOR;
    w1.because.push('the writer names the login');
  } else if (w1 && evidence.facts.emails.length >= 2 && evidence.facts.birthDates.length > 0)
    add('W1', W1_FACTS_WEIGHT, 'fact: a birth date and several addresses');
  // The old address named by a writer who still reads it is no lost login: W4 counts less, unless the
  // mail asks to move the login to an address it gives.
  const w4 = scores.get('W4');
  if (w4 && evidence.keptMailbox && !evidence.loginToAddress) {
    w4.score *= KEPT_MAILBOX_FACTOR;
    w4.because.push('the writer still reaches the old mailbox');
  }
  // Asked to move the login to an address it gives because the old mailbox is lost, it is W4 by
  // definition, whatever else the words name.
  if (evidence.loginToAddress && (scores.has('W4') || evidence.lostMailbox))
    add('W4', LOGIN_TO_ADDRESS_WEIGHT, 'asks to move the login to an address it gives');
  if (evidence.loginToAddress && evidence.lostMailbox)
    add('W4', LOST_LOGIN_WEIGHT, 'the old login address is out of reach');
  const model = evidence.model === undefined ? defaultModel() : evidence.model;
  if (model) {
    const weight = evidence.modelWeight ?? MODEL_WEIGHT_DEFAULT;
    const subjectForModel = evidence.reply ? [] : subjectWords;
    const signals = factSignals({ ...evidence.facts, spreadsheet: evidence.spreadsheet });
    for (const [topic, p] of classifyTopic(
      model,
      topicFeatures(subjectForModel, bodyWords, signals, evidence.nameWords),
    )) {
      if (p >= MODEL_FLOOR) add(topic, weight * p, `model ${Math.round(p * 100)}%`);
    }
  }

  // Two kinds of mass-mail sign together (a "Dear user" with a deadline, a link with an unsubscribe
  // footer) outweigh what the words say of passwords or accounts: such mail imitates the desk's topics.
  // W10 changes the type of an account that exists: someone still signing up who asks which type to
  // pick is asking how to register.
  const w10 = scores.get('W10');
  if (
    w10 &&
    scores.has('registration') &&
    NOT_YET_REGISTERED.test(`${subjectWords.join(' ')} ${bodyWords.join(' ')}`)
  )
    w10.score *= NOT_YET_FACTOR;

  // Trade is not a matter for the desk, though it speaks of companies and invoices as W7 and W9 do.
  for (const sign of evidence.trade ?? []) add('other', TRADE_WEIGHT, `trade: ${sign}`);

  const signs = evidence.massMail ?? [];
  if (signs.length >= MASS_MAIL_SIGNS) {
    for (const sign of signs) add('other', MASS_MAIL_WEIGHT, `mass mail: ${sign}`);
  }

  type Ranked = { topic: TopicId; score: number; because: string[] };
  const ranked: Ranked[] = [...scores.entries()]
    .filter(([topic]) => topic !== 'other')
    .map(([topic, { score, because }]) => ({ topic, score, because }))
    .sort((a, b) => b.score - a.score || TOPICS.indexOf(a.topic) - TOPICS.indexOf(b.topic));
  const other = scores.get('other');
  // A short answer in a thread that thanks us ("Mottatt, takk!") closes the case, whatever the old
  // subject said.
  // So does a short note, in a thread or not, that only thanks or says the matter is settled.
  const closing =
    (other !== undefined &&
      evidence.reply &&
      bodyWords.length <= 20 &&
      !evidence.question &&
      evidence.stillWrong !== true &&
      evidence.reminder !== true) ||
    evidence.thankYouNote === true ||
    evidence.autoreply === true;
  const top = ranked[0];

  // How strong the evidence is and how much of it goes to this topic, bent so that the figure is about
  // the share of tickets of that confidence whose first topic is right (the calibration table of
  // npm run eval:topics).
  const confidence = (score: number, total: number) => {
    const raw = (score / (score + 2.5)) * Math.sqrt(score / total);
    return Math.round(Math.min(0.99, 1 - (1 - raw) ** CALIBRATION) * 100) / 100;
  };

  // `other` comes first when nothing else is sure enough, or when a thank-you or spam outweighs it.
  const needed = other ? MIN_SCORE : WEAK_MIN_SCORE;
  // Sure mass mail is `other` whatever its words say of passwords or accounts: a lure imitates those.
  const massMail = signs.length >= MASS_MAIL_SURE;
  if (!top || top.score < needed || closing || massMail || (other && other.score >= top.score * 1.25)) {
    const otherScore = Math.max(other?.score ?? 0, 1);
    const total = otherScore + (top?.score ?? 0);
    const result: TopicScore[] = [
      {
        topic: 'other',
        confidence: other ? confidence(otherScore, total) : 0.5,
        because: other?.because ?? ['no FAQ topic recognised'],
      },
    ];
    if (top && top.score >= needed) {
      result.push({ topic: top.topic, confidence: confidence(top.score, total), because: top.because });
    }
    return result;
  }
  const listed = ranked
    .filter((t, i) => i === 0 || t.score >= Math.max(MIN_SCORE, top.score * SECOND_SHARE))
    .slice(0, MAX_TOPICS);
  // The top topic announced as the side question ("As well: …", "Jeg trenger også hjelp med …") says that
  // another was asked before it: a topic a phrase places earlier in the body, not itself marked so, is
  // that main question however many more phrases the side one collects, and it is listed (to lead below).
  const sideTop = top && placed.get(top.topic);
  if (
    sideTop?.announced &&
    !sideTop.main &&
    !listed.slice(1).some((t) => isMainAsk(placed.get(t.topic), sideTop))
  ) {
    const main = ranked.find(
      (t) => t.topic !== top.topic && t.score >= MIN_SCORE && isMainAsk(placed.get(t.topic), sideTop),
    );
    if (main) {
      const at = listed.indexOf(main);
      if (at >= 0) listed.splice(at, 1);
      else if (listed.length === MAX_TOPICS) listed.pop();
      listed.splice(1, 0, main);
    }
  }
  // The ask marked as the main one ("egentlig trenger jeg bare …") comes up to second place wherever the
  // scores list it, so that the asked order below can put it first.
  const marked = listed.findIndex((t, i) => i > 1 && placed.get(t.topic)?.main);
  if (
    marked > 1 &&
    !placed.get(listed[0]?.topic ?? 'other')?.main &&
    !placed.get(listed[1]?.topic ?? 'other')?.main
  )
    listed.splice(1, 0, ...listed.splice(marked, 1));
  const [first, second] = listed;
  if (first && second && askedOrder(placed.get(second.topic), placed.get(first.topic)) < 0) {
    // Two questions: the one asked first leads, with the first one's score, so confidences stay in order.
    listed[0] = { ...second, score: first.score };
    listed[1] = { ...first, score: second.score };
  }
  // A question whose work the listed first one needs leads, when the mail asks it (a placing phrase and
  // a fair share of the first one's score: a question set out as the obstacle to another scores less).
  const lead = listed[0];
  const allWords = `${subjectWords.join(' ')} ${bodyWords.join(' ')}`;
  const prerequisite = PREREQUISITES.find(
    (p) =>
      lead !== undefined &&
      p.first !== lead.topic &&
      (p.before === lead.topic || p.before === '*') &&
      placed.has(p.first) &&
      !(p.yieldsToMain && placed.get(lead.topic)?.main) &&
      ranked.some((t) => t.topic === p.first && t.score >= lead.score * PREREQUISITE_SHARE) &&
      p.when(evidence, allWords),
  );
  if (lead && prerequisite) {
    const at = listed.findIndex((t) => t.topic === prerequisite.first);
    const moved = (at >= 0 ? listed[at] : ranked.find((t) => t.topic === prerequisite.first)) as Ranked;
    if (at >= 0) listed.splice(at, 1);
    else if (listed.length === MAX_TOPICS) listed.pop();
    listed.unshift({ ...moved, score: lead.score });
    listed[1] = { ...lead, score: moved.score };
  }
  const total = listed.reduce((sum, t) => sum + t.score, 0);
  return listed.map((t) => ({ topic: t.topic, confidence: confidence(t.score, total), because: t.because }));
}

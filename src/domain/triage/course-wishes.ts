// What a ticket says about a course beyond its code (W12, W13, W15): the course named by its title
// ("kurset Sikkerhet ved arbeid i spor", "the Track Safety course", «Førstehjelp på anlegg»), and the
// place and time the person would take it ("Helst i Bergen", "gjerne i mars", "preferably Oslo, in
// spring"). Triage never opens the catalogue, so a title is kept as written, for `courses search`.
// Pure; every scan is a bounded regex or a walk over words, linear in the text.

import { isoFrom } from '../dates.js';
import { MONTHS } from '../month-names.js';
import { isTownName } from '../town-names.js';

/** Where a course word introduces a title: "kurset X", "kurset som heter X", "the course X", "course called X". */
const TITLE_LEAD =
  /\b(?:kurs(?:et)?[ \t]+(?:som[ \t]+heiter|som[ \t]+heter|kalt|kalla|om|med[ \t]+navn|med[ \t]+namn)|kurset|emnet|(?:a|the)[ \t]+course[ \t]+(?:called|named|on)|the[ \t]+course)[ \t]+/gi;

/**
 * A title in quotes straight after a course word ("kurset «Førstehjelp på anlegg»", 'the course "Track
 * Safety"', "e-læringen «…»") or straight before one ('the "Track Safety" course'); a portal label in
 * quotes elsewhere («Min profil», «Historikk») is none.
 */
const QUOTED = /[«“"]([^«»“”"\n]{3,80})[»”"]/g;
const COURSE_BEFORE =
  /(?:^|[^\p{L}])(?:kurs|kurset|kursa|kursene|kurstittel|kursnavn|kursnamn|emnet|e-læringen|e-læringa|course|module)[ \t]*:?[ \t]*$/iu;
const COURSE_AFTER = /^(?:-?kurset|-?kurs(?![\p{L}])|[ \t]+course\b|[ \t]+training\b|[ \t]+module\b)/iu;

/** English: "the Track Safety course", "a First Aid course", "our Safety Watch training". */
const EN_TITLE_BEFORE =
  /\b(?:the|a|an|my|our|your|this)[ \t]+((?:\p{Lu}[\p{L}'’-]*[ \t]+){1,6})(?:course|training)\b(?![ \t]+(?:portal|catalog|catalogue|certificate|list|calendar|page|site|history|overview))/gu;

/** Words that end a title written without quotes: verbs, pronouns, conjunctions of the sentence around it. */
const STOP_WORDS = new Set(
  (
    'som men er var har hadde kan kunne vil ville skal skulle må måtte fordi sidan siden når da der hvor kor ' +
    'hva kva til fra frå neste snarest gjerne helst igjen også ikke ikkje lenger nå no enda ennå hos jeg ' +
    'eg vi du dere de det den denne dette meg oss min mitt mine vår våre dykk dokker hjå før etter ' +
    'which that is was has have had can could would will but because since when where who so as it ' +
    'i’m im me we us our my this please yet again any anymore'
  ).split(' '),
);

/** After "i", "på", "in", "on", "at": a place, a time or the portal ends the title ("… i spor i Bergen"). */
const PLACE_WORDS =
  /^(?:kurskatalog\p{L}*|katalog\p{L}*|kursportal\p{L}*|portal\p{L}*|kurskalender\p{L}*|kalender\p{L}*|list\p{L}*|oversikt\p{L}*|søk\p{L}*|systemet|catalog\p{L}*|site|website|app)$/iu;
const PREPOSITIONS = new Set(['i', 'på', 'in', 'on', 'at']);

const SEASONS: Readonly<Record<string, readonly [number, number]>> = {
  vår: [3, 5],
  våren: [3, 5],
  spring: [3, 5],
  sommer: [6, 8],
  sommeren: [6, 8],
  sumar: [6, 8],
  sumaren: [6, 8],
  summer: [6, 8],
  høst: [9, 11],
  høsten: [9, 11],
  haust: [9, 11],
  hausten: [9, 11],
  autumn: [9, 11],
  fall: [9, 11],
  vinter: [12, 2],
  vinteren: [12, 2],
  winter: [12, 2],
};

const monthOrSeason = (word: string): readonly [number, number] | undefined => {
  const w = word.toLowerCase();
  const month = MONTHS[w];
  if (month !== undefined) return [month, month];
  return SEASONS[w];
};

const WEEKDAYS =
  /^(?:mandag|tirsdag|tysdag|onsdag|torsdag|fredag|lørdag|laurdag|søndag|sundag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|påske|jul|easter|christmas)$/i;

const AMOUNT =
  /^(?:\d+|en|ett|ei|eitt|to|tre|fire|fem|seks|noen|nokre|flere|fleire|mange|a|one|two|three|few|several)$/i;
const TIME_UNIT =
  /^(?:dag|dager|dagar|uke|uker|veke|veker|måned|måneder|månad|månader|år|days?|weeks?|months?|years?)$/i;

/** The words of a title written without quotes, from where its lead-in ends. */
function titleAt(text: string, start: number): string | undefined {
  const rest = text.slice(start, start + 120);
  if (!/^\p{Lu}/u.test(rest)) return undefined;
  const clause = rest.split(/[.,;:!?()\n«»“”"]/)[0] ?? '';
  const words = clause.split(/[ \t]+/).filter(Boolean);
  const kept: string[] = [];
  for (let i = 0; i < words.length && kept.length < 8; i++) {
    const word = words[i]!;
    const lower = word.toLowerCase();
    // "The course I need", "KURSET JEG MÅ TA": a pronoun or a verb first is no title.
    if (STOP_WORDS.has(lower) || word === 'I') break;
    // "kurset X for tre uker siden": a span of time ends the title.
    if (
      /^(?:for|i|på|in)$/.test(lower) &&
      AMOUNT.test(words[i + 1] ?? '') &&
      TIME_UNIT.test(words[i + 2] ?? '')
    )
      break;
    if (PREPOSITIONS.has(lower)) {
      const next = words[i + 1] ?? '';
      if (/^\p{Lu}/u.test(next) || PLACE_WORDS.test(next) || monthOrSeason(next) || /^\d/.test(next)) break;
    }
    kept.push(word);
  }
  while (kept.length > 0 && /^(?:og|i|på|and|of|in|on|for|ved|om)$/i.test(kept.at(-1)!)) kept.pop();
  const title = kept.join(' ');
  return usableTitle(title) ? title : undefined;
}

/** A course code ("SIK-100") is a code, not a title; a lone month or weekday is no course. */
function usableTitle(title: string): boolean {
  if (title.length < 3 || title.length > 80) return false;
  if (/\d/.test(title) || /^(?:hei|hi|hello|hallo|heisann|god dag|takk|thanks)\b/i.test(title)) return false;
  // A shout ("TIL MANDAG") is no title; one word in capitals ("ERTMS") may be one.
  if (/\p{Lu}{2,}[ \t]+\p{Lu}{2,}/u.test(title) && title === title.toUpperCase()) return false;
  const words = title.split(' ');
  if (words.length === 1 && (monthOrSeason(title) !== undefined || WEEKDAYS.test(title))) return false;
  // "the Oslo course", "kurset Bergen", "the Mo i Rana course": where the course is held, not its title.
  return !words.every((w) => isTownName(w) || w === 'i');
}

/** The courses the text names by title, as written, first written first. */
export function courseTitlesIn(text: string): string[] {
  const found: { at: number; title: string }[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const title = m[1]!.trim();
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    // A title is written as one: capital first, no question or exclamation ("Har du glemt passordet?").
    if (!/^\p{Lu}/u.test(title) || /[?!]/.test(title)) continue;
    if (usableTitle(title) && (COURSE_BEFORE.test(before) || COURSE_AFTER.test(after)))
      found.push({ at: m.index, title });
  }
  for (const m of text.matchAll(TITLE_LEAD)) {
    const title = titleAt(text, m.index + m[0].length);
    if (title) found.push({ at: m.index, title });
  }
  for (const m of text.matchAll(EN_TITLE_BEFORE)) {
    const title = m[1]!.trim();
    if (usableTitle(title)) found.push({ at: m.index, title });
  }
  const titles: string[] = [];
  for (const { title } of found.sort((a, b) => a.at - b.at)) {
    const lower = title.toLowerCase();
    // A quoted title also read after its lead-in is the same course, kept once, as quoted.
    if (!titles.some((t) => t.toLowerCase() === lower || t.toLowerCase().startsWith(lower)))
      titles.push(title);
  }
  return titles;
}

/** The place and the days a person would take a course, as `units list --place/--from/--to` take them. */
export interface CourseWish {
  /** Places as written ("Bergen"), first wished first. */
  places: string[];
  /** The days of the wished time ("i mars": the next March), ISO, never before today. */
  from?: string;
  to?: string;
  /** The time as the person wrote it ("i mars", "in spring"), for `units request --note`. */
  when?: string;
}

/** A sentence that wishes or asks for a date or a place (not one that tells of a course taken). */
const WISH =
  /(?<![\p{L}\d])(?:helst|gjerne|fortrinnsvis|primært|ønsker|ønskjer|ynskjer|ønskelig|passer|prefer\p{L}*|ideally|would like|if possible|om mulig|om mogleg|ledig\p{L}*|available|availability|finnes det|fins det|kommer det|blir det|any (?:dates|seats|courses|places))\b/iu;
const PAST =
  /\b(?:tok|tatt|gjennomført\p{L}*|gjennomførte|fullført\p{L}*|fullførte|bestod|bestått|deltok|took|taken|completed|passed|attended|i fjor|last year|forrige)\b/iu;

/** "i/på/in/at <Place>" or, straight after a wish word, "<Place>" ("preferably Oslo"). */
// The place's words are read ahead, not taken: "på kurset i Tromsø" is refused as a place at "på"
// (a lower-case word) and must leave "i Tromsø" to be read next.
const PLACE_AFTER_PREPOSITION =
  /\b(?:i|på|in|at|near|nær)\s+(?=(\p{L}[\p{L}-]*(?:[ \t]+\p{L}[\p{L}-]*){0,2}))/giu;
const WISH_THEN_PLACE =
  /\b(?:helst|gjerne|fortrinnsvis|primært|preferably|ideally|prefer)\s+(?=(\p{L}[\p{L}-]*(?:[ \t]+\p{L}[\p{L}-]*){0,2}))/giu;
/** A town written where a title could stand: "the Stavanger course", "Bergen-kurset", "kurset Hamar". */
const TOWN_COURSE =
  /(?<![\p{L}-])(\p{Lu}\p{Ll}+)(?:[ \t]+(?:course|training|class)\b|-kurs(?:et)?(?![\p{L}]))|\b[Kk]urset[ \t]+(\p{Lu}\p{Ll}+)(?![\p{L}-])/gu;
const PLACE_LABEL =
  /^[ \t]*(?:ønsket\s+sted|ønskt\s+stad|ønska\s+stad|sted|stad|kurssted|kursstad|location|place|preferred\s+location)[ \t]*:[ \t]*(\p{L}[\p{L}-]*(?:[ \t]+\p{L}[\p{L}-]*){0,2})/gimu;

/** "i mars", "in spring", "til våren", "i løpet av mars", "in March 2027". */
const TIME =
  /\b(?:i|in|during|om|til|på|for|innen|by|i løpet av|tidlig i|early|late|seint i|sent i)\s+(?:the\s+)?(\p{L}+)(?:\s+(20\d\d))?\b/giu;

/** A place is written with a capital ("Bergen", "Mo i Rana"): the scans match any case, so the words are checked here. */
function placeName(written: string): string | undefined {
  const words = written.split(/[ \t]+/);
  const capital = (w: string | undefined) => w !== undefined && /^\p{Lu}/u.test(w);
  if (!capital(words[0])) return undefined;
  // "Oslo-kurset": the town before the course word.
  const town = /^(\p{L}+)-kurs(?:et)?$/u.exec(words[0] ?? '');
  if (town) return town[1];
  // "Mo i Rana", "Porsgrunn Stasjon": the words of one place; "Bergen i mars" is Bergen.
  if (words[1] === 'i' && capital(words[2])) return words.slice(0, 3).join(' ');
  return capital(words[1]) ? words.slice(0, 2).join(' ') : words[0];
}

function isPlace(word: string, titles: readonly string[]): boolean {
  const first = word.split(/[ -]/)[0]!;
  if (monthOrSeason(first) || WEEKDAYS.test(first)) return false;
  if (/^(?:I|Jeg|Eg|Vi|We|The|Kurs\p{L}*|Course\p{L}*|Norge|Norway|Norwegian|English|Engelsk)$/iu.test(first))
    return false;
  return !titles.some((t) => t.includes(word));
}

/** The first day of a wished window of months that is not yet past, and its last day. */
function windowFrom(months: readonly [number, number], year: number | undefined, today: string) {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const [first, last] = months;
  const span = (last - first + 12) % 12;
  let startYear = year ?? y;
  const endOf = (sy: number) => {
    const ey = first + span > 12 ? sy + 1 : sy;
    const em = ((first + span - 1) % 12) + 1;
    return { ey, em };
  };
  if (year === undefined) {
    const { ey, em } = endOf(startYear);
    if (ey < y || (ey === y && em < m)) startYear += 1;
  }
  const { ey, em } = endOf(startYear);
  const lastDay = new Date(Date.UTC(ey, em, 0)).getUTCDate();
  const from = isoFrom(startYear, first, 1);
  const to = isoFrom(ey, em, lastDay);
  if (to < today) return undefined;
  return { from: from < today ? today : from, to };
}

export function courseWishIn(text: string, today: string, titles: readonly string[]): CourseWish {
  const places: string[] = [];
  const add = (written: string) => {
    const place = placeName(written);
    // "Rana" read again inside "Mo i Rana" (the scans read ahead, so they overlap) is the same place.
    if (!place || !isPlace(place, titles) || places.some((p) => p === place || p.split(' ').includes(place)))
      return;
    places.push(place);
  };
  for (const m of text.matchAll(PLACE_LABEL)) add(m[1]!);
  let when: { from: string; to: string; written: string } | undefined;
  for (const sentence of text.split(/[.!?\n]+/)) {
    if (!WISH.test(sentence)) continue;
    for (const m of sentence.matchAll(WISH_THEN_PLACE)) add(m[1]!);
    for (const m of sentence.matchAll(PLACE_AFTER_PREPOSITION)) add(m[1]!);
    for (const m of sentence.matchAll(TOWN_COURSE)) {
      const town = m[1] ?? m[2]!;
      if (isTownName(town)) add(town);
    }
    if (when || PAST.test(sentence)) continue;
    for (const m of sentence.matchAll(TIME)) {
      const word = m[1]!.toLowerCase();
      const months = monthOrSeason(word);
      // "mai"/"may" and the short forms only as a month after a preposition, which TIME requires.
      if (!months) continue;
      // "i vår avdeling" is "in our department", "i fall" is "in case": a season only where it ends the phrase.
      const after = sentence.slice((m.index ?? 0) + m[0].length);
      if (/^vår$/.test(word) && /^\s+\p{L}/u.test(after) && !/^\s+(?:eller|og|or|and)\b/.test(after))
        continue;
      if (word === 'fall' && !/^(?:in|during|by)\s/i.test(m[0])) continue;
      const window = windowFrom(months, m[2] ? Number(m[2]) : undefined, today);
      if (window) {
        when = { ...window, written: m[0].trim() };
        break;
      }
    }
  }
  return { places, ...(when ? { from: when.from, to: when.to, when: when.written } : {}) };
}

/**
 * The units in the order to offer them: those at the first wished place and in the wished days first,
 * each group in its own order (by date, as listed). `--answer` and the guided course-full list share it.
 */
export function wishedUnitsFirst<U extends { place: string; starts_at: string }>(
  units: readonly U[],
  wish: { places?: readonly string[] | undefined; dates?: { from: string; to: string } | undefined },
): U[] {
  const place = wish.places?.[0]?.toLowerCase();
  const { dates } = wish;
  const wished = (u: U) =>
    (place === undefined || u.place.toLowerCase().includes(place)) &&
    (dates === undefined || (u.starts_at.slice(0, 10) >= dates.from && u.starts_at.slice(0, 10) <= dates.to));
  return [...units].sort((a, b) => Number(wished(b)) - Number(wished(a)));
}

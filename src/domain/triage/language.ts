// Which language a ticket is written in (bokmål, nynorsk or English), from its function words: the
// small words every sentence needs, so even a short text message has a few. Pure.
//
// Bokmål or nynorsk is weighed, not settled by one word. Many bokmål writers spell a few words as they
// speak them ("eg", "ikkje", "kva", "fekk", "veit") and write the rest in bokmål ("allerede", "finnes",
// "glemt", "dere"): that is bokmål with a dialect's colour, and the reply goes out in bokmål. So the
// words speech and nynorsk share count for nynorsk at a fraction once the text has bokmål's own forms;
// nynorsk needs its written forms ("korleis", "frå", "gløymt", "treng", "arbeidsgjevar") to win then.
import type { TicketLanguage } from './types.js';

/** Nynorsk's written forms: a bokmål writer does not write them, whatever their dialect. */
const NYNORSK_WRITTEN: Readonly<Record<string, number>> = {
  korleis: 3,
  kvifor: 3,
  frå: 2.5,
  hjå: 2.5,
  dykk: 2.5,
  dykkar: 2.5,
  heiter: 3,
  gløymt: 3,
  gløymde: 3,
  gløymer: 3,
  hugsar: 3,
  hugse: 2,
  helsing: 2.5,
  venleg: 2.5,
  vennleg: 2.5,
  venlegast: 2.5,
  brukar: 2,
  brukaren: 2,
  brukarnamn: 2.5,
  arbeidsgjevar: 3,
  arbeidsgjevaren: 3,
  arbeidsgjevarar: 3,
  tilsett: 1.5,
  tilsette: 1.5,
  byrja: 2,
  byrjar: 2,
  sidan: 1.5,
  mogleg: 2,
  kome: 1.5,
  kjem: 2,
  treng: 2.5,
  fyrste: 2,
  motteke: 3,
  desse: 2,
  difor: 2,
  enno: 2,
  meir: 2,
  eit: 2,
  vore: 1.5,
  vere: 1.5,
  nokre: 2.5,
  sjølv: 1.5,
  òg: 2,
  seier: 2,
  utan: 2,
  allereie: 2.5,
  finst: 2.5,
  eigen: 1.5,
  eige: 1.5,
  betre: 1.5,
  trur: 1.5,
  synest: 2,
  veke: 2,
  veka: 2,
  spurde: 2,
  gjekk: 2,
  epostadressa: 2,
  adressa: 1.5,
  likevel: 0.2,
  bytta: 1,
  slutta: 1,
  logga: 1,
  gjere: 2,
  gamal: 2,
  fann: 1.5,
};

/**
 * Nynorsk forms that are also how much of the country speaks: a bokmål writer may spell these as they
 * say them. Full weight in a text with no bokmål form, SPOKEN_SHARE of it beside bokmål's own forms.
 */
const NYNORSK_SPOKEN: Readonly<Record<string, number>> = {
  eg: 3,
  ikkje: 3,
  kva: 3,
  kven: 2,
  kvar: 2,
  kor: 1,
  ein: 1.5,
  berre: 2.5,
  noko: 2.5,
  nokon: 2,
  mykje: 2.5,
  fekk: 2,
  heile: 1,
  ho: 0.5,
  no: 0.5,
  veit: 0.5,
  gjer: 1.5,
  dei: 1.5,
  nett: 0.5,
};

/**
 * The least nynorsk evidence that makes a text nynorsk: one plain sign ("eg", "ikkje", "korleis") or two
 * fainter ones. A stray "no" or "ho" in a text of names and figures is no language, and bokmål stays.
 */
const NYNORSK_LEAST = 2.5;

/** What a spoken form is worth for nynorsk in a text that also has bokmål's own forms. */
const SPOKEN_SHARE = 0.35;

/** Bokmål's own forms: a nynorsk text would have another word in their place. */
const BOKMAL_OWN: Readonly<Record<string, number>> = {
  jeg: 3,
  ikke: 3,
  hva: 3,
  hvordan: 3,
  hvorfor: 3,
  hvem: 2,
  hvor: 2,
  hvilken: 2.5,
  hvilke: 2.5,
  hvilket: 2.5,
  hvis: 2,
  hver: 1.5,
  hvert: 1.5,
  en: 0.7,
  et: 1,
  fra: 1.5,
  bare: 1.5,
  kun: 1.5,
  heter: 3,
  noe: 2,
  noen: 1.5,
  mye: 2,
  fikk: 1.5,
  gikk: 1.5,
  være: 1.5,
  vært: 1.5,
  hos: 1,
  dere: 1.5,
  deres: 1,
  dem: 1,
  hun: 1.5,
  selv: 1.5,
  også: 1.5,
  husker: 2.5,
  glemt: 2,
  glemte: 2,
  hilsen: 1.5,
  vennlig: 2,
  vennligst: 2,
  bruker: 1.5,
  brukeren: 1.5,
  brukernavn: 2,
  arbeidsgiver: 2.5,
  arbeidsgiveren: 2.5,
  arbeidsgivere: 2.5,
  ansatt: 1,
  begynte: 1,
  siden: 1,
  mulig: 1.5,
  komme: 1,
  kommer: 1.5,
  trenger: 2,
  første: 1,
  nå: 1.5,
  gjøre: 1.5,
  gjør: 1.5,
  mottatt: 1.5,
  disse: 1.5,
  derfor: 1.5,
  ennå: 1.5,
  enda: 1,
  byttet: 1,
  sluttet: 1,
  logget: 1,
  epostadressen: 1.5,
  adressen: 1,
  allerede: 2,
  finnes: 2,
  finner: 1,
  uten: 1.5,
  sier: 1.5,
  vet: 1.5,
  tror: 1,
  synes: 1.5,
  bedre: 1,
  samme: 1,
  egen: 1,
  eget: 1,
  uke: 1.5,
  uken: 1.5,
  holder: 1,
  ble: 1.5,
  blir: 1,
  mer: 0.5,
};

/**
 * Speech spelled as said that no written form has ("æ", "mæ", "dokker", "ka", "kordan", "itj", "e" for
 * "er"): the
 * writer spells their dialect and writes bokmål around it, since nynorsk would have "eg", "meg", "de",
 * "kva", "korleis". They count with bokmål's own forms against nynorsk.
 */
const DIALECT_SPELLING: Readonly<Record<string, number>> = {
  æ: 1.5,
  e: 1,
  mæ: 1.5,
  dæ: 1.5,
  sæ: 1,
  dokker: 1.5,
  dokkers: 1.5,
  ka: 1,
  kordan: 1.5,
  kossen: 1.5,
  korsn: 1.5,
  itj: 1.5,
  ittj: 1.5,
  glømt: 1.5,
};

/** Words both written forms share: they tell Norwegian from English, not one form from the other. */
const NORWEGIAN_SHARED: Readonly<Record<string, number>> = {
  mvh: 0.5,
  å: 1,
  deg: 1,
  vår: 1,
  vårt: 1,
  våre: 1,
  nye: 0.5,
  få: 0.5,
  her: 0.3,
  meg: 0.5,
  min: 0.3,
  mitt: 0.5,
  har: 0.5,
  og: 0.5,
  på: 0.5,
  det: 0.5,
  er: 0.5,
  til: 0.3,
  med: 0.3,
  kan: 0.3,
  vil: 0.3,
  skal: 0.5,
  hei: 0.5,
  takk: 0.5,
  kurs: 0.3,
  kurset: 0.5,
  passord: 0.5,
  passordet: 0.5,
  fødselsdato: 0.5,
  innlogging: 0.5,
  logge: 0.5,
  inn: 0.3,
  av: 0.3,
  som: 0.3,
  om: 0.3,
  ut: 0.3,
  eller: 0.5,
  men: 0.3,
  // Words of thanks and of trade mail that have no English twin ("Tusen takk for rask hjelp", "Vedlagt
  // følger faktura … Beløp kr …"): without them such a note had only "for", which English counts too.
  tusen: 0.5,
  hjelp: 1,
  hjelpen: 1,
  rask: 0.5,
  raskt: 0.5,
  vedlagt: 1,
  vedlegg: 1,
  beløp: 1,
  forfall: 1,
  konto: 0.5,
  kontoen: 0.5,
  faktura: 0.5,
  fakturaen: 0.5,
};

const ENGLISH: Readonly<Record<string, number>> = {
  the: 2,
  i: 1,
  my: 2,
  is: 1.5,
  to: 1,
  and: 1.5,
  have: 1.5,
  has: 1,
  not: 1.5,
  can: 1,
  you: 1.5,
  your: 1.5,
  please: 2.5,
  thanks: 2,
  thank: 2,
  hello: 1.5,
  hi: 1,
  dear: 2,
  would: 2,
  could: 2,
  with: 1.5,
  for: 1,
  it: 1,
  this: 1.5,
  that: 1.5,
  of: 1.5,
  in: 0.5,
  was: 1.5,
  were: 1.5,
  "don't": 2.5,
  "can't": 2.5,
  "didn't": 2.5,
  "i'm": 2.5,
  "i've": 2.5,
  what: 2,
  how: 2,
  which: 2,
  where: 2,
  when: 1.5,
  why: 2,
  am: 1.5,
  are: 1.5,
  be: 1,
  been: 1.5,
  do: 1,
  does: 1.5,
  did: 1.5,
  get: 1,
  got: 1,
  need: 1.5,
  regards: 2,
  best: 0.7,
  kind: 1,
  account: 1,
  email: 0.5,
  password: 1,
  course: 1,
  received: 1,
  from: 1,
  new: 0.5,
  an: 1.5,
  a: 0.5,
  any: 1.5,
  there: 1.5,
  we: 1.5,
  our: 1.5,
  they: 1.5,
  he: 1,
  she: 1.5,
  his: 1.5,
  her: 1,
  still: 1,
  yet: 1,
  again: 1.5,
  sincerely: 2,
  cheers: 1.5,
  // A phone's shorthand ("reset pw pls, locked out"): a few English words carry the whole mail.
  pls: 2,
  plz: 2,
  thx: 2,
  locked: 1.5,
  out: 1,
  help: 1,
  cannot: 2,
  "doesn't": 2.5,
  "won't": 2.5,
  "isn't": 2.5,
};

export interface LanguageGuess {
  language: TicketLanguage;
  /** The share of the winner among all language evidence, 0..1. */
  confidence: number;
}

type Kind = 'nbOwn' | 'nnWritten' | 'nnSpoken' | 'shared' | 'en';

/** Word → its weight for each kind of evidence, one look-up a word. */
const WEIGHTS = new Map<string, Partial<Record<Kind, number>>>();
for (const [table, kind] of [
  [BOKMAL_OWN, 'nbOwn'],
  [DIALECT_SPELLING, 'nbOwn'],
  [NYNORSK_WRITTEN, 'nnWritten'],
  [NYNORSK_SPOKEN, 'nnSpoken'],
  [NORWEGIAN_SHARED, 'shared'],
  [ENGLISH, 'en'],
] as const) {
  for (const [word, weight] of Object.entries(table)) {
    const entry = WEIGHTS.get(word) ?? {};
    entry[kind] = weight;
    WEIGHTS.set(word, entry);
  }
}

/**
 * Bokmål unless the words say otherwise: most tickets are, and a text with no evidence gets nb.
 * English against Norwegian counts every word as often as it stands; bokmål against nynorsk counts each
 * word once, so a writer's dialect "eg" twenty times is still one sign.
 */
export function detectLanguage(words: readonly string[]): LanguageGuess {
  const sum: Record<Kind, number> = { nbOwn: 0, nnWritten: 0, nnSpoken: 0, shared: 0, en: 0 };
  const once: Record<Kind, number> = { nbOwn: 0, nnWritten: 0, nnSpoken: 0, shared: 0, en: 0 };
  const seen = new Set<string>();
  for (const word of words) {
    const entry = WEIGHTS.get(word);
    if (!entry) continue;
    const first = !seen.has(word);
    seen.add(word);
    for (const [kind, weight] of Object.entries(entry) as [Kind, number][]) {
      sum[kind] += weight;
      if (first) once[kind] += weight;
    }
  }
  const nb = sum.shared + sum.nbOwn;
  const nn = sum.shared + sum.nnWritten + sum.nnSpoken;
  const total = sum.shared + sum.nbOwn + sum.nnWritten + sum.nnSpoken + sum.en;
  if (total === 0) return { language: 'nb', confidence: 0 };
  if (sum.en > Math.max(nb, nn)) return { language: 'en', confidence: sum.en / total };
  // Bokmål's own forms make the spoken ones a dialect's colour rather than nynorsk.
  const spoken = once.nbOwn > 0 ? once.nnSpoken * SPOKEN_SHARE : once.nnSpoken;
  const nynorsk = once.nnWritten + spoken;
  if (nynorsk > once.nbOwn && nynorsk >= NYNORSK_LEAST) return { language: 'nn', confidence: nn / total };
  return { language: 'nb', confidence: nb / total };
}

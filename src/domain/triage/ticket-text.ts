// The part of an e-mail's text that is the person's request: quoted history ('>' lines, "-----Opprinnelig
// melding-----", Outlook's "Fra: … Sendt: …" block, "On … wrote:", "Den … skrev …") and "Sendt fra min
// iPhone" go; a forwarded message stays when the forward itself is the request. Pure.

export interface Sender {
  address?: string;
  name?: string;
}

export interface RequestText {
  /** What the person wrote, without quoted history. */
  text: string;
  /** When the request is a forwarded message: who wrote it (from the forwarded header block). */
  forwardedFrom?: Sender;
  /** When the request is a forwarded message: the forwarder's own note above it. */
  note?: string;
  /** When the request is a forwarded message: the forwarded text alone, without the note. */
  forwarded?: string;
  /** The quoted history of a reply (the desk's question, the person's first mail), without the quote marks. */
  history?: string;
  /** The text is a reminder's note followed by the writer's own earlier message(s) from the history. */
  reminder?: true;
}

/** The quoted lines and the earlier messages below a cut, as plain text. */
function historyOf(lines: readonly string[]): string {
  return lines
    .filter((l) => /^\s*>/.test(l) || !/^\s*$/.test(l))
    .map((l) => l.replace(/^\s*(?:>\s?)+/, ''))
    .join('\n')
    .trim();
}

const FORWARD_MARKER =
  /^\s*(?:-{2,}\s*(?:forwarded message|videresendt melding|videresend melding|vidaresendt melding|weitergeleitete nachricht)\s*-{2,}|begin forwarded message:|start på videresendt melding:|videresendt melding:)\s*$/i;
const ORIGINAL_MARKER =
  /^\s*(?:-{2,}\s*(?:opprinnelig melding|original message|opphavleg melding|ursprüngliche nachricht|original meddelande)\s*-{2,}|_{10,})\s*$/i;
const HEADER_FROM = /^\s*\*?(?:fra|from|frå|von)\s*:\*?\s*(.+)$/i;
const HEADER_OTHER = /^\s*\*?(?:sendt|sent|dato|date|til|to|emne|subject|kopi|cc|sendt den)\s*:/i;
const WROTE =
  /^\s*(?:on\b.{4,160}\bwrote|den\b.{4,160}\bskre(?:i)?v|.{0,80}\d{1,2}[:.]\d{2}.{0,120}\b(?:skre(?:i)?v|wrote))\s*.{0,80}:\s*$/i;
const WROTE_START = /^\s*(?:on|den)\s.{4,}$/i;
const SENT_FROM_DEVICE =
  /^\s*(?:sendt fra min|sent from my|sendt frå min|hent outlook for|get outlook for|sendt fra outlook|sent from outlook|sendt fra e-post|sent from mail for)\b.*$/i;

/** Where quoted history starts, as a line index, and whether it is a forward. */
interface Cut {
  line: number;
  forward: boolean;
  headerStart: number;
  /** The history starts with an "On … wrote:" line (its writer is in that line), not a header block. */
  wrote?: boolean;
}

function findCut(lines: readonly string[]): Cut | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (FORWARD_MARKER.test(line)) return { line: i, forward: true, headerStart: i + 1 };
    if (ORIGINAL_MARKER.test(line)) return { line: i, forward: false, headerStart: i + 1 };
    if (HEADER_FROM.test(line)) {
      // Outlook's block without a marker: From/Fra followed by Sent/Sendt/Date/To within a few lines.
      const next = lines.slice(i + 1, i + 5);
      if (next.some((l) => HEADER_OTHER.test(l))) return { line: i, forward: false, headerStart: i };
    }
    if (WROTE.test(line)) return { line: i, forward: false, headerStart: i + 1, wrote: true };
    // "On Mon, 1 Dec 2026 at 10:00, Kari <kari@x.no>" wrapped onto a second line ending in "wrote:".
    if (
      WROTE_START.test(line) &&
      i + 1 < lines.length &&
      /\b(?:wrote|skre(?:i)?v):\s*$/i.test(lines[i + 1] as string)
    ) {
      return { line: i, forward: false, headerStart: i + 2, wrote: true };
    }
  }
  return null;
}

/** One address header value: `Kari <k@x.no>`, `"Nordmann, Kari" <k@x.no>`, `k@x.no (Kari)`, `k@x.no`. */
export function parseSender(value: string): Sender {
  const angle = /^(.*?)\s*[<[]\s*(?:mailto:)?([^>\]\s]+@[^>\]\s]+)\s*[>\]]/.exec(value);
  if (angle) {
    const name = angle[1]!.replace(/^["']|["']$/g, '').trim();
    return { address: angle[2]!.toLowerCase(), ...(name ? { name } : {}) };
  }
  const bare = /([^\s<>"(),]+@[^\s<>"(),]+)/.exec(value);
  if (bare) {
    const comment = /\(([^)]*)\)/.exec(value)?.[1]?.trim();
    return { address: bare[1]!.toLowerCase(), ...(comment ? { name: comment } : {}) };
  }
  const name = value.replace(/["']/g, '').trim();
  return name ? { name } : {};
}

/** The forwarded block: its header lines (From, Sent, To, Subject) and then its own text. */
function readForwarded(lines: readonly string[]): { sender: Sender; body: string[] } {
  let i = 0;
  let sender: Sender = {};
  while (i < lines.length && (lines[i] as string).trim() === '') i++;
  while (i < lines.length) {
    const line = lines[i] as string;
    const from = HEADER_FROM.exec(line);
    if (from) sender = parseSender(from[1]!);
    else if (!HEADER_OTHER.test(line)) break;
    i++;
  }
  return { sender, body: lines.slice(i) };
}

function withoutQuotesAndDevices(lines: readonly string[]): string[] {
  return lines.filter((l) => !/^\s*>/.test(l) && !SENT_FROM_DEVICE.test(l));
}

/** Words in a text, roughly: enough to tell "see below" from a message of its own. */
function wordCount(lines: readonly string[]): number {
  return lines
    .join(' ')
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w)).length;
}

/**
 * The request in a message's text. `forwarded` says the subject starts with Fwd:/VS:/WG:, which makes an
 * Outlook-style original block a forward too. A forward whose own note is short ("Se under", "FYI, can
 * you help?") is the forwarded person's request, with the note kept; a long note is the request itself.
 */
/** The same writer: the same address, or the same name when a forwarded header gives only a name. */
function sameWriter(a: Sender, b: Sender): boolean {
  if (a.address && b.address) return a.address.toLowerCase() === b.address.toLowerCase();
  const name = (s: Sender) => s.name?.trim().toLowerCase().replace(/\s+/g, ' ') ?? '';
  return name(a) !== '' && name(a) === name(b);
}

/** The writer an "On …, Kari <kari@x.no> wrote:" / "Den … skrev Kari <kari@x.no>:" line names. */
function writerOfWroteLine(line: string): Sender {
  const address = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(line)?.[0];
  if (address) return { address: address.toLowerCase() };
  const after = /\bskre(?:i)?v\s+(.+?)\s*:\s*$/i.exec(line)?.[1];
  return after ? parseSender(after) : {};
}

/** The messages of a thread's history, each with its writer, newest first (quote marks taken off). */
function earlierMessages(history: string): { sender: Sender; lines: string[] }[] {
  const messages: { sender: Sender; lines: string[] }[] = [];
  let rest = history.split('\n');
  for (let cut = findCut(rest); cut; ) {
    const { sender, body } = cut.wrote
      ? {
          sender: writerOfWroteLine(rest.slice(cut.line, cut.headerStart).join(' ')),
          body: rest.slice(cut.headerStart),
        }
      : readForwarded(rest.slice(cut.headerStart));
    const next = findCut(body);
    messages.push({ sender, lines: next ? body.slice(0, next.line) : body });
    rest = next ? body.slice(next.line) : [];
    cut = next ? findCut(rest) : null;
  }
  return messages;
}

/** Words of a reminder's note at most: "Purring!", "Any update on this?", "Hei igjen, har ikke hørt noe. Se under." */
const REMINDER_WORDS = 20;

/**
 * A reply that only reminds the desk ("Purring!! Fortsatt ikke løst", "Bump. This is urgent.") asks what
 * the writer's own earlier message in the thread asked: that message (below the desk's acknowledgement)
 * is read as the request, after the note. A note that thanks or says the matter settled stays alone.
 */
function remindedRequest(own: readonly string[], history: string, by: Sender): RequestText | undefined {
  const note = own.join('\n').trim();
  if (wordCount(own) > REMINDER_WORDS || isThankYouNote(note)) return undefined;
  const messages = earlierMessages(history);
  const mine = messages.filter((m) => sameWriter(m.sender, by));
  if (mine.length === 0) return undefined;
  const others = messages.filter((m) => !mine.includes(m)).flatMap((m) => m.lines);
  const text = [note, ...mine.map((m) => withoutQuotesAndDevices(m.lines).join('\n').trim())]
    .filter(Boolean)
    .join('\n\n');
  const rest = others.join('\n').trim();
  return { text, reminder: true, ...(rest ? { history: rest } : {}) };
}

export function requestText(text: string, forwarded: boolean, by?: Sender): RequestText {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const cut = findCut(lines);
  if (!cut) {
    const quoted = historyOf(lines.filter((l) => /^\s*>/.test(l)));
    return { text: withoutQuotesAndDevices(lines).join('\n').trim(), ...(quoted ? { history: quoted } : {}) };
  }
  const own = withoutQuotesAndDevices(lines.slice(0, cut.line));
  const isForward = cut.forward || forwarded;
  if (!isForward || wordCount(own) > 40) {
    const earlier = historyOf([
      ...lines.slice(0, cut.line).filter((l) => /^\s*>/.test(l)),
      ...lines.slice(cut.line),
    ]);
    const reminded = !isForward && by ? remindedRequest(own, earlier, by) : undefined;
    if (reminded) return reminded;
    return { text: own.join('\n').trim(), ...(earlier ? { history: earlier } : {}) };
  }
  const inner = readForwarded(lines.slice(cut.headerStart));
  // A forwarded thread whose top message is the forwarder's own (a short reply to the person: "ask the
  // desk yourself") hands on the message below it: the request is that one's, read as a forward again.
  const ownReply = by !== undefined && sameWriter(inner.sender, by);
  // The forwarded text may carry history of its own.
  const innerRequest = requestText(inner.body.join('\n'), ownReply, ownReply ? by : undefined);
  const joined = [...own, '', innerRequest.text].join('\n').trim();
  if (ownReply && innerRequest.forwardedFrom && innerRequest.forwarded !== undefined)
    return {
      text: joined,
      forwardedFrom: innerRequest.forwardedFrom,
      note: own.join('\n').trim(),
      forwarded: innerRequest.forwarded,
    };
  return {
    text: joined,
    ...(inner.sender.address || inner.sender.name ? { forwardedFrom: inner.sender } : {}),
    note: own.join('\n').trim(),
    forwarded: innerRequest.text,
  };
}

/**
 * The subject an autoreply puts before the subject it answers ("Automatisk svar:", "Fråværande:",
 * "Out of Office:"): the words after it are the other mail's, and the message asks nothing. A word of
 * absence alone counts only right before the colon: "Fravær på kurset: får jeg kursbevis?" is a
 * learner's own subject.
 */
const AUTOREPLY_SUBJECT =
  /^\s*(?:(?:automatisk svar|automatic reply|auto(?:matic)?[- ]?(?:reply|response)|autosvar|out of (?:the )?office)\b[^:\n]{0,40}|(?:ikke på kontoret|ute av kontoret|fravær|fraværende|fråvær|fråværande|frånvarande|abwesend|abwesenheitsnotiz)\s*):/i;

export function isAutoreplySubject(subject: string): boolean {
  return AUTOREPLY_SUBJECT.test(subject);
}

/** "Re:", "SV:", "Fwd:", "VS:" … at the start of a subject. */
export function subjectPrefixes(subject: string): { forwarded: boolean; reply: boolean; rest: string } {
  let rest = subject.trim();
  let forwarded = false;
  let reply = false;
  for (;;) {
    const m = /^(re|sv|aw|fwd?|vs|wg|vb|tr)\s*(?:\[\d+\])?\s*:\s*/i.exec(rest);
    if (!m) break;
    const word = m[1]!.toLowerCase();
    if (['fw', 'fwd', 'vs', 'wg', 'vb', 'tr'].includes(word)) forwarded = true;
    else reply = true;
    rest = rest.slice(m[0].length);
  }
  return { forwarded, reply, rest };
}

/** Thanks at the start of a note, or word that the matter settled itself. */
const THANKS_FIRST =
  /^\W*(?:(?:hei|hi|hello|heisann|hei att)\W+)?(?:(?:flott|supert?|great|perfekt|perfect|fint|ok|okay|fikk det til|det gikk fint)\W+)?(?:tusen takk|takk|mange takk|thanks|thank you|many thanks|ville bare si takk|just wanted to say thank)/i;
const SETTLED =
  /\b(?:(?:please\s+)?(?:se|sjå)\s+bort\s+(?:fra|frå)\s+(?:min|mi|mitt|den|det|forrige|førre|tidligere|tidlegare)|(?:please\s+)?(?:disregard|ignore)\s+(?:my|the|that)\s+(?:previous|last|earlier)|glem\s+(?:den\s+)?(?:forrige|førre)|never\s*mind|(?:det|alt)\s+(?:ordna|ordnet|løste|løyste)\s+seg|fann ut av det|fant ut av det|figured it out|(?:treng|trenger)\s+(?:ikkje|ikke)\s+(?:å\s+)?(?:gjere|gjøre)\s+(?:noko|noe)|no need to do anything|(?:har|fått)\s+(?:fått\s+)?(?:registrert|logget|logga)\s+(?:seg|meg|inn)\s*(?:nå|no)?\s*[.!])/i;
/** Words of a request: a note that has them asks for something after all. */
const ASKS =
  /\b(?:kan dere|kan de|kunne dere|could you|can you|please|vennligst|ber om|ønsker|ynskjer|trenger|treng|need|lurer på|wonder|hvordan|korleis|how do|send meg|send me)\b/i;

/**
 * A short note that only thanks the desk or says the matter is settled ("Tusen takk, nå kom jeg inn!",
 * "Det ordna seg, eg fann ut av det sjølv"): no question, no request, a few lines at most. The quoted
 * earlier answer below it is not part of `text` (requestText has cut it off).
 */
export function isThankYouNote(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 45 || text.includes('?')) return false;
  if (stillWrong(text)) return false;
  // "Takk for svar. Jeg er født … og har brukt …@…": a reply that gives what the desk asked for.
  if (GIVES_FACTS.test(text)) return false;
  // "Trenger ikke", "please disregard my previous mail": the words of a request in a settled phrase.
  const withoutSettled = text
    .replace(/\b(?:treng|trenger)\s+(?:ikkje|ikke)\b/gi, '')
    .replace(new RegExp(SETTLED.source, 'gi'), '');
  if (ASKS.test(withoutSettled)) return false;
  // "De sier de har registrert meg. Men når jeg trykker glemt passord skjer det ingenting": words of a
  // problem beside the settled phrase say it is not settled.
  const settled = SETTLED.test(text) && !PROBLEM.test(withoutSettled.replace(SETTLED, ''));
  return THANKS_FIRST.test(text) || settled;
}

/**
 * Facts given in answer to the desk's question: a birth date, a name, an address the person used. The
 * address is matched from the one character before its @ (not a run of them), so a long text without an
 * @ is read once, not once per position.
 */
const GIVES_FACTS =
  /\b(?:født|fødd|born|fødselsdato|date of birth|heter|heiter|my name is)\b|[\w.+-]@[\w-]+\.\w/i;

/**
 * Thanks with a "but" that says what is still wrong ("Takk for svar, men jeg finner det fortsatt ikke",
 * "Takk for pdf, men den gjelder feil kurs"): the answer did not settle the matter.
 */
const BUT_STILL_WRONG =
  /\b(?:men|but|however)\b[^.!?\n]*?\b(?:ikke|ikkje|feil|fortsatt|framleis|fremdeles|not|wrong|still|incorrect)\b/i;

/** The mail says that something is still wrong after an answer, however it thanks. */
export function stillWrong(text: string): boolean {
  return BUT_STILL_WRONG.test(text);
}

/** Words of something still wrong. */
const PROBLEM =
  /\b(?:ikke|ikkje|ingenting|inkje|aldri|feil|feilmelding|not|never|nothing|error|problem\w*|fungerer ikke|virker ikke)\b/i;

// The login questions the FAQ answers with a text alone: how to log in (the user name is the e-mail),
// how to change a password one knows, and an error message when logging in (Munio support). They sit
// inside the login topics (W1–W3) as a choice of reply, not as topics of their own: what tells them
// apart from "I forgot my password" is a few phrases, and the sign of an account problem overrules them.
// Pure.

/** Which of the FAQ's no-change login answers a ticket asks for; the reply key is `login.<kind>`. */
export type LoginQuestion = 'how-to' | 'change-password' | 'technical';

/** The topics a login question can come under: the account and password workflows. */
export const LOGIN_TOPICS: ReadonlySet<string> = new Set(['W1', 'W2', 'W3']);

/**
 * Signs the writer has lost something or never got in: a forgotten password or address, a missing
 * activation mail, a locked or unknown account. Any of them makes the ticket W1–W3's own case.
 */
const ACCOUNT_PROBLEM =
  /\b(?:glemt|glømt|gløymt|huske[rs]?\s+(?:ikke|ikkje|ikkje lenger|ikke lenger)|hugsar\s+ikkje|forgot(?:ten)?|forget|(?:don't|do not|can't|cannot)\s+remember|tilbakestill\w*|nullstill\w*|reset\w*|ikke\s+(?:fått|mottatt|motteke|fekk)|ikkje\s+(?:fått|motteke)|aldri\s+(?:fått|mottatt|fekk)|never\s+(?:got|received)|(?:not|haven't|have not|didn't)\s+(?:got|get|received)|aktiverings\w*|activation|aktivere|activate|sperret|låst|locked|ny\s+e-?post(?:adresse)?|new\s+e-?mail|ugyldig|invalid|feil\s+(?:passord|brukernavn|e-?post)|wrong\s+(?:password|user\s?name|e-?mail)|ikke\s+registrert|not\s+registered|finnes\s+ikke|does\s+not\s+exist|doesn't\s+exist|ukjent\s+bruker|unknown\s+user|fødselsnummer\w*|personn(?:umme)?r\w*|i\s+bruk|in\s+use|allerede\s+registrert|finnes\s+allerede|already\s+(?:registered|exists|in\s+use)|vet\s+ikke|veit\s+ikkje|(?:no\s+longer|don't|do\s+not|doesn't)\s+know|usikker\s+på|not\s+sure)/i;

/** Asking how logging in works or what the user name is. */
const HOW_TO =
  /\b(?:hvordan|korleis|how)\s+(?:kan\s+|skal\s+|gjør\s+|gjer\s+|do\s+|can\s+|should\s+)?(?:jeg|eg|i|man|me|vi|we)?\s*(?:logger|logge|loggar|logga|log)\s+(?:(?:jeg|eg|man|me|vi)\s+)?(?:meg\s+|deg\s+|seg\s+|oss\s+)?(?:inn|på|in|on)\b|\b(?:hvor|kvar|where)\s+(?:logger|loggar|do\s+i\s+log|can\s+i\s+log)\b|\b(?:hva|kva|what)\s+(?:er|is)\s+(?:brukernavnet|brukarnamnet|my\s+user\s?name|the\s+user\s?name)|\b(?:hvilket|kva)\s+(?:brukernavn|brukarnamn)\s+(?:skal|bruker|brukar)|\bwhich\s+user\s?name\b/i;

/** Changing the password one knows ("endre passordet", "change my password" while logged in). */
const CHANGE_PASSWORD =
  /\b(?:endre|endrer|endra|bytte|bytter|byte|byter|skifte|skifter|oppdatere|oppdaterer|change|changing|update)\s+(?:[\p{L}]+\s+){0,3}?(?:passordet|passord|password)\b|\bchange\s+of\s+password\b|\bpassordbytte\b/iu;

/** Stuck at the door: a how-to or a change of password asked by someone who cannot get in is no how-to. */
const STUCK =
  /\b(?:får|fær|fekk|fikk)\s+(?:ikke|ikkje|ikkje\s+til\s+å)\s+(?:til\s+å\s+)?(?:logget|logga|logge|logge|endret|endra|bytta|byttet)|\bkommer\s+ikke\s+inn|\bkjem\s+ikkje\s+inn|\b(?:can't|cannot|can\s+not|couldn't|unable\s+to)\s+(?:log|sign|get)\s+(?:in|on)|\b(?:fungerer|virker|verkar|funkar|funker)\s+(?:ikke|ikkje)|\b(?:doesn't|does\s+not|won't)\s+work/iu;

/** A technical fault shown when logging in: an error message, a blank page, the page failing. */
const TECHNICAL =
  /\b(?:feilmelding\w*|feilkode|error(?:\s+message)?|teknisk\w*|technical|system\s*feil|siden\s+(?:henger|laster\s+ikke|lastar\s+ikkje)|blank\s+side|hvit\s+side|kvit\s+side|blank\s+page|white\s+page|page\s+(?:does\s+not|doesn't|won't)\s+load|krasjer|crash\w*)\b/i;

/**
 * The FAQ's no-change login answer the text asks for, or undefined. A forgotten password, a missing
 * activation mail or another sign of an account problem always wins: those are W1–W3's own cases.
 */
export function loginQuestionIn(text: string): LoginQuestion | undefined {
  // An address in the text is no problem sign ("ny e-post" aside); links are left out of the reading.
  const t = text.replace(/\bhttps?:\/\/\S+/gi, ' ');
  if (ACCOUNT_PROBLEM.test(t)) return undefined;
  if (TECHNICAL.test(t)) return 'technical';
  if (STUCK.test(t)) return undefined;
  if (CHANGE_PASSWORD.test(t)) return 'change-password';
  if (HOW_TO.test(t)) return 'how-to';
  return undefined;
}

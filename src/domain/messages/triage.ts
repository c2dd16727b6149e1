// Coded messages of `kursdesk triage` (W18) and the ticket reader it shares with the guided mode: why an
// input is no ticket, and the note that a ticket was read as pasted text. Same rules as the main
// catalogue; `shown` is the input as typed ('stdin' or the file's name, quoted where it needs it), never
// any of the input's own text, which may hold a national ID.
import type { Coded, Entry } from './catalogue.js';

type Text = Coded;

// biome-ignore lint/complexity/noBannedTypes: an entry without parameters
type None = {};

const entry = <P = None>(en: Entry<P>['en'], nb: Entry<P>['nb']): Entry<P> => ({ en, nb });

export const TRIAGE = {
  // What an input is when it is not a ticket (src/workflows/triage/read-message.ts, mailbox.ts).
  'triage.not-an-email': entry<{ reason: Text }>(
    (p, t) => `not an e-mail: ${t(p.reason)}`,
    (p, t) => `ikke en e-post: ${t(p.reason)}`,
  ),
  /** `problem` is one of the triage texts above or below ("not an e-mail: …", "no ticket: …"). */
  'triage.input-refused': entry<{ shown: string; problem: Text }>(
    (p, t) => `${p.shown} is ${t(p.problem)}`,
    (p, t) => `${p.shown} er ${t(p.problem)}`,
  ),
  'triage.no-ticket': entry<{ reason: Text }>(
    (p, t) => `no ticket: ${t(p.reason)}`,
    (p, t) => `ingen henvendelse: ${t(p.reason)}`,
  ),
  'triage.reason-empty': entry(
    () => 'it is empty',
    () => 'den er tom',
  ),
  /** `megabytes` as printed (one decimal); `limit` says which limit: one message's or an mbox's. */
  'triage.reason-too-big': entry<{ megabytes: string; limit: 'message' | 'mbox' }>(
    (p) =>
      `it is ${p.megabytes} MB; the limit ${p.limit === 'mbox' ? 'for an mbox is 256 MB' : 'for one message is 10 MB'}`,
    (p) =>
      `den er ${p.megabytes} MB; grensen ${p.limit === 'mbox' ? 'for en mbox er 256 MB' : 'for én melding er 10 MB'}`,
  ),
  'triage.reason-nul-bytes': entry(
    () => 'it is binary data (it holds NUL bytes)',
    () => 'den er binære data (den har NUL-byte)',
  ),
  'triage.reason-binary': entry(
    () => 'it is binary data',
    () => 'den er binære data',
  ),
  'triage.reason-no-headers': entry(
    () => 'it does not start with e-mail headers (From:, Subject:, …)',
    () => 'den begynner ikke med e-posthoder (From:, Subject:, …)',
  ),
  'triage.reason-no-known-headers': entry(
    () => 'it has none of the headers an e-mail has (From:, Subject:, Date:, Message-ID:)',
    () => 'den har ingen av hodene en e-post har (From:, Subject:, Date:, Message-ID:)',
  ),
  'triage.reason-mime-too-deep': entry(
    () => 'it has more MIME parts, or parts nested deeper, than an e-mail can have',
    () => 'den har flere MIME-deler, eller deler nøstet dypere, enn en e-post kan ha',
  ),
  'triage.reason-mime-unreadable': entry(
    () => 'its MIME structure cannot be read',
    () => 'MIME-strukturen kan ikke leses',
  ),
  'triage.reason-paste-blank': entry(
    () => 'the pasted text is only spaces, blank lines or invisible characters',
    () => 'den innlimte teksten er bare mellomrom, tomme linjer eller usynlige tegn',
  ),
  'triage.reason-paste-no-words': entry(
    () => 'the pasted text has no words, only digits and signs',
    () => 'den innlimte teksten har ingen ord, bare sifre og tegn',
  ),
  // The command itself (src/commands/triage.ts).
  'triage.no-messages': entry<{ shown: string }>(
    (p) => `${p.shown}: no messages in it`,
    (p) => `${p.shown}: ingen meldinger i den`,
  ),
  'triage.bad-format': entry<{ format: string }>(
    (p) => `triage prints table, json or yaml; got --format ${p.format}`,
    (p) => `triage skriver table, json eller yaml, ikke --format ${p.format}`,
  ),
  // `kursdesk triage -` at a terminal: the agent pastes the ticket (src/guided/terminal.ts reads it).
  'triage.paste-prompt': entry(
    () => 'Paste the ticket (its text as the web page shows it, or the whole e-mail)',
    () => 'Lim inn henvendelsen (teksten slik nettsiden viser den, eller hele e-posten)',
  ),
  'triage.paste-hint': entry(
    () => '(end with Enter on an empty line, or Ctrl-D; Ctrl-C cancels)',
    () => '(avslutt med Enter på en tom linje, eller Ctrl-D; Ctrl-C avbryter)',
  ),
  /** A note on stderr (at most 80 columns with 'stdin'): the input had no e-mail headers; what its top gave. */
  'triage.read-as-paste': entry<{ shown: string; sender: boolean; subject: boolean }>(
    (p) =>
      `${p.shown}: pasted text, not an e-mail; ${
        p.sender && p.subject
          ? 'sender and subject from its first lines'
          : p.sender
            ? 'sender from its first lines, no subject'
            : p.subject
              ? 'subject from its first lines, no sender'
              : 'no sender or subject in it'
      }`,
    (p) =>
      `${p.shown}: innlimt tekst, ikke en e-post; ${
        p.sender && p.subject
          ? 'avsender og emne fra de første linjene'
          : p.sender
            ? 'avsender fra de første linjene, uten emne'
            : p.subject
              ? 'emne fra de første linjene, uten avsender'
              : 'uten avsender og emne'
      }`,
  ),
  'triage.hint-answer': entry(
    () => 'add --answer for the look-ups and the reply to paste',
    () => 'legg til --answer for oppslagene og svaret du kan lime inn',
  ),
} as const;

// Whose mailbox a ticket came from (W1–W4 and the rest of a learner's requests): a child writing from a
// parent's address, a spouse from the family's. The learner's own name leads the facts; the sender's
// address is kept but marked as possibly another person's, so the look-up goes by name and birth date
// and no link is sent to it as if it were the learner's. Pure.

import { foldName } from '../name-matching.js';
import type { TicketName } from './types.js';

/**
 * The writer says the mailbox is someone else's: "fra mammas e-post", "på e-posten til faren min",
 * "min manns mail", "I'm writing from my dad's email", "my wife's account". Bounded, so linear.
 */
const OTHERS_MAILBOX =
  /(?:^|[^\p{L}])(?:(?:mammas|mamma sin|mora mi sin|mors|min mors|pappas|pappa sin|faren min sin|fars|min fars|foreldrenes|foreldra sine|min manns|mannen min sin|mannens|min kones|kona mi sin|kones|samboerens|sambuaren sin|min samboers|brorens|broren min sin|søsterens|søstera mi sin|sønnens|dotterens|datterens)\s+(?:e-?post\p{L}*|mail\p{L}*|adresse\p{L}*)|(?:e-?post\p{L}*|mail\p{L}*|adresse\p{L}*)\s+(?:til|åt)\s+(?:mamma|pappa|mor|far|moren|mora|faren|foreldrene|foreldra|mannen|kona|kone|samboeren|sambuaren|broren|søstera|søsteren|sønnen|dottera|datteren)|my\s+(?:mum|mom|mother|dad|father|parents|husband|wife|partner|brother|sister|son|daughter)(?:'s|’s)\s+(?:e-?mail|mail|address|account))(?![\p{L}])/iu;

export function writesFromOthersMailbox(text: string): boolean {
  return OTHERS_MAILBOX.test(text);
}

/**
 * Names that are not one person's: the first given names differ (neither is the other's initial or start,
 * "K." and "Kari" may be one), and neither name's words are all in the other ("Olsson Johan" is Johan
 * Olsson, "Gulbrandsen Heidi" is Heidi Kristin Gulbrandsen).
 */
function otherPerson(a: TicketName, b: TicketName): boolean {
  const words = (n: TicketName) => n.full.split(/[\s-]+/).map((w) => foldName(w).replace(/\.$/, ''));
  const [wa, wb] = [words(a), words(b)];
  if (wa.every((w) => wb.includes(w)) || wb.every((w) => wa.includes(w))) return false;
  const first = (n: TicketName) => foldName(n.given.split(' ')[0] ?? '').replace(/\.$/, '');
  const x = first(a);
  const y = first(b);
  if (x === '' || y === '') return false;
  return !(x.startsWith(y) || y.startsWith(x));
}

/** The text writes the From person's given name ("Astrid Mørk" signed): the From person is the writer. */
function writesName(text: string, name: TicketName): boolean {
  const given = foldName(name.given.split(' ')[0] ?? '');
  if (given.length < 2) return false;
  return text.split(/[^\p{L}'’-]+/u).some((w) => foldName(w) === given);
}

/**
 * Whether the sender's address may be another person's than the learner's: the text says so, or the
 * learner's whole name (written in the body or signed) is not the person the From header names and the
 * text never writes that person's given name. `fromName` is the From name as triage kept it among the names.
 */
export function senderAddressMayBeShared(
  text: string,
  learner: TicketName | undefined,
  fromName: TicketName | null,
): boolean {
  if (writesFromOthersMailbox(text)) return true;
  if (!learner || !fromName || learner.source === 'from' || learner.family === '') return false;
  return otherPerson(learner, fromName) && !writesName(text, fromName);
}

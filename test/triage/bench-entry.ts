// What bench/triage.bench.mjs needs from the test side, bundled by it: the labelled set, the scorer,
// and the raw messages for a generated mbox.
import { triageTicket } from '../../src/domain/triage/triage.js';
import { readMessage } from '../../src/workflows/triage/read-message.js';
import { scoreText, scoreTickets } from './score.js';
import { isHoldout, loadTickets, rawMessage, TICKET_TODAY } from './tickets.js';

const triage = async (raw: Buffer) => triageTicket(await readMessage(raw), TICKET_TODAY);

/** The accuracy figures, as text: the whole set, its development and held-out parts, the fresh tickets. */
export async function accuracyReport(dir: string): Promise<string> {
  const all = loadTickets(dir).map((ticket, index) => ({ ticket, index }));
  const first = all.filter((t) => !/^(new|fr2|fr3|fr4|fr5|fr6|fr7)-/.test(t.ticket.id));
  const parts: [string, typeof all][] = [
    ['all', all],
    ['dev (2/3 of the first 140)', first.filter((t) => !isHoldout(t.index))],
    ['holdout (1/3 of the first 140)', first.filter((t) => isHoldout(t.index))],
    ['fresh batch 1 (written after tuning)', all.filter((t) => t.ticket.id.startsWith('new-'))],
    ['fresh batch 2 (written after batch 1)', all.filter((t) => t.ticket.id.startsWith('fr2-'))],
    ['fresh batch 3 (written after batch 2)', all.filter((t) => t.ticket.id.startsWith('fr3-'))],
    ['fresh batch 4 (written last)', all.filter((t) => t.ticket.id.startsWith('fr4-'))],
    [
      'fresh batch 5 (written before the topic model, never tuned or trained on)',
      all.filter((t) => t.ticket.id.startsWith('fr5-')),
    ],
    [
      'fresh batch 6 (written before the topics2 round, never tuned or trained on)',
      all.filter((t) => t.ticket.id.startsWith('fr6-')),
    ],
    [
      'fresh batch 7 (written before the topics3 round, never tuned or trained on)',
      all.filter((t) => t.ticket.id.startsWith('fr7-')),
    ],
  ];
  const lines: string[] = [];
  for (const [label, tickets] of parts) lines.push(scoreText(label, await scoreTickets(tickets, triage)));
  return lines.join('\n');
}

/** An mbox of `count` messages made from the labelled set, every encoding included. */
export function generatedMbox(dir: string, count: number): Buffer {
  const tickets = loadTickets(dir);
  const chunks: Buffer[] = [];
  for (let i = 0; i < count; i++) {
    const ticket = tickets[i % tickets.length]!;
    const raw = rawMessage({ ...ticket, id: `${ticket.id}-${i}` }, i)
      .toString('latin1')
      .replace(/\r\n/g, '\n')
      .replace(/^(>*From )/gm, '>$1');
    chunks.push(Buffer.from(`From sender@example.net Mon Dec  1 10:00:00 2026\n${raw}\n\n`, 'latin1'));
  }
  return Buffer.concat(chunks);
}

export function sampleMessage(dir: string, format: 'plain' | 'html'): Buffer {
  const tickets = loadTickets(dir);
  const index = tickets.findIndex((t) => (t.format ?? 'plain') === format);
  return rawMessage(tickets[index]!, index);
}

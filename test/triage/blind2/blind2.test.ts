// The second blind ticket set: written without seeing the classifier or any earlier ticket set.
// It only reports the scorer's figures; the one assertion is that every ticket parses and is labelled.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { triageTicket } from '../../../src/domain/triage/triage.js';
import { TOPICS } from '../../../src/domain/triage/types.js';
import { readMessage } from '../../../src/workflows/triage/read-message.js';
import { scoreText, scoreTickets } from '../score.js';
import { loadTickets, TICKET_TODAY } from '../tickets.js';

const dir = join(import.meta.dirname);
const triage = async (raw: Buffer) => triageTicket(await readMessage(raw), TICKET_TODAY);

describe('blind set 2', () => {
  const all = loadTickets(dir).map((ticket, index) => ({ ticket, index }));

  it('parses: every ticket has an id, a language, known topics, a subject and a body', () => {
    expect(all.length).toBeGreaterThanOrEqual(150);
    expect(new Set(all.map((t) => t.ticket.id)).size).toBe(all.length);
    for (const { ticket } of all) {
      expect(ticket.id, JSON.stringify(ticket)).toBeTruthy();
      expect(['nb', 'nn', 'en'], ticket.id).toContain(ticket.lang);
      expect(ticket.topics.length, ticket.id).toBeGreaterThan(0);
      for (const topic of ticket.topics) expect(TOPICS, ticket.id).toContain(topic);
      expect(typeof ticket.subject, ticket.id).toBe('string');
      expect(typeof ticket.body, ticket.id).toBe('string');
      expect(ticket.expect, ticket.id).toBeTruthy();
    }
  });

  it('reports the score (no thresholds)', async () => {
    const score = await scoreTickets(all, triage);
    console.log(scoreText('blind2', score));
    console.log(`misses (${score.misses.length}):\n${score.misses.join('\n')}`);
  });
});

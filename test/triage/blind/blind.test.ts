// The blind set: tickets written without seeing the classifier. Prints the scorer's figures; the only
// assertion is that every ticket parses (no thresholds).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { triageTicket } from '../../../src/domain/triage/triage.js';
import { readMessage } from '../../../src/workflows/triage/read-message.js';
import { scoreText, scoreTickets } from '../score.js';
import { loadTickets, TICKET_TODAY } from '../tickets.js';

const dir = join(import.meta.dirname);
const triage = async (raw: Buffer) => triageTicket(await readMessage(raw), TICKET_TODAY);

describe('the blind ticket set', () => {
  it('parses every ticket and prints the score', async () => {
    const tickets = loadTickets(dir);
    for (const t of tickets) {
      expect(typeof t.id, JSON.stringify(t).slice(0, 80)).toBe('string');
      expect(typeof t.body, t.id).toBe('string');
      expect(t.topics.length, t.id).toBeGreaterThan(0);
    }
    const score = await scoreTickets(
      tickets.map((ticket, index) => ({ ticket, index })),
      triage,
    );
    console.log(scoreText('blind', score));
    console.log(score.misses.join('\n'));
  }, 120_000);
});

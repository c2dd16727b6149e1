// The shape every report-only blind set shares: its tickets parse, and its score is printed, not held
// to a threshold.
import { describe, expect, it } from 'vitest';
import { triageTicket } from '../../src/domain/triage/triage.js';
import { readMessage } from '../../src/workflows/triage/read-message.js';
import { scoreText, scoreTickets } from './score.js';
import { loadTickets, TICKET_TODAY } from './tickets.js';

const triage = async (raw: Buffer) => triageTicket(await readMessage(raw), TICKET_TODAY);

export function describeBlindSet(label: string, dir: string, minTickets: number): void {
  describe(`blind set ${label.replace('blind', '')}`, () => {
    const all = loadTickets(dir).map((ticket, index) => ({ ticket, index }));

    it('parses: every ticket has an id, a language, topics, a subject and a body', () => {
      expect(all.length).toBeGreaterThanOrEqual(minTickets);
      expect(new Set(all.map((t) => t.ticket.id)).size).toBe(all.length);
      for (const { ticket } of all) {
        expect(ticket.id, 'id').toBeTruthy();
        expect(['nb', 'nn', 'en'], ticket.id).toContain(ticket.lang);
        expect(ticket.topics.length, ticket.id).toBeGreaterThan(0);
        expect(typeof ticket.subject, ticket.id).toBe('string');
        expect(typeof ticket.body, ticket.id).toBe('string');
      }
    });

    it('is scored (report only)', async () => {
      const score = await scoreTickets(all, triage);
      console.log(scoreText(label, score));
    }, 120_000);
  });
}

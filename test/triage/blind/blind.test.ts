// The first blind set: tickets written without seeing the classifier, scored once as unseen mail
// (first topic 88.0%). It has been used since, and trains the topic model like the labelled set
// (scripts/topic-model/train.ts), so its figures are training figures now and it asserts floors.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { triageTicket } from '../../../src/domain/triage/triage.js';
import { readMessage } from '../../../src/workflows/triage/read-message.js';
import { scoreText, scoreTickets } from '../score.js';
import { loadTickets, TICKET_TODAY } from '../tickets.js';

const dir = join(import.meta.dirname);
const triage = async (raw: Buffer) => triageTicket(await readMessage(raw), TICKET_TODAY);

describe('the blind ticket set', () => {
  it('parses every ticket and is triaged well enough', async () => {
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
    expect(score.nationalIdsPrinted).toBe(0);
    expect(score.firstTopic).toBeGreaterThanOrEqual(0.93);
    expect(score.topicRecall).toBeGreaterThanOrEqual(0.9);
    for (const fact of ['names', 'emails', 'orgNumbers', 'birthDates'] as const) {
      expect(score.facts[fact].precision, fact).toBeGreaterThanOrEqual(0.95);
      expect(score.facts[fact].recall, fact).toBeGreaterThanOrEqual(0.95);
    }
  }, 120_000);
});

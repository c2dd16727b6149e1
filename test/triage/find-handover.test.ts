// The `users find` triage suggests (triage, triage --answer and the guided hand-over read the same facts):
// when the ticket holds a valid national ID, its date is the person's and is searched, not a child's
// date written before it.
import { describe, expect, it } from 'vitest';
import { triageTicket } from '../../src/domain/triage/triage.js';
import { TICKET_DAY, ticketsFrom } from '../helpers/ticket-message.js';

const fromPer = ticketsFrom({ address: 'per.hansen@privatpost.test', name: 'Per Hansen' });
// A valid number for 15 July 1986 (check digits computed for the test, nobody's).
const ID = '15078640089';

describe('the birth date the suggested users find takes', () => {
  it('is the national ID’s, not a child’s date written first', () => {
    const result = triageTicket(
      fromPer(
        `Hei, sønnen min (født 03.05.2010) og jeg skal på kurs sammen, men jeg husker ikke hvilken e-post jeg brukte i kursportalen.\nFødselsnummeret mitt er ${ID}.\n\nMvh Per Hansen`,
      ),
      TICKET_DAY,
    );
    expect(result.facts.birthDates[0]).toBe('1986-07-15');
    const find = result.commands.find((c) => c.startsWith('kursdesk users find'));
    expect(find).toContain('--birthdate 1986-07-15');
    expect(find).not.toContain('2010-05-03');
    expect(JSON.stringify(result)).not.toContain(ID);
  });

  it('is the date written when no national ID is there', () => {
    const result = triageTicket(
      fromPer(
        'Hei, jeg er født 03.05.1971 og husker ikke hvilken e-post jeg brukte i kursportalen.\n\nMvh Per Hansen',
      ),
      TICKET_DAY,
    );
    expect(result.commands.find((c) => c.startsWith('kursdesk users find'))).toContain(
      '--birthdate 1971-05-03',
    );
  });
});

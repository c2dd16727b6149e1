// HR writing from a role mailbox under their own name ("Per Hansen <hr@…>") about an employee, with the
// signature run into the last sentence: the reply greets Per. A role mailbox's display name that names
// no person ("HR-avdelingen", "Post Firma AS") greets no one, and the mailbox's own words never do.
import { describe, expect, it } from 'vitest';
import { type TicketMessage, triageTicket } from '../../src/domain/triage/triage.js';
import { TICKET_DAY, ticket } from '../helpers/ticket-message.js';

const triage = (m: TicketMessage) => triageTicket(m, TICKET_DAY);
const ABOUT_GURO =
  'Hei, en av våre lærlinger, Guro Tveit (f. 22.05.1972), har glemt passordet og får ikke logget inn. Kan dere hjelpe henne? Mvh Per Hansen, HR';

describe('a writer on a role mailbox', () => {
  it('"Per Hansen <hr@…>" about Guro: the writer is Per, the person Guro', () => {
    const r = triage(
      ticket(ABOUT_GURO, { subject: 'passord', from: { address: 'hr@telesignal.test', name: 'Per Hansen' } }),
    );
    expect(r.writer).toEqual({ given: 'Per' });
    expect(r.facts.names.map((n) => n.full)).toEqual(['Guro Tveit']);
    expect(r.facts.emails).not.toContain('hr@telesignal.test');
  });

  it.each([
    ['HR-avdelingen', 'hr@telesignal.test'],
    ['Post Telesignal AS', 'post@telesignal.test'],
    ['Personalkontoret', 'personal@telesignal.test'],
  ])('"%s <%s>" names no writer', (name, address) => {
    const r = triage(
      ticket(
        'Hei, en av våre lærlinger, Guro Tveit (f. 22.05.1972), har glemt passordet. Kan dere hjelpe henne?',
        { subject: 'passord', from: { address, name } },
      ),
    );
    expect(r.writer).toEqual({});
  });

  it('the suggested link command mails the link to the login and answers Per (--reply-to), never hands it over', () => {
    const r = triage(
      ticket(ABOUT_GURO, { subject: 'passord', from: { address: 'hr@telesignal.test', name: 'Per Hansen' } }),
    );
    expect(r.commands).toContain('kursdesk links issue <learner> --reply nb --reply-to Per');
    const own = triage(
      ticket('Hei, jeg har glemt passordet mitt. Hilsen Guro Tveit', {
        subject: 'passord',
        from: { address: 'g.tveit@telesignal.test', name: 'Guro Tveit' },
      }),
    );
    expect(own.commands.some((c) => c.startsWith('kursdesk links issue') && !c.includes('--reply-to'))).toBe(
      true,
    );
  });
});

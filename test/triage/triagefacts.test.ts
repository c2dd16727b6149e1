// Faults two engineers met walking the FAQ's questions as new agents, each by an example written afresh:
// a Bane NOR staff login asked in nynorsk or English, an address whose domain is a typo, and two people
// in one ticket. Each failed on the code before the fix.
import { describe, expect, it } from 'vitest';
import { type TicketMessage, triageTicket } from '../../src/domain/triage/triage.js';
import { TICKET_DAY, ticket } from '../helpers/ticket-message.js';

const result = (t: TicketMessage) => triageTicket(t, TICKET_DAY);
const topic = (t: TicketMessage) => result(t).topics[0]?.topic;

describe('Bane NOR staff asking how to log in', () => {
  it('nynorsk: "eg er tilsett i Bane NOR"', () => {
    expect(
      topic(
        ticket(
          'Hei!\nEg er tilsett i Bane NOR og skal ta eit kurs på Jernbaneskolen. Korleis loggar eg inn?\nHelsing Ragnhild',
        ),
      ),
    ).toBe('registration');
    expect(topic(ticket('Eg er tilsett hjå Bane NOR, korleis loggar eg inn i kursportalen?'))).toBe(
      'registration',
    );
  });

  it('English: "I am employed in Bane NOR"', () => {
    expect(topic(ticket('Hi, I am employed in Bane NOR, how do I log in?\nBest regards, Tom'))).toBe(
      'registration',
    );
    expect(
      topic(ticket('Hello. I work for Bane NOR and need to take a course. How do I log in to the portal?')),
    ).toBe('registration');
  });
});

describe('an address whose domain is a typo', () => {
  const commands = (t: TicketMessage) => result(t).commands.join('\n');

  it('is not the learner the commands are run for: users find gets the name and the date', () => {
    const t = ticket(
      'Hei, jeg har glemt passordet. Brukernavnet mitt er hanne.moe86@epost.tset tror jeg.\nHanne Moe, født 12.03.1986',
      { from: { address: 'hanne.moe86@epost.tset', name: 'Hanne Moe' } },
    );
    const lines = commands(t);
    expect(lines).not.toMatch(/links issue hanne\.moe86@epost\.tset/);
    expect(lines).not.toMatch(/--email hanne\.moe86@epost\.tset/);
    expect(lines).toMatch(/users find --name 'Hanne Moe' --birthdate 1986-03-12/);
  });

  it('a slip in a common provider or top-level domain counts too (.con, gmial)', () => {
    const t = ticket('I forgot my password. My login is ola.berg@gmial.con\nOla Berg, born 02.05.1990', {
      from: { address: 'ola.berg@gmial.con', name: 'Ola Berg' },
    });
    expect(commands(t)).not.toMatch(/ola\.berg@gmial\.con/);
  });

  it('a real address is still the learner', () => {
    const t = ticket('Jeg har glemt passordet.\nHanne Moe', {
      from: { address: 'hanne.moe86@epost.no', name: 'Hanne Moe' },
    });
    expect(commands(t)).toMatch(/links issue hanne\.moe86@epost\.no/);
  });
});

// A writer for one person the mail does not name (HR's "en av våre ansatte", "one of our employees", a
// parent's "sønnen min"): the sender's name and address are not the person's, the reply goes to the
// writer, and a national ID in it is the person's: the writer is asked for the person's name and birth
// date, not warned about their own ID.
import { describe, expect, it } from 'vitest';
import { type TicketMessage, triageTicket } from '../../src/domain/triage/triage.js';
import { TICKET_DAY, ticket } from '../helpers/ticket-message.js';

const ANNE = { address: 'anne.lie@banesignal.test', name: 'Anne Lie' };
const triage = (m: TicketMessage) => triageTicket(m, TICKET_DAY);

describe('a writer for someone unnamed', () => {
  it.each([
    ['nb', 'Hei, en av våre ansatte kommer ikke inn i kursportalen. Kan dere hjelpe?\nMvh Anne Lie'],
    ['nn', 'Hei, ein av dei tilsette våre kjem ikkje inn i kursportalen. Kan de hjelpe?\nHelsing Anne Lie'],
    [
      'en',
      'Hello, one of our employees cannot log in to the course portal. Can you help?\nRegards, Anne Lie',
    ],
  ])('(%s): the writer is Anne, and neither her name nor her address is the learner', (_, text) => {
    const r = triage(ticket(text, { subject: 'Innlogging', from: ANNE }));
    expect(r.writer).toEqual({ given: 'Anne' });
    expect(r.facts.names.map((n) => n.full)).not.toContain('Anne Lie');
    expect(r.facts.emails).not.toContain(ANNE.address);
  });

  it('a parent about "sønnen min"', () => {
    const r = triage(
      ticket('Hei, sønnen min har glemt passordet sitt til kursportalen.\nHilsen Per Hansen', {
        from: { address: 'per.hansen@epost.test', name: 'Per Hansen' },
      }),
    );
    expect(r.writer).toEqual({ given: 'Per', guardian: true });
    expect(r.facts.names).toEqual([]);
  });

  it.each([
    // A learner who writes from a daughter's mailbox is the learner.
    ['Hei, jeg kommer ikke inn. Jeg skriver fra datterens e-post.\nHilsen Kari Nordmann'],
    // A company's list of employees is the company's own request: its contact is the sender.
    ['Hei, våre ansatte må flyttes til det nye firmaet vårt.\nMvh Anne Lie'],
    // The learner themselves.
    ['Hei, jeg kommer ikke inn i kursportalen.\nMvh Anne Lie'],
  ])('no writer: %j', (text) => {
    const r = triage(ticket(text, { from: ANNE }));
    expect(r.writer).toBeUndefined();
  });

  const withId: Record<'nb' | 'nn' | 'en', string> = {
    nb: 'Hei, en av våre ansatte kommer ikke inn i kursportalen. Fødselsnummeret hans er 15108695077.\nMvh Anne Lie',
    nn: 'Hei, ein av dei tilsette våre kjem ikkje inn i kursportalen. Fødselsnummeret hans er 15108695077.\nHelsing Anne Lie',
    en: 'Hello, one of our employees cannot log in to the course portal. His national ID number is 15108695077.\nRegards, Anne Lie',
  };
  it.each(['nb', 'nn', 'en'] as const)(
    '(%s) the national-ID warning asks the writer for the name and birth date of the person',
    (lang) => {
      const r = triage(ticket(withId[lang], { subject: 'Innlogging', from: ANNE }));
      expect(r.language).toBe(lang);
      const ask = r.askForMissing!;
      expect(ask).toMatch(/^(Hei|Hello) Anne,/);
      expect(ask).not.toMatch(/fødselsnummeret ditt|your national ID|your date of birth|fødselsdatoen din/);
      expect(ask).toMatch(
        {
          nb: /fulle navnet og fødselsdatoen til den det gjelder/,
          nn: /fulle namnet og fødselsdatoen til den det gjeld/,
          en: /full name and date of birth of the person concerned/,
        }[lang],
      );
      expect(ask).not.toContain('95077');
    },
  );
});

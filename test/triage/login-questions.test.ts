// The FAQ's no-change login answers (how to log in, changing a known password, an error message when
// logging in) are told apart from W1–W3's own cases: any sign of an account problem keeps the workflow.
import { describe, expect, it } from 'vitest';
import { loginQuestionIn } from '../../src/domain/triage/login-questions.js';
import { type TicketMessage, triageTicket } from '../../src/domain/triage/triage.js';

describe('loginQuestionIn', () => {
  it.each([
    ['Hvordan logger jeg meg inn i kursportalen? Hva er brukernavnet mitt?', 'how-to'],
    ['How do I log in to the portal? What is my username?', 'how-to'],
    ['Korleis loggar eg inn på kursportalen?', 'how-to'],
    ['Hvordan logger jeg inn på kursportalen?', 'how-to'],
    ['Hvordan endrer jeg passordet mitt når jeg er logget inn?', 'change-password'],
    ['I know my password but would like to change the password to a stronger one. Where?', 'change-password'],
    ['Kan jeg bytte passord selv?', 'change-password'],
    ['Jeg får ikke logget inn, det kommer bare en feilmelding', 'technical'],
    ['When I log in I only get an error message, the page says something went wrong', 'technical'],
    ['Innloggingssiden henger, siden laster ikke og jeg får en blank side', 'technical'],
  ])('%s → %s', (text, kind) => {
    expect(loginQuestionIn(text)).toBe(kind);
  });

  it.each([
    'Jeg får ikke logget inn, har glemt passordet',
    'Jeg får ikke logget inn',
    'Hei, jeg har glemt passordet mitt, hvordan logger jeg inn?',
    'Hvordan logger jeg inn? Jeg fikk aldri aktiveringslenken',
    'Jeg får feilmelding om feil passord når jeg logger inn',
    'I get an error when I try to reset my password',
    'Hvordan logger jeg inn? Husker ikke hvilken e-post jeg brukte',
    'Jeg har ikke fått e-post om aktivering',
    'Hvordan logger jeg inn? Det fungerer ikke',
    'Får feilmelding om at personnummeret er i bruk når jeg registrerer meg',
    'I no longer know which e-mail address is my username. Could you look it up?',
  ])('an account problem stays with its workflow: %s', (text) => {
    expect(loginQuestionIn(text)).toBeUndefined();
  });
});

function mail(subject: string, text: string): TicketMessage {
  return {
    subject,
    from: { address: 'ola.hansen@example.no', name: 'Ola Hansen' },
    to: ['eksternsupport-driv@banenor.no'],
    text: `Hei,\n${text}\n\nHilsen Ola Hansen`,
    attachments: [],
  };
}
const TODAY = '2026-12-07';

describe('triage of a login question', () => {
  it.each([
    ['Innlogging', 'Hvordan logger jeg meg inn i kursportalen? Hva er brukernavnet mitt?', 'how-to'],
    ['Passord', 'Hvordan endrer jeg passordet mitt når jeg er logget inn?', 'change-password'],
    ['Innlogging', 'Jeg får ikke logget inn, det kommer bare en feilmelding.', 'technical'],
    ['Login', 'How do I sign in? Which user name should I type in?', 'how-to'],
  ])('%s: "%s" keeps its login topic, asks for nothing and suggests the FAQ text', (subject, text, kind) => {
    const result = triageTicket(mail(subject, text), TODAY);
    expect(['W1', 'W2', 'W3']).toContain(result.topics[0]?.topic);
    expect(result.loginQuestion).toBe(kind);
    expect(result.missing.filter((m) => ['W1', 'W2', 'W3'].includes(m.topic))).toEqual([]);
    expect(result.askForMissing).toBeUndefined();
    expect(result.commands[0]).toBe(`kursdesk replies list --topic login.${kind} --reply ${result.language}`);
    expect(result.commands.join('\n')).not.toMatch(/links issue|users find/);
  });

  it('a forgotten password that cannot log in is still W3 with its link', () => {
    const result = triageTicket(
      mail('Får ikke logget inn', 'Jeg får ikke logget inn, jeg har glemt passordet mitt.'),
      TODAY,
    );
    expect(result.topics[0]?.topic).toBe('W3');
    expect(result.loginQuestion).toBeUndefined();
    expect(result.commands.join('\n')).toContain('kursdesk links issue');
  });
});

describe('a company that asks to be registered (W7)', () => {
  const request = (signature: string): TicketMessage => ({
    subject: 'Firma mangler i listen',
    from: { address: 'kari@malmbanen.no', name: 'Kari Berg' },
    to: ['eksternsupport-driv@banenor.no'],
    text: `Hei,\nVi finner ikke firmaet vårt Malmbanen Service AS (913556208) i listen når vi registrerer oss. Kan dere legge det inn?\n\nHilsen Kari Berg\n${signature}`,
    attachments: [],
  });

  it('without a phone, the register command waits behind the question, its placeholders marked', () => {
    const result = triageTicket(request(''), TODAY);
    expect(result.topics[0]?.topic).toBe('W7');
    expect(result.missing).toEqual([{ topic: 'W7', fact: 'company' }]);
    const ask = result.commands.findIndex((l) => l.startsWith('kursdesk replies ask --missing company'));
    const register = result.commands.findIndex((l) => l.startsWith('kursdesk companies register'));
    expect(ask).toBeGreaterThanOrEqual(0);
    expect(register).toBeGreaterThan(ask);
    expect(result.commands[register]).toContain('--contact-phone <contact-phone>');
  });

  it('a phone in the signature fills in --contact-phone (as +47 and eight digits)', () => {
    const result = triageTicket(request('Tlf: 412 34 567'), TODAY);
    expect(result.facts.phones).toEqual(['+4741234567']);
    const register = result.commands.find((l) => l.startsWith('kursdesk companies register'));
    expect(register).toContain('--contact-phone +4741234567');
    // Whether an invoice address is needed only the register look-up says: the dry run shows it.
    expect(register).not.toMatch(/<[^>]+>/);
    expect(result.missing).toEqual([]);
  });
});

// The reply catalogue: every entry exists in every language, uses exactly the facts it declares, and
// fills them all; dates and times come out in Oslo time; the composed replies greet by first name.
import { describe, expect, it } from 'vitest';
import { osloLongDate, osloLongDateTime } from '../../src/domain/local-time.js';
import { firstNameOf, greetingName, programmeStatusReply } from '../../src/domain/replies/answers.js';
import {
  composeReply,
  fill,
  placeholdersOf,
  REPLIES,
  REPLY_LANGS,
  type ReplyEntry,
  type ReplyKey,
} from '../../src/domain/replies/catalogue.js';
import { TOPICS } from '../../src/domain/triage/types.js';

const entries = Object.entries(REPLIES) as [ReplyKey, ReplyEntry][];

describe('the reply catalogue', () => {
  it.each(entries)('%s is written in every language and uses exactly the facts it declares', (key, entry) => {
    for (const lang of REPLY_LANGS) {
      const text = entry[lang];
      expect(text, `${key} ${lang}`).toMatch(/\S/);
      expect(new Set(placeholdersOf(text)), `${key} ${lang}`).toEqual(new Set(entry.facts));
      const sample = Object.fromEntries(entry.facts.map((f) => [f, `<${f}>`]));
      const filled = fill(key, lang, sample as never);
      expect(filled, `${key} ${lang}`).not.toMatch(/\{[A-Za-z]+\}/);
      for (const f of entry.facts) expect(filled).toContain(`<${f}>`);
    }
  });

  it('a text that can open a reply starts with a capital, as every paragraph after the greeting does', () => {
    // ", med fakturaadresse …" continues a sentence of another entry, and "den det gjelder" stands for a
    // {person} (capitalised where it starts a sentence); everything else may open a reply.
    const fragments = new Set(['W7.invoice-address', 'about.person-unnamed']);
    for (const [key, entry] of entries)
      for (const lang of REPLY_LANGS)
        if (!fragments.has(key)) expect(entry[lang], `${key} ${lang}`).not.toMatch(/^\p{Ll}/u);
  });

  it('the three languages of an entry differ where the languages do (no copied bokmål in English)', () => {
    for (const [key, entry] of entries) {
      if (entry.en.length > 20) expect(entry.en, key).not.toBe(entry.nb);
    }
  });

  it('has an answer for every ticket topic except the desk-internal ones', () => {
    const internal = new Set(['W17', 'W18', 'W19']);
    const prefixes = new Set(entries.map(([key]) => key.split('.')[0]));
    const covered = (topic: string) =>
      topic === 'W2' || topic === 'W3'
        ? prefixes.has('links') && prefixes.has(topic)
        : topic === 'W16'
          ? prefixes.has('registration')
          : topic === 'other'
            ? prefixes.has('not-ours')
            : prefixes.has(topic);
    for (const topic of TOPICS) if (!internal.has(topic)) expect(covered(topic), topic).toBe(true);
    expect(prefixes.has('more-info')).toBe(true);
  });

  it('a fact left out is a bug and throws, rather than sending a reply with a hole', () => {
    expect(() => fill('W1.verified', 'nb', {} as never)).toThrow(/\{email\}/);
  });

  it('composes greeting by first name, the paragraphs and the signature in the language asked', () => {
    const nn = composeReply('nn', 'Kari', [{ key: 'W11.self-service', facts: {} }]);
    expect(nn).toMatch(/^Hei Kari,\n\nDu får nytt HMS-kort annakvart år/);
    expect(nn).toMatch(/Venleg helsing\nBrukarstøtta for kursportalen\n$/);
    expect(composeReply('en', undefined, [])).toBe(
      'Hello,\n\nKind regards\nThe course portal support desk\n',
    );
  });
});

describe('what do I still need (W14)', () => {
  it('names what runs out soon with its day written out in each language, never an ISO date', () => {
    const programmes = [
      {
        code: 'OL-KL',
        title: 'Kontaktledning',
        complete: false,
        approvedUntil: null,
        items: [
          {
            course: { code: 'ELS-700', title: 'Elsikkerhet (FSE)', title_en: null },
            kind: 'e-learning',
            status: 'passed' as const,
            validUntil: '2026-12-06',
            expiresSoon: true,
          },
          {
            course: { code: 'SIK-100', title: 'Sikkerhet', title_en: null },
            kind: 'e-learning',
            status: 'expired' as const,
            validUntil: '2026-10-14',
          },
        ],
      },
    ];
    const en = programmeStatusReply('en', { firstName: 'Anne', programmes });
    expect(en).toContain(
      'take the refresher before the date to keep the approval:\n- ELS-700 Elsikkerhet (FSE) (valid until 6 December 2026)',
    );
    expect(en).toContain('- SIK-100 Sikkerhet (expired 14 October 2026; take it again)');
    expect(programmeStatusReply('nb', { programmes })).toContain('(gyldig til 6. desember 2026)');
    expect(programmeStatusReply('nn', { programmes })).toContain('så held godkjenninga:\n- ELS-700');
    for (const lang of REPLY_LANGS)
      expect(programmeStatusReply(lang, { programmes })).not.toMatch(/\d{4}-\d\d-\d\d/);
  });
});

describe('times in replies', () => {
  it('are Oslo wall-clock time, summer and winter', () => {
    expect(osloLongDateTime('2027-01-11T08:00:00Z', 'nb')).toBe('mandag 11. januar 2027 kl. 09:00');
    expect(osloLongDateTime('2027-06-14T06:30:00Z', 'en')).toBe('Monday 14 June 2027 at 08:30');
    expect(osloLongDateTime('2027-06-14T06:30:00Z', 'nn')).toBe('måndag 14. juni 2027 kl. 08:30');
    // Late evening UTC is already the next day in Oslo.
    expect(osloLongDateTime('2026-12-31T23:30:00Z', 'en')).toBe('Friday 1 January 2027 at 00:30');
  });

  it('a calendar day stays the same day', () => {
    expect(osloLongDate('2028-01-10', 'nb')).toBe('10. januar 2028');
    expect(osloLongDate('2028-01-10', 'en')).toBe('10 January 2028');
    expect(osloLongDate('not a date', 'en')).toBe('not a date');
  });
});

describe('the name a reply greets', () => {
  const signed = (given: string) => ({ signed: { names: [{ given }] } });

  it('is the first given name, or none for an empty name', () => {
    expect(firstNameOf('  Kari Anne Nordmann ')).toBe('Kari');
    expect(firstNameOf('')).toBeUndefined();
    expect(greetingName('Kari Nordmann')).toBe('Kari');
    expect(greetingName('   ')).toBeUndefined();
  });

  it('is the double given name a ticket was signed with, in the learner’s spelling', () => {
    expect(greetingName('Jon Knut Pedersen', signed('Jon Knut'))).toBe('Jon Knut');
    expect(greetingName('Jon Knut Pedersen', signed('jon  knut'))).toBe('Jon Knut');
    // Folded as the name search folds names: accents, Å/Aa, Ø/Oe.
    expect(greetingName('Håkon André Sæther', signed('Hakon Andre'))).toBe('Håkon André');
    expect(greetingName('Aase Marit Berg', signed('Åse Marit'))).toBe('Aase Marit');
    expect(greetingName('Bjørn Tore Lie', signed('Bjoern Tore'))).toBe('Bjørn Tore');
  });

  it('is the first name when the signature is another name, or the whole name', () => {
    expect(greetingName('Jon Knut Pedersen', signed('Jon Arne'))).toBe('Jon');
    expect(greetingName('Kari Nordmann', signed('Kari Nordmann'))).toBe('Kari');
    expect(greetingName('Kari Nordmann', { signed: { names: [] } })).toBe('Kari');
  });

  it("is the writer of a mail about someone else (or no name), else the ticket's name when no learner is found", () => {
    // triage --answer's rule: Anne Lie from HR writes about Lars Solheim.
    expect(greetingName('Lars', { writer: { given: 'Anne' }, otherwise: 'Lars' })).toBe('Anne');
    expect(greetingName('Lars', { writer: {}, otherwise: 'Lars' })).toBeUndefined();
    expect(greetingName(undefined, { otherwise: 'Kari' })).toBe('Kari');
    expect(greetingName('Ola Johan', { otherwise: 'Kari' })).toBe('Ola');
    // The guided mode's: the signature, else the ticket's name when no learner is picked.
    expect(greetingName(undefined, { ...signed('Jon Knut'), otherwise: 'Jon Knut' })).toBe('Jon Knut');
  });
});

// A wrapped reply (the guided mode's block, triage --answer in a terminal) never splits a written-out date
// across lines: "8." at the end of one line and "januar 2027" on the next reads badly once pasted in a mail.
import { describe, expect, it } from 'vitest';
import { keepDatesTogether } from '../../src/domain/replies/keep-together.js';
import { replyBlock } from '../../src/guided/show.js';
import { renderTicketAnswer, type TicketAnswer } from '../../src/workflows/triage-answer.js';

const NBSP = '\u00a0';

/** A paragraph whose date starts near column 76, where a wrapper at spaces would break after "8.". */
const LONG = `Kurset er gyldig til og med ${'ord '.repeat(12)}8. januar 2027, og det holder.`;

describe('dates kept together in wrapped replies', () => {
  it('the spaces inside a written-out date and a clock time become no-break spaces; other text is untouched', () => {
    expect(keepDatesTogether('til 8. januar 2027 kl. 09:00, ellers 12. mai')).toBe(
      `til 8.${NBSP}januar${NBSP}2027 kl.${NBSP}09:00, ellers 12.${NBSP}mai`,
    );
    expect(keepDatesTogether('valid until 8 January 2027.')).toBe(`valid until 8${NBSP}January${NBSP}2027.`);
    expect(keepDatesTogether('Du har 3 kurs igjen. 8. plass på ventelisten')).toBe(
      'Du har 3 kurs igjen. 8. plass på ventelisten',
    );
  });

  it('the guided reply block keeps "8. januar 2027" on one line', () => {
    const lines = replyBlock(LONG, 'nb').split('\n');
    expect(lines.some((l) => /\b8\.$/.test(l))).toBe(false);
    expect(lines.find((l) => l.includes('januar'))).toContain(`8.${NBSP}januar${NBSP}2027`);
  });

  it('triage --answer, wrapped for a terminal, keeps the date on one line; unwrapped it is as written', () => {
    const answer: TicketAnswer = {
      ticket: 'SUP-1',
      topic: 'W14',
      alsoAbout: [],
      ticketLanguage: 'nb',
      replyLanguage: 'nb',
      learner: null,
      findings: [],
      reply: LONG,
      commands: [],
      missing: [],
      notes: [],
    } as unknown as TicketAnswer;
    const wrapped = renderTicketAnswer(answer, 80, 78).split('\n');
    expect(wrapped.some((l) => /\b8\.$/.test(l))).toBe(false);
    expect(renderTicketAnswer(answer, 80)).toContain(LONG);
  });
});

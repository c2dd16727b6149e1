// A wrapped reply (the guided mode's block, triage --answer in a terminal) never splits a written-out date
// across lines: "8." at the end of one line and "januar 2027" on the next reads badly once pasted in a mail.
import { describe, expect, it } from 'vitest';
import { keepTogether } from '../../src/domain/replies/keep-together.js';
import { replyBlock } from '../../src/guided/show.js';
import { renderTicketAnswer, type TicketAnswer } from '../../src/workflows/triage-answer.js';

const NBSP = '\u00a0';

/** A paragraph whose date starts near column 76, where a wrapper at spaces would break after "8.". */
const LONG = `Kurset er gyldig til og med ${'ord '.repeat(12)}8. januar 2027, og det holder.`;

/** A ticket answer with nothing but its reply, for the terminal rendering. */
const ANSWER = {
  ticket: 'SUP-1',
  topic: 'W14',
  alsoAbout: [],
  ticketLanguage: 'nb',
  replyLanguage: 'nb',
  learner: null,
  findings: [],
  reply: '',
  commands: [],
  missing: [],
  notes: [],
} as unknown as TicketAnswer;

describe('dates and labels kept together in wrapped replies', () => {
  it('the spaces inside a written-out date and a clock time become no-break spaces; other text is untouched', () => {
    expect(keepTogether('til 8. januar 2027 kl. 09:00, ellers 12. mai')).toBe(
      `til 8.${NBSP}januar${NBSP}2027 kl.${NBSP}09:00, ellers 12.${NBSP}mai`,
    );
    expect(keepTogether('valid until 8 January 2027.')).toBe(`valid until 8${NBSP}January${NBSP}2027.`);
    expect(keepTogether('Du har 3 kurs igjen. 8. plass på ventelisten')).toBe(
      'Du har 3 kurs igjen. 8. plass på ventelisten',
    );
  });

  it('a quoted portal label and its English meaning each stay one piece; a long quote may wrap', () => {
    expect(keepTogether('choose «Oppdater brukerkonto» ("Update user account") under «Din konto»')).toBe(
      `choose «Oppdater${NBSP}brukerkonto» ("Update${NBSP}user${NBSP}account") under «Din${NBSP}konto»`,
    );
    const long = `«${'ord '.repeat(12)}»`;
    expect(keepTogether(long)).toBe(long);
  });

  it('triage --answer, wrapped at 78 columns, never breaks a label across lines', () => {
    // «Opplæring for førere» starts at column 66: a wrapper at spaces would leave «Opplæring on the line.
    const text = `${'ord '.repeat(16)}til «Opplæring for førere» ("Driver training") nå.`;
    const wrapped = renderTicketAnswer({ ...ANSWER, reply: text }, 80, 78).split('\n');
    expect(wrapped.some((l) => /«[^»]*$/.test(l) || /\("[^)]*$/.test(l))).toBe(false);
    expect(wrapped.join('\n')).toContain(`«Opplæring${NBSP}for${NBSP}førere»`);
  });

  it('the guided reply block keeps "8. januar 2027" on one line', () => {
    const lines = replyBlock(LONG, 'nb').split('\n');
    expect(lines.some((l) => /\b8\.$/.test(l))).toBe(false);
    expect(lines.find((l) => l.includes('januar'))).toContain(`8.${NBSP}januar${NBSP}2027`);
  });

  it('triage --answer, wrapped for a terminal, keeps the date on one line; unwrapped it is as written', () => {
    const answer: TicketAnswer = { ...ANSWER, reply: LONG };
    const wrapped = renderTicketAnswer(answer, 80, 78).split('\n');
    expect(wrapped.some((l) => /\b8\.$/.test(l))).toBe(false);
    expect(renderTicketAnswer(answer, 80)).toContain(LONG);
  });
});

// The shared wrapping of desk text: prose breaks only at spaces, replies keep their paragraphs and list
// items, and a command wrapped with ` \` is the same command when a shell joins it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapCommand, wrapLines, wrapWords } from '../../src/output/wrap.js';

/** What a shell reads from lines ending in ` \`: the continuation and the next line's indent removed. */
const joined = (lines: readonly string[]) =>
  lines
    .map((l, i) => (i === 0 ? l : l.trimStart()))
    .join('\n')
    .replace(/ \\\n/g, ' ');

describe('wrapWords', () => {
  it('breaks at spaces, indents continuations, and keeps a word longer than the width whole', () => {
    expect(wrapWords('    → verdict verified (birth date exact, name matches)', 30, '      ')).toEqual([
      '    → verdict verified (birth',
      '      date exact, name',
      '      matches)',
    ]);
    expect(wrapWords('see https://kurs.example.no/account/activate/abcdefghijklmnop now', 20)).toEqual([
      'see',
      'https://kurs.example.no/account/activate/abcdefghijklmnop',
      'now',
    ]);
  });

  it('never loses or splits a word', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-zæøå@.]{1,15}$/), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 10, max: 80 }),
        (words, width) => {
          const lines = wrapWords(words.join(' '), width);
          expect(lines.join(' ').split(' ')).toEqual(words);
          for (const line of lines) if (line.includes(' ')) expect(line.length).toBeLessThanOrEqual(width);
        },
      ),
    );
  });
});

describe('wrapLines', () => {
  it('wraps each long line of a reply, keeps blank lines, and hangs list items under their text', () => {
    const reply =
      'Hei Kari,\n\nDette har du bestått:\n- SIK-100 Grunnleggende sikkerhet ved arbeid i og nær spor, gyldig til 7. april 2027\n\nVennlig hilsen';
    expect(wrapLines(reply, 60).split('\n')).toEqual([
      'Hei Kari,',
      '',
      'Dette har du bestått:',
      '- SIK-100 Grunnleggende sikkerhet ved arbeid i og nær spor,',
      '  gyldig til 7. april 2027',
      '',
      'Vennlig hilsen',
    ]);
  });
});

describe('wrapCommand', () => {
  it('breaks before an option, never inside quotes, and stays one command for the shell', () => {
    const command =
      "kursdesk users find --name 'Kari Anne Nordmann Berg' --birthdate 1986-10-15 --email kari.nordmann@nordbane.test --ticket 4711";
    const lines = wrapCommand(command, 60, '    ');
    expect(lines).toEqual([
      "kursdesk users find --name 'Kari Anne Nordmann Berg' \\",
      '    --birthdate 1986-10-15 \\',
      '    --email kari.nordmann@nordbane.test --ticket 4711',
    ]);
    expect(joined(lines)).toBe(command);
  });

  it('fits the width wherever a break is possible, and joins back to the command', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.stringMatching(/^--[a-z]{1,10}$/), fc.stringMatching(/^[a-z0-9@.]{1,12}$/)), {
          minLength: 1,
          maxLength: 20,
        }),
        fc.integer({ min: 40, max: 100 }),
        (words, width) => {
          const command = ['kursdesk', ...words].join(' ');
          const lines = wrapCommand(command, width, '    ');
          expect(joined(lines)).toBe(command);
          for (const line of lines) expect(line.length).toBeLessThanOrEqual(width);
        },
      ),
    );
  });
});

// The shared wrapping of desk text: prose breaks only at spaces (a long address or link stays whole), a
// table cell breaks a word only when it is wider than the cell, replies keep their paragraphs and list
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

describe('the long-word rule', () => {
  const email = 'kari-anne.nordmann-berg@entreprenor-nordbane.example.no';
  const url = 'https://kurs.example.no/account/activate/Zm9vYmFyYmF6cXV4';

  it('keeps an e-mail address or a link whole in prose, on a line of its own past the width', () => {
    expect(wrapWords(`send to ${email} today`, 30)).toEqual(['send to', email, 'today']);
    expect(wrapWords(`open ${url}`, 30, '  ')).toEqual(['open', `  ${url}`]);
    expect(wrapWords(email, 10)).toEqual([email]);
  });

  it("breaks a word wider than a table cell into pieces of the cell's width, losing nothing", () => {
    const lines = wrapWords(`see ${url}`, 16, '', { longWords: 'break' });
    expect(lines).toEqual(['see', 'https://kurs.exa', 'mple.no/account/', 'activate/Zm9vYmF', 'yYmF6cXV4']);
    expect(lines.slice(1).join('')).toBe(url);
    // The pieces leave room for the continuation indent.
    expect(wrapWords(url, 20, '    ', { longWords: 'break' }).every((l) => l.length <= 20)).toBe(true);
  });

  it('fits a word of exactly the width, in both modes', () => {
    const word = 'x'.repeat(20);
    for (const longWords of ['keep', 'break'] as const) {
      expect(wrapWords(word, 20, '', { longWords })).toEqual([word]);
      expect(wrapWords(`ab ${word} cd`, 20, '', { longWords })).toEqual(['ab', word, 'cd']);
    }
  });

  it('counts æ, ø and å as one column each', () => {
    expect(wrapWords('blåbærsyltetøy på brødskiva', 17)).toEqual(['blåbærsyltetøy på', 'brødskiva']);
    expect(wrapWords('Brattvåg-Fjellheim', 9, '', { longWords: 'break' })).toEqual([
      'Brattvåg-',
      'Fjellheim',
    ]);
  });

  it('keeps an empty line empty and a line that fits as it is, spaces and all', () => {
    expect(wrapWords('', 20)).toEqual(['']);
    expect(wrapWords('', 20, '  ', { longWords: 'break' })).toEqual(['']);
    expect(wrapWords('  id  12  ', 20)).toEqual(['  id  12  ']);
  });

  it('folds the spaces at a break instead of ending or starting a line with them', () => {
    expect(wrapWords('one two    three', 8)).toEqual(['one two', 'three']);
    expect(wrapWords('one two ', 8)).toEqual(['one two ']);
    expect(wrapWords('one two   ', 7)).toEqual(['one two']);
  });

  it('in a table cell, fits the width and keeps every character but the spaces at breaks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-zæøå@./:-]{1,40}$/), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 4, max: 40 }),
        (words, width) => {
          const lines = wrapWords(words.join(' '), width, '', { longWords: 'break' });
          for (const line of lines) expect(line.length).toBeLessThanOrEqual(width);
          expect(lines.join('').replaceAll(' ', '')).toBe(words.join(''));
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

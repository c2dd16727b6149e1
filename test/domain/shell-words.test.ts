// Shell quoting of suggested command lines: whatever a ticket's facts hold, a pasted line gives the
// command exactly that text as one word. Checked with a small reader of the POSIX rules the quoting
// relies on (plain characters, single quotes, a backslash-escaped quote) instead of running a shell.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shellWord } from '../../src/domain/shell-words.js';

/** The words a shell reads from `line`, for the subset of sh syntax shellWord may produce; else throws. */
function readWords(line: string): string[] {
  const words: string[] = [];
  let word: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (ch === ' ') {
      if (word !== null) words.push(word);
      word = null;
    } else if (ch === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) throw new Error(`unclosed quote at ${i}`);
      word = (word ?? '') + line.slice(i + 1, end);
      i = end;
    } else if (ch === '\\') {
      if (i + 1 >= line.length) throw new Error('backslash at the end');
      word = (word ?? '') + line[i + 1];
      i++;
    } else if (/[A-Za-z0-9_@%+=:,./-]/.test(ch)) {
      word = (word ?? '') + ch;
    } else {
      throw new Error(`${JSON.stringify(ch)} at ${i} would mean something to the shell`);
    }
  }
  if (word !== null) words.push(word);
  return words;
}

describe('shellWord', () => {
  it('leaves plain words bare and quotes everything else', () => {
    expect(shellWord('kari@firma.no')).toBe('kari@firma.no');
    expect(shellWord('SUP-2291')).toBe('SUP-2291');
    expect(shellWord('Ola Dunk')).toBe("'Ola Dunk'");
    expect(shellWord("Kari O'Neill")).toBe("'Kari O'\\''Neill'");
    expect(shellWord('$(rm -rf ~)')).toBe("'$(rm -rf ~)'");
    expect(shellWord('Bjørn')).toBe("'Bjørn'");
    expect(shellWord('')).toBe("''");
  });

  it('gives back any text as exactly one word, also between other words', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (a, b) => {
        expect(readWords(shellWord(a))).toEqual([a]);
        expect(readWords(`kursdesk ${shellWord(a)} ${shellWord(b)}`)).toEqual(['kursdesk', a, b]);
      }),
    );
  });

  it('the reader refuses what a shell would expand, so the property above can fail', () => {
    expect(() => readWords('$(id)')).toThrow();
    expect(() => readWords("'open")).toThrow();
  });
});

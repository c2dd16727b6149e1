// Reading a suggested command line as a POSIX shell would, for the tests that run what kursdesk tells
// the agent to run next (triage next steps, every command's hints).

/** The words of one command line as sh reads them: spaces split, '…' quotes, `'\''` an escaped quote. */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === "'") {
      const end = line.indexOf("'", i + 1);
      word = (word ?? '') + line.slice(i + 1, end);
      i = end;
    } else if (ch === '\\') {
      word = (word ?? '') + line[i + 1];
      i++;
    } else if (ch === ' ') {
      if (word !== null) words.push(word);
      word = null;
    } else word = (word ?? '') + ch;
  }
  if (word !== null) words.push(word);
  return words;
}

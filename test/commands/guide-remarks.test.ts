// The guided mode's warnings on a real stderr (createIO): the prefix is said in the guide's language,
// and the first line is wrapped to the room that prefix leaves, so every line fits 80 columns.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { guideRemarks } from '../../src/commands/guide-remarks.js';
import { createIO } from '../../src/context/io.js';
import { text } from '../../src/domain/messages/index.js';

function stderrOf(agentLang: 'en' | 'nb') {
  const stderr = new PassThrough();
  let written = '';
  stderr.on('data', (chunk) => {
    written += String(chunk);
  });
  const io = createIO(
    {
      stdin: new PassThrough(),
      stdout: new PassThrough(),
      stderr,
      stdinIsTTY: true,
      stdoutIsTTY: true,
      stderrIsTTY: true,
      columns: 80,
    },
    { noColorFlag: true, env: {}, quiet: false, lang: agentLang },
  );
  return { io, lines: () => written.replace(/\n$/, '').split('\n') };
}

// Six 11-letter words fill exactly 71 columns: the room "warning: " leaves, one more than "advarsel: " does.
const SEVENTY_ONE = Array.from({ length: 12 }, () => 'abcdefghijk').join(' ');

describe('guided warnings at 80 columns', () => {
  it('a bokmål warning starts with advarsel: and no line passes 80 columns', () => {
    const { io, lines } = stderrOf('en');
    guideRemarks(io, 'nb').warn(SEVENTY_ONE);
    const shown = lines();
    expect(shown[0]).toMatch(/^advarsel: abcdefghijk/);
    expect(shown.filter((l) => l.length > 80)).toEqual([]);
    expect(
      shown
        .join(' ')
        .replace(/^advarsel: /, '')
        .split(/\s+/),
    ).toEqual(SEVENTY_ONE.split(' '));
  });

  it('an English warning still fills the line its prefix leaves', () => {
    const { io, lines } = stderrOf('nb');
    guideRemarks(io, 'en').warn(SEVENTY_ONE);
    const shown = lines();
    expect(shown[0]).toBe(`warning: ${SEVENTY_ONE.slice(0, 71)}`);
    expect(shown[0]?.length).toBe(80);
  });

  it('a long workflow warning in bokmål keeps every word and fits', () => {
    const { io, lines } = stderrOf('en');
    const warning = text('warning.enrol-also-booked', {
      learner: 1042,
      status: 'waitlisted',
      unit: 13,
      course: 'SIK-100',
      startsAt: '2027-02-01T08:00:00Z',
      place: 'Bergen sentrum, Kaigaten 4',
    }).in('nb');
    guideRemarks(io, 'nb').warn(warning);
    const shown = lines();
    expect(shown[0]).toMatch(/^advarsel: bruker 1042 står også på ventelisten til enhet 13/);
    expect(shown.filter((l) => l.length > 80)).toEqual([]);
    expect(shown.map((l) => l.trim()).join(' ')).toBe(`advarsel: ${warning}`);
  });
});

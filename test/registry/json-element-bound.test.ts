// The register's JSON reader bounds what it holds: one element (or one top-level string) past 1 MiB is
// refused while it arrives, with its line, instead of growing until the process dies of memory.
import { describe, expect, it } from 'vitest';
import { createJsonElementReader } from '../../src/domain/ingest/json-elements.js';
import { InputProblem } from '../../src/domain/ingest/text-decoding.js';

function feedUntilRefused(prefix: string, arrayKey: string | undefined): { fed: number; problem: unknown } {
  const reader = createJsonElementReader(arrayKey, () => {});
  reader.write(prefix);
  const chunk = 'x'.repeat(64 * 1024);
  let fed = 0;
  try {
    // 50 MB of one value, as a hostile file sends it.
    for (; fed < 800; fed++) reader.write(chunk);
  } catch (problem) {
    return { fed, problem };
  }
  return { fed, problem: undefined };
}

describe('a JSON value that never ends', () => {
  it('an element of the unit array is refused after 1 MiB, naming its line', () => {
    const { fed, problem } = feedUntilRefused('[\n{"organisasjonsnummer": "', undefined);
    expect(problem).toBeInstanceOf(InputProblem);
    expect((problem as InputProblem).line).toBe(2);
    expect((problem as InputProblem).reason).toMatch(/longer than 1 MiB/);
    expect(fed).toBeLessThan(40);
  });

  it('a top-level string of the ELMA object is refused after 1 MiB', () => {
    const { fed, problem } = feedUntilRefused('{"version": "', 'participants');
    expect(problem).toBeInstanceOf(InputProblem);
    expect(fed).toBeLessThan(40);
  });

  it('ordinary elements still pass', () => {
    const seen: unknown[] = [];
    const reader = createJsonElementReader(undefined, (value) => seen.push(value));
    reader.write('[{"organisasjonsnummer": "988077917", "navn": "A AS"}, {"navn": "B"}]');
    reader.end();
    expect(seen).toHaveLength(2);
  });
});

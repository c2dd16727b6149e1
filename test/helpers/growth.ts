// How a piece of work grows with its input, without asserting any timing: the CPU for four times the
// input over the CPU for the input, best of five runs each. Linear work gives about 4 and quadratic work
// 16; tests hold it under GROWTH_BOUND, which leaves room for a busy machine and still catches a square.
export const GROWTH_BOUND = 11;

function cpuMicros(work: () => void): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return used.user + used.system;
}

export function growth(text: (n: number) => string, work: (t: string) => void, n: number): number {
  const small = text(n);
  const large = text(4 * n);
  work(small); // warm up
  const best = (t: string) => Math.min(...[0, 1, 2, 3, 4].map(() => cpuMicros(() => work(t))));
  return best(large) / Math.max(best(small), 1000);
}

/**
 * `count` texts of up to 30 pieces each, drawn with a fixed linear congruential generator from `seed`:
 * the same texts every run, for comparing a rewritten scanner with the regex it replaces.
 */
export function* pieceTexts(pieces: readonly string[], seed: number, count: number): Generator<string> {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state;
  };
  for (let i = 0; i < count; i++) {
    let t = '';
    for (let j = next() % 30; j >= 0; j--) t += pieces[next() % pieces.length];
    yield t;
  }
}

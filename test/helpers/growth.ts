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

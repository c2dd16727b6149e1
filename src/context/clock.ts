// Time as the program sees it: injected so tests can fix "now" and nothing reads the system clock directly.

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(iso: string): Clock {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) throw new Error(`fixedClock: not a date: ${iso}`);
  return { now: () => new Date(at.getTime()) };
}

/** Today's date (UTC) as yyyy-mm-dd. */
export function isoDate(at: Date): string {
  return at.toISOString().slice(0, 10);
}

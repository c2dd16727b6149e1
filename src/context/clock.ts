// Time as the program sees it: injected so tests can fix "now" and nothing reads the system clock directly.
import { osloIsoDate } from '../domain/local-time.js';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(iso: string): Clock {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) throw new Error(`fixedClock: not a date: ${iso}`);
  return { now: () => new Date(at.getTime()) };
}

/**
 * The desk's date at an instant, as yyyy-mm-dd: the calendar day in Oslo, not in UTC. Between midnight
 * and 01:00 (02:00 in summer) Oslo time the two differ, and "today" (a completion's date, what has
 * expired, a renewal's due date) is the day the agent and the learner live in.
 */
export function isoDate(at: Date): string {
  return osloIsoDate(at);
}

// Review of the first merged branches: faults found by driving the built CLI, each pinned here.
import { describe, expect, it } from 'vitest';
import { parseName } from '../../src/domain/learner.js';

describe('review1: a national ID typed where a name belongs is not read back', () => {
  // The guided FAQ entry's 'First name to greet' refused '151086 950 77' quoting it whole.
  for (const typed of ['15108695077', '151086 950 77', 'Ola 15108695077', '.151086 950 77']) {
    it(`refuses ${JSON.stringify(typed)} without its digits`, () => {
      const r = parseName(typed, 'the first name');
      expect(r.ok).toBe(false);
      const shown = r.ok ? '' : `${r.text?.in('en') ?? ''} ${r.text?.in('nb') ?? ''} ${r.error}`;
      expect(shown).not.toMatch(/950\s?77/);
      expect(shown).toContain('the first name');
    });
  }
});

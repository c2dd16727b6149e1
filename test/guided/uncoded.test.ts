// What the guided mode may still say in English: the refusals (UserErrors built from plain English text,
// not from the message catalogue) left in the workflows and rules it calls. The list is the work left;
// a file coded since must leave it, and a file that gains a plain-text refusal must be coded or listed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

/** The folders whose refusals reach an agent through the guided mode. */
const FOLDERS = [
  'src/workflows',
  'src/workflows/companies',
  'src/guided',
  'src/guided/flows',
  'src/domain',
  'src/domain/companies',
];

/** File → plain-text refusals left (the guided W10, W13, W14, W15 and W20 flows reach most of them). */
const REMAINING: Readonly<Record<string, number>> = {};

const PLAIN_REFUSAL = /new (?:User|Usage|NotFound|Conflict|Policy)Error\(\s*[`'"]/g;

describe('refusals not yet in the message catalogue', () => {
  it('are exactly the ones listed as work left', () => {
    const found: Record<string, number> = {};
    for (const folder of FOLDERS) {
      for (const name of readdirSync(join(ROOT, folder))) {
        if (!name.endsWith('.ts')) continue;
        const path = `${folder}/${name}`;
        const count = readFileSync(join(ROOT, path), 'utf8').match(PLAIN_REFUSAL)?.length ?? 0;
        if (count > 0) found[path] = count;
      }
    }
    expect(found).toEqual(REMAINING);
  });
});

/**
 * File → say(nb, en) calls left in the guided mode with their words written in the flow. Words alone are
 * guided-says.* codes, words about a learner, course or company guided-asks.* codes, said with said().
 */
const SAY_REMAINING: Readonly<Record<string, number>> = {};

const INLINE_SAY = /(?<![\w.])say\(\s*[\w.]+,\s*[`'"]/g;
const WORDS_ONLY_SAY = /(?<![\w.])say\(\s*[\w.]+,\s*(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`$]*`)\s*,/g;

describe('the guided mode’s own words', () => {
  it('are catalogue codes: no say() with words written in the flow is left', () => {
    const found: Record<string, number> = {};
    let wordsOnly = 0;
    for (const folder of ['src/guided', 'src/guided/flows']) {
      for (const name of readdirSync(join(ROOT, folder))) {
        if (!name.endsWith('.ts')) continue;
        const path = `${folder}/${name}`;
        const source = readFileSync(join(ROOT, path), 'utf8');
        const count = source.match(INLINE_SAY)?.length ?? 0;
        if (count > 0) found[path] = count;
        wordsOnly += source.match(WORDS_ONLY_SAY)?.length ?? 0;
      }
    }
    expect(wordsOnly).toBe(0);
    expect(found).toEqual(SAY_REMAINING);
  });
});

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

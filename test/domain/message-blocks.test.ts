// The catalogue is the blocks spread into one object, so a code defined in two blocks silently keeps
// the later text and changes what the earlier one printed. Each code is defined once, in one block.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const FOLDER = join(process.cwd(), 'src', 'domain', 'messages');

/** Every `'code': entry(` in the block files, with the file it is in. */
function definitions(): { code: string; file: string }[] {
  return readdirSync(FOLDER)
    .filter((f) => f.endsWith('.ts'))
    .flatMap((file) =>
      [...readFileSync(join(FOLDER, file), 'utf8').matchAll(/^ {2}'([a-z0-9.-]+)': entry\b/gm)].map((m) => ({
        code: m[1] as string,
        file,
      })),
    );
}

describe('message blocks', () => {
  it('define each code once', () => {
    const found = definitions();
    expect(found.length).toBeGreaterThan(400);
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const { code, file } of found) {
      const first = seen.get(code);
      if (first !== undefined) twice.push(`${code} (${first}, ${file})`);
      else seen.set(code, file);
    }
    expect(twice).toEqual([]);
  });
});

// The config file's refusals that the second fuzz pass asked for: a file nested past the YAML library's
// recursion, and a file of binary bytes, each one coded line naming the file and what to do.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfigFile } from '../../src/context/config.js';
import { UserError } from '../../src/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'kursdesk-config-hostile-'));
let n = 0;

async function refusal(contents: string | Buffer): Promise<{ path: string; error: UserError }> {
  const path = join(dir, `config-${n++}`);
  writeFileSync(path, contents, { mode: 0o600 });
  const error = await readConfigFile(path).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return { path, error: error as UserError };
}

describe('a config file nested too deeply', () => {
  it.each([
    ['flow lists', `profiles:\n  a: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`],
    ['flow mappings', `profiles:\n  a: ${'{b: '.repeat(60_000)}1${'}'.repeat(60_000)}\n`],
    ['block sequences', `profiles:\n  a:\n    ${'- '.repeat(200_000)}x\n`],
  ])('of %s is refused by name with what a config file is (exit 1)', async (_, contents) => {
    const { path, error } = await refusal(contents);
    expect(error.text?.code).toBe('config.too-deep');
    expect(error.exitCode).toBe(1);
    expect(error.message).toContain(`config file ${path} is nested too deeply to read`);
    expect(error.message).toContain('kursdesk config --help');
    expect(error.message).not.toMatch(/call stack/i);
  });
});

describe('a config file that is not text', () => {
  it('of seeded random bytes is refused by name, not read as settings', async () => {
    let seed = 7;
    const bytes = Buffer.from(
      Array.from({ length: 2048 }, () => {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        return seed >> 16;
      }),
    );
    const { path, error } = await refusal(bytes);
    expect(error.text?.code).toBe('config.not-text');
    expect(error.exitCode).toBe(1);
    expect(error.message).toContain(`config file ${path} is not text`);
  });

  it('with a NUL byte in otherwise good YAML is refused, and says so', async () => {
    const { error } = await refusal(Buffer.from('profiles:\n  desk:\n    agent: anna\u0000\n'));
    expect(error.text?.code).toBe('config.not-text');
    expect(error.message).toContain('it holds NUL bytes');
  });

  it('in Latin-1 (not UTF-8) is refused with the encoding to save it in', async () => {
    const { error } = await refusal(Buffer.from('profiles:\n  desk:\n    agent: Bj\xf8rn\n', 'latin1'));
    expect(error.message).toContain('it is not UTF-8');
    expect(error.message).toContain('save it as UTF-8 YAML');
  });

  it('a good UTF-8 file is still read', async () => {
    const path = join(dir, 'good');
    writeFileSync(path, 'profile: desk\nprofiles:\n  desk:\n    agent: Bjørn\n', { mode: 0o600 });
    expect((await readConfigFile(path)).profiles.desk).toEqual({ agent: 'Bjørn' });
  });
});

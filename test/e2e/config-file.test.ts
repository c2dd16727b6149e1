// The built program with a config file: the YAML library reaches the bundle as CommonJS, so a config
// file must work through bin/kursdesk itself (it was an internal error there while every in-process
// test passed), and a hostile file is one plain line, not a crash.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin } from '../helpers/e2e.js';

function configHome(text: string): string {
  const home = mkdtempSync(join(tmpdir(), 'kursdesk-config-'));
  mkdirSync(join(home, 'kursdesk'));
  writeFileSync(join(home, 'kursdesk', 'config'), text, { mode: 0o600 });
  return home;
}

describe('a config file read by the built program', () => {
  it('a profile setting is read (config get)', async () => {
    const home = configHome('profiles:\n  default:\n    portal_url: https://kurs.example.no\n');
    const run = await runBin(['config', 'get', 'portal_url'], { env: { XDG_CONFIG_HOME: home } });
    expect(run).toMatchObject({ code: 0, stdout: 'https://kurs.example.no\n' });
  });

  it('a "billion laughs" file of nested aliases is refused in one line', async () => {
    const lines = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    const names = 'abcdefghij';
    for (let i = 1; i < names.length; i++) {
      lines.push(
        `${names[i]}: &${names[i]} [${Array(9)
          .fill(`*${names[i - 1]}`)
          .join(', ')}]`,
      );
    }
    lines.push('profiles:\n  default:\n    agent: *j');
    const home = configHome(`${lines.join('\n')}\n`);
    const run = await runBin(['config', 'get', 'portal_url'], { env: { XDG_CONFIG_HOME: home } });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^kursdesk: config file .*: its aliases \(\*name\) expand too far/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});

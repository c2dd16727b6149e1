// `kursdesk --help` and the help of every noun and verb fit an 80-column terminal.
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/commands/registry.js';
import { runCli } from '../helpers/cli.js';

async function verbsOf(noun: string): Promise<string[][]> {
  const entry = COMMANDS.find((c) => c.name === noun)!;
  const program = new Command('kursdesk');
  await (await entry.load()).register(program, async () => {});
  const walk = (command: Command, path: string[]): string[][] =>
    command.commands.flatMap((sub) => [[...path, sub.name()], ...walk(sub, [...path, sub.name()])]);
  return walk(program, []);
}

function tooWide(text: string): string[] {
  return text.split('\n').filter((line) => line.length > 79);
}

describe('help fits 80 columns', () => {
  it('kursdesk --help', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--no-pager');
    expect(tooWide(run.stdout)).toEqual([]);
  });

  it('every noun and verb', async () => {
    const wide: string[] = [];
    let verbs = 0;
    for (const { name } of COMMANDS) {
      for (const path of await verbsOf(name)) {
        verbs += 1;
        const run = await runCli([...path, '--help']);
        expect(run.code, path.join(' ')).toBe(0);
        for (const line of tooWide(run.stdout)) wide.push(`${path.join(' ')}: ${line}`);
      }
    }
    expect(verbs).toBeGreaterThan(40);
    expect(wide).toEqual([]);
  }, 120_000);
});

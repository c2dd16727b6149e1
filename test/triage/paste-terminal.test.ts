// `kursdesk triage` at a terminal with nothing piped in: the agent pastes the ticket where the prompt
// asks for it (the guided mode's reader), and it is triaged as the same text piped in would be.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const PASTE = [
  'Fra: Kari Nordmann <kari.nordmann@bygg.no>',
  'Emne: Glemt passord',
  '',
  'Hei! Jeg har glemt passordet mitt. Fødselsnummeret er 15108695088.',
  'Mvh Kari Nordmann',
].join('\r');

describe('kursdesk triage at a terminal', () => {
  it('asks for the paste, echoes a national ID masked, and triages it as the same text piped in', async () => {
    const [atTerminal, piped] = await Promise.all([
      runCli(['triage', '--format', 'json'], { tty: true, stdin: `\u001b[200~${PASTE}\u001b[201~\u0004` }),
      runCli(['triage', '-', '--format', 'json'], { stdin: PASTE.replace(/\r/g, '\n') }),
    ]);
    expect(atTerminal.code, atTerminal.stderr).toBe(0);
    expect(atTerminal.stderr).toContain('? Paste the ticket');
    expect(atTerminal.stderr).toContain('Fødselsnummeret er 151086 *****.');
    expect(atTerminal.stderr).not.toContain('95088');
    expect(atTerminal.stderr).toContain('stdin: pasted text, not an e-mail; sender and subject');
    expect(JSON.parse(atTerminal.stdout)).toEqual(JSON.parse(piped.stdout));
    expect(JSON.parse(atTerminal.stdout)).toMatchObject({ input: 'paste', subject: 'Glemt passord' });
  });

  it('asks in bokmål when the agent speaks it, and Ctrl-C cancels with exit 130', async () => {
    const run = await runCli(['triage'], { tty: true, stdin: 'Hei\r\u0003', env: { KURSDESK_LANG: 'nb' } });
    expect(run.code).toBe(130);
    expect(run.stderr).toContain('? Lim inn henvendelsen');
    expect(run.stdout).toBe('');
  });
});

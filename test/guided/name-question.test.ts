// The guided mode's name question (W1's "Full name as the person wrote it"): text that is plainly no
// name (a pasted subject line, a question, an e-mail address, a number) is refused with a coded reason
// and asked again; real names with particles, hyphens, apostrophes and accents pass unchanged.
import { afterAll, describe, expect, it } from 'vitest';
import { parseFullName } from '../../src/domain/full-name.js';
import { reasonIn } from '../../src/domain/parse-result.js';
import { forgotEmail } from '../../src/guided/flows/account.js';
import type { Session } from '../../src/guided/session.js';
import type { GuidedTerminal } from '../../src/guided/terminal.js';
import { removeScratch } from '../fixtures/support.js';
import { DIALECTS, stopTestServers } from '../helpers/databases.js';
import { useDemoDatabase } from '../helpers/demo-db.js';
import { testDeps } from '../helpers/deps.js';
import { type Step, scriptedSession } from './script.js';

afterAll(async () => {
  removeScratch();
  await stopTestServers();
});

describe('what the name question refuses', () => {
  it.each([
    ['Emne: firma id??', /subject line or a label/],
    ['Subject: cannot log in', /subject line or a label/],
    ['Navn: Kari Nordmann', /subject line or a label/],
    ['Hvordan logger jeg inn?', /question/],
    ['What is my user name', /sentence/],
    ['jeg har glemt passordet', /sentence/],
    ['kari.nordmann@nordbane.test', /e-mail address/],
    ['15108695088', /digits/],
    ['4471', /digits/],
    ['Kari Nordmann 15.10.86', /digits/],
  ])('%s', (typed, why) => {
    const r = parseFullName(typed);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(reasonIn(r, 'en')).toMatch(why);
    expect(reasonIn(r, 'en')).toMatch(/is not a name|has no digits/);
    expect(reasonIn(r, 'nb')).toMatch(/ikke et navn|ingen sifre/);
    // The typed text is never read back: it may be a national ID or an address.
    expect(reasonIn(r, 'en')).not.toContain(typed);
    expect(reasonIn(r, 'nb')).not.toContain(typed);
  });
});

describe('what the name question takes', () => {
  it.each([
    'Kari Nordmann',
    'Tomás da Silva',
    'Anne-Marie O’Neill',
    "Siobhán O'Brien",
    'Jan van der Berg',
    'Åse Ødegård Bø',
    'Nguyễn Văn An',
    'Ole J. Hansen',
    'Maria Isabel dos Santos Pereira',
    'My Lindqvist',
    'Kan Yilmaz',
    'Per af Klinteberg',
    'Kari',
  ])('%s', (typed) => {
    expect(parseFullName(typed)).toEqual({ ok: true, value: typed });
  });
});

describe.each(DIALECTS)('the guided W1 on %s', (dialect) => {
  const t = useDemoDatabase(dialect);

  it('asks again when the answer is no name, and searches with the name typed next', async () => {
    const steps: Step[] = [
      [/Full name/, 'Emne: firma id??'],
      [/Full name/, 'kari.nordmann@nordbane.test'],
      [/Full name/, 'Kari Nordmann'],
      [/Birth date/, '15.10.86'],
      [/e-mail addresses/, 'kari.nordmann@nordbane.test'],
      [/Reply to paste/, 'no reply'],
      [/now\?/, false],
    ];
    const script = scriptedSession(testDeps(t.db), steps, { lang: 'en' });
    // As the terminal does: a refused answer is shown under the question, which is asked again.
    const refusals: string[] = [];
    const term: GuidedTerminal = script.session.term;
    const session: Session = {
      ...script.session,
      term: {
        ...term,
        async input(message: string, options?: Parameters<GuidedTerminal['input']>[1]) {
          for (;;) {
            try {
              return await term.input(message, options);
            } catch (e) {
              const said = String((e as Error).message);
              if (!said.includes('refused')) throw e;
              refusals.push(said.replace(/^.*refused: /, ''));
            }
          }
        },
      },
    };
    await forgotEmail(session);
    expect(script.left()).toEqual([]);
    expect(refusals).toHaveLength(2);
    expect(refusals[0]).toMatch(/is not a name/);
    expect(refusals[1]).toMatch(/an e-mail address is not a name/);
    expect(script.shown()).toMatch(/Kari Nordmann/);
  });
});

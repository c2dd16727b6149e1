// Loose ends of the guided mode a new agent met: the reply after an erasure (W20), the greeting of a
// double given name, a pasted ticket's echo wrapped at word boundaries, and the name question's refusals.
import { afterAll, describe, expect, it } from 'vitest';
import { personalData } from '../../src/guided/flows/privacy.js';
import { removeScratch } from '../fixtures/support.js';
import { DIALECTS, stopTestServers } from '../helpers/databases.js';
import { useDemoDatabase } from '../helpers/demo-db.js';
import { testDeps } from '../helpers/deps.js';
import { NO_FACTS } from '../helpers/ticket-facts.js';
import { flowRunner, type Step, scriptedSession } from './script.js';

afterAll(async () => {
  removeScratch();
  await stopTestServers();
});

describe.each(DIALECTS)('guided loose ends on %s', (dialect) => {
  const t = useDemoDatabase(dialect);

  const run = flowRunner(t);

  it('W20 erasure: after the commands, the reply saying the account is deleted (nb, nn, en)', async () => {
    const steps = (reply: string): Step[] => [
      [/Bruker|Learner/, 'erik.aasen => Erik Aasen'],
      [/Hva ber personen om|What does the person ask/, reply === 'English' ? 'Erasure' : 'Sletting'],
      [/Kommer henvendelsen fra|Does the request come from/, true],
      [/Saksnummer|Ticket/, 'SUP-7030'],
      [/Svar til å lime inn|Reply to paste/, reply],
    ];
    const nb = await run(personalData, steps('bokmål'));
    // The reply comes after both commands, so the agent runs them before sending it.
    const shown = nb.shown();
    expect(shown.indexOf('Vi har slettet kontoen din')).toBeGreaterThan(shown.lastIndexOf('privacy erase'));
    expect(nb.out()).toContain('Hei Erik');
    expect(nb.out()).toContain('Vi har slettet kontoen din i kursportalen');
    const nn = await run(personalData, steps('nynorsk'));
    expect(nn.out()).toContain('Vi har sletta kontoen din i kursportalen');
    const en = await run(personalData, steps('English'), 'en');
    expect(en.out()).toContain('We have deleted your account in the course portal');
  });
});

describe.each(DIALECTS)('the greeting of a double given name on %s', (dialect) => {
  const t = useDemoDatabase(dialect);

  it('a ticket signed "Per Kristian" is greeted "Hei Per Kristian", as triage does; unsigned, the first word', async () => {
    const steps: Step[] = [
      [/Bruker/, 'per.kristian => Per Kristian Lunde'],
      [/Hva ber personen om/, 'Bare spørsmål'],
      [/Svar til å lime inn/, 'bokmål'],
    ];
    const signed = scriptedSession(testDeps(t.db), steps, { lang: 'nb' });
    signed.session.hints = {
      ...NO_FACTS,
      names: [{ full: 'Per Kristian Lunde', given: 'Per Kristian', family: 'Lunde', source: 'signature' }],
    };
    await personalData(signed.session);
    expect(signed.left()).toEqual([]);
    expect(signed.out()).toContain('Hei Per Kristian,');
    const unsigned = scriptedSession(testDeps(t.db), steps, { lang: 'nb' });
    await personalData(unsigned.session);
    expect(unsigned.out()).toContain('Hei Per,');
  });
});

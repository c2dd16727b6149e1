// The guided W10, W13, W14, W15 and W20 flows walked in bokmål: every question, every choice and every
// summary line the agent reads is bokmål (the commands offered to paste and the replies aside), and the
// same walks in English ask in English.
import { afterAll, describe, expect, it } from 'vitest';
import { courseFull } from '../../src/guided/flows/courses.js';
import { certificate, stillNeeded } from '../../src/guided/flows/learning.js';
import { personalData } from '../../src/guided/flows/privacy.js';
import { accountType } from '../../src/guided/flows/profile.js';
import { removeScratch } from '../fixtures/support.js';
import { DIALECTS, stopTestServers } from '../helpers/databases.js';
import { useDemoDatabase } from '../helpers/demo-db.js';
import { flowRunner, type ScriptedSession } from './script.js';

afterAll(async () => {
  removeScratch();
  await stopTestServers();
});

/**
 * English words a bokmål agent must not meet in a question, a choice or a summary. Account types are
 * among them: in bokmål they are gratis, full and fører.
 */
const ENGLISH =
  /\b(the|is|and|or|from|of|with|change|learner|account|free|driver|employer|course|date|unit|booked|enrol|waitlist|certificate|passed|valid|yes)\b/i;

/** What the agent reads of the flow itself: the replies between rulers and the commands to paste left out. */
function flowText(run: ScriptedSession): string {
  const lines: string[] = [];
  let inReply = false;
  for (const line of run.shown().split('\n')) {
    if (/^─{10,}/.test(line.trim()) || /^-{10,}/.test(line.trim())) {
      inReply = !inReply;
      continue;
    }
    if (inReply || line.trim().startsWith('$ kursdesk') || /^\s+--/.test(line)) continue;
    lines.push(line);
  }
  return lines.join('\n');
}

/** The English words found, each with the line it is on. */
function englishIn(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => ENGLISH.test(line.replace(/\S+@\S+|https?:\/\/\S+|[A-ZÆØÅ]+-\d+/g, '')))
    .map((line) => line.trim());
}

describe.each(DIALECTS)('the guided flows in bokmål on %s', (dialect) => {
  const t = useDemoDatabase(dialect);

  const walk = flowRunner(t);

  it('W10: the question, the types offered and the summary are bokmål (gratis, full, fører)', async () => {
    const w10 = await walk(accountType, [
      [/Bruker/, 'andreas.lonning => Andreas'],
      [/Ny kontotype/, 'Fører'],
      [/Hjemmedepot/, 'Narvik'],
      [/Førerbevisnummer/, 'ingen'],
      [/Endre .* fra gratis til fører\?/, true],
      [/Saksnummer/, 'SUP-7100'],
      [/Svar til å lime inn/, 'ikke noe svar'],
    ]);
    expect(englishIn(flowText(w10))).toEqual([]);
    expect(w10.shown()).toMatch(/nå\s+fører/);
  });

  it('W13, W14, W15 and W20: no English in what the agent reads', async () => {
    const runs = [
      await walk(courseFull, [
        [/Bruker/, 'lars.bjerke => Lars Bjerke'],
        [/Kurs/, 'SV-300 => SV-300'],
        [/Hvilken dato/, 'Ingen passer'],
        [/Ønsket sted/, 'Bodø'],
        [/Registrere ønsket/, true],
        [/Saksnummer/, 'SUP-7101'],
        [/Svar til å lime inn/, 'ikke noe svar'],
      ]),
      await walk(stillNeeded, [
        [/Bruker/, 'ola.hansen-braten => Ola Åsmund'],
        [/Svar til å lime inn/, 'ikke noe svar'],
        [/Melde på en dato for FØR-500/, false],
      ]),
      await walk(certificate, [
        [/Bruker/, 'erik.aasen => Erik Aasen'],
        [/Svar til å lime inn/, 'ikke noe svar'],
      ]),
      await walk(personalData, [
        [/Bruker/, 'erik.aasen => Erik Aasen'],
        [/Hva ber personen om/, 'Sletting'],
        [/Kommer henvendelsen fra/, true],
        [/Saksnummer/, 'SUP-7102'],
        [/Svar til å lime inn/, 'ikke noe svar'],
      ]),
    ];
    for (const run of runs) expect(englishIn(flowText(run))).toEqual([]);
  });

  it('W10 in English asks in English', async () => {
    const w10 = await walk(
      accountType,
      [
        [/Learner/, 'andreas.lonning => Andreas'],
        [/New account type/, 'Full catalogue'],
        [/Change .* from (free|driver) to full\?/, false],
      ],
      'en',
    );
    expect(w10.shown()).not.toMatch(/Ny kontotype|Endre|gratis|fører/);
  });
});

// A new agent's walk through the guided mode (walk15): what walk14 left open. A pasted ticket's sender
// answers "is it from the person?", replies say only what is true when they are pasted.
import { afterAll, describe, expect, it } from 'vitest';
import { triageTicket } from '../../src/domain/triage/triage.js';
import { pastedTicket } from '../../src/guided/flows/ticket.js';
import { entries } from '../../src/guided/menu.js';
import { pastedTicketReader } from '../../src/guided/ticket-reader.js';
import { readTicket } from '../../src/workflows/triage/read-message.js';
import { removeScratch } from '../fixtures/support.js';
import { DIALECTS, stopTestServers } from '../helpers/databases.js';
import { useDemoDatabase } from '../helpers/demo-db.js';
import { testDeps } from '../helpers/deps.js';
import { type Step, scriptedSession } from './script.js';

afterAll(async () => {
  removeScratch();
  await stopTestServers();
});

const read = pastedTicketReader({ readTicket, triageTicket }, () => '2026-12-07');

const ERASE_ME = (from: string) => `From: Erik Aasen <${from}>
Subject: slett meg

Hei, jeg vil at dere sletter kontoen min og alt dere har lagret om meg.

Erik Aasen
`;

describe.each(DIALECTS)('walk15 on %s', (dialect) => {
  const t = useDemoDatabase(dialect);

  const paste = async (raw: string, steps: Step[]) => {
    const script = scriptedSession(testDeps(t.db), [[/Paste the ticket/, raw], ...steps], {
      lang: 'en',
      replyLang: 'en',
    });
    await pastedTicket(script.session, read, entries({ readTicket: read }));
    expect(script.left()).toEqual([]);
    return script;
  };

  it('an erasure asked from the login itself is not asked "does it come from …?" (the ticket says)', async () => {
    const run = await paste(ERASE_ME('Erik.Aasen@jaeren-maskin.test'), [
      [/Continue with/, true],
      [/Learner/, ' => Erik Aasen'],
      [/What does the person ask/, 'Erasure'],
      [/Ticket reference/, 'SUP-7040'],
      [/Reply to paste/, true],
    ]);
    expect(run.shown()).toMatch(/privacy erase 317/);
  });

  it('an erasure asked from another address gets the reply asking them to write from the login, unasked', async () => {
    const run = await paste(ERASE_ME('erik1969@privat.test'), [
      [/Continue with/, true],
      [/Learner/, ' => Erik Aasen'],
      [/What does the person ask/, 'Erasure'],
      [/Reply to paste/, true],
    ]);
    expect(run.shown()).not.toMatch(/privacy erase/);
  });
});

// facts14: triage's facts after the thirteenth blind set. One convention for a mistyped national ID in
// every labelled set and the scorer (it is no found ID); names introduced by "… her" / "this is …" from a
// role mailbox; the login the text names; a forwarder on the list they forward; table headers; list
// lines with their birth dates; "issued to …"; the main ask marked anywhere; names out of the topic model.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNationalId, writtenNationalIdsIn } from '../../src/domain/national-id.js';
import type { TriageResult } from '../../src/domain/triage/types.js';
import { NO_FACTS } from '../helpers/ticket-facts.js';
import { scoreTickets } from './score.js';
import { type LabelledTicket, loadTickets, TICKET_TODAY } from './tickets.js';

describe('a mistyped national ID is no found ID, in the labels and the scorer alike', () => {
  const validIdIn = (text: string) =>
    writtenNationalIdsIn(text).some(
      (id) =>
        parseNationalId(id.digits, { allowSynthetic: true, allowHNumber: true, today: TICKET_TODAY }).ok,
    );

  it('every labelled set sets nationalId exactly when the ticket holds a valid one', () => {
    const dir = import.meta.dirname;
    const wrong: string[] = [];
    for (const set of readdirSync(dir).filter((d) => /^blind\d*$|^tickets$/.test(d)))
      for (const t of loadTickets(join(dir, set)))
        if ((t.expect.nationalId ?? false) !== validIdIn(`${t.subject}\n${t.body}`)) wrong.push(t.id);
    expect(wrong).toEqual([]);
  });

  it('the scorer counts a mistyped finding as none', async () => {
    const ticket: LabelledTicket = {
      id: 'mistyped',
      lang: 'nb',
      topics: ['W1'],
      subject: 'Konto',
      body: 'Fødselsnummer: 05129846251',
      expect: {},
    };
    const mistyped: TriageResult = {
      ticket: '',
      subject: 'Konto',
      language: 'nb',
      topics: [{ topic: 'W1', confidence: 1, because: [] }],
      facts: { ...NO_FACTS, nationalId: { masked: '051298 *****', birthDate: '1998-12-05', mistyped: true } },
      missing: [],
      commands: [],
    };
    const score = await scoreTickets([{ ticket, index: 0 }], async () => mistyped);
    expect(score.facts.nationalId).toMatchObject({ tp: 0, fp: 0, fn: 0 });
  });
});

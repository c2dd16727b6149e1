// A new bokmål-speaking agent pastes tickets of every FAQ question into the guided mode. The questions the
// FAQ answers with its text alone (how to register, no HMS card, Firma-ID, Bane NOR staff, how to log in,
// changing a known password) have no flow of their own: the guided mode must still give the FAQ's answer,
// the one `triage --answer` gives, in the ticket's language, not leave the agent with only "back to the
// menu". The tickets are read with the real triage reader, as the command wires it.
import type { KyselyPlugin } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { isoDate } from '../../src/context/clock.js';
import type { Db } from '../../src/db/connect.js';
import { triageTicket } from '../../src/domain/triage/triage.js';
import { cannotFindCourse, courseFull } from '../../src/guided/flows/courses.js';
import { pastedTicket } from '../../src/guided/flows/ticket.js';
import { entries } from '../../src/guided/menu.js';
import { pastedTicketReader } from '../../src/guided/ticket-reader.js';
import { readTicket } from '../../src/workflows/triage/read-message.js';
import { answerTicket } from '../../src/workflows/triage-answer.js';
import { removeScratch } from '../fixtures/support.js';
import { DIALECTS, stopTestServers } from '../helpers/databases.js';
import { useDemoDatabase } from '../helpers/demo-db.js';
import { testDeps } from '../helpers/deps.js';
import { type Step, scriptedSession } from './script.js';

afterAll(async () => {
  removeScratch();
  await stopTestServers();
});

const read = pastedTicketReader({ readTicket, triageTicket }, () =>
  isoDate(new Date('2026-12-07T09:00:00Z')),
);

/** The same database, with every query it is sent counted (the look-ups a step makes). */
function countingQueries(db: Db): { db: Db; queries(): number } {
  let queries = 0;
  const counter: KyselyPlugin = {
    transformQuery: (args) => {
      queries += 1;
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  return { db: { ...db, kysely: db.kysely.withPlugin(counter) }, queries: () => queries };
}

describe.each(DIALECTS)('walk-nb: a pasted FAQ question with no flow of its own, on %s', (dialect) => {
  const t = useDemoDatabase(dialect);

  const paste = async (mail: string, steps: Step[]) => {
    const script = scriptedSession(testDeps(t.db), [[/Lim inn/, mail], ...steps], { lang: 'nb' });
    await pastedTicket(script.session, read, entries({}));
    expect(script.left()).toEqual([]);
    return script;
  };

  it('Firma-ID: the FAQ answer is offered first and given in bokmål, greeting the writer', async () => {
    const run = await paste(
      [
        'Emne: firma id??',
        '',
        'Hei, når jeg skal registrere meg spør den etter noe som heter firma-id. Hva er dette?',
        'Hilsen Tone Bakke',
      ].join('\n'),
      [
        [/Fortsette med/, true],
        [/Svar til å lime inn/, true],
      ],
    );
    expect(run.shown()).toContain('> Svar med FAQ-ens svar');
    // No English topic word on the bokmål screen.
    expect(run.shown()).toMatch(/temaer\s+registrering \d+%/);
    expect(run.out()).toMatch(/── svar \(bokmål\) ─+\nHei Tone,/);
    expect(run.out()).toContain('«Firma-ID»');
    expect(run.out()).toMatch(/Chrome/);
  });

  it('no HMS card, in nynorsk: the answer is offered in nynorsk first', async () => {
    const run = await paste(
      [
        'Emne: manglar HMS-kort',
        '',
        'Hei! Eg har ikkje noko HMS-kort enno. Kvar får eg tak i det? Eg treng det for å registrere meg.',
        'Helsing Sindre Vik',
      ].join('\n'),
      [
        [/Fortsette med/, 'FAQ'],
        [/Svar til å lime inn/, true],
      ],
    );
    expect(run.out()).toMatch(/── svar \(nynorsk\) ─+\nHei Sindre,/);
    expect(run.out()).toMatch(/HMS-kort/);
    expect(run.out()).toContain('Venleg helsing');
  });

  it('how to log in (a login question under W3): the FAQ answer, not only a link flow', async () => {
    const run = await paste(
      [
        'Emne: Hvordan logge inn',
        '',
        'Hei, jeg har laget bruker og passord, men hva er brukernavnet mitt når jeg skal logge inn?',
        'Mvh Olav Berg',
      ].join('\n'),
      [
        [/Fortsette med/, true],
        [/Svar til å lime inn/, 'bokmål'],
      ],
    );
    expect(run.out()).toMatch(/Hei Olav,\n\nBrukernavnet ditt i kursportalen er e-postadressen/);
  });

  it('a register question (W9): the FAQ answer in three languages costs the look-ups of one answer', async () => {
    const mail =
      'Hei, vi skal snart søke om å bli kunde. Står vi i ELMA, så vi slipper å sende faktura-adresse? Orgnr 974760673.';
    const guided = countingQueries(t.db);
    const script = scriptedSession(
      testDeps(guided.db),
      [
        [/Lim inn/, mail],
        [/Fortsette med/, 'Tilbake til menyen'],
      ],
      { lang: 'nb' },
    );
    await pastedTicket(script.session, read, entries({}));
    expect(script.left()).toEqual([]);
    expect(script.shown()).toContain('Svar med FAQ-ens svar');
    const once = countingQueries(t.db);
    await answerTicket(testDeps(once.db), await read(mail));
    expect(once.queries()).toBeGreaterThan(0);
    expect(guided.queries()).toBe(once.queries());
  });

  it('a ticket a flow answers (forgot password) is not offered the FAQ text instead', async () => {
    const run = await paste('Hei, jeg har glemt passordet mitt. trond.strand93@epost.test\nTrond', [
      [/Fortsette med/, 'Tilbake til menyen'],
    ]);
    expect(run.shown()).not.toContain('FAQ-ens svar');
    expect(run.shown()).toContain('Har glemt passordet');
  });

  it('no dates: once the wish for a new date is recorded, the reply says so (and where), not "ask for one yourself"', async () => {
    const script = scriptedSession(
      testDeps(t.db),
      [
        [/Bruker/, 'Jon Knut Pedersen => Jon Knut Pedersen'],
        [/Kurs \(kode/, 'SKI-610 => SKI-610'],
        [/Be om en ny dato/, true],
        [/Ønsket sted/, 'Bergen'],
        [/Registrere ønsket om ny dato for SKI-610/, true],
        [/Saksnummer/, 'SAK-13'],
        [/Svar til å lime inn/, 'bokmål'],
      ],
      { lang: 'nb' },
    );
    await courseFull(script.session);
    expect(script.left()).toEqual([]);
    expect(script.out()).toMatch(
      /Vi har registrert ønsket ditt om en ny dato for SKI-610 Skifting og\s+skifteleder i\s+Bergen/,
    );
    expect(script.out()).not.toContain('Du kan be om en ny dato selv');
  });

  it('an e-learning course has no dates: neither flow offers a date or a request that would be refused', async () => {
    const steps: Step[] = [
      [/Bruker/, 'Petter Lunde => Petter Lunde'],
      [/Kurs \(kode/, 'ELS-700 => ELS-700'],
      [/Svar til å lime inn/, 'bokmål'],
    ];
    const find = scriptedSession(testDeps(t.db), steps, { lang: 'nb' });
    await cannotFindCourse(find.session);
    expect(find.left()).toEqual([]);
    expect(find.shown()).not.toContain('Melde på en dato');
    const full = scriptedSession(testDeps(t.db), steps, { lang: 'nb' });
    await courseFull(full.session);
    expect(full.left()).toEqual([]);
    expect(full.shown()).toContain('ELS-700 er e-læring: ingen datoer eller venteliste');
    expect(full.shown()).not.toMatch(/Be om en ny dato|Hvilken dato/);
    for (const line of full.shown().split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('a certificate for a course not passed: the reply says that course is not passed before listing the rest', async () => {
    const run = await paste(
      'Emne: kursbevis\n\nHei, jeg tok SIK-100 i vår men finner det ikke i læringshistorikken. Trenger beviset til jobben.\nHilsen Trond Strand\n',
      [
        [/Fortsette med/, 'Kursbevis'],
        [/Bruker/, ' => Trond Strand'],
        [/Svar til å lime inn/, 'bokmål'],
      ],
    );
    expect(run.out()).toMatch(/Hei Trond,\n\nSIK-100 står ikke som bestått på kontoen din/);
    expect(run.out()).toContain('HMS-101');
  });
});

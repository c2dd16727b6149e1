// facts13: triage's leftovers after facts12 and triage12. A place written where a title could stand
// ("the Oslo course", "kurset i Bergen") is a place, not a course title; words that say how a name is
// written ("navnet mitt er stavet feil") are no name; the guided course-full list offers the ticket's
// wished place first, as --answer does; a catalogue search is suggested with the documented --user.
import { afterAll, describe, expect, it } from 'vitest';
import { courseTitlesIn, courseWishIn } from '../../src/domain/triage/course-wishes.js';
import { triageTicket } from '../../src/domain/triage/triage.js';
import { courseFull } from '../../src/guided/flows/courses.js';
import { listUnits } from '../../src/workflows/units.js';
import { removeScratch } from '../fixtures/support.js';
import { scriptedSession } from '../guided/script.js';
import { DIALECTS, stopTestServers } from '../helpers/databases.js';
import { useDemoDatabase } from '../helpers/demo-db.js';
import { testDeps } from '../helpers/deps.js';
import { NO_FACTS } from '../helpers/ticket-facts.js';
import { TICKET_DAY, ticketsFrom } from '../helpers/ticket-message.js';

afterAll(async () => {
  removeScratch();
  await stopTestServers();
});

const fromTorunn = ticketsFrom({ address: 'torunn.vik@sporbygg.test', name: 'Torunn Vik' });

describe('a place where a title could stand', () => {
  it.each([
    ['Is there a seat available on the Stavanger course this spring?', 'Stavanger'],
    ['I would like a seat on the Kristiansand training if possible.', 'Kristiansand'],
    ['Finnes det ledig plass på kurset i Tromsø?', 'Tromsø'],
    ['Kurset i Hamar er fullt, kommer det flere datoer i Hamar?', 'Hamar'],
  ])('%s: no title, the place is wished', (written, place) => {
    const titles = courseTitlesIn(written);
    expect(titles).toEqual([]);
    expect(courseWishIn(written, TICKET_DAY, titles).places).toEqual([place]);
  });

  it('a title that only begins with a capital word is still a title', () => {
    expect(courseTitlesIn('Is there a seat on the Signal Basics course in Drammen?')).toEqual([
      'Signal Basics',
    ]);
    expect(courseTitlesIn('Finnes det plass på kurset Arbeid nær spor i Drammen?')).toEqual([
      'Arbeid nær spor',
    ]);
  });
});

describe('words about a name are no name', () => {
  it.each([
    'Hei! Navnet mitt er skrevet feil på kursbeviset. Kan dere rette det?\n\nTorunn Vik',
    'Hello, my name is misspelled on the certificate, could you issue a new one?\n\nTorunn Vik',
    'Hei, namnet mitt er feilstava på kursbeviset.\n\nTorunn Vik',
  ])('%s', (written) => {
    const r = triageTicket(fromTorunn(written, { subject: 'Kursbevis' }), TICKET_DAY);
    expect(r.facts.names.map((n) => n.full)).toEqual(['Torunn Vik']);
  });

  it('a name written in lower case after the same words is still read', () => {
    const r = triageTicket(
      fromTorunn('hei, jeg finner ikke kontoen min. navnet mitt er torunn vik', { subject: 'konto' }),
      TICKET_DAY,
    );
    expect(r.facts.names.map((n) => n.full)).toEqual(['Torunn Vik']);
  });
});

describe('a writer who still reads the old mailbox', () => {
  it.each([
    'Hei igjen! Jeg har fortsatt tilgang til den gamle e-posten, så innloggingen virker. Det er kun arbeidsgiveren som skal byttes til Sporbygg Vest AS.\n\nTorunn',
    // Guard: said in English it led with W5 before as well.
    'Hi again, I still have access to the old email, so the login works. Only the employer must change to Sporbygg Vest AS.\n\nTorunn',
  ])('%s: the employer change leads, not a login move', (written) => {
    const r = triageTicket(fromTorunn(written, { subject: 'SV: Ny jobb' }), TICKET_DAY);
    expect(r.topics[0]?.topic).toBe('W5');
  });
});

describe('the suggested catalogue search', () => {
  it('names the learner with --user, the documented option', () => {
    const r = triageTicket(
      fromTorunn('Hei, jeg ser ikke kurset Sveising av skinner i katalogen. Hilsen Torunn Vik', {
        subject: 'Kurs mangler',
      }),
      TICKET_DAY,
    );
    expect(r.commands).toEqual([
      "kursdesk courses search 'Sveising av skinner' --user torunn.vik@sporbygg.test",
    ]);
  });
});

/** The town of a unit's place ('Lokstallen, Hamar'), as a ticket writes it. */
const city = (place: string) => place.split(', ').at(-1) ?? place;

describe.each(DIALECTS)('the guided course-full list on %s', (dialect) => {
  const t = useDemoDatabase(dialect);

  it('lists the units at the place the ticket wished for first', async () => {
    const units = (await listUnits(testDeps(t.db), { courseCode: 'SV-300', available: false })).filter(
      (u) => u.state === 'open' || u.state === 'full',
    );
    // A place the first unit in date order is not at, so the wish must move its unit up.
    const later = [...units].reverse().find((u) => u.place !== units[0]?.place);
    expect(later).toBeDefined();
    const script = scriptedSession(testDeps(t.db), [
      [/Bruker/, 'petter lunde => Petter Lunde'],
      [/Kurs/, ' => SV-300'],
      [/Hvilken dato/, 'Ingen endring'],
    ]);
    script.session.hints = {
      ...NO_FACTS,
      courseCodes: ['SV-300'],
      wantedPlaces: [city(later!.place)],
    };
    await courseFull(script.session);
    expect(script.left()).toEqual([]);
    const rows = script
      .out()
      .split('\n')
      .filter((line) => /^\s*\d+\s/.test(line));
    expect(rows[0]).toContain(city(later!.place));
  });
});

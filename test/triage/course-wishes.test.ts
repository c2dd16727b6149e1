// A course named by its title and the place and time a person wishes for (W12, W13, W15): triage takes
// them from the ticket, the suggested commands carry them (`courses search '<title>'`, `units list
// --place/--from/--to`, `units request --place/--note`), and no reply asks for a code or a place the
// ticket already gave. The answer (on the demo data, SQLite and PostgreSQL) finds the course by its title
// and offers the wished place's dates first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { courseTitlesIn, courseWishIn } from '../../src/domain/triage/course-wishes.js';
import { triageTicket } from '../../src/domain/triage/triage.js';
import { loadFixture } from '../../src/workflows/fixtures/load.js';
import { answerTicket } from '../../src/workflows/triage-answer.js';
import { loadRequest, removeScratch } from '../fixtures/support.js';
import { DIALECTS, openTestDatabase, stopTestServers, type TestDatabase } from '../helpers/databases.js';
import { testDeps } from '../helpers/deps.js';
import { GROWTH_BOUND, growth } from '../helpers/growth.js';
import { TICKET_DAY, ticket } from '../helpers/ticket-message.js';

afterAll(async () => {
  removeScratch();
  await stopTestServers();
});

describe('a course named by its title', () => {
  it.each([
    ['Jeg finner ikke kurset Sikkerhet ved arbeid i spor i kurskatalogen.', ['Sikkerhet ved arbeid i spor']],
    ['Eg treng kursbevis for kurset «Førstehjelp på anlegg og i spor».', ['Førstehjelp på anlegg og i spor']],
    ['Hi, the Track Safety course is full.', ['Track Safety']],
    ['I passed the course "Safety Watch basics" last year.', ['Safety Watch basics']],
    [
      'Kan jeg melde meg på kurset som heter Arbeidsvarsling i og ved spor?',
      ['Arbeidsvarsling i og ved spor'],
    ],
    ['Kurset Kontaktledningsanlegg er fullt, men jeg vil gjerne ta det i Bodø.', ['Kontaktledningsanlegg']],
    ['Kurset er fullt.', []],
    ['Jeg har tatt kurset SIK-100 og trenger kursbevis.', []],
    ['Kurset i mars passer ikke.', []],
    // Seen in the labelled sets: none of these is a course's title.
    ['KURSET JEG MÅ TA ER FULLT', []],
    ['The course I need is fully booked.', []],
    ['Får ikke tilgang til kurset\nHei, jeg har en gratis bruker.', []],
    ['Eg har sett under «Min profil», men finn det ikkje.', []],
    ['Kursbeviset mitt står med "Terje Langland" men jeg heter Terje Langeland.', []],
    ['I forgot my password for the Norwegian course portal.', []],
    ['men kurset står fortsatt som «pågår».', []],
    ['Jeg ba om ny dato for kurset Banestrøm repetisjon for tre uker siden.', ['Banestrøm repetisjon']],
  ])('%s', (text, titles) => {
    expect(courseTitlesIn(text)).toEqual(titles);
  });
});

describe('the place and time a person wishes for', () => {
  it.each([
    ['Helst i Bergen.', ['Bergen'], undefined],
    [
      'Finnes det ledige plasser? Helst i Bergen, gjerne i mars.',
      ['Bergen'],
      ['2027-03-01', '2027-03-31', 'i mars'],
    ],
    [
      'Vi trenger kurs for tre ansatte, gjerne i Trondheim i mars.',
      ['Trondheim'],
      ['2027-03-01', '2027-03-31', 'i mars'],
    ],
    ['Is there a waitlist? Preferably Oslo, in spring.', ['Oslo'], ['2027-03-01', '2027-05-31', 'in spring']],
    [
      'Eg ønskjer å ta det i Mo i Rana til hausten.',
      ['Mo i Rana'],
      ['2027-09-01', '2027-11-30', 'til hausten'],
    ],
    ['Ønsket sted: Hamar', ['Hamar'], undefined],
    ['Gjerne i desember.', [], ['2026-12-07', '2026-12-31', 'i desember']],
    // A course taken, a department and a case are no wishes.
    ['Jeg tok kurset i Bergen i mars i fjor, og trenger kursbeviset.', [], undefined],
    ['Gjerne til noen i vår avdeling.', [], undefined],
    ['Jeg kommer fra Bergen.', [], undefined],
  ])('%s', (text, places, dates) => {
    const wish = courseWishIn(text, TICKET_DAY, courseTitlesIn(text));
    expect(wish.places).toEqual(places);
    expect(wish.from && wish.to && wish.when ? [wish.from, wish.to, wish.when] : undefined).toEqual(dates);
  });

  it('grows linearly on long texts', () => {
    const scan = (t: string) => courseWishIn(t, TICKET_DAY, courseTitlesIn(t));
    expect(
      growth((n) => 'helst i Bergen i mars kurset Sikkerhet ved '.repeat(n / 44), scan, 100000),
    ).toBeLessThan(GROWTH_BOUND);
    expect(growth((n) => '«kurs '.repeat(n / 6), scan, 100000)).toBeLessThan(GROWTH_BOUND);
    expect(growth((n) => 'the A B C D E F '.repeat(n / 16), scan, 100000)).toBeLessThan(GROWTH_BOUND);
  });
});

describe('what triage suggests and asks for', () => {
  it('W12 in bokmål: searches the catalogue by the title and asks for no course code', () => {
    const r = triageTicket(
      ticket(
        'Hei! Jeg finner ikke kurset Sikkerhet ved arbeid i spor i kurskatalogen. Kan dere hjelpe?\nMvh Kari Nordmann',
        {
          subject: 'Finner ikke kurs',
        },
      ),
      TICKET_DAY,
    );
    expect(r.topics[0]?.topic).toBe('W12');
    expect(r.facts.courseTitles).toEqual(['Sikkerhet ved arbeid i spor']);
    expect(r.missing).toEqual([]);
    expect(r.askForMissing ?? '').not.toMatch(/kurskoden/);
    expect(r.commands).toEqual([
      "kursdesk courses search 'Sikkerhet ved arbeid i spor' --user kari.nordmann@bygg.no",
    ]);
  });

  it('W13 in English: the title is searched, the wished place and season narrow the list and go with a request', () => {
    const r = triageTicket(
      ticket(
        'Hi, the Track Safety course is full. Is there a waitlist? Preferably Oslo, in spring.\nRegards, Liam Byrne',
        {
          subject: 'Course full',
          from: { address: 'liam.byrne@trackteam.test', name: 'Liam Byrne' },
        },
      ),
      TICKET_DAY,
    );
    expect(r.topics[0]?.topic).toBe('W13');
    expect(r.missing).toEqual([]);
    expect(r.askForMissing).toBeUndefined();
    expect(r.commands).toEqual([
      "kursdesk courses search 'Track Safety'",
      'kursdesk units list --course <course> --available --place Oslo --from 2027-03-01 --to 2027-05-31',
      "kursdesk units request <course> --user liam.byrne@trackteam.test --place Oslo --note 'in spring'",
    ]);
  });

  it('W13 in nynorsk with a code: the place and month go into the commands', () => {
    const r = triageTicket(
      ticket(
        'Hei, ARB-800 er fullt. Finst det ledige plassar? Helst i Bergen, gjerne i mars.\nHelsing Kari Nordmann',
        {
          subject: 'Ledige datoar',
        },
      ),
      TICKET_DAY,
    );
    expect(r.commands).toEqual([
      'kursdesk units list --course ARB-800 --available --place Bergen --from 2027-03-01 --to 2027-03-31',
      "kursdesk units request ARB-800 --user kari.nordmann@bygg.no --place Bergen --note 'i mars'",
    ]);
  });

  it('W15 in nynorsk: the certificate of a course named by its quoted title asks for no code', () => {
    const r = triageTicket(
      ticket(
        'Hei, eg treng kursbeviset for kurset «Førstehjelp på anlegg og i spor». Kan de senda det?\nHelsing Kari Nordmann',
        {
          subject: 'Kursbevis',
        },
      ),
      TICKET_DAY,
    );
    expect(r.topics[0]?.topic).toBe('W15');
    expect(r.missing).toEqual([]);
    expect(r.commands).toContain("kursdesk courses search 'Førstehjelp på anlegg og i spor'");
  });
});

// Demo: Hanne Moe (17, hanne.moe86@epost.test); SV-300 "Sikkerhetsvakt – grunnopplæring" has open dates in
// Trondheim (February) and Hamar (March), and a full one in Oslo.
describe.each(DIALECTS)('triage --answer on %s', (dialect) => {
  let t: TestDatabase;

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await loadFixture(testDeps(t.db), loadRequest('demo'));
  }, 120_000);
  afterAll(() => t.close());

  it('W13: finds the course by its title and offers the wished place first', async () => {
    const triage = triageTicket(
      ticket('Hei, jeg vil gjerne ta kurset «Sikkerhetsvakt – grunnopplæring». Helst i Hamar.\n\nHanne Moe', {
        subject: 'Ledig plass?',
        from: { address: 'hanne.moe86@epost.test', name: 'Hanne Moe' },
      }),
      TICKET_DAY,
    );
    const a = await answerTicket(testDeps(t.db), triage);
    expect(a.learner?.id).toBe(17);
    expect(a.reply ?? '').not.toMatch(/kurskoden/);
    const hamar = (a.reply ?? '').indexOf('Hamar');
    const trondheim = (a.reply ?? '').indexOf('Trondheim');
    expect(hamar).toBeGreaterThan(0);
    expect(trondheim < 0 || hamar < trondheim).toBe(true);
    expect(a.commands[0]).toMatch(/^kursdesk units enrol 17 12\b/);
  });
});

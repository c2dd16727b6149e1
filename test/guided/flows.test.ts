// The guided flows in-process on the demo data, answered from a script: what a bokmål agent reads is in
// bokmål (the workflows' reasons, warnings and next steps included, with the tables' dates, never ISO
// days), and replies can be had in nynorsk, offered first when the pasted ticket was written in it.
import { afterAll, describe, expect, it } from 'vitest';
import { parseDate } from '../../src/domain/dates.js';
import { parseLicence } from '../../src/domain/driver-details.js';
import { parseEmail, parseHmsCardNumber } from '../../src/domain/learner.js';
import { parseOrgNumber } from '../../src/domain/org-number.js';
import { reasonIn } from '../../src/domain/parse-result.js';
import type { TriageResult } from '../../src/domain/triage/types.js';
import { forgotEmail } from '../../src/guided/flows/account.js';
import { cannotFindCourse, courseFull } from '../../src/guided/flows/courses.js';
import { changedEmployer } from '../../src/guided/flows/employer.js';
import { certificate, stillNeeded } from '../../src/guided/flows/learning.js';
import { personalData } from '../../src/guided/flows/privacy.js';
import { newHmsCard } from '../../src/guided/flows/profile.js';
import { registerLearner } from '../../src/guided/flows/register.js';
import { pastedTicket } from '../../src/guided/flows/ticket.js';
import { entries, runGuide } from '../../src/guided/menu.js';
import { askValue, type Session } from '../../src/guided/session.js';
import { listTheme } from '../../src/guided/terminal.js';
import { removeScratch } from '../fixtures/support.js';
import { DIALECTS, stopTestServers } from '../helpers/databases.js';
import { useDemoDatabase } from '../helpers/demo-db.js';
import { testDeps } from '../helpers/deps.js';
import { flowRunner, type ScriptedSession, scriptedSession, W1_WITH_TICKET_FACTS } from './script.js';

afterAll(async () => {
  removeScratch();
  await stopTestServers();
});

/** English words of the workflows' own texts that must not reach a bokmål agent. */
const ENGLISH =
  /\b(the|is|and|learner|account|because|booked|unit|seats|valid until|waitlist(ed)?|already|hidden|blocked|paid|domain|mailbox|evidence|passed|to do)\b/i;

/** What a bokmål agent read, less the commands offered to paste (kursdesk's own words). */
/** A pasted ticket as triage gives it: one topic, one person and the person's facts, nothing missing. */
function triaged(t: {
  ticket: string;
  subject: string;
  language: TriageResult['language'];
  topic: TriageResult['topics'][number]['topic'];
  confidence: number;
  name: TriageResult['facts']['names'][number];
  birthDates: string[];
  emails: string[];
}): TriageResult {
  return {
    ticket: t.ticket,
    subject: t.subject,
    language: t.language,
    topics: [{ topic: t.topic, confidence: t.confidence, because: [] }],
    facts: {
      names: [t.name],
      birthDates: t.birthDates,
      emails: t.emails,
      orgNumbers: [],
      courseCodes: [],
      hmsCards: [],
      unitIds: [],
      companyNames: [],
    },
    missing: [],
    commands: [],
  };
}

function prose(run: ScriptedSession): string {
  return run
    .shown()
    .split('\n')
    .filter((l) => !l.trim().startsWith('$ kursdesk'))
    .join('\n');
}

describe.each(DIALECTS)('the guided flows on %s', (dialect) => {
  const t = useDemoDatabase(dialect);

  const run = flowRunner(t);

  it('W1 in bokmål: the verdict is explained in bokmål', async () => {
    const w1 = await run(forgotEmail, [
      [/Fullt navn/, 'Kari Nordmann'],
      [/Fødselsdato/, '15.10.86'],
      [/e-postadresser/, 'kari.nordmann@nordbane.test'],
      [/Svar til å lime inn/, 'bokmål'],
      [/nå\?/, false],
    ]);
    expect(w1.shown()).toMatch(
      /fordi\s+fødselsdatoen stemmer, navnet passer, og en oppgitt e-post er kontoens/,
    );
    expect(prose(w1)).not.toMatch(ENGLISH);
    const unsure = await run(forgotEmail, [
      [/Fullt navn/, 'Kari Nordmann'],
      [/Fødselsdato/, ''],
      [/e-postadresser/, ''],
      [/Svar til å lime inn/, 'ikke noe svar'],
    ]);
    expect(unsure.shown()).toMatch(/3 kontoer ligger for nær hverandre til å skilles/);
    expect(prose(unsure)).not.toMatch(ENGLISH);
  });

  it('W12 in bokmål: why the course is hidden, and the course list, in bokmål', async () => {
    const w12 = await run(cannotFindCourse, [
      [/Bruker/, 'ingrid.haugen => Ingrid Haugen'],
      [/Kurs/, 'SV-300 => SV-300'],
      [/Svar til å lime inn/, 'bokmål'],
      [/Endre kontotypen/, false],
    ]);
    expect(w12.shown()).toMatch(/skjult\s+SV-300 er et betalingskurs som full-kontoer ser; en free-konto/);
    expect(w12.shown()).toContain('klasserom, betalt · ses av full');
    expect(prose(w12)).not.toMatch(ENGLISH);
  });

  it('W14 in bokmål: the next steps in bokmål, with the dates of the table (never ISO)', async () => {
    const w14 = await run(stillNeeded, [
      [/Bruker/, 'ola.hansen-braten => Ola Åsmund'],
      [/Svar til å lime inn/, 'bokmål'],
      [/Melde på en dato for FØR-500/, false],
    ]);
    const shown = prose(w14);
    expect(shown).toMatch(/bestått\s+gyldig til \d\d\.\d\d\.\d{4}/);
    expect(shown).toMatch(/gjenstår\s+ingen dato valgt: 1 enhet har plass/);
    expect(shown).toMatch(/utløpt\s+ta på nytt den praktiske prøven/);
    expect(shown).not.toMatch(/\d{4}-\d\d-\d\d/);
    expect(shown).not.toMatch(ENGLISH);
  });

  it('W14: a passed course that soon runs out is named in the reply, with its day written out', async () => {
    const w14 = await run(stillNeeded, [
      [/Bruker/, 'anne-lise.saether => Anne-Lise'],
      [/Svar til å lime inn/, 'bokmål'],
      [/Melde på en dato for KL-200/, false],
    ]);
    const reply = w14.out().slice(w14.out().indexOf('── svar'));
    expect(reply).toMatch(/Dette har du bestått, men det går snart ut; ta repetisjonen før datoen/);
    expect(reply).toMatch(
      /- ELS-700 Elsikkerhet \(FSE\) for jernbaneanlegg \(gyldig til \d{1,2}\.\u00a0desember\u00a02026\)/,
    );
    expect(w14.out()).not.toMatch(/\d{4}-\d\d-\d\d/);
  });

  it('W15: a course whose certificate was revoked is named, not offered as a command that would fail', async () => {
    const w15 = await run(certificate, [
      [/Bruker/, 'erik.aasen => Erik Aasen'],
      [/Svar til å lime inn/, 'ikke noe svar'],
    ]);
    const shown = w15.shown();
    expect(shown).toMatch(/ARB-800 Arbeidsvarsling i o…\s+\S+\s+bestått\s+\S+\s+tilbakekalt/);
    expect(shown).toContain('ARB-800: kursbeviset er tilbakekalt');
    expect(shown).not.toMatch(/certificates issue 317 ARB-800/);
    expect(shown).toMatch(/certificates issue 317 SIK-100/);
    // The reply to paste does not list the revoked course among those the learner can print.
    const reply = (
      await run(certificate, [
        [/Bruker/, 'erik.aasen => Erik Aasen'],
        [/Svar til å lime inn/, 'bokmål'],
      ])
    )
      .out()
      .split('Dette har du bestått:')[1];
    expect(reply).toContain('SIK-100');
    expect(reply).not.toContain('ARB-800');
  });

  it('W14 in English: the next steps carry the dates of the table, never ISO', async () => {
    const w14 = await run(
      stillNeeded,
      [
        [/Learner/, 'ola.hansen-braten => Ola Åsmund'],
        [/Reply to paste/, 'English'],
        [/Enrol on a date for FØR-500/, false],
      ],
      'en',
    );
    expect(w14.shown()).toMatch(/passed\s+valid until \d{1,2} [A-Z][a-z]{2} \d{4}/);
    expect(w14.shown()).not.toMatch(/\d{4}-\d\d-\d\d/);
  });

  it('W5 for someone already with the new employer: no refused move, the login change offered instead', async () => {
    const w5 = await run(changedEmployer, [
      [/Bruker/, 'per.kristian => Per Kristian Lunde'],
      [/Ny arbeidsgiver/, 'Trønder => Trønder Elkraft'],
      [/per\.kristian\.lunde@nordbane\.test\) en adresse personen ikke lenger har\? Endre den nå\?/, false],
    ]);
    expect(w5.shown()).toContain(
      'Per Kristian Lunde er allerede registrert hos Trønder Elkraft AS; ingen flytting trengs.',
    );
    expect(prose(w5)).not.toMatch(ENGLISH);
  });

  it('W20 is on the menu; an erasure ends in the command (dry run first, never --yes), nothing is erased', async () => {
    expect(entries({}).map((e) => e.key)).toContain('W20');
    const erase = await run(personalData, [
      [/Bruker/, 'erik.aasen => Erik Aasen'],
      [/Hva ber personen om/, 'Sletting'],
      [/Kommer henvendelsen fra/, true],
      [/Saksnummer/, 'SUP-7020'],
      [/Svar til å lime inn/, 'ikke noe svar'],
    ]);
    // The commands as pasted: a wrapped one continues after `\`.
    const shown = erase.shown().replace(/ \\\n\s+/g, ' ');
    expect(shown).toMatch(/\$ kursdesk privacy erase 317 --ticket SUP-7020 --reason '[^']+' --dry-run/);
    expect(shown).toMatch(/\$ kursdesk privacy erase 317 --ticket SUP-7020 --reason '[^']+'$/m);
    expect(shown).not.toMatch(/--yes/);
    expect(shown).toContain('kan ikke angres');
    expect(prose(erase)).not.toMatch(ENGLISH);
    // Still there: the guided step erased nothing.
    const again = await run(personalData, [
      [/Bruker/, 'erik.aasen => Erik Aasen'],
      [/Hva ber personen om/, 'Innsyn'],
      [/Kommer henvendelsen fra/, true],
      [/Saksnummer/, 'SUP-7021'],
      // walk15: the export ends in the covering reply to paste too.
      [/Svar til å lime inn/, 'bokmål'],
    ]);
    expect(again.shown().replace(/ \\\n\s+/g, ' ')).toMatch(
      /\$ kursdesk privacy export 317 --out personopplysninger-317.json --ticket SUP-7021 --reply nb/,
    );
    // A request not shown to come from the person gets the reply asking them to write from that address.
    const unsure = await run(personalData, [
      [/Bruker/, 'erik.aasen => Erik Aasen'],
      [/Hva ber personen om/, 'Sletting'],
      [/Kommer henvendelsen fra/, false],
      [/Svar til å lime inn/, 'bokmål'],
    ]);
    expect(unsure.out()).toContain('svar fra e-postadressen du er registrert med');
    expect(unsure.shown()).not.toMatch(/privacy erase/);
  });

  it('refusals reach a bokmål agent in bokmål: a bad e-mail under the prompt, a taken e-mail after the flow', async () => {
    await expect(
      run(registerLearner, [
        [/Fornavn/, 'Test'],
        [/Etternavn/, 'Testesen'],
        [/E-post/, 'test testesen@example.no'],
      ]),
    ).rejects.toThrow(/e-postadressen «test testesen@example.no» inneholder et mellomrom$/);
    const taken = scriptedSession(testDeps(t.db), [
      [/Hva gjelder saken/, 'Registrere en ny bruker'],
      [/Fornavn/, 'Test'],
      [/Etternavn/, 'Testesen'],
      [/E-post/, 'erik.aasen@jaeren-maskin.test'],
      [/Fødselsnummer/, '03059040072'],
      [/HMS-kortnummer/, 'HMS9988776'],
      [/Kontotype/, 'Gratis'],
      [/Opprette konto/, true],
      [/Saksnummer/, 'SUP-7030'],
      [/Hva gjelder saken/, 'Avslutt'],
    ]);
    expect(await runGuide(taken.session, {})).toBe(0);
    expect(taken.left()).toEqual([]);
    expect(taken.shown()).toMatch(
      /warning: (e-postadressen \S+ er allerede brukernavnet til bruker \d+|fødselsnummeret har allerede en konto)/,
    );
    expect(taken.shown()).toMatch(/neste: (bruk en annen adresse|personen må logge inn)/);
  });

  it('W16 in bokmål: a national ID that does not check out is refused under the prompt in bokmål, the number never repeated', async () => {
    await expect(
      run(registerLearner, [
        [/Fornavn/, 'Test'],
        [/Etternavn/, 'Testesen'],
        [/E-post/, 'test.testesen@example.no'],
        [/Fødselsnummer/, '03059040073'],
      ]),
    ).rejects.toThrow(/refused: andre kontrollsiffer \(posisjon 11\) skal være 2, men er 3$/);
    await expect(
      run(registerLearner, [
        [/Fornavn/, 'Test'],
        [/Etternavn/, 'Testesen'],
        [/E-post/, 'test.testesen@example.no'],
        [/Fødselsnummer/, '0305904007'],
      ]),
    ).rejects.toThrow(/refused: skal ha 11 sifre, men har 10$/);
  });

  it('W16: a person without an HMS card is not registered; the reply says to order the card first (the FAQ)', async () => {
    const before = await t.db.kysely
      .selectFrom('users')
      .select(t.db.kysely.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const noCard = await run(registerLearner, [
      [/Fornavn/, 'Test'],
      [/Etternavn/, 'Utenkort'],
      [/E-post/, 'test.utenkort@example.no'],
      [/Fødselsnummer/, '03059040072'],
      [/HMS-kortnummer/, ''],
      [/Svar til å lime inn/, 'bokmål'],
    ]);
    expect(noCard.shown()).toContain('Uten HMS-kort kan kontoen ikke opprettes');
    expect(noCard.out()).toContain('Har du ikke HMS-kort, må du bestille det før du registrerer deg');
    const after = await t.db.kysely
      .selectFrom('users')
      .select(t.db.kysely.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('W5 and W13 in bokmål: the workflows warn in bokmål', async () => {
    const w5 = await run(changedEmployer, [
      [/Bruker/, 'marte.kvalheim => Marte Kvalheim'],
      [/Ny arbeidsgiver/, 'Bane og Signal => Bane og Signal Norge'],
      [/Fakturareferanse/, ''],
      [/Flytte/, true],
      [/Saksnummer/, 'SUP-7001'],
      [/gamle arbeidsgiverens domene/, false],
      [/Svar til å lime inn/, 'bokmål'],
    ]);
    expect(w5.shown()).toMatch(
      /warning: innloggingsadressen \S+@nordbane\.test er på nordbane\.test, et domene hos arbeidsgiveren personen forlater/,
    );
    expect(prose(w5)).not.toMatch(ENGLISH);
    const w13 = await run(courseFull, [
      [/Bruker/, 'lars.bjerke => Lars Bjerke'],
      [/Kurs/, 'SV-300 => SV-300'],
      [/Hvilken dato/, 'Trondheim'],
      [/Melde Lars Bjerke på/, true],
      [/Saksnummer/, 'SUP-7002'],
      [/Svar til å lime inn/, 'bokmål'],
    ]);
    expect(w13.shown()).toMatch(/warning: bruker 315 står også på ventelisten til enhet \d+ av SV-300/);
    expect(prose(w13)).not.toMatch(ENGLISH);
  });

  it('W11 in bokmål: a card issued long ago is warned about in bokmål', async () => {
    const w11 = await run(newHmsCard, [
      [/Bruker/, 'ase.bjornstad => Åse'],
      [/Nytt HMS-kortnummer/, 'HMS998877665'],
      [/utstedelsesdato/, '01.01.2020'],
      [/Registrere/, true],
      [/Saksnummer/, 'SUP-7003'],
      [/Svar til å lime inn/, 'ikke noe svar'],
    ]);
    expect(w11.shown()).toMatch(/warning: et kort utstedt 01\.01\.2020 skulle vært fornyet 01\.01\.2022/);
    expect(prose(w11)).not.toMatch(ENGLISH);
  });

  it('a reply can be had in nynorsk, between rulers that say so', async () => {
    const w1 = await run(forgotEmail, [
      [/Fullt navn/, 'Kari Nordmann'],
      [/Fødselsdato/, '15.10.86'],
      [/e-postadresser/, 'kari.nordmann@nordbane.test'],
      [/Svar til å lime inn/, 'nynorsk'],
      [/nå\?/, false],
    ]);
    expect(w1.out()).toContain('── svar (nynorsk) ');
    expect(w1.out()).toContain('Venleg helsing\nBrukarstøtta for kursportalen');
  });

  it('a pasted ticket written in nynorsk gets its reply offered in nynorsk', async () => {
    const ticket = triaged({
      ticket: 'SUP-7004',
      subject: 'Kva e-post registrerte eg meg med?',
      language: 'nn',
      topic: 'W1',
      confidence: 0.9,
      name: { full: 'Kari Nordmann', given: 'Kari', family: 'Nordmann', source: 'body' },
      birthDates: ['1986-10-15'],
      emails: ['kari.nordmann@nordbane.test'],
    });
    const menu = entries({});
    const pasted = await run(
      (s) => pastedTicket(s, async () => ticket, menu),
      [[/Lim inn henvendelsen/, 'Hei, eg har gløymt kva e-post eg brukte.'], ...W1_WITH_TICKET_FACTS],
    );
    expect(pasted.out()).toContain('── svar (nynorsk) ');
    expect(pasted.out()).toMatch(/Hei Kari,\n\nVi har funne kontoen din/);
  });
});

describe.each(DIALECTS)('the guided mode for a new desk on %s', (dialect) => {
  const t = useDemoDatabase(dialect);

  it('the portal address not yet set: said in bokmål, the command that sets it whole on a line of its own', async () => {
    const script = scriptedSession(
      testDeps(t.db),
      [
        [/Hva gjelder saken/, 'Har glemt passordet'],
        [/Bruker/, 'siri.myklebust => Siri Myklebust'],
        [/Hva gjelder saken/, 'Avslutt'],
      ],
      { env: {} },
    );
    expect(await runGuide(script.session, {})).toBe(0);
    const shown = script.shown();
    expect(shown).toContain(
      'warning: portalens adresse er ikke satt, og lenken trenger den (én gang per maskin)',
    );
    expect(shown).toContain('\n  neste: kursdesk config set portal_url https://kurs.example.no\n');
  });

  it('after a pasted ticket, the learner search offers the person the ticket names before anything is typed', async () => {
    const ticket = triaged({
      ticket: 'SUP-7005',
      subject: 'Never got the activation e-mail',
      language: 'en',
      topic: 'W2',
      confidence: 0.97,
      name: { full: 'Jonas Ødegård', given: 'Jonas', family: 'Ødegård', source: 'signature' },
      birthDates: [],
      emails: ['jonas.odegard@vestlands-kontaktlednig.test'],
    });
    const script = scriptedSession(testDeps(t.db), [
      [/Lim inn henvendelsen/, 'I never got the activation e-mail.'],
      [/Fortsette med/, 'Har ikke fått aktiverings-e-post'],
      [/Bruker/, ' => Jonas Ødegård'],
      [/Sende lenke til Jonas Ødegård/, false],
    ]);
    await pastedTicket(script.session, async () => ticket, entries({}));
    expect(script.left()).toEqual([]);
    expect(script.shown()).toContain('Jonas Ødegård (id 307)');
    expect(script.shown()).toMatch(/språk\s+engelsk \(en\)/);
  });
});

describe('the menu', () => {
  it('every question, answered, fits one 80-column line in either language', () => {
    const menu = entries({ readTicket: async () => ({}) as TriageResult });
    for (const e of menu) {
      expect(`✔ Fortsette med ${e.label.in('nb')}`.length, e.label.in('nb')).toBeLessThanOrEqual(80);
      expect(`✔ Continue with ${e.label.in('en')}`.length, e.label.in('en')).toBeLessThanOrEqual(80);
    }
    expect(menu[0]?.label.in('nb')).toMatch(/fødselsnummeret er i bruk/);
  });
});

describe('refusals in bokmål', () => {
  it("the parsers' common refusals are coded, and the guided mode says them in bokmål", () => {
    const refusals = [
      parseEmail('kari nordmann@x.no'),
      parseEmail('kari.x.no'),
      parseEmail('kari@nordbane'),
      parseDate('32.13.2020', '2026-12-06'),
      parseDate('i går', '2026-12-06'),
      parseDate('31.02.2020', '2026-12-06'),
      parseOrgNumber('12345'),
      parseOrgNumber('988077918'),
      parseOrgNumber('15108612345'),
    ].flatMap((r) => (r.ok ? [] : [r]));
    expect(refusals).toHaveLength(9);
    for (const r of refusals) {
      const said = reasonIn(r, 'nb');
      expect(said, r.error).not.toBe(r.error);
      expect(said, r.error).not.toMatch(/\b(is|has|must|should|not a|write|digits|does)\b/);
      expect(reasonIn(r, 'en')).toBe(r.error);
    }
  });
});

describe('answers the agent types', () => {
  it('a driver in training has no licence: "ingen" says so, as "none" does, and is no licence number', () => {
    expect(parseLicence('ingen')).toEqual({ ok: true, value: null });
    expect(parseLicence('None')).toEqual({ ok: true, value: null });
    expect(parseLicence('FB12345')).toEqual({ ok: true, value: 'FB12345' });
  });

  it('an empty answer where one is needed is refused in the agent’s language, not the parser’s', async () => {
    const said: (string | true)[] = [];
    const script = scriptedSession(testDeps({} as never), []);
    const session: Session = {
      ...script.session,
      term: {
        ...script.session.term,
        input: async (_message, options) => {
          said.push(options?.validate?.('') ?? true, options?.validate?.('HMS123456') ?? true);
          return 'HMS123456';
        },
      },
    };
    expect(await askValue(session, 'HMS-kortnummer', parseHmsCardNumber)).toBe('HMS123456');
    expect(said).toEqual(['skriv et svar', true]);
  });
});

describe('the prompt library in the agent’s language', () => {
  it('hints at the keys in bokmål', () => {
    const tip = listTheme('nb').style.keysHelpTip([
      ['↑↓', 'navigate'],
      ['⏎', 'select'],
    ]);
    expect(tip.replace(/\x1b\[[0-9;]*m/g, '')).toBe('↑↓ flytt • ⏎ velg');
  });
});

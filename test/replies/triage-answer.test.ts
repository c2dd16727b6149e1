// answerTicket on the demo data, on SQLite and PostgreSQL: for hand-built triage results of every topic
// it finds what the read-only workflows say, writes the reply in the ticket's language, and names the
// change commands (with --reply) — and it leaves every table exactly as it was.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/connect.js';
import { TABLES } from '../../src/db/schema.js';
import { osloLongDate, osloLongDateTime } from '../../src/domain/local-time.js';
import { type TicketFacts, TOPICS, type TopicId, type TriageResult } from '../../src/domain/triage/types.js';
import { loadFixture } from '../../src/workflows/fixtures/load.js';
import { answerTicket, renderTicketAnswer } from '../../src/workflows/triage-answer.js';
import { loadRequest, removeScratch } from '../fixtures/support.js';
import { DIALECTS, openTestDatabase, stopTestServers, type TestDatabase } from '../helpers/databases.js';
import { completionExpiresOn, unitStartsAt } from '../helpers/demo-dates.js';
import { testDeps } from '../helpers/deps.js';
import { type HandBuiltMore, handBuiltTicket } from '../helpers/triage-results.js';

afterAll(async () => {
  removeScratch();
  await stopTestServers();
});

const KARI = {
  id: 301,
  names: [{ full: 'Kari Nordmann', given: 'Kari', family: 'Nordmann', source: 'body' as const }],
  birthDates: ['1986-10-15'],
  email: 'kari.nordmann@banesignal.test',
};

/** A hand-built triage result of ticket SUP-100. */
const ticket = (topic: TopicId, facts: Partial<TicketFacts> = {}, more: HandBuiltMore = {}): TriageResult =>
  handBuiltTicket('SUP-100', topic, facts, more);

/** Every row of every table, in an order that does not depend on the dialect's. */
async function everyRow(db: Db): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const table of TABLES) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db.kysely);
    out[table] = rows.rows.map((r) => JSON.stringify(r)).sort();
  }
  return out;
}

describe.each(DIALECTS)('answerTicket on %s', (dialect) => {
  let t: TestDatabase;
  let before: Record<string, string[]>;
  const answer = (triage: TriageResult) => answerTicket(testDeps(t.db), triage);

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await loadFixture(testDeps(t.db), loadRequest('demo'));
    before = await everyRow(t.db);
  }, 120_000);
  afterAll(() => t.close());

  it('W1: a verified identity gets the login in full, in one step and no command', async () => {
    const a = await answer(
      ticket('W1', { names: KARI.names, birthDates: KARI.birthDates }, { from: KARI.email }),
    );
    expect(a.learner?.id).toBe(KARI.id);
    expect(a.reply).toMatch(/^Hei Kari,\n\nVi har funnet kontoen din\./);
    expect(a.reply).toContain(KARI.email);
    expect(a.commands).toEqual([]);
    expect(a.findings.map((f) => f.step).join('\n')).toContain('users find --name');
  });

  it('W1 for a verified account never activated: no "forgot password" advice, the activation link is the command', async () => {
    const hanne = { full: 'Hanne Moe', given: 'Hanne', family: 'Moe', source: 'body' as const };
    const a = await answer(
      ticket('W1', { names: [hanne], birthDates: ['1986-11-01'] }, { from: 'hanne.moe86@epost.test' }),
    );
    expect(a.learner?.id).toBe(17);
    expect(a.reply).toMatch(/^Hei Hanne,\n\nVi har funnet kontoen din\./);
    expect(a.reply).toContain('Kontoen er ikke aktivert ennå');
    expect(a.reply).not.toContain('Har du glemt passordet?');
    expect(a.commands).toEqual(['kursdesk links issue 17 --ticket SUP-100 --reply nb']);
  });

  it('W1 without a birth date asks for it (never for the national ID), and for nothing it has', async () => {
    const a = await answer(ticket('W1', { names: KARI.names }, { from: 'kari@gmail.test' }));
    expect(a.missing).toEqual(['birthDate', 'email']);
    expect(a.reply).toContain('fødselsdatoen din (bare datoen, ikke fødselsnummeret)');
    expect(a.reply).not.toContain('fullt navn');
    expect(a.findings).toEqual([]);
  });

  it('W3 from the login address: the link command with --reply in English is the second step', async () => {
    const a = await answer(ticket('W3', {}, { from: KARI.email, language: 'en' }));
    expect(a.reply).toBeNull();
    expect(a.commands).toEqual(['kursdesk links issue 301 --ticket SUP-100 --reply en']);
    expect(renderTicketAnswer(a)).toContain('run this; it prints the reply to send:');
  });

  it('a login question under W1/W3 gets the FAQ text: no search, no link, nothing asked', async () => {
    const howTo = await answer({ ...ticket('W1', {}, { from: KARI.email }), loginQuestion: 'how-to' });
    expect(howTo.reply).toContain(
      'Brukernavnet ditt i kursportalen er e-postadressen du registrerte deg med',
    );
    expect(howTo.commands).toEqual([]);
    expect(howTo.missing).toEqual([]);
    expect(howTo.findings).toEqual([]);
    const change = await answer({
      ...ticket('W3', {}, { from: KARI.email, language: 'en' }),
      loginQuestion: 'change-password',
    });
    expect(change.reply).toMatch(/^Hello,\n\nYou change your password yourself/);
    expect(change.commands).toEqual([]);
    const technical = await answer({ ...ticket('W3', {}, { from: KARI.email }), loginQuestion: 'technical' });
    expect(technical.reply).toContain('kontakt Munio support');
    expect(technical.commands).toEqual([]);
  });

  it('W2 from an unknown address in nynorsk asks who the person is, in nynorsk', async () => {
    const a = await answer(ticket('W2', {}, { from: 'ukjend@epost.test', language: 'nn' }));
    expect(a.learner).toBeNull();
    expect(a.replyLanguage).toBe('nn');
    expect(a.reply).toMatch(/^Hei,\n\nKjem ikkje e-posten/);
    expect(a.reply).toContain('fødselsdatoen din (berre datoen, ikkje fødselsnummeret)');
    expect(a.reply).toContain('Venleg helsing');
    expect(a.missing).toEqual(['name', 'birthDate', 'email']);
  });

  it('W4: a verified learner writing from a new address gets the set-email command', async () => {
    const a = await answer(
      ticket(
        'W4',
        { names: KARI.names, birthDates: KARI.birthDates, emails: ['kari@nyjobb.test', KARI.email] },
        { from: 'kari@nyjobb.test' },
      ),
    );
    expect(a.commands).toEqual(['kursdesk users set-email 301 kari@nyjobb.test --ticket SUP-100 --reply nb']);
  });

  it('W5: a move to a customer is a command; to a company that is not one, the answer says what to do', async () => {
    const move = await answer(ticket('W5', { orgNumbers: ['988102342'] }, { from: KARI.email }));
    expect(move.commands).toEqual(['kursdesk users move 301 --to 988102342 --ticket SUP-100 --reply nb']);
    const stranger = await answer(ticket('W5', { orgNumbers: ['949136388'] }, { from: KARI.email }));
    expect(stranger.commands).toEqual([]);
    expect(stranger.reply).toContain('BANE OG SIGNAL NORGE AS AVD SANDNES er ikke registrert som kunde');
    expect(stranger.reply).toContain('regnskap@banenor.no');
  });

  it('W7: a company that already is a customer is told so at once; a new one gets the register command', async () => {
    const known = await answer(ticket('W7', { orgNumbers: ['912837459'], names: KARI.names }));
    expect(known.reply).toContain('Bane og Signal Norge AS (org.nr. 912 837 459) er allerede registrert');
    const fresh = await answer(
      ticket(
        'W7',
        {
          orgNumbers: ['949136388'],
          names: [{ full: 'Ola Dunk', given: 'Ola', family: 'Dunk', source: 'from' }],
        },
        { from: 'ola@sandnes.test' },
      ),
    );
    // No phone in the ticket: `companies register` would refuse (exit 2), so the reply asks first and
    // the command waits in a note with its <placeholder>. It asks only for what the ticket lacks (the
    // contact's phone; an invoice e-mail, as the company is not in ELMA), not the number it gave.
    expect(fresh.commands).toEqual([]);
    expect(fresh.missing).toEqual(['contact', 'invoiceEmail']);
    expect(fresh.reply).toContain('telefonnummer til en kontaktperson');
    expect(fresh.reply).toContain('- e-postadressen fakturaene skal sendes til');
    expect(fresh.reply).not.toContain('- organisasjonsnummer og firmanavn');
    expect(fresh.notes.join('\n')).toContain(
      "after the company answers: kursdesk companies register 949136388 --contact-name 'Ola Dunk' --contact-email ola@sandnes.test --contact-phone <contact-phone>",
    );
    // Røros (977 123 984) takes e-invoices (ELMA): with the phone given, the command can run.
    const withPhone = await answer(
      ticket(
        'W7',
        {
          orgNumbers: ['977123984'],
          phones: ['+4791234567'],
          names: [{ full: 'Ola Dunk', given: 'Ola', family: 'Dunk', source: 'from' }],
        },
        { from: 'ola@sandnes.test' },
      ),
    );
    expect(withPhone.commands).toEqual([
      "kursdesk companies register 977123984 --contact-name 'Ola Dunk' --contact-email ola@sandnes.test --contact-phone +4791234567 --ticket SUP-100 --reply nb",
    ]);
    const none = await answer(ticket('W7', {}));
    expect(none.missing).toEqual(['company']);
    expect(none.reply).toContain('ELMA');
  });

  it('W11: the card number gives the set-hms command; without one, the self-service way and a question', async () => {
    const a = await answer(ticket('W11', { hmsCards: ['AB123456'] }, { from: KARI.email }));
    expect(a.commands).toEqual(['kursdesk users set-hms 301 AB123456 --ticket SUP-100 --reply nb']);
    const b = await answer(ticket('W11', {}, { from: KARI.email, language: 'en' }));
    expect(b.reply).toMatch(/^Hello Kari,\n\nYou get a new HMS card every second year/);
    expect(b.missing).toEqual(['hmsCard']);
  });

  it('W12: a paid course for a free account is explained; with the employer given, the type change is the command', async () => {
    const trond = 'trond.strand93@epost.test';
    const explained = await answer(ticket('W12', { courseCodes: ['SV-300'] }, { from: trond }));
    expect(explained.reply).toMatch(
      /^Hei Trond,\n\nSV-300 Sikkerhetsvakt – grunnopplæring er et betalingskurs/,
    );
    expect(explained.notes.join('\n')).toContain('users set-type 1 full --employer <orgnr>');
    const fixed = await answer(
      ticket('W12', { courseCodes: ['SV-300'], orgNumbers: ['912837459'] }, { from: trond }),
    );
    expect(fixed.reply).toBeNull();
    expect(fixed.commands).toEqual([
      'kursdesk users set-type 1 full --employer 912837459 --ticket SUP-100 --reply nb',
    ]);
  });

  it('W12 for an account never activated: the reply points to the registration e-mail, and no link voids it', async () => {
    // Hanne Moe (17) is a free account that never chose a password; SV-300 is paid, and no employer is given.
    const a = await answer(ticket('W12', { courseCodes: ['SV-300'] }, { from: 'hanne.moe86@epost.test' }));
    expect(a.learner?.id).toBe(17);
    // The reply sends her to the link she got when she registered (the FAQ's answer for a missing
    // activation e-mail): a new activation link now would void that very link.
    expect(a.reply).toContain('Da du registrerte deg, fikk du en e-post med en lenke');
    expect(a.commands ?? []).toEqual([]);
    expect(a.notes.join('\n')).toContain(
      'the account was never activated: the reply sends the learner to the link in the registration e-mail, which a new link would void; only if they answer that they cannot find it: kursdesk links issue 17 --kind activation',
    );
    expect(a.notes.join('\n')).toContain('after the learner answers: kursdesk users set-type 17 full');
  });

  it('W10 to a driver account: the reply asks for the depot the ticket lacks; the command waits with a bare <placeholder>', async () => {
    // Kari (301) is a full account at a customer: a change to driver needs only the depot. A command
    // with a placeholder cannot run, so it is not offered as "run this" but kept for the learner's answer.
    const a = await answer(
      ticket('W10', {}, { from: KARI.email, subject: 'Lokførerkonto', because: ['lokfører'] }),
    );
    expect(a.commands).toEqual([]);
    expect(a.missing).toEqual(['depot']);
    expect(a.reply).toContain('- hvor du skal ha føreropplæringen');
    expect(a.notes.join('\n')).toContain(
      'after the learner answers: kursdesk users set-type 301 driver --depot <depot> --licence <licence|none> --ticket SUP-100 --reply nb',
    );
    expect(renderTicketAnswer(a)).not.toContain('run this');
  });

  it('W13: units with seats are offered in Oslo time, each with its enrol command', async () => {
    const a = await answer(ticket('W13', { courseCodes: ['SV-300'] }, { from: KARI.email }));
    expect(a.reply).toContain(
      'Disse datoene for SV-300 Sikkerhetsvakt – grunnopplæring har ledige plasser nå:',
    );
    // The demo's dates follow the load day: unit 18's start is read back, still 07:00 UTC in
    // February, which is 08:00 in Oslo.
    const starts = await unitStartsAt(t.db, 18);
    expect(starts).toMatch(/^2027-02-\d\dT07:00:00\.000Z$/);
    const when = osloLongDateTime(starts, 'nb');
    expect(when).toMatch(/^\p{L}+dag \d{1,2}\. februar 2027 kl\. 08:00$/u);
    expect(a.reply).toContain(`- ${when}, Marienborg, Trondheim (7 ledige plasser)`);
    expect(a.commands[0]).toBe('kursdesk units enrol 301 18 --ticket SUP-100 --reply nb');
    const byTitle = await answer(
      ticket('W13', { companyNames: ['Skifting og skifteleder'] }, { from: KARI.email }),
    );
    // No unit of SKI-610 is scheduled: the request for one is the command, and it prints the reply.
    expect(byTitle.commands).toEqual([
      'kursdesk units request SKI-610 --user 301 --ticket SUP-100 --reply nb',
    ]);
    const unit = await answer(ticket('W13', { unitIds: ['12'] }, { from: KARI.email }));
    expect(unit.commands).toEqual(['kursdesk units enrol 301 12 --ticket SUP-100 --reply nb']);
  });

  it('W14: what remains of the programme, as the whole answer', async () => {
    const a = await answer(ticket('W14', {}, { from: 'marcinlie@ostfold-baneanlegg.test' }));
    expect(a.learner?.id).toBe(15);
    expect(a.reply).toMatch(/^Hei Marcin-Trond,\n\n/);
    expect(a.reply).toContain('OL-SV');
    expect(a.commands).toEqual([]);
  });

  it("an address only written in the text proves nothing: no one else's data, but a link may still be mailed to the login", async () => {
    const facts = { emails: ['someone@else.test', KARI.email] };
    const status = await answer(ticket('W14', facts, { from: 'someone@else.test' }));
    expect(status.learner).toBeNull();
    expect(status.reply).not.toContain('OL-SV');
    expect(status.missing).toEqual(['name', 'birthDate', 'email']);
    const link = await answer(ticket('W3', facts, { from: 'someone@else.test' }));
    // Handed to the agent, the link would go back to someone@else.test in the reply: it is mailed instead.
    expect(link.commands).toEqual(['kursdesk links issue 301 --deliver mail --ticket SUP-100 --reply nb']);
  });

  it('W15: the history gives the self-service way and the passed courses; a named course gives the certificate command', async () => {
    const a = await answer(ticket('W15', {}, { from: KARI.email }));
    expect(a.reply).toContain('«Historikk»');
    // Kari's SIK-100 (completion 932) is valid to a day that moved with the load day too.
    const until = osloLongDate(await completionExpiresOn(t.db, 932), 'nb');
    expect(until).toMatch(/^\d{1,2}\. \p{L}+ 2027$/u);
    expect(a.reply).toContain(
      `- SIK-100 Grunnleggende sikkerhet ved arbeid i og nær spor, gyldig til ${until}`,
    );
    const b = await answer(ticket('W15', { courseCodes: ['SIK-100'] }, { from: KARI.email }));
    expect(b.commands).toEqual([
      'kursdesk certificates issue 301 SIK-100 --out kursbevis-301-SIK-100.pdf --ticket SUP-100 --reply nb',
    ]);
  });

  it('registration, W20 and other are answered from the FAQ at once', async () => {
    const firma = await answer(
      ticket('registration', {}, { subject: 'Blir spurt om Firma-ID', language: 'en' }),
    );
    expect(firma.reply).toContain('«Firma-ID»');
    expect(firma.reply).toContain('incognito');
    const staff = await answer(ticket('registration', {}, { because: ['ansatt i Bane NOR'] }));
    expect(staff.reply).toContain('«Driv»');
    const general = await answer(ticket('registration'));
    expect(general.reply).toContain('«Full kurskatalog»');
    expect(general.reply).toContain('D-nummer');
    expect((await answer(ticket('W20'))).reply).toContain('Fødselsnummeret lagres ikke i lesbar form');
    expect((await answer(ticket('other'))).reply).toContain('ikke noe vi kan hjelpe med');
  });

  it('a national ID in the ticket: the reply asks not to send it, and shows no part of it', async () => {
    const a = await answer({
      ...ticket('W1', { names: KARI.names, birthDates: KARI.birthDates }, { from: KARI.email }),
      facts: {
        ...ticket('W1', { names: KARI.names, birthDates: KARI.birthDates }, { from: KARI.email }).facts,
        nationalId: { masked: '151086 *****', birthDate: '1986-10-15' },
      },
    });
    expect(a.reply).toMatch(/^Hei Kari,\n\nDu sendte oss fødselsnummeret ditt\./);
    expect(a.reply).not.toContain('151086');
  });

  it('every topic gets a reply or a command that prints one, and no table changes', async () => {
    for (const topic of TOPICS) {
      for (const from of [KARI.email, 'stranger@nowhere.test']) {
        const a = await answer(
          ticket(
            topic,
            {
              names: KARI.names,
              birthDates: KARI.birthDates,
              courseCodes: ['SV-300'],
              orgNumbers: ['988102342'],
              hmsCards: ['AB123456'],
            },
            { from },
          ),
        );
        expect(a.reply !== null || a.commands.length > 0, `${topic} from ${from}`).toBe(true);
        if (a.reply === null) expect(a.commands[0], topic).toContain('--reply nb');
        expect(renderTicketAnswer(a)).toContain(`ticket SUP-100: ${topic}`);
      }
    }
    expect(await everyRow(t.db)).toEqual(before);
  });
});

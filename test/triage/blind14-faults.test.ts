// The general faults reading blind set 14's misses found, each by an example written afresh (none is a
// ticket of the set), so a later change that brings one back fails here and not only in a score.
import { describe, expect, it } from 'vitest';
import { type TicketMessage, triageTicket } from '../../src/domain/triage/triage.js';
import { TICKET_DAY, ticket } from '../helpers/ticket-message.js';

const topics = (t: TicketMessage) => triageTicket(t, TICKET_DAY).topics.map((s) => s.topic);

describe('a side marker after a conjunction, or a conditional one, speaks of what follows it', () => {
  it('en "… reset link and also tell me …": the reset asked first leads, not the certificate after "also"', () => {
    const t = ticket(
      [
        'Hi, could you send me a link to set a new password and also my course certificate for Working at Height?',
        'Thanks, Mikkel Dahle',
      ].join('\n'),
      {
        subject: 'Password and certificate',
        from: { address: 'mikkel.dahle@gmail.com', name: 'Mikkel Dahle' },
      },
    );
    expect(topics(t).slice(0, 2)).toEqual(['W3', 'W15']);
  });

  it('nb "Og når jeg først skriver:" announces the programme question; its "egentlig" only stresses it, so the certificate leads', () => {
    const t = ticket(
      [
        'Hei',
        'Jeg trenger en kopi av kursbeviset for Arbeid på spor.',
        'Og når jeg først skriver: hvilke kurs mangler jeg egentlig i opplæringsløpet mitt for sporarbeider? Det står at løpet ikke er fullført.',
        'Hilsen Randi Fjeld',
      ].join('\n'),
      {
        subject: 'Kursbevis og hva som mangler',
        from: { address: 'randi.fjeld@online.no', name: 'Randi Fjeld' },
      },
    );
    expect(topics(t)[0]).toBe('W15');
  });

  it('nb "Og i så fall, …": the follow-up on a programme question comes second', () => {
    const t = ticket(
      [
        'Hei! Jeg er satt opp på opplæringsløpet for sikkerhetsvakt, men klasseromskurset i løpet står uten dato.',
        'Skal jeg melde meg på det selv? Og i så fall, når går neste kurs i Trondheim?',
        'Amund',
      ].join('\n'),
      {
        subject: 'Opplæringsløp - kurs uten dato',
        from: { address: 'amund.rise@gmail.com', name: 'Amund Rise' },
      },
    );
    expect(topics(t).slice(0, 2)).toEqual(['W14', 'W13']);
  });

  it('en "If so, please …" opening a sentence is the ask itself, not a side matter announced', () => {
    const t = ticket(
      [
        'Hello, my foreman says I should take the classroom course "Arbeid på spor" next.',
        'I signed up with the free e-learning account, does that matter? If so please switch my account type to the full catalogue.',
        'Best, Jonas Weber',
      ].join('\n'),
      { subject: 'Course missing', from: { address: 'jonas.weber@gmail.com', name: 'Jonas Weber' } },
    );
    expect(topics(t)[0]).toBe('W10');
  });
});

describe('W4 leads W5 when the mail moves the login off a lost mailbox, though no W4 phrase names it', () => {
  it('en: new employer asked first, the closed old login and the address to move it to after', () => {
    const t = ticket(
      [
        'Hi,',
        'I moved from Norconsult to Multiconsult last week, please update my employer in the portal.',
        'My login is my Norconsult address, which no longer works, so could you change it to ola.berg@multiconsult-eksempel.no?',
        'Ola Berg',
      ].join('\n'),
      {
        subject: 'New job, update employer',
        from: { address: 'ola.berg@multiconsult-eksempel.no', name: 'Ola Berg' },
      },
    );
    expect(topics(t).slice(0, 2)).toEqual(['W4', 'W5']);
  });
});

describe('asking what the company must do to be registered is W7, whatever move the mail tells of', () => {
  it('en: own new firm missing from the employer list, "what does my company need to do"', () => {
    const t = ticket(
      [
        'Hi, I changed jobs and now work for my own firm, Berg Sporteknikk AS. When I try to update my employer the firm is not in the list.',
        'What does my company need to do to become a customer?',
        'Karl Berg',
      ].join('\n'),
      { subject: 'Firm missing', from: { address: 'karl.berg@gmail.com', name: 'Karl Berg' } },
    );
    expect(topics(t)[0]).toBe('W7');
  });
});

describe('test data for a team (fixtures) is W19', () => {
  it('en: fake learners for a test environment, loaded each night', () => {
    const t = ticket(
      [
        'Hello,',
        'our QA team needs synthetic data: some 200 fake learners with completions and a few companies, loaded into our test environment every night. Is there a generator for this?',
        'Regards, QA',
      ].join('\n'),
      { subject: 'Data for QA', from: { address: 'qa@jernbane-it-eksempel.no', name: 'QA' } },
    );
    expect(topics(t)[0]).toBe('W19');
  });

  it('nn: testdata til testmiljøet, ikkje ekte personar', () => {
    const t = ticket(
      [
        'Hei',
        'Vi lagar ei integrasjon mot kursportalen og treng testdata til testmiljøet vårt: fiktive deltakarar med kursbevis som går ut snart. Kan de lage eit slikt datasett?',
        'Helsing utviklingsteamet',
      ].join('\n'),
      { subject: 'Datasett', from: { address: 'utvikling@signalteknikk-eksempel.no', name: 'Utvikling' } },
    );
    expect(topics(t)[0]).toBe('W19');
  });
});

describe('nynorsk: delete what you hold on me from the system is W20', () => {
  it('"slett … frå systemet, og alt de har om meg"', () => {
    const t = ticket(
      [
        'Hei',
        'Eg likar ikkje at fødselsnummeret mitt ligg hjå dykk. Ver snill og slett det frå systemet saman med alt de har om meg.',
        'Helsing Torunn Vik',
      ].join('\n'),
      { subject: 'Slutta', from: { address: 'torunn.vik@gmail.com', name: 'Torunn Vik' } },
    );
    const [first] = triageTicket(t, TICKET_DAY).topics;
    expect(first?.topic).toBe('W20');
    // Its words say so, not the model's guess alone (which lost to W1 where "fødselsnummer" stood nearer).
    expect(first?.because.some((b) => b.startsWith('"'))).toBe(true);
  });
});

describe('questions the portal does not handle are other, whatever course they name', () => {
  it('en: a hotel and lunch on the days of a classroom course', () => {
    const t = ticket(
      [
        'Hi, we are sending three people to the classroom course in Hamar next month.',
        'Is there a hotel nearby you can recommend, and is lunch served?',
        'Kind regards, Lene Holt',
      ].join('\n'),
      { subject: 'Hotel and lunch', from: { address: 'lene.holt@gmail.com', name: 'Lene Holt' } },
    );
    expect(topics(t)[0]).toBe('other');
  });

  it('nb: the price per participant of the classroom courses', () => {
    const t = ticket(
      [
        'Hei',
        'Hva er prisen per deltaker for klasseromskurset Arbeid på spor? Vi har fire nye montører som kanskje skal ta det.',
        'Mvh Per Ulvik',
      ].join('\n'),
      { subject: 'Spørsmål', from: { address: 'per.ulvik@sporteknikk-eksempel.no', name: 'Per Ulvik' } },
    );
    expect(topics(t)[0]).toBe('other');
  });

  it('nb: wanting to work for us, or to become a train driver', () => {
    const t = ticket(
      [
        'Hei! Jeg vil gjerne bli lokfører, og lurer på om jeg kan jobbe hos dere. Når er neste opptak?',
        'Sindre Haug',
      ].join('\n'),
      { subject: 'Lokfører', from: { address: 'sindre.haug@gmail.com', name: 'Sindre Haug' } },
    );
    expect(topics(t)[0]).toBe('other');
  });
});

describe('language', () => {
  it("a phone's English shorthand with no full English sentence is English", () => {
    const t = ticket('locked out, pls help asap\n\nSent from my iPhone', {
      subject: 'login',
      from: { address: 'd.oconnor@outlook.com', name: "Declan O'Connor" },
    });
    expect(triageTicket(t, TICKET_DAY).language).toBe('en');
  });
});

describe("an agent's call note from the desk's own mailbox names the caller, never the desk", () => {
  const desk = { address: 'eksternsupport-driv@banenor.no', name: 'Eksternsupport' };
  const names = (t: TicketMessage) => triageTicket(t, TICKET_DAY).facts.names.map((n) => n.full);

  it('nb "Innringer: Solveig Brenna, Brenna Bygg AS."', () => {
    const t = ticket(
      'Telefonnotat 13:05\nInnringer: Solveig Brenna, Brenna Bygg AS. Har glemt passordet og ber om ny lenke.',
      { subject: 'Tlf: passord', from: desk },
    );
    expect(names(t)).toEqual(['Solveig Brenna']);
  });

  it('en "Caller says: Harald Moe, works for …"', () => {
    const t = ticket(
      'Caller says: Harald Moe, works for Moe Rail, cannot find his course certificate for Track Safety. Please mail it to him.',
      { subject: 'Phone note: certificate', from: { ...desk, name: 'Desk Agent Ola' } },
    );
    expect(names(t)).toEqual(['Harald Moe']);
  });
});

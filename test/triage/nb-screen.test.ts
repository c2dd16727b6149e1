// The agent's screen of `triage` and `triage --answer` in the agent's language: an agent who chose
// bokmål sees no English label, frame line or note (the tickets' own words, the commands and the
// records' codes aside), within 80 columns; English is what it always was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { triageText } from '../../src/commands/triage.js';
import { text } from '../../src/domain/messages/index.js';
import type { TicketFacts, TopicId, TriageResult } from '../../src/domain/triage/types.js';
import { loadFixture } from '../../src/workflows/fixtures/load.js';
import { answerTicket, renderTicketAnswer, type TicketAnswer } from '../../src/workflows/triage-answer.js';
import { loadRequest, removeScratch } from '../fixtures/support.js';
import { DIALECTS, openTestDatabase, stopTestServers, type TestDatabase } from '../helpers/databases.js';
import { testDeps } from '../helpers/deps.js';

afterAll(async () => {
  removeScratch();
  await stopTestServers();
});

const KARI = {
  names: [{ full: 'Kari Nordmann', given: 'Kari', family: 'Nordmann', source: 'signature' as const }],
  birthDates: ['1986-10-15'],
  email: 'kari.nordmann@banesignal.test',
};

function ticket(
  topic: TopicId,
  facts: Partial<TicketFacts> = {},
  more: Partial<Pick<TriageResult, 'from' | 'missing' | 'commands' | 'askForMissing' | 'source'>> = {},
): TriageResult {
  return {
    ticket: 'SUP-100',
    subject: 'Hjelp',
    language: 'nb',
    topics: [{ topic, confidence: 0.9, because: [] }],
    facts: {
      names: [],
      birthDates: [],
      emails: more.from ? [more.from] : [],
      orgNumbers: [],
      courseCodes: [],
      hmsCards: [],
      unitIds: [],
      companyNames: [],
      ...facts,
    },
    missing: [],
    commands: [],
    ...more,
  };
}

const W1_VERIFIED = ticket(
  'W1',
  { names: KARI.names, birthDates: KARI.birthDates, emails: [KARI.email] },
  {
    from: KARI.email,
    source: { file: 'a.mbox', message: 2, line: 40 },
    commands: ["kursdesk users find --name 'Kari Nordmann' --birthdate 1986-10-15 --ticket SUP-100"],
  },
);
const W3 = ticket('W3', {}, { from: KARI.email });
const W7_MISSING = ticket(
  'W7',
  { nationalId: { masked: '151086 *****', birthDate: '1986-10-15' }, accountType: 'full' },
  {
    missing: [
      { topic: 'W7', fact: 'company' },
      { topic: 'W7', fact: 'orgNumber' },
    ],
    askForMissing: 'Hei,\n\nHva heter firmaet, og hva er organisasjonsnummeret?',
  },
);
const OTHER = ticket('other', { orgNumbers: ['912837459'], courseCodes: ['SIK-100'], hmsCards: ['AB12345'] });
const TICKETS = { W1_VERIFIED, W3, W7_MISSING, OTHER };

/**
 * English words of the screen's labels, frame and notes. Command lines are left out: a shell line
 * stays as it is typed (--ticket, <learner>).
 */
const ENGLISH =
  /\b(ticket|from|language|topics?|facts?|missing|next|found|reply|run|then|needed|note|asked|learner|candidates?|best|customer|birth|e-mail|national|kept|none|forgot|password|company|course|account|verdict|database|changing|reply to send)\b/i;

const prose = (screen: string) => screen.split('\n').filter((line) => !/kursdesk |^\s+--|^\s+\|/.test(line));

describe('triage screen (triageText)', () => {
  it.each(Object.entries(TICKETS))('%s in bokmål has no English label words, within 80 columns', (_, t) => {
    const nb = triageText(t, 80, 'nb');
    for (const line of prose(nb)) expect(line).not.toMatch(ENGLISH);
    for (const line of nb.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('says the labels, the topic and the facts in bokmål', () => {
    const nb = triageText(W7_MISSING, 80, 'nb');
    expect(nb).toContain('sak        SUP-100  "Hjelp"');
    expect(nb).toContain('språk      bokmål (nb)');
    expect(nb).toContain('emner      W7   0.90  firmaet er ikke kunde');
    expect(nb).toContain('fødselsnummer: 151086 ***** (sendt på e-post: ikke lagret)');
    expect(nb).toContain('ønsket kontotype: full');
    expect(nb).toContain('mangler    W7: firma');
    expect(nb).toContain('be om det som mangler (utkast til svar)');
    expect(triageText(W1_VERIFIED, 80, 'nb')).toMatch(/^── melding 2 \(linje 40\) ─+\n/);
    expect(triageText(W1_VERIFIED, 80, 'nb')).toContain('navn: Kari Nordmann (signaturen)');
  });

  it('is in English by default, as it always was', () => {
    expect(triageText(W7_MISSING, 80)).toBe(
      [
        'ticket     SUP-100  "Hjelp"',
        'language   bokmål (nb)',
        'topics     W7   0.90  company not a customer',
        'facts      account type asked for: full',
        '           national ID: 151086 ***** (sent by e-mail: not kept)',
        'missing    W7: company',
        '           W7: org number',
        'ask for what is missing (reply draft)',
        '  | Hei,',
        '  |',
        '  | Hva heter firmaet, og hva er organisasjonsnummeret?',
        '',
      ].join('\n'),
    );
    expect(triageText(OTHER, 80, 'en')).toBe(triageText(OTHER, 80));
    expect(triageText(OTHER, 80)).toContain('facts      org number: 912 837 459');
    expect(triageText(ticket('W3'), 80)).toContain('facts      (none found)');
  });
});

describe.each(DIALECTS)('triage --answer screen (renderTicketAnswer) on %s', (dialect) => {
  let t: TestDatabase;
  const answers = new Map<string, TicketAnswer>();

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await loadFixture(testDeps(t.db), loadRequest('demo'));
    for (const [name, triage] of Object.entries(TICKETS))
      answers.set(name, await answerTicket(testDeps(t.db), triage));
  }, 120_000);
  afterAll(() => t.close());

  it.each(Object.keys(TICKETS))('%s in bokmål has no English frame words, within 80 columns', (name) => {
    const nb = renderTicketAnswer(answers.get(name)!, 80, 78, 'nb');
    for (const line of prose(nb)) expect(line).not.toMatch(ENGLISH);
    for (const line of nb.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('W1 verified: the verdict, the frame and the next step in bokmål; English as before', () => {
    const a = answers.get('W1_VERIFIED')!;
    expect(a.learner).not.toBeNull();
    const nb = renderTicketAnswer(a, 80, 78, 'nb');
    expect(nb).toContain('sak SUP-100: W1; svar på nb');
    expect(nb).toContain('funnet:');
    expect(nb).toMatch(/→ vurdering bekreftet \(fødselsdatoen stemmer/);
    expect(nb).toContain('── svar som skal sendes ──');
    expect(nb).toContain('neste: send svaret; ingenting i databasen trenger endring');
    const en = renderTicketAnswer(a, 80, 78);
    expect(en).toContain('ticket SUP-100: W1; reply in nb');
    expect(en).toMatch(/→ verdict verified \(birth date exact/);
    expect(en).toContain('── reply to send ──');
    expect(en).toContain('next: send the reply; nothing in the database needs changing');
    // JSON keeps its English strings.
    expect(JSON.parse(JSON.stringify(a)).findings[0].found).toMatch(/^verdict verified \(birth date exact/);
  });

  it('W3: the command that prints the reply, introduced in bokmål', () => {
    const a = answers.get('W3')!;
    expect(a.reply).toBeNull();
    expect(renderTicketAnswer(a, 80, 78, 'nb')).toContain(
      'kjør denne; den skriver ut svaret som skal sendes:',
    );
    expect(renderTicketAnswer(a, 80, 78)).toContain('run this; it prints the reply to send:');
  });

  it('W7 with facts missing: what is asked for, and the national ID note, in bokmål; JSON in English', () => {
    const a = answers.get('W7_MISSING')!;
    expect(a.missing.length).toBeGreaterThan(0);
    const nb = renderTicketAnswer(a, 80, 78, 'nb');
    expect(nb).toContain('ber om: firma');
    expect(renderTicketAnswer(a, 80, 78)).toContain('asked for: company');
    const json = JSON.parse(JSON.stringify(a)) as { missing: string[]; notes: string[] };
    expect(json.missing).toEqual(a.missing);
    for (const note of json.notes) expect(typeof note).toBe('string');
  });

  it('a driver account note (a coded note) is rendered in the agent language and English in JSON', () => {
    const a: TicketAnswer = { ...answers.get('OTHER')!, notes: [] };
    a.notes.push(text('triage-note.driver-needs-depot'));
    expect(renderTicketAnswer(a, 80, 78, 'nb')).toContain('merk: en førerkonto trenger depotet');
    expect(renderTicketAnswer(a, 80, 78)).toContain('note: a driver account needs the depot');
    expect(JSON.parse(JSON.stringify(a)).notes).toEqual([
      'a driver account needs the depot (and the licence number once there is one): fill in <depot>',
    ]);
  });
});

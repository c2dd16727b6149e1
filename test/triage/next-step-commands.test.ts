// Every command triage suggests is a command line kursdesk accepts: with the ticket's facts filled in,
// each next step of every topic is split as a POSIX shell would and run in-process on the demo data
// (on both dialects); none may end in a usage error (exit 2: unknown verb or option, a required value
// missing). A value the ticket lacks is a <placeholder>, and a command that needs one comes after the
// question that asks for it.
import { afterAll, describe, expect, it } from 'vitest';
import { computeNationalIdCheckDigits } from '../../src/domain/national-id.js';
import { nextCommands } from '../../src/domain/triage/next-steps.js';
import { type TicketFacts, TOPICS } from '../../src/domain/triage/types.js';
import { removeScratch } from '../fixtures/support.js';
import { runCli } from '../helpers/cli.js';
import { DIALECTS, stopTestServers } from '../helpers/databases.js';
import { useDemoDatabase } from '../helpers/demo-db.js';
import { shellWords } from '../helpers/shell-words.js';
import { NO_FACTS } from './tickets.js';

afterAll(async () => {
  removeScratch();
  await stopTestServers();
});

/** A ticket that gives every fact, about the demo's Kari Nordmann and a company in the register. */
const ALL_FACTS: TicketFacts = {
  names: [{ full: 'Kari Nordmann', given: 'Kari', family: 'Nordmann', source: 'body' }],
  birthDates: ['1986-10-15'],
  emails: ['kari.nordmann@banesignal.test'],
  orgNumbers: ['977123984', '912837459'],
  courseCodes: ['SV-300'],
  hmsCards: ['AB123456'],
  unitIds: ['18'],
  companyNames: ['Røros Vedlikehold AS'],
  phones: ['+4791234567'],
  accountType: 'full',
};

const PLACEHOLDER = /<[^<>\s]+>/;

/** A national ID that passes both check digits (born 15.03.1990), for `--national-id -` to read. */
const NEW_LEARNER_ID = (() => {
  for (let individual = 100; individual < 500; individual++) {
    const nine = `150390${individual}`;
    const check = computeNationalIdCheckDigits(nine);
    if (check !== null) return `${nine}${check}`;
  }
  throw new Error('no valid national ID');
})();

/** W10 about a free account (Trond, learner 1), so that a change to full is one to make. */
const OVERRIDES: Partial<Record<(typeof TOPICS)[number], Partial<TicketFacts>>> = {
  W4: { emails: ['kari.ny@epost.test', 'kari.nordmann@banesignal.test'] },
  W10: { emails: ['trond.strand93@epost.test'], orgNumbers: ['912837459'] },
  W16: {
    names: [{ full: 'Nils Nyberg', given: 'Nils', family: 'Nyberg', source: 'body' }],
    emails: ['nils.nyberg@banesignal.test'],
  },
};

describe('next steps', () => {
  it('with every fact given, no topic leaves a <placeholder> but a file the ticket did not attach', () => {
    for (const topic of TOPICS) {
      const lines = nextCommands([topic], {
        facts: { ...ALL_FACTS, ...OVERRIDES[topic] },
        ticket: 'SUP-9',
        attachments: [],
        language: 'nb',
      });
      for (const line of lines.filter((l) => !l.startsWith('kursdesk companies import ')))
        expect(line, topic).not.toMatch(PLACEHOLDER);
    }
  });

  it('W7 without a phone asks for what registering needs before the register command with placeholders', () => {
    const facts: TicketFacts = {
      ...NO_FACTS,
      names: [{ full: 'Kari Berg', given: 'Kari', family: 'Berg', source: 'signature' }],
      emails: ['kari@malmbanen.no'],
      orgNumbers: ['913556208'],
      companyNames: ['Malmbanen Service AS'],
    };
    const lines = nextCommands(['W7'], { facts, ticket: '', attachments: [], language: 'nb' });
    expect(lines).toEqual([
      'kursdesk registry lookup 913556208',
      'kursdesk replies ask --missing company --name Kari --reply nb',
      "kursdesk companies register 913556208 --name 'Malmbanen Service AS' --contact-name 'Kari Berg' --contact-email kari@malmbanen.no --contact-phone <contact-phone> --invoice-email <invoice-email> --dry-run",
    ]);
  });
});

describe('next steps use the commands kursdesk --help lists', () => {
  it('no suggestion uses a hidden old spelling (such as `kursdesk enrol` for `units enrol`)', async () => {
    const help = (await runCli(['--help'])).stdout;
    const listed = new Set(
      [...help.slice(help.indexOf('Commands:')).matchAll(/^ {2}([a-z]+)\b/gm)].map((m) => m[1]!),
    );
    expect(listed.has('units')).toBe(true);
    // The verbs each noun's help lists ("units" → list, enrol, …); a noun without verbs has none.
    const verbs = new Map<string, Set<string>>();
    const verbsOf = async (noun: string) => {
      if (!verbs.has(noun)) {
        const text = (await runCli([noun, '--help'])).stdout;
        const at = text.indexOf('Commands:');
        const names = at < 0 ? [] : [...text.slice(at).matchAll(/^ {2}([a-z-]+)\b/gm)].map((m) => m[1]!);
        verbs.set(noun, new Set(names));
      }
      return verbs.get(noun)!;
    };
    const facts = { ...ALL_FACTS, unitIds: ['18'] };
    for (const topic of TOPICS) {
      for (const line of nextCommands([topic], { facts, ticket: '', attachments: [], language: 'nb' })) {
        const [, noun, verb] = shellWords(line);
        expect(listed.has(noun!), `${topic}: ${line}`).toBe(true);
        const known = await verbsOf(noun!);
        // A noun that runs by itself (audit --user …) takes options where a verb would be.
        if (known.size > 0 && !verb!.startsWith('-'))
          expect(known.has(verb!), `${topic}: ${line}`).toBe(true);
      }
    }
  });
});

describe.each(DIALECTS)('every next step is a command kursdesk accepts, on %s', (dialect) => {
  const t = useDemoDatabase(dialect);

  it('with the facts filled in, no suggested command is a usage error', async () => {
    const failures: string[] = [];
    for (const topic of TOPICS) {
      const lines = nextCommands([topic], {
        facts: { ...ALL_FACTS, ...OVERRIDES[topic] },
        ticket: 'SUP-9',
        attachments: [],
        language: 'nb',
      });
      for (const line of lines) {
        if (PLACEHOLDER.test(line)) continue;
        const [program, ...argv] = shellWords(line);
        expect(program).toBe('kursdesk');
        const run = await runCli(argv, {
          db: t.url,
          env: { KURSDESK_PORTAL_URL: 'https://kurs.example.test' },
          // What `--national-id -` reads: a valid (synthetic) number the agent got from the person.
          stdin: argv.includes('--national-id') ? `${NEW_LEARNER_ID}\n` : '',
        });
        if (run.code === 2) failures.push(`${topic}: ${line}\n  → ${run.stderr.trim()}`);
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
});

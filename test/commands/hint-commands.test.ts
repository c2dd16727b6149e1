// The commands kursdesk prints for the agent to run next (`next: kursdesk …`, a refusal's `— kursdesk …`,
// a table's fix column) are copied as they are, so each must be a command line kursdesk accepts. The
// commands of the workflows W1–W17 and W20 are run on the demo data, on success and on the refusals that
// carry a hint; every suggested `kursdesk …` in what they print is split as sh would and parsed by the
// real program. It fails on a command or verb `kursdesk --help` does not list (an old hidden spelling),
// on commander's refusals (unknown option, missing required argument or option, a bad choice, a word
// too many), on a <placeholder> the command's help does not name, and on a hint that answers in another
// language than the --reply the agent gave.
import { afterAll, describe, expect, it } from 'vitest';
import { COMMAND_ALIASES, COMMANDS } from '../../src/commands/registry.js';
import { syntheticNationalId } from '../../src/domain/national-id.js';
import { removeScratch, scratchDir } from '../fixtures/support.js';
import { runCli } from '../helpers/cli.js';
import { DIALECTS, stopTestServers } from '../helpers/databases.js';
import { useDemoDatabase } from '../helpers/demo-db.js';
import { shellWords } from '../helpers/shell-words.js';

afterAll(async () => {
  removeScratch();
  await stopTestServers();
});

const ENV = { KURSDESK_PORTAL_URL: 'https://kurs.example.test' };

/** A synthetic national ID (born 15.03.1990) for `users create --national-id -` to read. */
const NEW_LEARNER_ID = (() => {
  for (let individual = 100; individual < 500; individual++) {
    const id = syntheticNationalId('1990-03-15', individual);
    if (id !== null) return id;
  }
  throw new Error('no synthetic national ID');
})();

/**
 * What an agent runs for each workflow, in an order the demo data allows: the look-ups, the changes,
 * and the refusals that say what to do instead. `{out}` is a file in the test's scratch folder.
 */
const SCENARIOS: readonly (readonly [workflow: string, line: string])[] = [
  ['W1', "users find --name 'Kari Nordmann' --birthdate 15.10.86 --email kari.nordmann@nordbane.test"],
  [
    'W1',
    "users find --name 'Kari Nordmann' --birthdate 15.10.86 --email kari.nordmann@nordbane.test --reply en",
  ],
  [
    'W1',
    "users find --name 'Kari Nordmann' --birthdate 15.10.86 --email kari.nordmann@nordbane.test --reply nn",
  ],
  ['W1', "users find --name 'Kari Nordmann'"],
  ['W1', "users find --name 'Kari Nordmann' --reply en"],
  ['W1', "users find --name 'Ingen Finnes' --birthdate 01.01.80"],
  ['W2', 'users show 301'],
  ['W2', 'links issue 301 --ticket SUP-1 --reply en'],
  ['W2', 'links list 301'],
  ['W3', 'links issue 1 --deliver agent --ticket SUP-2 --reply en'],
  ['W3', 'links revoke 301 --ticket SUP-1'],
  ['W4', 'users set-email 1 trond.strand@nyjobb.test --reply en'],
  ['W4', 'users set-email 1 trond.strand@nyjobb.test --ticket SUP-3 --reply en'],
  ['W5', 'users move 42 --to 912837459 --ticket SUP-4 --reply en'],
  ['W5', 'users move 42 --to 977123984 --ticket SUP-4 --reply en'],
  ['W6', 'users move --from 912837459 --to 977123984 --ticket SUP-4 --dry-run'],
  [
    'W7',
    "companies register 913556208 --name 'Malmbanen Service AS' --contact-name 'Kari Berg' --contact-email kari@malmbanen.no --dry-run --reply en",
  ],
  ['W8', 'companies import fixtures/companies/new-customers.csv --dry-run'],
  ['W8', 'companies import fixtures/companies/bad-rows.csv --dry-run'],
  ['W9', 'registry lookup 913556208'],
  ['W9', 'companies show 912837459'],
  ['W10', 'users set-type trond.strand93@epost.test full --ticket SUP-5 --reply en'],
  ['W10', 'users set-type trond.strand93@epost.test full --employer 912837459 --ticket SUP-5 --reply en'],
  ['W11', 'users set-hms 42 40112233 --ticket SUP-6 --reply en'],
  ['W11', 'reports hms'],
  ['W12', 'courses search signal'],
  ['W12', 'courses show SV-300'],
  ['W12', 'courses why-hidden SV-300 --user 1 --reply en'],
  ['W12', 'courses why-hidden FØR-500 --user 42'],
  ['W12', 'courses why-hidden SKI-610 --user 42'],
  ['W12', 'courses why-hidden ARB-800 --user 1 --reply en'],
  ['W13', 'units list'],
  ['W13', 'units enrol 42 17 --ticket SUP-7 --reply en'],
  ['W13', 'units enrol 42 17 --ticket SUP-7'],
  ['W13', 'units enrol 42 18 --ticket SUP-7 --reply en'],
  ['W13', 'units waitlist 17 --user 2 --reply en'],
  ['W13', 'units waitlist 17 --user 315 --reply nn'],
  ['W13', 'units unenrol 42 17 --ticket SUP-7 --reply en'],
  ['W13', 'units unenrol 42 17 --ticket SUP-7 --reply en --yes'],
  ['W13', 'units set-capacity 17 13 --ticket SUP-7 --yes'],
  ['W13', 'units request SKI-610 --user 42 --place Drammen --ticket SUP-8 --reply en'],
  ['W13', 'units requests'],
  ['W14', 'programmes list'],
  ['W14', 'programmes status 42 --reply en'],
  ['W14', 'programmes status 1 --reply en'],
  ['W14', 'reports expiring'],
  ['W15', 'users history 42'],
  ['W15', 'certificates list 42'],
  ['W15', 'certificates issue 42 TRA-090 --out {out}/kursbevis-42.pdf --ticket SUP-9 --reply en'],
  ['W15', 'certificates verify nosuchcode'],
  [
    'W16',
    'users create --first-name Nils --last-name Nyberg --birthdate 15.03.1990 --email nils.nyberg@banesignal.test --ticket SUP-10',
  ],
  [
    'W16',
    'users create --first-name Nils --last-name Nyberg --birthdate 15.03.1990 --email nils.nyberg@banesignal.test --national-id - --ticket SUP-10',
  ],
  [
    'W16',
    'users create --first-name Nils --last-name Nyberg --birthdate 15.03.1990 --email nils.nyberg@banesignal.test --national-id - --ticket SUP-10',
  ],
  ['W16', 'users duplicates'],
  ['W17', 'audit'],
  ['W17', 'audit --user 1'],
  ['W20', 'privacy export 42 --out {out}/export-42.json --ticket SUP-11 --reply en'],
  ['W20', 'privacy erase 42 --ticket SUP-11 --reason asked --dry-run'],
  ['W20', 'privacy retention --dry-run'],
];

/** Commander's own refusals end with a pointer to the help (main.ts); the commands' refusals do not. */
const COMMANDER_REFUSAL = /\(see [^()]*--help\)\s*$/;

/**
 * The words after `kursdesk ` that start a command: every top-level command and old spelling the program
 * knows, so prose ("so kursdesk cannot ask") is not taken for one and an old spelling still is.
 */
const COMMAND_WORDS = new RegExp(
  `\\bkursdesk (?=(?:${[...COMMANDS.map((c) => c.name), ...Object.keys(COMMAND_ALIASES)].join('|')})\\b)`,
  'g',
);

/**
 * Each `kursdesk <command> …` in a text, as the agent would copy it: up to the end of the line, or the
 * first `; `, `, or `, ` (`, `)`, ` — ` or ` #` outside quotes, without a closing full stop.
 */
function suggestedCommands(text: string): string[] {
  const found: string[] = [];
  for (const line of text.split('\n')) {
    for (const match of line.matchAll(COMMAND_WORDS)) {
      let end = line.length;
      let quoted = false;
      for (let i = match.index; i < line.length; i++) {
        const rest = line.slice(i);
        if (line[i] === "'") quoted = !quoted;
        if (!quoted && /^(; |, or |, |\)| \(| — | #|\s{2,})/.test(rest)) {
          end = i;
          break;
        }
      }
      found.push(line.slice(match.index, end).trim().replace(/\.$/, ''));
    }
  }
  return found;
}

describe('suggestedCommands', () => {
  it('cuts a command out of the prose around it', () => {
    expect(
      suggestedCommands(
        'kursdesk: learner 2 is not waiting — their bookings: kursdesk programmes status 2, or kursdesk units enrol 2 17\n' +
          'created learner 5 (pending); next: kursdesk links issue 5 --reply nb (the activation link)\n' +
          "kursdesk companies register 1 --name 'A, B; C' --dry-run.",
      ),
    ).toEqual([
      'kursdesk programmes status 2',
      'kursdesk units enrol 2 17',
      'kursdesk links issue 5 --reply nb',
      "kursdesk companies register 1 --name 'A, B; C' --dry-run",
    ]);
  });
});

describe.each(DIALECTS)('every command a hint suggests is one kursdesk accepts, on %s', (dialect) => {
  const t = useDemoDatabase(dialect);

  it('in the workflows W1–W17 and W20, success and refusal', async () => {
    const out = scratchDir(`hints-${dialect}`);
    /** Each suggested command, with the first run that printed it. */
    const hints = new Map<string, string>();
    const wrongLanguage: string[] = [];
    const workflows = new Set<string>();
    for (const [workflow, line] of SCENARIOS) {
      const argv = shellWords(line.replaceAll('{out}', out));
      const run = await runCli(argv, {
        db: t.url,
        env: ENV,
        stdin: argv.includes('--national-id') ? `${NEW_LEARNER_ID}\n` : '',
      });
      const where = `${workflow} kursdesk ${line} (exit ${run.code})`;
      const reply = argv[argv.indexOf('--reply') + 1];
      for (const command of suggestedCommands(`${run.stdout}\n${run.stderr}`)) {
        workflows.add(workflow);
        if (!hints.has(command)) hints.set(command, where);
        // A hint keeps the language the agent answers in.
        const lang = /--reply (\S+)/.exec(command)?.[1];
        if (argv.includes('--reply') && lang !== undefined && lang !== reply)
          wrongLanguage.push(`${where}\n  → ${command}`);
      }
    }
    // The runs reach the hints of these workflows: a scenario list that no longer does fails here.
    expect([...workflows]).toEqual(expect.arrayContaining(['W1', 'W4', 'W5', 'W12', 'W13', 'W14', 'W15']));
    expect(hints.size).toBeGreaterThanOrEqual(15);

    const help = async (words: string[]) => (await runCli([...words, '--help'])).stdout;
    const listedIn = (text: string) => {
      const at = text.indexOf('Commands:');
      return new Set(at < 0 ? [] : [...text.slice(at).matchAll(/^ {2}([a-z-]+)\b/gm)].map((m) => m[1]!));
    };
    const nouns = listedIn(await help([]));
    const failures: string[] = [];
    for (const [command, where] of hints) {
      const [program, noun, verb, ...rest] = shellWords(command);
      const fail = (why: string) => failures.push(`${command}\n  from ${where}\n  → ${why}`);
      expect(program).toBe('kursdesk');
      if (!nouns.has(noun!)) {
        fail(`'${noun}' is not a command kursdesk --help lists`);
        continue;
      }
      const verbs = listedIn(await help([noun!]));
      // A noun that runs by itself (audit --user …) takes options where a verb would be.
      const hasVerb = verbs.size > 0 && verb !== undefined && !verb.startsWith('-');
      if (verbs.size > 0 && !hasVerb) fail(`'${noun}' needs one of its verbs: ${[...verbs].join(', ')}`);
      else if (hasVerb && !verbs.has(verb)) {
        fail(`'${verb}' is not a verb kursdesk ${noun} --help lists`);
        continue;
      }
      const words = [noun!, ...(verb === undefined ? [] : [verb]), ...rest];
      const placeholders = words.filter((w) => /^<[^<>\s]+>$/.test(w));
      if (placeholders.length > 0) {
        const text = await help(hasVerb ? [noun!, verb] : [noun!]);
        for (const p of placeholders)
          if (!text.includes(p) && !text.includes(`[${p.slice(1, -1)}]`))
            fail(`${p} is not named in its --help`);
      }
      // Parsed by the real program against a database that cannot open: commander's checks come before any
      // work, so nothing is changed and a refusal of the line itself shows as commander's usage error.
      const run = await runCli(words, { db: `sqlite:${out}/no-such-folder/none.db`, env: ENV, stdin: '' });
      if (run.code === 2 && COMMANDER_REFUSAL.test(run.stderr)) fail(run.stderr.trim());
    }
    expect([...wrongLanguage, ...failures]).toEqual([]);
  }, 300_000);
});

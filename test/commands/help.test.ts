// What a new agent reads first: `kursdesk --help` names a command for each of the FAQ's questions, the
// ticket nouns say which tickets they answer, and the examples at the end of every help run as written
// on the demo data (they name learners, companies, courses and units that are there), on both dialects.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newSigningKey } from '../../src/domain/certificates/keys.js';
import { removeScratch } from '../fixtures/support.js';
import { runCli } from '../helpers/cli.js';
import { DIALECTS, stopTestServers } from '../helpers/databases.js';
import { useDemoDatabase } from '../helpers/demo-db.js';

afterAll(async () => {
  removeScratch();
  await stopTestServers();
});

/** The entries of a help section ("Commands:", "Tickets:"), up to its first blank line. */
function section(help: string, title: string): string[] {
  const at = help.indexOf(`\n${title}\n`);
  if (at < 0) return [];
  const body = help.slice(at + title.length + 2);
  return body.slice(0, body.search(/\n\s*\n|$/)).split('\n');
}

const commandsOf = (help: string) =>
  section(help, 'Commands:')
    .map((line) => /^ {2}(\S+)/.exec(line)?.[1])
    .filter((name): name is string => name !== undefined && name !== 'help');

/** Every help page a new agent can reach: the top level, each noun and each verb. */
async function allHelp(): Promise<Map<string, string>> {
  const pages = new Map<string, string>();
  let level = [[] as string[]];
  while (level.length > 0) {
    const next: string[][] = [];
    for (const words of level) {
      const run = await runCli([...words, '--help']);
      expect(run.code, `${words.join(' ')} --help`).toBe(0);
      pages.set(words.join(' '), run.stdout);
      for (const name of commandsOf(run.stdout)) next.push([...words, name]);
    }
    level = next;
  }
  return pages;
}

/** The examples at the end of a page, each as one line (a long one continues after ` \`). */
function examplesOf(help: string): string[] {
  const tail = help.trimEnd().split('\nExamples:\n')[1];
  if (tail === undefined) return [];
  return tail
    .replace(/ \\\n +/g, ' ')
    .split('\n')
    .filter((line) => line.startsWith('  $ '))
    .map((line) => line.slice(4).replace(/\s+#.*$/, ''));
}

/** Shell words, for the quoting the examples use ('…' and "…"). */
function shellWords(line: string): string[] {
  return [...line.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? (m[3] as string));
}

// Examples that need what the demo database cannot give: a file of their own, a pipe or redirection,
// another database, a mail server, a terminal, or the settings of the machine.
const NEEDS_MORE =
  /[|<>]|&&|\$\(|--db |--out |--from |--file |--public-key |\.(csv|json|gz|pdf|eml|mbox|txt|pem)\b|~\/|^kursdesk (guide|triage|completion|config|fixtures|db|doctor|audit verify|audit anchor|mail send|registry import|companies import|results import)\b/;

let pages: Map<string, string>;
beforeAll(async () => {
  pages = await allHelp();
}, 120_000);

describe('kursdesk --help', () => {
  it('names a command for each of the FAQ questions, and each of those commands exists', () => {
    const top = pages.get('') as string;
    const tickets = section(
      top,
      'Common tickets and their commands (triage <mail> --answer picks one for you;',
    );
    const joined = tickets.join('\n');
    for (const question of [
      'forgot which e-mail',
      'no activation e-mail',
      'password',
      'changed employer',
      'company not in the list',
      'HMS card',
      "can't find a course",
      'course full',
      'what do I still need',
      'certificate',
      'register a learner',
      'how to log in',
      'delete me',
    ])
      expect(joined, question).toContain(question);
    // Every "noun verb" named on the right is a command with help of its own.
    const named = [...joined.matchAll(/\b([a-z]+) ([a-z-]+)\b/g)]
      .map((m) => `${m[1]} ${m[2]}`)
      .filter((words) => pages.has((words.split(' ')[0] as string) ?? ''));
    expect(named.length).toBeGreaterThanOrEqual(15);
    for (const words of named) expect(pages.has(words), words).toBe(true);
  });

  it('each ticket noun says which tickets it answers, with verbs that exist, and ends with examples', () => {
    for (const noun of [
      'users',
      'links',
      'companies',
      'courses',
      'units',
      'programmes',
      'certificates',
      'privacy',
    ]) {
      const help = pages.get(noun) as string;
      const rows = section(help, 'Tickets:');
      expect(rows.length, noun).toBeGreaterThanOrEqual(2);
      for (const row of rows) {
        const verb = new RegExp(`\\b${noun} ([a-z-]+)`).exec(row)?.[1];
        if (verb) expect(pages.has(`${noun} ${verb}`), `${noun}: ${row}`).toBe(true);
      }
      expect(examplesOf(help).length, noun).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('the verbs that answer a FAQ question', () => {
  it.each([
    ['users find', 'which e-mail'],
    ['users set-email', 'new e-mail address'],
    ['users move', 'changed employer'],
    ['users set-type', 'full catalogue'],
    ['users set-hms', 'HMS card'],
    ['links issue', 'activation e-mail'],
    ['companies register', 'not in the list'],
    ['courses why-hidden', "can't find the course"],
    ['units enrol', 'course is full'],
    ['units request', 'no dates'],
    ['programmes status', 'what do I still need'],
    ['certificates issue', 'course certificate'],
    ['privacy export', 'what do you store'],
  ])('%s names the ticket it answers, in the learner’s words', (verb, words) => {
    const help = pages.get(verb) as string;
    expect(help.replace(/\s+/g, ' ')).toMatch(new RegExp(`For tickets like: .*${words}`));
  });
});

const CERT_ENV = { KURSDESK_CERT_KEY: newSigningKey().pem, KURSDESK_CERT_ISSUER: 'Jernbaneskolen' };

describe.each(DIALECTS)('the help examples on the demo data, on %s', (dialect) => {
  const t = useDemoDatabase(dialect);

  it('run as written: nothing they name is missing (exit 3) and none fails (exit 1)', async () => {
    const examples = [...pages.values()].flatMap(examplesOf).filter((line) => !NEEDS_MORE.test(line));
    expect(examples.length).toBeGreaterThanOrEqual(60);
    const failures: string[] = [];
    for (const line of examples) {
      const run = await runCli(shellWords(line).slice(1), {
        db: t.url,
        env: { KURSDESK_PORTAL_URL: 'https://kurs.example.no', ...CERT_ENV },
      });
      // 2: a confirmation a script must give with --yes; 4: an earlier example already made the change.
      if (![0, 2, 4].includes(run.code) || /internal error/.test(run.stderr))
        failures.push(`${line}\n    exit ${run.code}: ${run.stderr.trim().split('\n')[0]}`);
    }
    expect(failures).toEqual([]);
  }, 300_000);
});

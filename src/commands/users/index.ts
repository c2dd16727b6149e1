// `kursdesk users …`: learner accounts. Each verb is a module of its own, loaded when it runs.
import type { Command } from 'commander';
import { nounHelp, type Runner, registerVerbs, type VerbEntry } from '../runner.js';

const VERBS: readonly VerbEntry[] = [
  { name: 'create', load: async () => (await import('./create.js')).registerCreate },
  { name: 'show', load: async () => (await import('./show.js')).registerShow },
  { name: 'find', load: async () => (await import('./find.js')).registerFind },
  { name: 'set-email', load: async () => (await import('./set-email.js')).registerSetEmail },
  { name: 'set-type', load: async () => (await import('./set-type.js')).registerSetType },
  { name: 'move', load: async () => (await import('./move.js')).registerMove },
  { name: 'set-hms', load: async () => (await import('./set-hms.js')).registerSetHms },
  { name: 'duplicates', load: async () => (await import('./duplicates.js')).registerDuplicates },
  { name: 'history', load: async () => (await import('./history.js')).registerHistory },
];

export async function register(parent: Command, run: Runner, verb?: string): Promise<void> {
  const users = parent
    .command('users')
    .description(
      'learner accounts: find a forgotten login, change the e-mail, employer, account type or HMS card, register',
    )
    .addHelpText(
      'after',
      nounHelp(
        'users',
        [
          ['"which e-mail did I use?", "my ID is in use"', 'users find'],
          ['"new e-mail, no access to the old one"', 'users set-email'],
          ['"I changed employer"', 'users move'],
          ['"I need the full catalogue", "I am a driver"', 'users set-type'],
          ['"I got a new HMS card"', 'users set-hms'],
          ['"please register me"', 'users create'],
          ['"I need my course history"', 'users history'],
        ],
        "kursdesk users find --name 'Kari Nordmann' --birthdate 15.10.86 --email kari.nordmann@nordbane.test --reply nb",
        'kursdesk users move 42 --to 912837459 --ticket SUP-2411 --reply nb',
        'kursdesk users set-hms 42 40112233 --ticket SUP-2503 --reply nb',
      ),
    );
  await registerVerbs(users, run, VERBS, verb);
}

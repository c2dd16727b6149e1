// `kursdesk users …`: learner accounts. Each verb is a module of its own, loaded when it runs.
import type { Command } from 'commander';
import { type Runner, registerVerbs, type VerbEntry } from '../runner.js';

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
    .description('learners: create, show, find, set-email, set-type, move, set-hms, duplicates, history')
    .addHelpText('after', '\nRun kursdesk users <verb> --help for the options and examples of each verb.\n');
  await registerVerbs(users, run, VERBS, verb);
}

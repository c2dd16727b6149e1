// The top-level commands, with the one-line summaries shown by `kursdesk --help`. A command's module is
// imported only when that command runs, so start-up pays for commander and nothing else.
import type { NounModule } from './runner.js';

export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<NounModule>;
}

export const COMMANDS: readonly CommandEntry[] = [
  { name: 'users', summary: 'learners: create, show, find, set-email, duplicates', load: () => import('./users/index.js') },
  {
    name: 'audit',
    summary: 'the audit log: who changed what, when and for which ticket',
    load: () => import('./audit/index.js'),
  },
  { name: 'db', summary: 'database schema: migrate, status', load: () => import('./db/index.js') },
  {
    name: 'doctor',
    summary: 'check the database connection, schema and key set-up',
    load: () => import('./doctor.js'),
  },
];

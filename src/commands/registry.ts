// The top-level commands, with the one-line summaries shown by `kursdesk --help`. A command's module is
// imported only when that command runs, so start-up pays for commander and nothing else.
import type { NounModule } from './runner.js';

export interface CommandEntry {
  name: string;
  summary: string;
  /** Left out of `kursdesk --help` (entry points for scripts, such as shell completion's). */
  hidden?: boolean;
  load(): Promise<NounModule>;
}

/**
 * Old spellings that still work but are no longer shown: each is replaced by its current words before
 * parsing, so the old form runs exactly the new command (its help, checks and exit codes).
 */
export const COMMAND_ALIASES: Readonly<Record<string, readonly string[]>> = {
  completions: ['results'],
  enrol: ['units', 'enrol'],
  unenrol: ['units', 'unenrol'],
  waitlist: ['units', 'waitlist'],
};

export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'triage',
    summary: 'read support e-mails: topic, facts, what is missing, the commands to run next',
    load: () => import('./triage.js'),
  },
  {
    name: 'guide',
    summary: "guided mode: the FAQ's questions as a menu (also `kursdesk` alone in a terminal)",
    load: () => import('./guide.js'),
  },
  {
    name: 'users',
    summary: 'learners: create, show, find, set-email, set-type, move, set-hms, duplicates, history',
    load: () => import('./users/index.js'),
  },
  {
    name: 'links',
    summary: 'activation and password-reset links: issue, check, list, revoke',
    load: () => import('./links/index.js'),
  },
  { name: 'mail', summary: 'the outbox: send, list, retry', load: () => import('./mail/index.js') },
  {
    name: 'companies',
    summary: 'customer companies: register, import, find, show, list, update',
    load: () => import('./companies/index.js'),
  },
  {
    name: 'registry',
    summary: 'register extracts (Brønnøysund, ELMA): import, lookup',
    load: () => import('./registry/index.js'),
  },
  {
    name: 'results',
    summary: 'course results (completions): record one, import a result list',
    load: () => import('./completions/index.js'),
  },
  {
    name: 'courses',
    summary: 'the course catalogue: search, show, list, why-hidden',
    load: () => import('./courses/index.js'),
  },
  {
    name: 'programmes',
    summary: 'training programmes: assign, status, list, show',
    load: () => import('./programmes/index.js'),
  },
  {
    name: 'certificates',
    summary: 'course certificates: issue (PDF), verify, revoke, list, public-key',
    load: () => import('./certificates/index.js'),
  },
  {
    name: 'units',
    summary: 'course units: list, enrol, unenrol, waitlist, set-capacity, request, requests',
    load: () => import('./units/index.js'),
  },
  {
    name: 'replies',
    summary: 'answers without a look-up (ask for more information, decline) and the reply texts',
    load: () => import('./replies/index.js'),
  },
  {
    name: 'reports',
    summary: 'lists for planners and mailings: expiring qualifications, HMS cards due',
    load: () => import('./reports/index.js'),
  },
  {
    name: 'audit',
    summary: 'the audit log: who changed what, when and for which ticket',
    load: () => import('./audit/index.js'),
  },
  {
    name: 'privacy',
    summary: 'personal data requests (W20): export, erase, retention',
    load: () => import('./privacy/index.js'),
  },
  {
    name: 'fixtures',
    summary: 'fixtures for demos and CI: load, generate, dump (anonymised)',
    load: () => import('./fixtures/index.js'),
  },
  {
    name: 'db',
    summary: 'database schema: migrate, status, mark, reset',
    load: () => import('./db/index.js'),
  },
  {
    name: 'doctor',
    summary: 'check the database connection, schema and key set-up',
    load: () => import('./doctor.js'),
  },
  {
    name: 'config',
    summary: 'settings and named profiles in the config file: list, get, set, path',
    load: () => import('./config/index.js'),
  },
  {
    name: 'completion',
    summary: 'print a shell completion script: bash, zsh or fish',
    load: () => import('./completion/index.js'),
  },
];

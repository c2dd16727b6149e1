// The errors a user can act on, and the exit code each one maps to. main.ts turns any of them into
// one line on stderr; anything that is not a UserError is a bug and is reported as one. A message given
// as a coded Text (src/domain/messages) keeps its code and renders in the agent's language; one given
// as a plain string is English only (not yet in the catalogue).
import { type Lang, type Notice, type Text, textIn } from './domain/messages/index.js';

/**
 * The language the commands speak to the agent: bokmål only when the agent chose it (KURSDESK_LANG, or
 * the config setting lang, which the context folds into the environment), else English, the commands'
 * language that scripts read. The guided mode resolves its own (bokmål by default).
 */
export function agentLang(env: Readonly<Record<string, string | undefined>>): Lang {
  return env.KURSDESK_LANG === 'nb' ? 'nb' : 'en';
}

/** A warning or remark in the agent's language. */
export function noticeIn(notice: Notice, env: Readonly<Record<string, string | undefined>>): string {
  return textIn(notice, agentLang(env));
}

export const ExitCode = {
  ok: 0,
  failed: 1,
  usage: 2,
  notFound: 3,
  conflict: 4,
  refused: 5,
  cancelled: 130,
  /** Stopped by SIGINT (Ctrl-C outside a prompt): 128 + 2, as a shell reports it. */
  interrupted: 130,
  /** Stopped by SIGTERM: 128 + 15. */
  terminated: 143,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export const EXIT_CODE_HELP = `Exit codes:
  0    done
  1    failed (one line on stderr says why; KURSDESK_DEBUG=1 adds the stack), also a change to a SQLite file that is read-only for you (reading still works)
  2    usage error: unknown option, missing or malformed value, an argument over its length limit (2,000 characters for any argument; 200 for search texts), an option given twice with different values
  3    not found: no such learner, company, unit, migration or input file
  4    conflict: duplicate, stale update (changed since you read it), already booked, unit started, capacity below the enrolled count
  5    refused by policy: unverified identity, missing ticket, synthetic ID in a real database, an account type that may not book a course, an inactive employer, a database server role your login lacks (the message names it), an edit of the append-only audit log
  130  cancelled: Ctrl-C at a prompt, or SIGINT (Ctrl-C) while a command runs
  143  stopped by SIGTERM (kill, a job's timeout)
  On 130 and 143 one line on stderr says so, and a change in progress is rolled back: the database is as it was before the command.`;

export interface UserErrorOptions {
  /** The next step the user can take, printed after the message. */
  hint?: string | Text;
  /** Data that explains the error (for example the existing record on a conflict). */
  detail?: Record<string, unknown>;
}

export class UserError extends Error {
  readonly exitCode: ExitCode;
  /** The hint in English (as `message` is). */
  readonly hint: string | undefined;
  readonly detail: Record<string, unknown> | undefined;
  /** The coded message, when it is in the catalogue. */
  readonly text: Text | undefined;
  readonly hintText: string | Text | undefined;
  constructor(message: string | Text, exitCode: ExitCode = ExitCode.failed, options: UserErrorOptions = {}) {
    super(String(message));
    this.name = new.target.name;
    this.exitCode = exitCode;
    this.text = typeof message === 'string' ? undefined : message;
    this.hintText = options.hint;
    this.hint = options.hint === undefined ? undefined : String(options.hint);
    this.detail = options.detail;
  }

  /** The stable code scripts match on, or undefined for a message not yet in the catalogue. */
  get code(): string | undefined {
    return this.text?.code;
  }

  /** The message in the agent's language (English where it has no code yet). */
  messageIn(lang: Lang): string {
    return this.text ? this.text.in(lang) : this.message;
  }

  hintIn(lang: Lang): string | undefined {
    return this.hintText === undefined ? undefined : textIn(this.hintText, lang);
  }
}

export class UsageError extends UserError {
  constructor(message: string | Text, options?: UserErrorOptions) {
    super(message, ExitCode.usage, options);
  }
}

export class NotFoundError extends UserError {
  constructor(message: string | Text, options?: UserErrorOptions) {
    super(message, ExitCode.notFound, options);
  }
}

export class ConflictError extends UserError {
  constructor(message: string | Text, options?: UserErrorOptions) {
    super(message, ExitCode.conflict, options);
  }
}

export class PolicyError extends UserError {
  constructor(message: string | Text, options?: UserErrorOptions) {
    super(message, ExitCode.refused, options);
  }
}

export class CancelledError extends UserError {
  constructor(message: string | Text = 'cancelled') {
    super(message, ExitCode.cancelled);
  }
}

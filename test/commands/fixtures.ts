// Shared by the command and end-to-end tests: the learners they register, the argv that registers
// them, and what a one-line error looks like. The national IDs are published example numbers
// (reference/norwegian-ids.md §1.8), valid under the 1964 rule.

export interface TestPerson {
  firstName: string;
  lastName: string;
  email: string;
  nationalId: string;
  birthDate: string;
  /** What output may show of the national ID: the birth date part and five stars. */
  mask: string;
  /** The digits no output may ever show (individual number and check digits). */
  secretPart: string;
  hmsCard: string;
}

function person(
  firstName: string,
  lastName: string,
  email: string,
  nationalId: string,
  birthDate: string,
  hmsCard: string,
): TestPerson {
  return {
    firstName,
    lastName,
    email,
    nationalId,
    birthDate,
    mask: `${nationalId.slice(0, 6)} *****`,
    secretPart: nationalId.slice(6),
    hmsCard,
  };
}

export const KARI = person(
  'Kari',
  'Nordmann',
  'kari.nordmann@firma.no',
  '15108695088',
  '1986-10-15',
  'HMS123456',
);
export const OLA = person('Ola', 'Hansen', 'ola.hansen@bygg.no', '20036914700', '1969-03-20', 'HMS654321');
export const SIRI = person('Siri', "O'Neill", 'siri@anlegg.no', '13097248022', '1972-09-13', 'HMS777888');

/** `users create` with every required flag from `who`; `overrides` replace single flags (`undefined` drops one). */
export function createArgv(who: TestPerson, overrides: Record<string, string | undefined> = {}): string[] {
  const flags: Record<string, string | undefined> = {
    '--first-name': who.firstName,
    '--last-name': who.lastName,
    '--email': who.email,
    '--national-id': who.nationalId,
    '--hms-card': who.hmsCard,
    '--type': 'free',
    ...overrides,
  };
  const argv = ['users', 'create'];
  for (const [flag, value] of Object.entries(flags)) if (value !== undefined) argv.push(flag, value);
  return argv;
}

/** Escape sequences of colour and style. */
export const ANSI = /\u001b\[[0-9;]*m/;

export function stripAnsi(text: string): string {
  return text.replace(new RegExp(ANSI.source, 'g'), '');
}

/** What the user sees of a failure: one line on stderr, `kursdesk: …`, and no stack trace. */
export function oneLineError(stderr: string): string {
  const lines = stderr.trimEnd().split('\n');
  if (lines.length !== 1 || !stderr.endsWith('\n') || !lines[0]!.startsWith('kursdesk: ')) {
    throw new Error(`expected one line 'kursdesk: …' on stderr, got:\n${stderr}`);
  }
  return lines[0]!;
}

/** The error of a command run with `--format json`: one stderr line `kursdesk: {"error": …}`. */
export function jsonError(stderr: string): {
  code: string | null;
  exit_code: number;
  message: string;
  hint?: string;
} {
  return (
    JSON.parse(oneLineError(stderr).slice('kursdesk: '.length)) as { error: ReturnType<typeof jsonError> }
  ).error;
}

/** The value beside `field` in a record printed as a key-value table (`--format table`). */
export function recordValue(stdout: string, field: string): string | undefined {
  const line = stdout.split('\n').find((l) => l.startsWith(`${field} `));
  return line?.slice(field.length).trim();
}

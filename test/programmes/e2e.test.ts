// The built binary on both dialects, as a shell script uses it: the expiring report piped as CSV (data
// on stdout, the summary on stderr), and the one-line errors and exit codes of unknown codes.
import { afterAll, describe, expect, it } from 'vitest';
import { oneLineError } from '../commands/fixtures.js';
import { seedCatalogue } from '../helpers/catalogue.js';
import { DIALECTS, stopTestServers, useTestDatabase } from '../helpers/databases.js';
import { runBin } from '../helpers/e2e.js';
import { slowTests } from '../helpers/limits.js';

slowTests();

afterAll(stopTestServers);

/** The day `days` from the real today (the binary reads the system clock). */
function fromToday(days: number): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

describe.each(DIALECTS)('on %s', (dialect) => {
  const t = useTestDatabase(dialect);
  const kd = (argv: string[]) => runBin(['--db', t().url, ...argv]);

  it('reports expiring --format csv writes only the rows to stdout', async () => {
    const s = await seedCatalogue(t().db.kysely);
    await s.completion({
      user_id: s.full.id,
      course_id: s.courses.safety.id,
      completed_on: fromToday(-700),
      expires_on: fromToday(30),
    });
    const run = await kd([
      'reports',
      'expiring',
      '--within',
      '60d',
      '--format',
      'csv',
      '--fields',
      'email,course,days_left',
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('email,course,days_left\nola@bygg.no,SIK-100,30\n');
    expect(run.stderr).toContain('1 qualification(s) expiring');
  });

  it('unknown course and programme codes exit 3 with one line', async () => {
    await seedCatalogue(t().db.kysely);
    const course = await kd(['courses', 'show', 'SV-301']);
    expect(course.code).toBe(3);
    expect(oneLineError(course.stderr)).toBe(
      'kursdesk: no course has the code SV-301 — did you mean SV-300, SV-320?',
    );
    expect(course.stdout).toBe('');
    const programme = await kd(['programmes', 'status', '1', '--programme', 'OL-XY']);
    expect(programme.code).toBe(3);
    expect(programme.stdout).toBe('');
  });
});

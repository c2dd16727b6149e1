// W12 on both dialects: `courses search` (typos, Norwegian letters, as a learner sees it), `courses show`
// (units with seats left and waitlist, programmes), `courses list`, and `courses why-hidden` with every
// reason and the reply; unknown courses and learners exit 3, bad options exit 2, and nothing is written.
import { afterAll, describe, expect, it } from 'vitest';
import { createArgv, KARI, oneLineError } from '../commands/fixtures.js';
import { seedCatalogue } from '../helpers/catalogue.js';
import { type CliOptions, runCli } from '../helpers/cli.js';
import { DIALECTS, stopTestServers, useTestDatabase } from '../helpers/databases.js';

afterAll(stopTestServers);

describe.each(DIALECTS)('on %s', (dialect) => {
  const t = useTestDatabase(dialect);
  const kd = (argv: string[], options: CliOptions = {}) => runCli(argv, { db: t().url, ...options });
  const json = (stdout: string) => JSON.parse(stdout);
  const auditCount = async () =>
    Number(
      (
        await t()
          .db.kysely.selectFrom('audit_log')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  describe('courses search', () => {
    it('ranks with reasons, forgiving typos and æ/ø/å', async () => {
      await seedCatalogue(t().db.kysely);
      const run = await kd(['courses', 'search', 'sikerhetsvakt', 'grunnopplaering', '--format', 'json']);
      expect(run.code, run.stderr).toBe(0);
      const result = json(run.stdout);
      expect(result.hits[0]).toMatchObject({ rank: 1, code: 'SV-300', paid: true, visible_to: 'full' });
      expect(result.hits[0].matched).toEqual([
        'title "sikkerhetsvakt" ≈ "sikerhetsvakt" (1 typo)',
        'title "grunnopplaering"',
      ]);
      const byCode = await kd(['courses', 'search', 'sik100', '--format', 'ids']);
      expect(byCode.stdout.split('\n')[0]).toBe('SIK-100');
    });

    it('--as shows only what the learner sees and names the hidden matches', async () => {
      await seedCatalogue(t().db.kysely);
      const agent = await kd(['courses', 'search', 'sikkerhet', '--format', 'ids']);
      expect(agent.stdout.trim().split('\n').sort()).toEqual(['SIK-100', 'SV-300', 'SV-320']);
      const run = await kd(['courses', 'search', 'sikkerhet', '--as', 'kari@firma.no', '--format', 'ids']);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe('SIK-100\n');
      expect(run.stderr).toContain(
        '2 more match but are hidden from this learner: SV-300, SV-320; see kursdesk courses why-hidden SV-300 --user kari@firma.no',
      );
      // Inactive courses are hidden from learners, though an agent finds them.
      expect((await kd(['courses', 'search', 'kontaktledning', '--format', 'ids'])).stdout).toBe('GML-050\n');
      const asFull = await kd(['courses', 'search', 'kontaktledning', '--as', 'ola@bygg.no']);
      expect(asFull.code).toBe(3);
      expect(asFull.stderr).toContain("no course this learner sees matches 'kontaktledning'");
    });

    it('no match exits 3; an unknown learner for --as exits 3; an empty text or bad limit exits 2', async () => {
      await seedCatalogue(t().db.kysely);
      const none = await kd(['courses', 'search', 'helikopter']);
      expect(none.code).toBe(3);
      expect(none.stderr).toContain("no course matches 'helikopter'");
      const who = await kd(['courses', 'search', 'sikkerhet', '--as', 'nobody@firma.no']);
      expect(who.code).toBe(3);
      expect(oneLineError(who.stderr)).toContain('no learner has the e-mail nobody@firma.no');
      expect((await kd(['courses', 'search', ' '])).code).toBe(2);
      const limit = await kd(['courses', 'search', 'sik', '--limit', '0']);
      expect(limit.code).toBe(2);
      expect(oneLineError(limit.stderr)).toContain('--limit must be a whole number from 1 to 500');
    });
  });

  describe('courses show and list', () => {
    it.each([
      ['courses', '151086-95077'],
      ['programmes', '15108695077'],
    ])(
      '%s show %j: a national ID typed as the code is not read back, valid or mistyped',
      async (noun, typed) => {
        await seedCatalogue(t().db.kysely);
        const run = await kd([noun, 'show', typed]);
        expect(run.code).toBe(3);
        expect(run.stderr).toContain('151086 *****');
        expect(run.stderr).not.toContain('95077');
      },
    );

    it('lists future units with seats left and waitlist, and the programmes', async () => {
      const s = await seedCatalogue(t().db.kysely);
      const run = await kd(['courses', 'show', 'sv-300', '--format', 'json']);
      expect(run.code, run.stderr).toBe(0);
      const course = json(run.stdout);
      expect(course).toMatchObject({ code: 'SV-300', paid: true, price_nok: 14500, visible_to: 'full' });
      expect(
        course.units.map((u: Record<string, unknown>) => [
          u.unit,
          u.capacity,
          u.enrolled,
          u.seats_left,
          u.waitlist,
          u.status,
        ]),
      ).toEqual([
        [s.units.fullUnit.id, 1, 1, 0, 2, 'scheduled'],
        [s.units.openUnit.id, 16, 1, 15, 0, 'scheduled'],
        [expect.any(Number), 10, 0, 0, 0, 'cancelled'],
      ]);
      expect(course.programmes).toEqual([
        { code: 'OL-SV', title: 'Opplæringsløp sikkerhetsvakt', position: 2 },
      ]);
      const table = await kd(['courses', 'show', 'SV-300']);
      expect(table.stdout).toContain('Coming units');
      expect(table.stdout).toMatch(/Marienborg, Trondheim .* 16 +1 +15 +0 +scheduled/);
    });

    it('an unknown code exits 3 with "did you mean"; a malformed one exits 2', async () => {
      await seedCatalogue(t().db.kysely);
      const run = await kd(['courses', 'show', 'SV-3000']);
      expect(run.code).toBe(3);
      expect(oneLineError(run.stderr)).toBe(
        'kursdesk: no course has the code SV-3000 — did you mean SV-300, SV-320?',
      );
      const bad = await kd(['courses', 'show', 'SV 300!']);
      expect(bad.code).toBe(2);
      expect(oneLineError(bad.stderr)).toContain("<course>: 'SV 300!' is not a course code");
    });

    it('list shows active courses; --all adds the inactive; --kind filters', async () => {
      await seedCatalogue(t().db.kysely);
      expect((await kd(['courses', 'list', '--format', 'ids'])).stdout).toBe(
        'SIK-100\nSKI-610\nSV-300\nSV-320\n',
      );
      expect((await kd(['courses', 'list', '--all', '--format', 'count'])).stdout).toBe('5\n');
      expect((await kd(['courses', 'list', '--kind', 'exam', '--format', 'ids'])).stdout).toBe('SV-320\n');
      expect((await kd(['courses', 'list', '--kind', 'lecture'])).code).toBe(2);
    });
  });

  describe('courses why-hidden', () => {
    const why = async (code: string, user: string) => {
      const run = await kd(['courses', 'why-hidden', code, '--user', user, '--format', 'json']);
      expect(run.code, run.stderr).toBe(0);
      return json(run.stdout) as {
        verdict: string;
        reasons: { reason: string; effect: string; explanation: string; fix: string | null }[];
      };
    };

    it('a free account and a paid course: the type change that fixes it', async () => {
      await seedCatalogue(t().db.kysely);
      const result = await why('SV-300', 'kari@firma.no');
      expect(result.verdict).toBe('hidden');
      expect(result.reasons.map((r) => [r.reason, r.fix])).toEqual([
        ['account-type', 'kursdesk users set-type kari@firma.no full --employer <orgnr>'],
      ]);
      const table = await kd(['courses', 'why-hidden', 'SV-300', '--user', 'kari@firma.no']);
      expect(table.stdout).toContain('verdict: hidden: SV-300 for Kari Nordmann (learner 1, free account)');
    });

    it('no unit scheduled, every unit full, already passed, inactive, or nothing at all', async () => {
      const s = await seedCatalogue(t().db.kysely);
      expect((await why('SKI-610', 'ola@bygg.no')).reasons.map((r) => [r.reason, r.fix])).toEqual([
        ['no-unit', 'kursdesk units request SKI-610 --user ola@bygg.no'],
      ]);
      // Ola is second on the waitlist of the full January unit; February has seats.
      expect((await why('SV-300', 'ola@bygg.no')).reasons).toEqual([
        expect.objectContaining({
          reason: 'already-booked',
          explanation: expect.stringContaining('number 2 on the waitlist'),
        }),
      ]);
      // Siri waits for January but holds a seat in February: the seat is what counts.
      expect((await why('SV-300', 'siri@bygg.no')).reasons.map((r) => r.explanation)).toEqual([
        `the learner already has a seat on unit ${s.units.openUnit.id} (2027-02-15, Marienborg, Trondheim)`,
      ]);
      // Fill February too: Per (no booking) now meets every unit full.
      await t()
        .db.kysely.updateTable('course_units')
        .set({ capacity: 1 })
        .where('id', '=', s.units.openUnit.id)
        .execute();
      const full = await why('SV-300', 'per@skinnegang.no');
      expect(full.verdict).toBe('visible'); // Per holds the January seat
      await t().db.kysely.deleteFrom('enrolments').where('user_id', '=', s.elsewhere.id).execute();
      await t()
        .db.kysely.insertInto('enrolments')
        .values({
          unit_id: s.units.fullUnit.id,
          user_id: s.colleague.id,
          status: 'enrolled',
          queued_at: '2026-10-05T08:00:00.000Z',
        })
        .onConflict((oc) => oc.columns(['unit_id', 'user_id']).doUpdateSet({ status: 'enrolled' }))
        .execute();
      const allFull = await why('SV-300', 'per@skinnegang.no');
      expect(allFull.verdict).toBe('cannot-book');
      expect(allFull.reasons.map((r) => [r.reason, r.fix])).toEqual([
        ['all-full', `kursdesk units enrol per@skinnegang.no ${s.units.fullUnit.id}`],
      ]);
      await s.completion({
        user_id: s.elsewhere.id,
        course_id: s.courses.guard.id,
        completed_on: '2025-05-02',
        expires_on: '2028-05-02',
      });
      const passed = await why('SV-300', 'per@skinnegang.no');
      expect(passed.reasons.map((r) => r.reason)).toEqual(['passed-valid', 'all-full']);
      expect(passed.reasons[0]?.explanation).toContain('valid until 2028-05-02');
      expect((await why('GML-050', 'ola@bygg.no')).reasons.map((r) => r.reason)).toEqual(['inactive']);
      const clear = await kd(['courses', 'why-hidden', 'SIK-100', '--user', 'ola@bygg.no']);
      expect(clear.code).toBe(0);
      expect(clear.stderr).toContain('nothing hides the course: the learner sees it and can book it');
    });

    it('a learner named by national ID: the fix names the learner id, never the number', async () => {
      await seedCatalogue(t().db.kysely);
      const created = await kd([...createArgv(KARI), '--format', 'json']);
      expect(created.code, created.stderr).toBe(0);
      const id = json(created.stdout).id;
      const run = await kd(['courses', 'why-hidden', 'SV-300', '--user', KARI.nationalId]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain(`kursdesk users set-type ${id} full --employer <orgnr>`);
      expect(run.stdout + run.stderr).not.toContain(KARI.secretPart);
      const search = await kd(['courses', 'search', 'sikkerhet', '--as', KARI.nationalId]);
      expect(search.stderr).toContain(`why-hidden SV-300 --user ${id}`);
      expect(search.stdout + search.stderr).not.toContain(KARI.secretPart);
    });

    it('--reply writes the letter to the learner in bokmål or English, and the fix for the agent', async () => {
      await seedCatalogue(t().db.kysely);
      const nb = await kd(['courses', 'why-hidden', 'SV-300', '--user', 'kari@firma.no', '--reply', 'nb']);
      expect(nb.code).toBe(0);
      // The reasons table first (what the agent acts on), then the letter after its ruler.
      const [table, letter] = nb.stdout.split('\n── reply to send ──\n\n');
      expect(table).toContain('verdict: ');
      expect(letter).toMatch(/^Hei Kari,\n\nSV-300 Sikkerhetsvakt – grunnopplæring er et betalingskurs\./);
      expect(nb.stdout).toContain('Vennlig hilsen');
      expect(nb.stderr).toContain('to do: kursdesk users set-type kari@firma.no full --employer <orgnr>');
      const en = await kd(['courses', 'why-hidden', 'SKI-610', '--user', '2', '--reply', 'en']);
      expect(en.stdout).toContain('There are no scheduled dates for SKI-610 Shunting');
    });

    it('unknown course or learner exits 3, a bad --reply or missing --user exits 2; nothing is written', async () => {
      await seedCatalogue(t().db.kysely);
      const course = await kd(['courses', 'why-hidden', 'SV-30', '--user', '1']);
      expect(course.code).toBe(3);
      expect(oneLineError(course.stderr)).toContain('no course has the code SV-30');
      const learner = await kd(['courses', 'why-hidden', 'SV-300', '--user', '999']);
      expect(learner.code).toBe(3);
      expect(oneLineError(learner.stderr)).toBe('kursdesk: no learner has id 999');
      expect((await kd(['courses', 'why-hidden', 'SV-300', '--user', '1', '--reply', 'de'])).code).toBe(2);
      const missing = await kd(['courses', 'why-hidden', 'SV-300']);
      expect(missing.code).toBe(2);
      expect(oneLineError(missing.stderr)).toContain('missing --user');
      expect(await auditCount()).toBe(0);
    });
  });
});

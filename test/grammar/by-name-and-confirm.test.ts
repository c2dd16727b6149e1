// A company by name (one resolver behind --employer, --to, --from and the prompts) and confirmation before
// irreversible or bulk changes, in-process on both dialects: a terminal answers yes or no through the
// scripted prompter; without one and without --yes nothing is changed (exit 2).
import { afterAll, describe, expect, it } from 'vitest';
import { resolveCustomer } from '../../src/workflows/companies/resolve.js';
import { DIALECTS, stopTestServers } from '../helpers/databases.js';
import { useMovesWorld } from '../helpers/moves-world.js';
import { enrolmentById, insertCompany } from '../helpers/rows.js';
import { INACTIVE, NEW, OLD } from '../moves/setup.js';

afterAll(stopTestServers);

describe.each(DIALECTS)('companies by name and confirmations on %s', (dialect) => {
  const m = useMovesWorld(dialect);
  const { kd } = m;
  const employerOf = async (id: number) =>
    (
      await m.t.db.kysely
        .selectFrom('users')
        .select('employer_id')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    ).employer_id;
  const auditCount = async () => (await m.t.db.kysely.selectFrom('audit_log').select('id').execute()).length;

  describe('a company by name', () => {
    it('takes a unique match and says which company it took', async () => {
      const run = await kd(['users', 'move', '1', '--to', 'bane og signal', '--format', 'json']);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toContain(`--to 'bane og signal': ${NEW.name} (${NEW.org_number})`);
      expect(await employerOf(m.w.learners[0]!)).toBe(m.w.new);
    });

    it('prefers the company whose whole name it is over longer names that contain it', async () => {
      await insertCompany(m.t.db.kysely, { org_number: '974760673', name: 'Bane og Signal Norge Nord AS' });
      const found = await resolveCustomer({ db: m.t.db }, 'Bane og Signal Norge');
      expect(found).toMatchObject({ kind: 'unique', company: { org_number: NEW.org_number } });
    });

    it('finds Norwegian letters in any case', async () => {
      await insertCompany(m.t.db.kysely, { org_number: '974760673', name: 'Jæren Maskin og Transport AS' });
      const found = await resolveCustomer({ db: m.t.db }, 'JÆREN MASKIN');
      expect(found).toMatchObject({ kind: 'unique', company: { org_number: '974760673' } });
    });

    it("takes '&', 'og' and 'and' for one another when the name as written finds nothing", async () => {
      await insertCompany(m.t.db.kysely, { org_number: '974760673', name: 'Lia Bru & Tunnel AS' });
      expect(await resolveCustomer({ db: m.t.db }, 'Bane & Signal Norge')).toMatchObject({
        kind: 'unique',
        query: 'Bane & Signal Norge',
        company: { org_number: NEW.org_number },
      });
      expect(await resolveCustomer({ db: m.t.db }, 'lia bru og tunnel')).toMatchObject({
        kind: 'unique',
        company: { org_number: '974760673' },
      });
      expect(await resolveCustomer({ db: m.t.db }, 'Lia Bru and Tunnel')).toMatchObject({ kind: 'unique' });
      // The words around the 'and' must still be there.
      expect(await resolveCustomer({ db: m.t.db }, 'Bane & Tunnel')).toMatchObject({ kind: 'none' });
      const run = await kd(['users', 'find', '--name', 'Kari Nordmann', '--employer', 'Bane&Signal']);
      expect(run.stderr).toContain(`--employer 'Bane&Signal': ${NEW.name} (${NEW.org_number})`);
    });

    it('finds a name written loosely: Ø as O or Oe, Æ as Ae, spaces, A/S', async () => {
      await insertCompany(m.t.db.kysely, { org_number: '974760673', name: 'Sørvest Kjøreledning AS' });
      await insertCompany(m.t.db.kysely, { org_number: '981306236', name: 'Bærum Sporservice AS' });
      for (const written of [
        'sorvest kjoreledning',
        'Soervest  Kjoereledning A/S',
        'SORVEST KJØRELEDNING AS',
      ])
        expect(await resolveCustomer({ db: m.t.db }, written), written).toMatchObject({
          kind: 'unique',
          query: written,
          company: { org_number: '974760673' },
        });
      expect(await resolveCustomer({ db: m.t.db }, 'baerum sporservice')).toMatchObject({
        kind: 'unique',
        company: { org_number: '981306236' },
      });
      // Another word is still another company.
      expect(await resolveCustomer({ db: m.t.db }, 'sorvest sporservice')).toMatchObject({ kind: 'none' });
    });

    it('users find --employer: the companies with exactly the name written count, else every match', async () => {
      // INACTIVE is 'Nordbane Sporteknikk AS': the same name with another legal form is the same name,
      // one with a word more is not.
      await insertCompany(m.t.db.kysely, { org_number: '974760673', name: 'Nordbane Sporteknikk ASA' });
      await insertCompany(m.t.db.kysely, { org_number: '981306236', name: 'Nordbane Sporteknikk Øst AS' });
      const find = (employer: string) =>
        kd(['users', 'find', '--name', 'Kari Nordmann', '--employer', employer]);
      expect((await find('nordbane sporteknikk')).stderr).toContain(
        `--employer 'nordbane sporteknikk' names 2 companies; each counts as the employer: ${INACTIVE.name} (${INACTIVE.org_number}), Nordbane Sporteknikk ASA (974760673)\n`,
      );
      expect((await find('Nordbane Sport')).stderr).toContain(
        `--employer 'Nordbane Sport' names 3 companies; each counts as the employer: ${INACTIVE.name} (${INACTIVE.org_number}), Nordbane Sporteknikk ASA (974760673), Nordbane Sporteknikk Øst AS (981306236)\n`,
      );
    });

    it('several matches without a terminal: a numbered list and exit 4, nothing changed', async () => {
      const before = await auditCount();
      const run = await kd(['reports', 'hms', '--employer', ' AS']);
      expect(run.code).toBe(4);
      expect(run.stderr).toMatch(/ {3}1\. \d{9} {2}\S.* \(active\)/);
      expect(run.stderr).toContain('matches 3 companies — give the org number: --employer <orgnr>');
      expect(await auditCount()).toBe(before);
    });

    it('several matches in a terminal: a choice', async () => {
      const run = await kd(['users', 'move', '1', '--to', ' AS', '--format', 'json'], {
        tty: true,
        answers: [NEW.org_number],
      });
      expect(run.code, run.stderr).toBe(0);
      expect(run.asked).toEqual(["'AS' matches 3 companies: which one?"]);
      expect(await employerOf(m.w.learners[0]!)).toBe(m.w.new);
    });

    it('the prompt for a missing company takes a name', async () => {
      const run = await kd(['users', 'move', '2', '--format', 'json'], {
        tty: true,
        answers: ['Bane og Signal'],
      });
      expect(run.code, run.stderr).toBe(0);
      expect(run.asked).toEqual(['New employer (name or org number)']);
    });

    it('no match: exit 3 with the command that registers a company', async () => {
      const run = await kd(['users', 'move', '1', '--to', 'Ukjent Firma']);
      expect(run.code).toBe(3);
      expect(run.stderr).toBe(
        "kursdesk: no customer company is called 'Ukjent Firma' — search with kursdesk companies find <part of the name>, or register it: kursdesk companies register <orgnr>\n",
      );
    });

    it('digits are an org number, so a wrong check digit is still a usage error', async () => {
      expect((await kd(['users', 'move', '1', '--to', '912837458'])).code).toBe(2);
    });
  });

  describe('confirmation', () => {
    const bulk = ['users', 'move', '--from', 'gammel bygg', '--to', NEW.org_number];

    it('without a terminal and without --yes a bulk move changes nothing and says what it would do (exit 2)', async () => {
      const before = await auditCount();
      const run = await kd(bulk);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(
        `nothing was changed: this would move 3 learner(s) from ${OLD.name} (${OLD.org_number}) to ${NEW.name} (${NEW.org_number}), which needs confirmation — add --yes`,
      );
      expect(await employerOf(m.w.learners[0]!)).toBe(m.w.old);
      expect(await auditCount()).toBe(before);
    });

    it('in a terminal it shows the learners and asks; no changes nothing (exit 130), yes moves them', async () => {
      const no = await kd(bulk, { tty: true, answers: [false] });
      expect(no.code).toBe(130);
      expect(no.stderr).toContain('This will move 3 learner(s)');
      expect(no.stderr).toMatch(/learner \d+ Kari/);
      expect(await employerOf(m.w.learners[0]!)).toBe(m.w.old);
      const yes = await kd(bulk, { tty: true, answers: [true] });
      expect(yes.code, yes.stderr).toBe(0);
      expect(yes.asked).toEqual([
        `Move 3 learner(s) from ${OLD.name} (${OLD.org_number}) to ${NEW.name} (${NEW.org_number})?`,
      ]);
      for (const id of m.w.learners) expect(await employerOf(id)).toBe(m.w.new);
    });

    it('--yes answers for scripts; --dry-run never asks', async () => {
      expect((await kd([...bulk, '--dry-run'])).code).toBe(0);
      expect(await employerOf(m.w.learners[0]!)).toBe(m.w.old);
      expect((await kd([...bulk, '--yes'])).code).toBe(0);
      expect(await employerOf(m.w.learners[0]!)).toBe(m.w.new);
    });

    it('unenrol names the seat and asks; the old top-level form asks the same', async () => {
      const seat = await enrolmentById(m.t.db.kysely, m.w.comingPaid);
      const refused = await kd(['unenrol', '1', String(seat.unit_id)]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain(
        `this would take learner 1 off their seat on unit ${seat.unit_id} (KL-200)`,
      );
      const no = await kd(['units', 'unenrol', '1', String(seat.unit_id)], { tty: true, answers: [false] });
      expect(no.code).toBe(130);
      const still = await enrolmentById(m.t.db.kysely, m.w.comingPaid);
      expect(still.status).toBe('enrolled');
      const yes = await kd(['units', 'unenrol', '1', String(seat.unit_id)], { tty: true, answers: [true] });
      expect(yes.code, yes.stderr).toBe(0);
    });
  });
});

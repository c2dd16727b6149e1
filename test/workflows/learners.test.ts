// W16 on both dialects: registering a learner (one account per person, employer rules, synthetic IDs
// only in test databases), finding one again by id, e-mail or national ID, and keeping the plain
// national ID out of the database.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { TABLES } from '../../src/db/schema.js';
import { verifyAuditChain } from '../../src/db/write-gate.js';
import { type NationalId, parseNationalId } from '../../src/domain/national-id.js';
import { keyFingerprint } from '../../src/domain/national-id-hash.js';
import {
  ConflictError,
  ExitCode,
  NotFoundError,
  PolicyError,
  UsageError,
  UserError,
} from '../../src/errors.js';
import { listAudit } from '../../src/workflows/audit.js';
import { markDatabase } from '../../src/workflows/database.js';
import {
  createLearner,
  type LearnerSelector,
  learnerProfile,
  type NewLearner,
  parseLearnerSelector,
  resolveLearner,
} from '../../src/workflows/learners.js';
import { TEST_NOW, TEST_SECRET } from '../helpers/cli.js';
import { DIALECTS, stopTestServers, type TestDatabase, useTestDatabase } from '../helpers/databases.js';
import { testDeps } from '../helpers/deps.js';
import { insertCompany, insertEarlierEmail } from '../helpers/rows.js';

afterAll(stopTestServers);

const TODAY = TEST_NOW.slice(0, 10);
// Published example numbers (norwegian-ids.md §1.8).
const KARI_FNR = '15108695088'; // fnr, born 1986-10-15
const OLA_FNR = '20036914700'; // fnr, born 1969-03-20
const D_NUMBER = '53097248016'; // D-number, date 1972-09-13
const SYNTHETIC = '01912450097'; // Tenor synthetic, born 2024-11-01
const AMBIGUOUS = '41810021827'; // D + synthetic: 1900-01-01 or 2000-01-01

function nationalId(digits: string): NationalId {
  const parsed = parseNationalId(digits, { allowSynthetic: true, today: TODAY });
  if (!parsed.ok) throw new Error(`test vector ${digits}: ${parsed.error}`);
  return parsed.value;
}

function learner(overrides: Partial<NewLearner> = {}): NewLearner {
  return {
    givenNames: 'Kari-Anne',
    familyName: 'Nordmann',
    birthDate: undefined,
    email: 'kari.nordmann@firma.no',
    nationalId: nationalId(KARI_FNR),
    hmsCard: 'AB123456',
    accountType: 'free',
    status: 'pending',
    employerOrgNumber: undefined,
    invoiceReference: undefined,
    phone: undefined,
    ...overrides,
  };
}

describe('parseLearnerSelector', () => {
  it.each([
    ['42', { by: 'id', id: 42 }],
    [' 7 ', { by: 'id', id: 7 }],
    ['Kari.Nordmann@Firma.NO', { by: 'email', email: 'kari.nordmann@firma.no' }],
    ['15108695088', { by: 'national-id', nationalId: '15108695088' }],
    ['151086 95088', { by: 'national-id', nationalId: '15108695088' }],
    ['15.10.86 950 88', { by: 'national-id', nationalId: '15108695088' }],
  ] as [string, LearnerSelector][])('reads %j', (text, selector) => {
    expect(parseLearnerSelector(text)).toEqual(selector);
  });

  it('refuses an empty learner with its own message', () => {
    expect(() => parseLearnerSelector('  ')).toThrow('the learner is empty');
  });

  it.each(['0', '-3', 'kari', '1.5'])('refuses %j as a usage error', (text) => {
    expect(() => parseLearnerSelector(text)).toThrow(UsageError);
    expect(() => parseLearnerSelector(text)).toThrow(
      `'${text}' is not a learner id, e-mail or national ID (11 digits)`,
    );
  });
});

describe.each(DIALECTS)('learners on %s', (dialect) => {
  const database = useTestDatabase(dialect);
  let t: TestDatabase;
  beforeEach(() => {
    t = database();
  });

  const deps = (options: Parameters<typeof testDeps>[1] = {}) => testDeps(t.db, options);
  const rows = (table: 'users' | 'audit_log' | 'email_history' | 'employment_history' | 'kursdesk_meta') =>
    t.db.kysely.selectFrom(table).selectAll().execute();
  const markTest = () => markDatabase(t.db, deps().actor(), 'test');

  /** Every row of every table, for checks that nothing was written. */
  const snapshot = async () =>
    Object.fromEntries(
      await Promise.all(
        TABLES.map(async (table) => [table, await t.db.kysely.selectFrom(table).selectAll().execute()]),
      ),
    );

  describe('createLearner', () => {
    it('registers a learner whose profile shows the masked national ID and the HMS card state', async () => {
      const created = await createLearner(deps(), learner(), { dryRun: false });
      expect(created.dryRun).toBe(false);
      expect(created.warnings).toEqual([]);
      expect(created.profile).toMatchObject({
        name: 'Kari-Anne Nordmann',
        given_names: 'Kari-Anne',
        family_name: 'Nordmann',
        birth_date: '1986-10-15',
        national_id: '151086 *****',
        national_id_kind: 'fnr',
        email: 'kari.nordmann@firma.no',
        account_type: 'free',
        status: 'pending',
        employer: null,
        employer_org_number: null,
        hms_card: '*****456',
        hms_card_registered_on: TODAY,
        hms_card_renewal_due: '2028-11-25',
        created_at: TEST_NOW,
        updated_at: TEST_NOW,
        version: 1,
      });
      // The age is a coded phrase: its English (json, csv, yaml) as before.
      expect(String(created.profile.hms_card_age)).toBe('0 months');

      const later = await learnerProfile(t.db.kysely, created.profile.id, '2028-11-25', { history: true });
      expect(String(later.hms_card_age)).toBe('2 years');
      expect(later).toMatchObject({
        hms_card_renewal_due: '2028-11-25',
        hms_card_overdue: true,
      });
      expect(later.email_history).toEqual([
        { email: 'kari.nordmann@firma.no', valid_from: TEST_NOW, valid_to: null },
      ]);
      expect(later.employment_history).toEqual([]);
    });

    it('audits the creation with the agent, the ticket and masked values', async () => {
      const created = await createLearner(deps({ agent: 'alice', ticket: 'SUP-5' }), learner(), {
        dryRun: false,
      });
      const [entry] = await rows('audit_log');
      expect(entry).toMatchObject({
        agent: 'alice',
        ticket: 'SUP-5',
        action: 'users.create',
        target_type: 'user',
        target_id: String(created.profile.id),
        user_id: created.profile.id,
      });
      // The entry itself holds placeholders; the masked values live in audit_personal (erasable, W20)
      // and come back when the log is read.
      const raw = JSON.parse(entry!.changes) as { field: string; new: unknown }[];
      expect(Object.fromEntries(raw.map((c) => [c.field, c.new]))).toMatchObject({
        given_names: '[personal]',
      });
      const [read] = await listAudit({ db: database().db }, { limit: 10 });
      const changes = read!.changes as { field: string; new: unknown }[];
      const shown = Object.fromEntries(changes.map((c) => [c.field, c.new]));
      expect(shown).toMatchObject({
        given_names: 'K***',
        family_name: 'N***',
        email: 'k***@firma.no',
        birth_date: '1986-**-**',
        national_id_hash: '[hidden]',
        national_id_mask: '151086 *****',
        hms_card_number: '*****456',
      });
    });

    it('on --dry-run checks everything and shows the profile, but writes nothing', async () => {
      const before = await snapshot();
      const created = await createLearner(deps(), learner(), { dryRun: true });
      expect(created.dryRun).toBe(true);
      expect(created.profile).toMatchObject({ email: 'kari.nordmann@firma.no', national_id: '151086 *****' });
      expect(await snapshot()).toEqual(before);
    });

    it('refuses a second account for the same national ID with exit 4, showing the existing e-mail masked', async () => {
      const first = await createLearner(deps(), learner(), { dryRun: false });
      const before = await snapshot();
      const second = createLearner(deps(), learner({ email: 'kari.privat@gmail.com', givenNames: 'Kari' }), {
        dryRun: false,
      });
      await expect(second).rejects.toBeInstanceOf(ConflictError);
      const error = (await second.catch((e: unknown) => e)) as ConflictError;
      expect(error.exitCode).toBe(ExitCode.conflict);
      expect(error.message).toBe(
        `this national ID already has an account: learner ${first.profile.id}, e-mail k***@firma.no; one account per person`,
      );
      expect(error.detail).toEqual({ id: first.profile.id });
      expect(`${error.message} ${error.hint}`).not.toContain('kari.nordmann');
      expect(await snapshot()).toEqual(before);
    });

    it('refuses an e-mail that is already another learner’s login', async () => {
      const first = await createLearner(deps(), learner(), { dryRun: false });
      const before = await snapshot();
      const attempt = createLearner(
        deps(),
        learner({ nationalId: nationalId(OLA_FNR), birthDate: undefined }),
        {
          dryRun: false,
        },
      );
      await expect(attempt).rejects.toMatchObject({
        exitCode: ExitCode.conflict,
        message: `e-mail kari.nordmann@firma.no is already the login of learner ${first.profile.id}`,
      });
      expect(await snapshot()).toEqual(before);
    });

    it('warns when the e-mail was another learner’s earlier address', async () => {
      const first = await createLearner(deps(), learner(), { dryRun: false });
      await insertEarlierEmail(t.db.kysely, first.profile.id, 'ola@bygg.no');
      const created = await createLearner(
        deps(),
        learner({
          email: 'ola@bygg.no',
          nationalId: nationalId(OLA_FNR),
          givenNames: 'Ola',
          familyName: 'Hansen',
        }),
        { dryRun: false },
      );
      expect(created.warnings.map(String)).toEqual([
        `learner ${first.profile.id} used ola@bygg.no earlier; check this is not the same person`,
      ]);
    });

    describe('synthetic test national IDs', () => {
      it('are refused with exit 5 in a database not marked as test, and nothing is written', async () => {
        const attempt = createLearner(deps(), learner({ nationalId: nationalId(SYNTHETIC) }), {
          dryRun: false,
        });
        await expect(attempt).rejects.toBeInstanceOf(PolicyError);
        await expect(attempt).rejects.toMatchObject({
          exitCode: ExitCode.refused,
          message: 'synthetic test national IDs are accepted only in a test/demo database',
        });
        expect(await rows('users')).toEqual([]);
        expect(await rows('kursdesk_meta')).toEqual([]);
      });

      it('are accepted once the database is marked as test', async () => {
        await markTest();
        const created = await createLearner(deps(), learner({ nationalId: nationalId(SYNTHETIC) }), {
          dryRun: false,
        });
        expect(created.profile).toMatchObject({
          birth_date: '2024-11-01',
          national_id: '019124 *****',
          national_id_kind: 'synthetic',
        });
      });

      it('are refused again after the database is marked back as production', async () => {
        await markTest();
        await markDatabase(t.db, deps().actor(), 'production');
        await expect(
          createLearner(deps(), learner({ nationalId: nationalId(SYNTHETIC) }), { dryRun: false }),
        ).rejects.toBeInstanceOf(PolicyError);
      });
    });

    describe('birth date', () => {
      it('must match a fødselsnummer: a mismatch is a usage error and nothing is written', async () => {
        const attempt = createLearner(deps(), learner({ birthDate: '1986-10-16' }), { dryRun: false });
        await expect(attempt).rejects.toBeInstanceOf(UsageError);
        await expect(attempt).rejects.toMatchObject({
          exitCode: ExitCode.usage,
          message: "--birthdate 1986-10-16 does not match the national ID's birth date (1986-10-15)",
        });
        expect(await rows('users')).toEqual([]);
      });

      it('may differ from a D-number’s date, with a warning, and the given date is stored', async () => {
        const created = await createLearner(
          deps(),
          learner({ nationalId: nationalId(D_NUMBER), birthDate: '1972-10-01' }),
          { dryRun: false },
        );
        expect(created.warnings.map(String)).toEqual([
          "the D-number's date (1972-09-13) differs from the birth date 1972-10-01; D-numbers may carry a registration date",
        ]);
        expect(created.profile).toMatchObject({ birth_date: '1972-10-01', national_id_kind: 'd-number' });
      });

      it('must be given when the national ID leaves the century open', async () => {
        await markTest();
        const ambiguous = nationalId(AMBIGUOUS);
        expect(ambiguous.birthDate).toBeNull();
        await expect(
          createLearner(deps(), learner({ nationalId: ambiguous }), { dryRun: false }),
        ).rejects.toMatchObject({
          exitCode: ExitCode.usage,
          message: 'the national ID does not tell the birth date for certain: give --birthdate',
        });
        const created = await createLearner(
          deps(),
          learner({ nationalId: ambiguous, birthDate: '2000-01-01' }),
          {
            dryRun: false,
          },
        );
        expect(created.profile.birth_date).toBe('2000-01-01');
      });
    });

    describe('employer', () => {
      it.each(['full', 'driver'] as const)(
        'is required for a %s account (usage error, exit 2)',
        async (type) => {
          const attempt = createLearner(deps(), learner({ accountType: type }), { dryRun: false });
          await expect(attempt).rejects.toBeInstanceOf(UsageError);
          await expect(attempt).rejects.toMatchObject({
            exitCode: ExitCode.usage,
            message: `a ${type} account needs an employer (paid courses are invoiced to it): give --employer <org number>`,
          });
          expect(await rows('users')).toEqual([]);
        },
      );

      it('must be a customer: an unknown org number is not found (exit 3) and nothing is written', async () => {
        const before = await snapshot();
        const attempt = createLearner(
          deps(),
          learner({ accountType: 'full', employerOrgNumber: '974760673' }),
          {
            dryRun: false,
          },
        );
        await expect(attempt).rejects.toBeInstanceOf(NotFoundError);
        await expect(attempt).rejects.toMatchObject({
          exitCode: ExitCode.notFound,
          message: 'no customer company has org number 974760673',
          hint: 'register it first: kursdesk companies register 974760673',
        });
        expect(await snapshot()).toEqual(before);
      });

      it('must be an active customer (exit 5)', async () => {
        await insertCompany(t.db.kysely, {
          org_number: '974760673',
          name: 'Gammel Bygg AS',
          status: 'inactive',
        });
        const attempt = createLearner(
          deps(),
          learner({ accountType: 'full', employerOrgNumber: '974760673' }),
          {
            dryRun: false,
          },
        );
        await expect(attempt).rejects.toMatchObject({
          exitCode: ExitCode.refused,
          message: 'company Gammel Bygg AS (974760673) is not an active customer',
        });
        expect(await rows('users')).toEqual([]);
      });

      it('starts an open employment period with the invoice reference', async () => {
        await insertCompany(t.db.kysely, { org_number: '988077917', name: 'Bygg og Anlegg AS' });
        const created = await createLearner(
          deps(),
          learner({ accountType: 'driver', employerOrgNumber: '988077917', invoiceReference: 'PO-4471' }),
          { dryRun: false },
        );
        expect(created.profile).toMatchObject({
          account_type: 'driver',
          employer: 'Bygg og Anlegg AS',
          employer_org_number: '988077917',
          invoice_reference: 'PO-4471',
        });
        const profile = await learnerProfile(t.db.kysely, created.profile.id, TODAY, { history: true });
        expect(profile.employment_history).toEqual([
          {
            org_number: '988077917',
            company: 'Bygg og Anlegg AS',
            invoice_reference: 'PO-4471',
            started_on: TODAY,
            ended_on: null,
          },
        ]);
      });

      it('may be given for a free account too', async () => {
        await insertCompany(t.db.kysely);
        const created = await createLearner(deps(), learner({ employerOrgNumber: '988077917' }), {
          dryRun: false,
        });
        expect(created.profile.employer_org_number).toBe('988077917');
      });
    });

    it('stores no HMS card date when there is no card', async () => {
      const created = await createLearner(deps(), learner({ hmsCard: undefined }), { dryRun: false });
      expect(created.profile).toMatchObject({
        hms_card: null,
        hms_card_registered_on: null,
        hms_card_age: null,
        hms_card_renewal_due: null,
      });
    });

    it('keeps the audit chain intact across learners', async () => {
      await createLearner(deps(), learner(), { dryRun: false });
      await createLearner(deps(), learner({ email: 'ola@bygg.no', nationalId: nationalId(OLA_FNR) }), {
        dryRun: false,
      });
      expect(await verifyAuditChain(t.db.kysely)).toEqual({ checked: 2, brokenAt: null });
    });
  });

  describe('the plain national ID', () => {
    it('is stored nowhere: no column of any table holds its digits or its personal number', async () => {
      await createLearner(deps(), learner(), { dryRun: false });
      await createLearner(
        deps(),
        learner({ email: 'd@firma.no', nationalId: nationalId(D_NUMBER), birthDate: undefined }),
        { dryRun: false },
      );
      await resolveLearner(deps(), { by: 'national-id', nationalId: KARI_FNR });
      const everything = JSON.stringify(await snapshot());
      for (const id of [KARI_FNR, D_NUMBER]) {
        expect(everything).toContain(`${id.slice(0, 6)} *****`);
        expect(everything).not.toContain(id);
        expect(everything).not.toContain(id.slice(6));
      }
    });

    it('is shown as DDMMYY *****', async () => {
      await createLearner(deps(), learner(), { dryRun: false });
      const [user] = await rows('users');
      expect(user!.national_id_mask).toBe('151086 *****');
      expect(user!.national_id_hash).toMatch(/^[0-9a-f]{64}$/);
    });
  });

  describe('resolveLearner', () => {
    let kariId: number;
    beforeEach(async () => {
      kariId = (await createLearner(deps(), learner(), { dryRun: false })).profile.id;
      await createLearner(deps(), learner({ email: 'ola@bygg.no', nationalId: nationalId(OLA_FNR) }), {
        dryRun: false,
      });
    });

    it('finds a learner by id', async () => {
      const found = await resolveLearner(deps(), parseLearnerSelector(String(kariId)));
      expect(found.user.email).toBe('kari.nordmann@firma.no');
      expect(found.note).toBeUndefined();
    });

    it('finds a learner by the current e-mail, whatever its case', async () => {
      const found = await resolveLearner(deps(), parseLearnerSelector('Kari.Nordmann@FIRMA.no'));
      expect(found.user.id).toBe(kariId);
      expect(found.note).toBeUndefined();
    });

    it('finds a learner by an earlier e-mail, with a note naming the current login', async () => {
      await insertEarlierEmail(t.db.kysely, kariId, 'kari@gammelfirma.no');
      const found = await resolveLearner(deps(), parseLearnerSelector('kari@gammelfirma.no'));
      expect(found.user.id).toBe(kariId);
      expect(String(found.note)).toBe('found by an earlier e-mail; the login is now kari.nordmann@firma.no');
      expect(found.note?.in('nb')).toBe(
        'funnet på en tidligere e-postadresse; innloggingen er nå kari.nordmann@firma.no',
      );
    });

    it('does not guess when several learners used the e-mail earlier (exit 4)', async () => {
      const ola = await resolveLearner(deps(), { by: 'email', email: 'ola@bygg.no' });
      for (const id of [kariId, ola.user.id]) {
        await insertEarlierEmail(t.db.kysely, id, 'post@felles.no');
      }
      await expect(resolveLearner(deps(), { by: 'email', email: 'post@felles.no' })).rejects.toMatchObject({
        exitCode: ExitCode.conflict,
        message: `2 learners used post@felles.no earlier: ${[kariId, ola.user.id].sort((a, b) => a - b).join(', ')}`,
      });
    });

    it('finds a learner by national ID', async () => {
      const found = await resolveLearner(deps(), parseLearnerSelector('151086 95088'));
      expect(found.user.id).toBe(kariId);
    });

    it.each([
      ['999999', 'no learner has id 999999'],
      ['nobody@firma.no', 'no learner has the e-mail nobody@firma.no, now or earlier'],
      ['13097248022', 'no learner has the national ID 130972 *****'],
    ])('says plainly (exit 3) when nobody matches %j', async (text, message) => {
      await expect(resolveLearner(deps(), parseLearnerSelector(text))).rejects.toMatchObject({
        exitCode: ExitCode.notFound,
        message,
      });
    });

    it('refuses to look up a national ID with another key than the one the hashes were made with', async () => {
      const otherKey = Buffer.from('another-installation-secret-0000');
      const wrongKey = { ...deps(), secret: () => otherKey };
      const stored = keyFingerprint(Buffer.from(TEST_SECRET));
      const yours = keyFingerprint(otherKey);
      const message = `this database's national-ID hashes were made with another key (fingerprint ${stored}, yours ${yours})`;
      const lookup = resolveLearner(wrongKey, { by: 'national-id', nationalId: KARI_FNR });
      await expect(lookup).rejects.toBeInstanceOf(UserError);
      await expect(lookup).rejects.toMatchObject({ exitCode: ExitCode.failed, message });

      // Registering with the wrong key would defeat the one-account check: refused, nothing written.
      const before = await snapshot();
      await expect(
        createLearner(wrongKey, learner({ email: 'kari2@firma.no' }), { dryRun: false }),
      ).rejects.toMatchObject({ exitCode: ExitCode.failed, message });
      expect(await snapshot()).toEqual(before);
    });
  });
});

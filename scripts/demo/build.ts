// Builds fixtures/demo: a few hundred generated learners employed by the hand-written companies, the
// standard course catalogue, and on top of that the hand-written personas and course situations every
// workflow (W1–W20) needs. Deterministic: run it twice and the files are the same. Run it with
// `node scripts/make-demo.mjs`.
import { join } from 'node:path';
import { certificateNumberFromBytes } from '../../src/domain/certificates/number.js';
import {
  DEFAULT_AS_OF,
  generateFixture,
  PLACEHOLDER_SIGNATURE,
  PORTAL_BASE,
} from '../../src/domain/fixtures/generate.js';
import {
  FIXTURE_FORMAT,
  FIXTURE_TABLES,
  FIXTURE_VERSION,
  type FixtureRecord,
  type FixtureTable,
} from '../../src/domain/fixtures/records.js';
import { linkMail, TOKEN_PLACEHOLDER } from '../../src/domain/link-mail.js';
import { linkUrl } from '../../src/domain/link-tokens.js';
import { FixtureWriter } from '../../src/workflows/fixtures/directory.js';
import { DEMO_COMPANIES, DEMO_ELMA_ONLY, DEMO_REGISTER_UNITS } from './companies.js';
import { PERSONAS, type Persona } from './personas.js';

const GENERATED_LEARNERS = 300;

const tables = new Map<FixtureTable, FixtureRecord[]>(FIXTURE_TABLES.map((t) => [t, []]));
const rows = (table: FixtureTable) => tables.get(table) as FixtureRecord[];
const nextId = (table: FixtureTable) => rows(table).reduce((max, r) => Math.max(max, r.id as number), 0) + 1;
const add = (table: FixtureTable, record: FixtureRecord) => {
  rows(table).push(record);
  return record;
};

for (const { table, record } of generateFixture({
  users: GENERATED_LEARNERS,
  seed: 'demo',
  asOf: DEFAULT_AS_OF,
  scope: 'all',
  companies: DEMO_COMPANIES,
})) {
  rows(table).push(record);
}

const companyId = (org: string) =>
  (rows('companies').find((c) => c.org_number === org) as FixtureRecord).id as number;
const courseId = (code: string) =>
  (rows('courses').find((c) => c.code === code) as FixtureRecord).id as number;
const programmeId = (code: string) =>
  (rows('programmes').find((p) => p.code === code) as FixtureRecord).id as number;
const day = (date: string, time = '08:00:00.000') => `${date}T${time}Z`;

// --- Personas -------------------------------------------------------------------------------------

const userOf = new Map<string, number>();

function addPersona(p: Persona): number {
  const id = nextId('users');
  userOf.set(p.key, id);
  const employer = p.employer ? companyId(p.employer) : undefined;
  const lastChange = [
    p.createdAt,
    ...(p.earlierEmails ?? []).map((e) => day(e.until)),
    p.hmsCard ? day(p.hmsCard.registeredOn, '12:00:00.000') : '',
  ]
    .sort()
    .at(-1) as string;
  add('users', {
    id,
    given_names: p.given,
    family_name: p.family,
    birth_date: p.birthDate,
    email: p.email,
    phone: p.phone,
    national_id: p.nationalId,
    hms_card_number: p.hmsCard?.number,
    hms_card_registered_on: p.hmsCard?.registeredOn,
    account_type: p.type,
    status: p.status,
    employer_id: employer,
    invoice_reference: p.invoiceReference,
    driver_details: p.driverDetails,
    password_set_at:
      p.status === 'pending' ? undefined : new Date(Date.parse(p.createdAt) + 7 * 60_000).toISOString(),
    created_at: p.createdAt,
    updated_at: lastChange,
  });
  let from = p.createdAt;
  for (const earlier of p.earlierEmails ?? []) {
    add('email_history', {
      id: nextId('email_history'),
      user_id: id,
      email: earlier.email,
      valid_from: from,
      valid_to: day(earlier.until),
    });
    from = day(earlier.until);
  }
  add('email_history', { id: nextId('email_history'), user_id: id, email: p.email, valid_from: from });
  let started = p.createdAt.slice(0, 10);
  for (const earlier of p.earlierEmployers ?? []) {
    add('employment_history', {
      id: nextId('employment_history'),
      user_id: id,
      company_id: companyId(earlier.org),
      started_on: earlier.from,
      ended_on: earlier.until,
    });
    started = earlier.until;
  }
  if (employer) {
    add('employment_history', {
      id: nextId('employment_history'),
      user_id: id,
      company_id: employer,
      invoice_reference: p.invoiceReference,
      started_on: started,
    });
  }
  return id;
}

for (const persona of PERSONAS) {
  if (rows('users').some((u) => u.email === persona.email))
    throw new Error(`a generated learner already has ${persona.email}`);
  addPersona(persona);
}
const who = (key: string) => userOf.get(key) as number;

function completion(
  user: string,
  code: string,
  completedOn: string,
  passed = true,
  more: FixtureRecord = {},
): number {
  const id = nextId('completions');
  const course = rows('courses').find((c) => c.code === code) as FixtureRecord;
  const validity = course.validity_months as number | undefined;
  let expires: string | undefined;
  if (passed && validity) {
    const d = new Date(`${completedOn}T00:00:00.000Z`);
    d.setUTCMonth(d.getUTCMonth() + validity);
    expires = d.toISOString().slice(0, 10);
  }
  add('completions', {
    id,
    user_id: who(user),
    course_id: course.id,
    completed_on: completedOn,
    passed,
    score: course.kind === 'exam' || course.kind === 'e-learning' ? (passed ? 88 : 41) : undefined,
    expires_on: expires,
    recorded_at: day(completedOn, '15:30:00.000'),
    recorded_by: course.kind === 'e-learning' ? 'kursportal' : 'anne.k',
    ...more,
  });
  return id;
}

function certificate(user: string, completionId: number, issuedAt: string, more: FixtureRecord = {}): void {
  const c = rows('completions').find((r) => r.id === completionId) as FixtureRecord;
  if (c.user_id !== who(user)) throw new Error(`completion ${completionId} is not ${user}'s`);
  // A fixed number in the real format (with its check character), different for every completion.
  const bytes = Uint8Array.from({ length: 10 }, (_, i) => (completionId * 37 + i * 101) % 256);
  add('certificates', {
    id: nextId('certificates'),
    number: certificateNumberFromBytes(bytes),
    completion_id: completionId,
    user_id: c.user_id,
    course_id: c.course_id,
    issued_at: issuedAt,
    issued_by: 'kursportal',
    signature: PLACEHOLDER_SIGNATURE,
    ...more,
  });
}

// W1/W4: Kari Nordmann has years of courses.
completion('kari-1', 'SIK-100', '2025-04-02');
completion('kari-1', 'TRA-090', '2024-11-18');
completion('kari-2', 'SIK-100', '2026-01-09');
// W10/W14: Ola's route knowledge has run out; the theory test is passed.
completion('ola', 'SIK-100', '2025-09-01');
completion('ola', 'FØR-520', '2025-06-12');
completion('ola', 'FØR-510', '2025-10-20');
add('programme_assignments', {
  id: nextId('programme_assignments'),
  programme_id: programmeId('OL-FØR'),
  user_id: who('ola'),
  assigned_at: day('2025-05-02'),
  due_on: '2026-06-30',
});
// W11/W14: Anne-Lise's FSE runs out on 2026-12-20.
completion('anne-lise', 'SIK-100', '2025-01-14');
completion('anne-lise', 'SIK-110', '2025-01-14');
completion('anne-lise', 'ELS-700', '2025-12-20');
add('programme_assignments', {
  id: nextId('programme_assignments'),
  programme_id: programmeId('OL-KL'),
  user_id: who('anne-lise'),
  assigned_at: day('2019-03-01'),
});
// W14: Guro has passed the safety course and the written exam; the classroom course and the practical test remain.
completion('guro', 'SIK-100', '2026-08-15');
completion('guro', 'SV-320', '2026-10-01', false);
completion('guro', 'SV-320', '2026-10-22');
add('programme_assignments', {
  id: nextId('programme_assignments'),
  programme_id: programmeId('OL-SV'),
  user_id: who('guro'),
  assigned_at: day('2026-08-01'),
  due_on: '2027-03-31',
});
// W15: Erik has certificates; the first ARB-800 one was issued for the wrong course and revoked.
const erikSafety = completion('erik', 'SIK-100', '2026-02-10');
const erikWarning = completion('erik', 'ARB-800', '2025-05-22');
const erikFirstAid = completion('erik', 'FHJ-120', '2025-09-09');
certificate('erik', erikSafety, day('2026-02-10', '15:45:00.000'));
certificate('erik', erikWarning, day('2025-05-23', '09:00:00.000'), {
  revoked_at: day('2025-05-24', '10:12:00.000'),
  revoked_reason: 'Feil kurs på kursbeviset; nytt kursbevis er utstedt',
});
certificate('erik', erikFirstAid, day('2025-09-10', '08:30:00.000'));
completion('aase', 'SIK-100', '2026-10-30');
completion('hilde', 'SIK-100', '2023-03-03');

// --- Course units for W13 ---------------------------------------------------------------------------

const sv300 = courseId('SV-300');
const fullUnit = nextId('course_units');
add('course_units', {
  id: fullUnit,
  course_id: sv300,
  starts_at: day('2027-01-11', '07:00:00.000'),
  ends_at: day('2027-01-15', '15:00:00.000'),
  place: 'Jernbaneskolen, Oslo',
  instructor: 'Geir Tangen',
  capacity: 12,
});
const freeSeats = fullUnit + 1;
add('course_units', {
  id: freeSeats,
  course_id: sv300,
  starts_at: day('2027-02-15', '07:00:00.000'),
  ends_at: day('2027-02-19', '15:00:00.000'),
  place: 'Marienborg, Trondheim',
  instructor: 'Randi Lien',
  capacity: 16,
});
const cancelledUnit = fullUnit + 2;
add('course_units', {
  id: cancelledUnit,
  course_id: courseId('MAN-260'),
  starts_at: day('2027-03-01', '07:00:00.000'),
  ends_at: day('2027-03-05', '15:00:00.000'),
  place: 'Øvingssporet, Ski',
  instructor: 'Harald Berg',
  capacity: 10,
  status: 'cancelled',
});
const pastUnit = fullUnit + 3;
add('course_units', {
  id: pastUnit,
  course_id: courseId('ARB-800'),
  starts_at: day('2025-05-20', '07:00:00.000'),
  ends_at: day('2025-05-22', '15:00:00.000'),
  place: 'Lokstallen, Hamar',
  instructor: 'Geir Tangen',
  capacity: 14,
});
// Erik took the past unit.
(rows('completions').find((c) => c.id === erikWarning) as FixtureRecord).unit_id = pastUnit;

// Learners who can take the course (full accounts, active), in id order.
const candidates = rows('users').filter(
  (u) => u.account_type === 'full' && u.status === 'active' && !PERSONAS.some((p) => p.email === u.email),
);
function enrol(unit: number, user: number, status: string, queuedAt: string): void {
  const learner = rows('users').find((u) => u.id === user) as FixtureRecord;
  add('enrolments', {
    id: nextId('enrolments'),
    unit_id: unit,
    user_id: user,
    status,
    queued_at: queuedAt,
    enrolled_at: status === 'waitlisted' ? undefined : queuedAt,
    cancelled_at: status === 'cancelled' ? day('2026-11-28', '09:00:00.000') : undefined,
    invoice_company_id: learner.employer_id,
  });
}
candidates.slice(0, 12).forEach((u, i) => {
  enrol(
    fullUnit,
    u.id as number,
    'enrolled',
    day(`2026-10-${String(1 + i).padStart(2, '0')}`, '10:00:00.000'),
  );
});
enrol(fullUnit, who('lars'), 'waitlisted', day('2026-11-02', '08:15:00.000'));
candidates.slice(12, 14).forEach((u, i) => {
  enrol(
    fullUnit,
    u.id as number,
    'waitlisted',
    day(`2026-11-${String(10 + i).padStart(2, '0')}`, '13:00:00.000'),
  );
});
candidates.slice(14, 23).forEach((u, i) => {
  enrol(
    freeSeats,
    u.id as number,
    'enrolled',
    day(`2026-11-${String(1 + i).padStart(2, '0')}`, '11:00:00.000'),
  );
});
candidates.slice(23, 25).forEach((u) => {
  enrol(cancelledUnit, u.id as number, 'cancelled', day('2026-11-05', '12:00:00.000'));
});
// Every attended seat of the past unit is a completion; the first one is Erik's, recorded above.
enrol(pastUnit, who('erik'), 'attended', day('2025-04-02', '09:00:00.000'));
candidates.slice(25, 36).forEach((u, i) => {
  enrol(pastUnit, u.id as number, i === 10 ? 'no-show' : 'attended', day('2025-04-10', '09:00:00.000'));
});

// W12/W13: no dates for shunting (SKI-610): its scheduled future units are withdrawn, and learners ask for one.
const asOf = day(DEFAULT_AS_OF, '12:00:00.000');
const ski = courseId('SKI-610');
const withdrawn = new Set(
  rows('course_units')
    .filter((u) => u.course_id === ski && (u.starts_at as string) > asOf)
    .map((u) => u.id as number),
);
tables.set(
  'course_units',
  rows('course_units').filter((u) => !withdrawn.has(u.id as number)),
);
tables.set(
  'enrolments',
  rows('enrolments').filter((e) => !withdrawn.has(e.unit_id as number)),
);
for (const [user, place, note, created] of [
  ['per', 'Trondheim', 'Fire av oss trenger skiftekurs før nyttår.', '2026-11-12'],
  ['ola', 'Narvik', 'Kan kurset holdes i Nord-Norge?', '2026-11-18'],
] as const) {
  add('unit_requests', {
    id: nextId('unit_requests'),
    course_id: ski,
    user_id: who(user),
    place,
    note,
    created_at: day(created, '14:20:00.000'),
  });
}

// --- Links and mail for W2 and W3 ---------------------------------------------------------------------

function link(
  user: string,
  kind: 'activation' | 'reset',
  createdAt: string,
  hours: number,
  more: FixtureRecord = {},
): number {
  const id = nextId('link_tokens');
  const hex = (n: number) => `${n.toString(16).padStart(8, '0')}`;
  add('link_tokens', {
    id,
    user_id: who(user),
    kind,
    // Stands in for the SHA-256 of a token nobody has: these links can never be opened.
    token_hash: `dead${hex(id)}${'0'.repeat(44)}${hex(who(user))}`,
    created_at: createdAt,
    expires_at: new Date(Date.parse(createdAt) + hours * 3_600_000).toISOString(),
    issued_by: kind === 'activation' ? 'kursportal' : 'siri.m',
    ...more,
  });
  const persona = PERSONAS.find((p) => p.key === user) as Persona;
  const mail = linkMail('nb', kind, {
    firstName: persona.given.split(/[ -]/)[0] as string,
    lifetimeMs: hours * 3_600_000,
    linkTemplate: linkUrl(PORTAL_BASE, kind, TOKEN_PLACEHOLDER),
  });
  add('outbox', {
    id: nextId('outbox'),
    user_id: who(user),
    to_address: persona.email,
    subject: mail.subject,
    body: mail.body,
    kind: `link.${kind}`,
    lang: 'nb',
    status: user === 'jonas' ? 'failed' : 'sent',
    attempts: user === 'jonas' ? 5 : 1,
    last_error:
      user === 'jonas' ? '550 5.1.2 Host or domain name not found: vestlands-kontaktlednig.test' : undefined,
    created_at: createdAt,
    sent_at: user === 'jonas' ? undefined : new Date(Date.parse(createdAt) + 6000).toISOString(),
    link_token_id: id,
    smtp_reply: user === 'jonas' ? undefined : `250 2.0.0 Ok: queued as D${id}EMO`,
  });
  return id;
}
link('jonas', 'activation', day('2026-11-10', '10:07:00.000'), 72);
link('kari-3', 'activation', day('2026-11-20', '07:47:00.000'), 72);
link('siri', 'reset', day('2026-04-02', '19:30:00.000'), 1, { used_at: day('2026-04-02', '19:41:00.000') });
link('siri', 'reset', day('2026-11-29', '21:05:00.000'), 1);

// --- Registers for W7 and W9 -----------------------------------------------------------------------------

const nordbane = rows('brreg_units').find((u) => u.org_number === '923746102') as FixtureRecord;
nordbane.deleted_on = '2026-09-30';
nordbane.bankrupt = false;
for (const unit of DEMO_REGISTER_UNITS) add('brreg_units', { ...unit, extract_id: 1 });
for (const org of DEMO_ELMA_ONLY) {
  const unit = DEMO_REGISTER_UNITS.find((u) => u.org_number === org) as (typeof DEMO_REGISTER_UNITS)[number];
  add('elma_participants', { identifier: `0192:${org}`, org_number: org, name: unit.name, extract_id: 2 });
}
for (const extract of rows('register_extracts')) {
  extract.row_count = rows(extract.source === 'brreg' ? 'brreg_units' : 'elma_participants').length;
}

// --- Write -------------------------------------------------------------------------------------------------

// Another directory can be given (the test that checks fixtures/demo is what this script makes).
const out = process.argv[2] ?? join(import.meta.dirname ?? '.', '..', '..', 'fixtures', 'demo');
const writer = await FixtureWriter.create(out);
for (const table of FIXTURE_TABLES) {
  for (const record of rows(table)) {
    const pending = writer.add(table, record);
    if (pending) await pending;
  }
}
const manifest = await writer.finish({
  format: FIXTURE_FORMAT,
  version: FIXTURE_VERSION,
  kind: 'demo',
  description: `The demo data set (fixtures/README.md tells its people and situations): ${rows('users').length} learners at ${rows('companies').length} customer companies, the course catalogue with units, waitlists and results, and register extracts, as of ${DEFAULT_AS_OF}. Synthetic people only.`,
  test_database: true,
  // Loaded as if today were this day, so the demo's units, expiries and links never go stale.
  dates_relative_to: DEFAULT_AS_OF,
});
process.stdout.write(`${JSON.stringify(manifest.counts)}\n`);

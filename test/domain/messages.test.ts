// The message catalogue: every code renders in English and bokmål, on one line, and the bokmål is not
// the English left untranslated. The samples below are typed by code, so a new code without a sample
// fails the type check, and a sample without a code fails here.
import { describe, expect, it } from 'vitest';
import { inputFileError } from '../../src/context/input-file.js';
import { parseDate } from '../../src/domain/dates.js';
import { parseEmail } from '../../src/domain/learner.js';
import {
  CATALOGUE,
  type MessageCode,
  type MessageParams,
  Text,
  text,
} from '../../src/domain/messages/index.js';
import { parseNationalId } from '../../src/domain/national-id.js';
import { parseOrgNumber } from '../../src/domain/org-number.js';
import { UserError } from '../../src/errors.js';
import { outputFileError } from '../../src/output/output-file.js';

const SAMPLES: { [C in MessageCode]: MessageParams<C> } = {
  'email.empty': {},
  'email.too-long': {},
  'email.space': { value: 'kari nordmann@x.no' },
  'email.no-at': { value: 'kari.x.no' },
  'email.nothing-before-at': { value: '@x.no' },
  'email.nothing-after-at': { value: 'kari@' },
  'email.bad-local-part': { value: '.kari@x.no', local: '.kari' },
  'email.no-top-level': { value: 'kari@nordbane', domain: 'nordbane' },
  'email.bad-domain': { value: 'kari@-x.no', domain: '-x.no' },
  'email.bad-top-level': { value: 'kari@x.n0', label: 'n0' },
  'name.empty': { what: 'first name' },
  'name.too-long': { what: 'last name' },
  'name.first-not-letter': { what: 'first name', value: '-Kari' },
  'name.invisible-character': { what: 'first name', codePoint: '200B' },
  'name.bad-character': { what: 'last name', value: 'Nordm4nn', character: '4' },
  'hms-card.empty': {},
  'hms-card.bad-characters': { value: 'AB#12' },
  'hms-card.length': { value: 'AB1', length: 3 },
  'phone.not-a-number': { value: '12' },
  'phone.not-norwegian': { value: '12345678' },
  'invoice-reference.empty': {},
  'invoice-reference.too-long': { length: 70, max: 60 },
  'invoice-reference.unprintable': { codePoint: '0009', position: 4 },
  'date.unreadable': { value: 'i går' },
  'date.no-such-month': { value: '32.13.2020', month: 13 },
  'date.no-such-day': { value: '31.02.2020', date: '2020-02-31', day: 31 },
  'birth-date.in-future': { date: '2030-01-01' },
  'birth-date.too-old': { date: '1890-01-01' },
  'org-number.foreign-prefix': { country: 'SE' },
  'org-number.not-digits': {},
  'org-number.looks-like-national-id': {},
  'org-number.length': { length: 5 },
  'org-number.never-issued': { prefix: '12345678' },
  'org-number.check-digit': { actual: 8, expected: 7 },
  'national-id.not-digits': {},
  'national-id.length': { length: 10 },
  'national-id.bad-month': { month: '13' },
  'national-id.bad-day': { day: '32' },
  'national-id.bad-d-number-day': { day: '72', realDay: '32' },
  'national-id.first-check-digit': { expected: 3, under2032: ['4', '5'], actual: 9 },
  'national-id.first-check-digit-2032': { under2032: ['4', '5'], actual: 9 },
  'national-id.second-check-digit-impossible': {},
  'national-id.second-check-digit': { expected: 1, actual: 2 },
  'national-id.unknown-century': { individual: '750', year: '45' },
  'national-id.no-real-date': { dates: ['29.02.1900', '29.02.2100'] },
  'national-id.fh-number': {},
  'national-id.synthetic': {},
  'national-id.h-number': {},
  'learner.synthetic-id-in-real-database': {},
  'hint.mark-test-database': {},
  'learner.birth-date-unknown': {},
  'learner.birth-date-in-future': { date: '2030-01-01' },
  'learner.birth-date-does-not-fit': { given: '1985-03-14', candidates: ['1885-03-14', '1985-03-14'] },
  'learner.birth-date-differs-d-number': { idDate: '1985-03-14', given: '1985-03-15' },
  'learner.birth-date-mismatch': { given: '1985-03-15', idDate: '1985-03-14' },
  'learner.needs-employer': { accountType: 'full' },
  'learner.national-id-taken': { id: 7, maskedEmail: 'k***@firma.no' },
  'hint.log-in-with-that-email': {},
  'learner.email-taken': { email: 'kari@firma.no', id: 7 },
  'hint.other-address-or-look-up': { id: 7 },
  'learner.email-used-earlier-check': { id: 7, email: 'kari@firma.no' },
  'learner.email-used-earlier': { id: 7, email: 'kari@firma.no' },
  'company.not-a-customer-number': { orgNumber: '988077917' },
  'hint.register-company-first': { orgNumber: '988077917' },
  'company.inactive': { name: 'Bygg AS', orgNumber: '988077917' },
  'learner.no-such-id': { id: 999 },
  'learner.earlier-email-shared': { count: 2, email: 'kari@firma.no', ids: [7, 8] },
  'hint.show-one-by-id': {},
  'learner.no-such-email': { email: 'kari@firma.no' },
  'hint.find-by-name-and-birth-date': {},
  'learner.no-such-national-id': { masked: '140385*****' },
  'set-email.needs-ticket': {},
  'hint.add-ticket': {},
  'set-email.unchanged': { email: 'kari@firma.no', id: 7 },
  'set-email.taken': { email: 'kari@firma.no', id: 8 },
  'hint.look-at-learner': { id: 8 },
  'link.account-disabled': { id: 7 },
  'hint.enable-account-first': {},
  'link.password-already-set': { id: 7 },
  'hint.issue-reset-link': { id: 7 },
  'link.rate-limit': { id: 7, recent: 5, limit: 5 },
  'hint.rate-limit': { id: 7 },
  'address.typo': { email: 'kari@gmial.com', domain: 'gmial.com', suggestion: 'gmail.com' },
  'address.former-employer': {
    email: 'kari@gammel.no',
    domain: 'gammel.no',
    company: 'Gammel AS',
    orgNumber: '988077917',
  },
  'link.address-problem': {
    problems: [
      text('address.typo', { email: 'kari@gmial.com', domain: 'gmial.com', suggestion: 'gmail.com' }),
    ],
  },
  'hint.correct-address': { fix: 'kursdesk users set-email 7 kari@gmail.com --ticket SUP-1' },
  'link.unknown-token': {},
  'link.portal-not-set': { variable: 'KURSDESK_PORTAL_URL' },
  'hms-card.issued-in-future': { date: '2030-01-01' },
  'hms-card.unchanged': { id: 7, maskedCard: 'HMS****76', date: '2026-01-02' },
  'hint.copy-whole-link': {},
  'move.not-a-customer': { orgNumber: '988077917' },
  'hint.register-before-move': { orgNumber: '988077917' },
  'move.inactive-customer': { name: 'Bygg AS', orgNumber: '988077917' },
  'hint.reactivate-customer': { orgNumber: '988077917' },
  'move.email-needs-ticket': {},
  'hint.move-email-ticket': {},
  'move.already-there': { id: 7, name: 'Bygg AS', orgNumber: '988077917' },
  'hint.move-needs-other-employer': {},
  'set-type.driver-needs-details': {},
  'set-type.unchanged': { id: 7, accountType: 'full' },
  'hint.new-employer-is-a-move': { id: 7, orgNumber: '988077917' },
  'set-type.inactive-customer': { name: 'Bygg AS', orgNumber: '988077917' },
  'set-type.employer-is-a-move': { id: 7, name: 'Bygg AS', orgNumber: '988077917' },
  'hint.move-then-set-type': { id: 7, orgNumber: '988077917' },
  'set-type.needs-employer': { accountType: 'driver' },
  'set-type.employer-inactive': { id: 7, name: 'Bygg AS', orgNumber: '988077917', accountType: 'full' },
  'hint.move-to-current-employer': { id: 7 },
  'move.email-unchanged': { email: 'kari@firma.no', id: 7 },
  'company.name-too-short': { value: 'B' },
  'company-field.bidi-control': { what: 'name', codePoint: '202E' },
  'company-field.formula-start': { what: 'city', first: '=' },
  'company-field.empty': { what: 'street address' },
  'company-field.too-long': { what: 'invoice city', max: 100 },
  'company-field.control-character': { what: 'invoice street address' },
  'company-field.postal-code': { value: '15O' },
  'company-field.email-domains-empty': {},
  'company-field.not-an-email-domain': { domain: 'firma' },
  'company-field.required': { field: 'contact_phone', description: "contact person's phone" },
  'company-field.address-incomplete': { field: 'invoice_city' },
  'company-field.name': { field: 'contact_email' },
  'company.field-issues': {
    issues: [
      {
        label: text('company-field.name', { field: 'contact_phone' }),
        reason: text('phone.not-a-number', { value: '12' }),
      },
    ],
  },
  'register.unit-status': { org: '988 077 917', status: 'bankrupt', date: null },
  'register.not-in-extract': { org: '988 077 917', extractDate: '2026-11-01' },
  'register.registered-anyway': {
    why: text('register.not-in-extract', { org: '988 077 917', extractDate: '2026-11-01' }),
  },
  'register.refused': {
    why: text('register.unit-status', { org: '988 077 917', status: 'deleted', date: '2025-01-02' }),
  },
  'register.refused-check-number': {
    why: text('register.not-in-extract', { org: '988 077 917', extractDate: '2026-11-01' }),
  },
  'register.name-differs': { org: '988 077 917', given: 'Bygg', registered: 'Bygg og Anlegg AS' },
  'register.name-required': {},
  'register.invoice-email-required-no-elma': {},
  'register.invoice-email-required': { org: '988 077 917', extractDate: '2026-11-01' },
  'register.no-brreg-extract': {},
  'guided.no-answer': { question: 'Fornavn' },
  'guided.list-item-refused': { item: 'kari.x.no', reason: text('email.no-at', { value: 'kari.x.no' }) },
  'guided.answer-refused': { question: 'E-post', reason: text('email.no-at', { value: 'kari.x.no' }) },
  'course.no-such-code': { code: 'SIK-999' },
  'hint.did-you-mean': { options: ['SIK-100', 'SIK-110'] },
  'hint.search-catalogue': {},
  'unit.no-such-id': { id: 42 },
  'hint.list-units': {},
  'unit.already-booked': {
    learner: 7,
    unit: 12,
    course: 'SIK-100',
    startsAt: '2027-01-11T07:00:00Z',
    place: 2,
  },
  'hint.see-queue': { unit: 12 },
  'unit.was-on-already': { learner: 7, unit: 12, status: 'attended' },
  'unit.no-booking': { learner: 7, unit: 12, course: 'SIK-100' },
  'hint.see-who-is-on': { unit: 12 },
  'unit.over-nothing-to-cancel': { learner: 7, unit: 12, status: 'no-show' },
  'unit.started-no-unenrol': { unit: 12, course: 'SIK-100', startsAt: '2027-01-11T07:00:00Z' },
  'hint.record-outcome-instead': {},
  'unit.cancelled-capacity': { unit: 12, course: 'SIK-100' },
  'unit.started-capacity': { unit: 12, course: 'SIK-100', startsAt: '2027-01-11T07:00:00Z' },
  'course.e-learning-no-units': { course: 'SIK-010' },
  'request.account-disabled': { learner: 7 },
  'request.type-does-not-see': { accountType: 'free', course: 'SIK-100' },
  'request.course-retired': { course: 'SIK-050' },
  'request.already-open': { learner: 7, course: 'SIK-100', place: 'Hamar', request: 3, date: '2026-11-30' },
  'hint.planners-see-requests': { course: 'SIK-100' },
  'certificate.malformed-stored-number': { number: 'KB-XXXX' },
  'hint.certificate-number-source': {},
  'certificate.field-too-long': { field: 'courseTitle', length: 300, max: 255 },
  'certificate.cannot-issue': {
    completion: 5,
    problem: text('certificate.field-too-long', { field: 'name', length: 300, max: 255 }),
  },
  'certificate.revoked-not-reissued': { number: 'KB-7Q2M-4K9D', date: '2026-11-02', reason: 'feil kurs' },
  'hint.record-new-completion': {},
  'certificate.no-completion': { learner: 7, name: 'Kari Nordmann', course: 'SIK-100' },
  'hint.record-passed-first': { command: 'kursdesk results record 7 SIK-100 --date <date> --passed' },
  'certificate.not-passed': {
    learner: 7,
    name: 'Kari Nordmann',
    course: 'SIK-100',
    attempts: 2,
    latest: '2026-10-01',
  },
  'hint.certificate-needs-pass': { command: 'kursdesk results record 7 SIK-100 --date <date> --passed' },
  'completion.disappeared': { id: 5 },
  'certificate.none-passed-unit': { unit: 12, course: 'SIK-100', startsAt: '2027-01-11T07:00:00Z' },
  'hint.import-results-first': { unit: 12 },
  'certificate.no-public-key': {},
  'hint.give-public-key': {},
  'certificate.number-needs-database': {},
  'certificate.no-such-number': { number: 'KB-7Q2M-4K9D' },
  'certificate.already-revoked': { number: 'KB-7Q2M-4K9D', date: '2026-11-02', reason: null },
  'programme.no-such-code': { code: 'OL-XX' },
  'hint.list-programmes': {},
  'programme.bad-code': { value: 'OL SV' },
  'assign.file-refused': { file: 'liste.csv', reason: 'it is larger than 10 MB; split it' },
  'assign.file-lines-refused': {
    file: 'liste.csv',
    line: 3,
    reason: text('learner.no-such-id', { id: 999 }),
    more: 7,
    lines: [4, 5, 6, 8, 9],
  },
  'hint.fix-lines-and-rerun': {},
  'hint.find-or-register-company': {},
  'assign.no-open-staff': { name: 'Bygg AS', orgNumber: '988077917' },
  'programme.not-assigned': { learner: 7, programme: 'OL-SV' },
  'hint.assign-programme': { learner: 7, programme: 'OL-SV' },
  'hint.check-course-code': {},
  'unit.no-such-course-unit': { id: 42 },
  'completion.unit-of-other-course': { unit: 12, other: 'SIK-110', course: 'SIK-100' },
  'completion.missing-date': {},
  'completion.date-in-future': { date: '2030-01-01' },
  'import.file-refused': { file: 'resultater.csv', reason: 'it is larger than 10 MB; split it' },
  'mail.no-such-message': { id: 31 },
  'mail.already-sent': { id: 31, sentAt: '2026-12-01T09:15:00Z' },
  'mail.already-pending': { id: 31 },
  'mail.being-sent': { id: 31, by: 'desk-2:4711' },
  'mail.withdrawn': { id: 31, why: 'the learner logged in' },
  'hint.issue-new-link': { learner: 7 },
  'mail.changed-while-requeued': { id: 31 },
  'selector.empty': {},
  'selector.digit-count': { shown: '1510869****', digits: 10 },
  'selector.unreadable': { shown: 'Kari Nordmann' },
  'hint.find-by-name': { name: 'Kari Nordmann' },
  'file.no-such-file': { shown: 'resultater.csv' },
  'file.no-such-file-path': { shown: 'resultater.csv/x' },
  'file.permission-denied': { shown: 'resultater.csv' },
  'file.symlink-loop': { shown: 'resultater.csv' },
  'file.name-too-long': { shown: 'resultater.csv' },
  'file.is-folder': { shown: 'resultater' },
  'file.cannot-read': { shown: 'resultater.csv', reason: 'EIO' },
  'file.not-regular': { shown: '/dev/tty', kind: 'a device', what: 'a CSV file', stream: true },
  'stdin.is-terminal': { what: 'a CSV file' },
  'file.cannot-write': { flag: '--out', shown: 'ut.pdf', reason: 'permission denied' },
  'db.bad-sslmode': { value: 'strict', modes: ['disable', 'require', 'verify-full'] },
  'db.sslmode-needs-ca': { mode: 'verify-full' },
  'hint.give-ca-file': {},
  'db.cannot-read-ca': { file: '/etc/ca.crt', reason: 'permission denied' },
  'db.not-a-file': { path: '/var/kursdesk' },
  'db.not-sqlite': { path: '/var/kursdesk/notes.txt' },
  'hint.check-db': {},
  'db.cannot-create': { path: '/ro/kursdesk.db', reason: 'the file system is read-only' },
  'db.file-missing': { path: '/var/kursdesk/kursdesk.db' },
  'db.cannot-open': { path: '/var/kursdesk/kursdesk.db', detail: 'unable to open database file' },
  'pg.certificate-refused': { display: 'postgres://desk@db:5432/kurs', detail: 'self-signed certificate' },
  'hint.check-pg-certificate': {},
  'pg.no-tls': { display: 'postgres://desk@db:5432/kurs' },
  'pg.no-answer': { display: 'postgres://desk@db:5432/kurs', seconds: 10 },
  'pg.lost-while-connecting': { display: 'postgres://desk@db:5432/kurs' },
  'pg.refused': { display: 'postgres://desk@db:5432/kurs' },
  'pg.unknown-host': { display: 'postgres://desk@db:5432/kurs' },
  'pg.timed-out': { display: 'postgres://desk@db:5432/kurs' },
  'pg.server-said': { display: 'postgres://desk@db:5432/kurs', detail: 'database "kurs" does not exist' },
  'hint.createdb': {},
  'hint.migrate-to-create': {},
  'pg.login-refused': {
    display: 'postgres://desk@db:5432/kurs',
    detail: 'password authentication failed for user "desk"',
  },
  'pg.cannot-use': { display: 'postgres://desk@db:5432/kurs', detail: 'too many clients already' },
  'db.read-only': {},
  'hint.read-only': {},
  'db.read-only-unsaved-wal': { path: '/srv/kursdesk/desk.db' },
  'hint.open-once-writable': {},
  'db.read-only-too-big': { path: '/srv/kursdesk/desk.db', megabytes: 1024 },
  'config.too-deep': { path: '/home/kari/.config/kursdesk/config' },
  'config.not-text': { path: '/home/kari/.config/kursdesk/config', why: 'nul' },
  'unit.capacity-below-enrolled': { unit: 12, enrolled: 9, asked: 6 },
  'hint.unenrol-or-raise': { unit: 12, enrolled: 9 },
  'unit.changed-meanwhile': { unit: 12 },
  'hint.look-again-units': { course: 'SIK-100' },
  'erase.learner-erased': { learner: 42, day: '2026-12-06' },
  'hint.erased-register-again': {},
  'erase.reason-names-person': {},
  'hint.erase-reason-example': {},
  'set-type.bookings-not-allowed': {
    learner: 7,
    accountType: 'free',
    bookings: [{ unit: 12, course: 'SIK-100', startsAt: '2027-01-11T07:00:00Z', status: 'enrolled' }],
  },
  'hint.cancel-paid': {},
  'find.no-criteria': {},
  'hint.companies-find': {},
  'db.server-only': { what: 'db roles setup' },
  'company.already-customer': { name: 'Bygg AS', orgNumber: '988077917', date: '2026-01-02' },
  'hint.show-or-update-company': { orgNumber: '988077917' },
  'move.same-company': {},
  'company.search-empty': {},
  'company.not-customer': { org: '988 077 917' },
  'hint.lookup-or-register': { orgNumber: '988077917' },
  'company.nothing-to-change': {},
  'env.refused': {
    variable: 'KURSDESK_MAIL_MAX_ATTEMPTS',
    reason: text('integer.not-whole', { value: 'seks' }),
  },
  'env.url-refused': { variable: 'KURSDESK_SMTP_URL', problem: text('smtp-url.no-host') },
  'integer.not-whole': { value: 'seks' },
  'integer.out-of-range': { value: 90, min: 1, max: 50 },
  'smtp-url.not-a-url': {},
  'smtp-url.bad-scheme': { protocol: 'http:' },
  'smtp-url.no-host': {},
  'sender.not-an-address': { value: 'Kurs <>' },
  'portal-url.not-a-url': { value: 'kurs.example.no' },
  'portal-url.needs-https': {},
  'portal-url.not-https': { protocol: 'ftp:' },
  'portal-url.has-credentials': {},
  'portal-url.has-query': {},
  // kursdesk triage and its ticket reader (src/domain/messages/triage.ts).
  'triage.not-an-email': { reason: text('triage.reason-no-headers') },
  'triage.input-refused': {
    shown: 'stdin',
    problem: text('triage.not-an-email', { reason: text('triage.reason-empty') }),
  },
  'triage.no-ticket': { reason: text('triage.reason-paste-blank') },
  'triage.reason-empty': {},
  'triage.reason-too-big': { megabytes: '10.0', limit: 'message' },
  'triage.reason-nul-bytes': {},
  'triage.reason-binary': {},
  'triage.reason-no-headers': {},
  'triage.reason-no-known-headers': {},
  'triage.reason-mime-too-deep': {},
  'triage.reason-mime-unreadable': {},
  'triage.reason-paste-blank': {},
  'triage.reason-paste-no-words': {},
  'triage.no-messages': { shown: 'box.mbox' },
  'triage.bad-format': { format: 'csv' },
  'triage.paste-prompt': {},
  'triage.paste-hint': {},
  'triage.hint-answer': {},
  'triage.read-as-paste': { shown: 'stdin', sender: true, subject: false },
  // The command line and its option values (src/domain/messages/usage.ts).
  'usage.unknown-command': { command: 'users fnd' },
  'usage.unknown-option': { option: '--nme' },
  'usage.missing-argument': { argument: 'learner' },
  'usage.option-missing-value': { option: '--format <format>' },
  'usage.required-option': { option: '--out <file>' },
  'usage.invalid-choice': { option: '--format', value: 'xml', choices: ['table', 'json'] },
  'usage.invalid-argument-choice': { argument: 'register', value: undefined, choices: ['brreg', 'elma'] },
  'usage.conflicting-options': { option: '--all', other: '--limit' },
  'usage.too-many-arguments': { command: 'kursdesk', expected: 0, got: 1 },
  'usage.stray-word-for-flag': {
    command: 'users find',
    stray: 'Kari Nordmann',
    flag: '--name',
    shown: '"Kari Nordmann"',
  },
  'usage.stray-word-flags': { command: 'users find', flags: ['--name', '--email'] },
  'usage.stray-word': { command: 'users duplicates', stray: 'x' },
  'usage.command-line': { reason: 'something commander says' },
  'usage.argument-too-long': { position: 3, option: '--name', length: 2001, max: 2000 },
  'hint.long-data-in-file': {},
  'hint.see-help': { command: 'kursdesk users find' },
  'option.refused': { option: '--birthdate', reason: text('date.unreadable', { value: 'i går' }) },
  'option.missing-no-terminal': { option: '--email' },
  'option.whole-number': { option: '--limit', value: 'x', min: 1, max: 100 },
  'option.org-number-refused': { shown: '12345', reason: text('org-number.length', { length: 5 }) },
  'option.since-refused': { reason: text('date.unreadable', { value: 'i går' }) },
  'option.not-iso-date': { option: '--date', value: '1.2.2026' },
  'option.language': { from: '--lang', value: 'sv' },
  'option.not-a-version': { value: 'v2' },
  'option.stdin-too-large': { kib: 64 },
  'option.search-text-too-long': { length: 201, max: 200 },
  'run.interrupted': { signal: 'SIGTERM', exitCode: 143 },
  // triage's screen and the --answer frame and notes (src/domain/messages/triage-screen.ts).
  'triage-screen.field': { field: 'topics' },
  'triage-screen.ask-for-missing': {},
  'triage-screen.no-ticket-id': {},
  'triage-screen.no-facts': {},
  'triage-screen.message-at': { message: 3, line: 120 },
  'triage-screen.language': { language: 'en' },
  'triage-screen.topic': { topic: 'W3' },
  'triage-screen.fact': { fact: 'birth date', value: '1985-03-14' },
  'triage-screen.fact-name': { name: 'Kari Nordmann', source: 'signature' },
  'triage-screen.fact-national-id': { masked: '140385 *****', mistyped: false },
  'triage-screen.answer-head': { ticket: 'SUP-100', topic: 'W3', also: ['W2'], replyLanguage: 'nb' },
  'triage-screen.answer-learner': { id: 7, name: 'Kari Nordmann' },
  'triage-screen.asked-for': { facts: ['birthDate'] },
  'triage-screen.note': { note: text('triage-note.enrol-when-picked') },
  'triage-screen.frame': { line: 'run-this' },
  'triage-screen.missing-fact': { topic: 'W7', fact: 'company' },
  'triage-note.account-disabled': { learner: 7 },
  'triage-note.customer-inactive': { company: 'Nordbane AS', status: 'closed' },
  'triage-note.already-employed': { learner: 7, company: 'Nordbane AS' },
  'triage-note.check-dry-run': {},
  'triage-note.after-company-answers': { command: 'kursdesk companies register 988077917 --reply nb' },
  'triage-note.already-has-type': { learner: 7, accountType: 'full' },
  'triage-note.driver-needs-depot': {},
  'triage-note.after-learner-answers': { command: 'kursdesk users set-type 7 full --reply nb' },
  'triage-note.never-activated': {},
  'triage-note.enrol-when-picked': {},
  'triage-note.certificate-instead': {},
  'triage-note.customer-list': {},
  'triage-found.learner': {
    learner: 7,
    name: 'Kari Nordmann',
    accountType: 'full',
    status: 'active',
    earlierOnly: false,
    note: 'found by an earlier e-mail; the login is now k***@nordbane.no',
    loginNow: 'k***@nordbane.no',
  },
  'triage-found.identity': {
    verdict: 'verified',
    reason: 'birth date exact, name matches, and a given e-mail is the account’s',
    reasonNb: 'fødselsdatoen stemmer, navnet passer, og en oppgitt e-post er kontoens',
    candidates: 1,
    best: 7,
  },
  'triage-found.customer': { company: { name: 'Nordbane AS', status: 'active' } },
  'triage-found.no-customer-matches': {},
  'triage-found.register': { name: 'Nordbane AS', statusText: 'active', eInvoice: 'yes', customer: 'no' },
  'triage-found.no-course-matches': {},
  'triage-found.units': {
    scheduled: 2,
    open: [{ unit: 12, date: '2027-01-11', place: 'Oslo', seatsLeft: 3 }],
  },
  'triage-found.programmes': {
    programmes: [{ programme: 'Fører', complete: false, missing: 2, expired: 0 }],
  },
  'triage-found.passed': { courses: ['SIK-100'] },
  'triage-note.national-id-in-ticket': {
    masked: '140385 *****',
    warning: 'Send aldri fødselsnummer på e-post.',
  },
};

/** Codes whose text is only other texts put together (their parts are checked on their own). */
const COMPOSED: readonly MessageCode[] = [
  'company.field-issues',
  'guided.answer-refused',
  'guided.list-item-refused',
];

describe('the message catalogue', () => {
  const codes = Object.keys(CATALOGUE) as MessageCode[];

  it('has a sample for every code and a code for every sample', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...codes].sort());
  });

  it.each(codes)('%s has an English and a bokmål text, each one non-empty line', (code) => {
    const entry = CATALOGUE[code];
    expect(typeof entry.en).toBe('function');
    expect(typeof entry.nb).toBe('function');
    const message = new Text(code, SAMPLES[code] as never);
    for (const lang of ['en', 'nb'] as const) {
      const said = message.in(lang);
      expect(said.trim().length, lang).toBeGreaterThan(0);
      expect(said, lang).not.toMatch(/\n|undefined|\[object/);
    }
    if (!COMPOSED.includes(code)) expect(message.in('nb')).not.toBe(message.in('en'));
  });

  it('renders nested messages in the language of the whole', () => {
    const why = text('register.not-in-extract', { org: '988 077 917', extractDate: '2026-11-01' });
    const refusal = text('register.refused-check-number', { why });
    expect(refusal.in('nb')).toBe(
      '988 077 917 finnes ikke i Brønnøysund-utdraget fra 2026-11-01 (slettet, eller aldri registrert); sjekk nummeret (--force registrerer den likevel)',
    );
    expect(String(refusal)).toBe(
      '988 077 917 is not in the Brønnøysund extract of 2026-11-01 (deleted, or never registered); check the number (--force to register it anyway)',
    );
    expect(JSON.stringify({ w: refusal })).toBe(JSON.stringify({ w: String(refusal) }));
  });
});

describe('coded refusals', () => {
  it("a parser's refusal keeps its English words and carries its code", () => {
    const r = parseEmail('kari.x.no');
    expect(r).toMatchObject({ ok: false, error: "e-mail 'kari.x.no' has no @" });
    expect(r.ok ? undefined : r.text?.code).toBe('email.no-at');
    expect(r.ok ? '' : r.text?.in('nb')).toBe('e-postadressen «kari.x.no» mangler @');
  });

  it('every refusal of the common parsers is coded', () => {
    const today = '2026-12-06';
    const refusals = [
      parseEmail(''),
      parseEmail('kari nordmann@x.no'),
      parseEmail('kari@nordbane'),
      parseDate('32.13.2020', today),
      parseDate('i går', today),
      parseDate('31.02.2020', today),
      parseOrgNumber('12345'),
      parseOrgNumber('988077918'),
      parseOrgNumber('15108612345'),
      parseNationalId('1234', { today, allowSynthetic: false }),
      parseNationalId('15108612346', { today, allowSynthetic: false }),
      parseNationalId('15138612345', { today, allowSynthetic: false }),
    ];
    for (const r of refusals) {
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.text, r.error).toBeDefined();
        expect(r.text?.in('en')).toBe(r.error);
      }
    }
  });

  it('a UserError keeps the English message and hint, and renders both in bokmål', () => {
    const e = new UserError(text('learner.no-such-email', { email: 'kari@firma.no' }), 3, {
      hint: text('hint.find-by-name-and-birth-date'),
    });
    expect(e.message).toBe('no learner has the e-mail kari@firma.no, now or earlier');
    expect(e.hint).toBe('try kursdesk users find with name and birth date');
    expect(e.code).toBe('learner.no-such-email');
    expect(e.messageIn('nb')).toBe(
      'ingen bruker har e-postadressen kari@firma.no, verken nå eller tidligere',
    );
    expect(e.hintIn('nb')).toBe('prøv kursdesk users find med navn og fødselsdato');
    const plain = new UserError('not coded yet');
    expect(plain.code).toBeUndefined();
    expect(plain.messageIn('nb')).toBe('not coded yet');
  });
});

describe('course-side refusals', () => {
  it("a unit's start is written as each language writes a date and time", () => {
    const booked = text('unit.already-booked', {
      learner: 7,
      unit: 12,
      course: 'SIK-100',
      startsAt: '2027-01-11T07:00:00Z',
      place: null,
    });
    expect(String(booked)).toBe('learner 7 already has a seat on unit 12 (SIK-100, 11 Jan 2027 08:00)');
    expect(booked.in('nb')).toBe('bruker 7 har allerede plass på enhet 12 (SIK-100, 11.01.2027 08:00)');
  });
});

describe('file refusals', () => {
  it('a missing or unwritable file keeps its English and is said in bokmål', () => {
    const missing = inputFileError('resultater.csv', Object.assign(new Error('x'), { code: 'ENOENT' }));
    expect(missing.message).toBe('no such file: resultater.csv');
    expect(missing.code).toBe('file.no-such-file');
    expect(missing.messageIn('nb')).toBe('filen resultater.csv finnes ikke');
    const denied = outputFileError('--out', 'ut.pdf', Object.assign(new Error('x'), { code: 'EACCES' }));
    expect(denied.message).toBe('cannot write --out ut.pdf: permission denied');
    expect(denied.messageIn('nb')).toBe('kan ikke skrive --out ut.pdf: ingen skrivetilgang');
  });
});

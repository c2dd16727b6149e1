// The database as Kysely sees it. Both dialects read back the same shapes: timestamps as ISO-8601
// strings, dates as yyyy-mm-dd, ids and counts as numbers; flags come back as boolean (PostgreSQL) or
// 0/1 (SQLite), so read them with `flag()`.
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

export type Flag = ColumnType<boolean | number, boolean | undefined, boolean>;
type Id = Generated<number>;
type Version = ColumnType<number, number | undefined, number>;

export function flag(value: boolean | number | null | undefined): boolean {
  return value === true || value === 1;
}

export interface MetaTable {
  key: string;
  value: string;
}

export interface CompaniesTable {
  id: Id;
  org_number: string;
  name: string;
  status: ColumnType<'active' | 'inactive', 'active' | 'inactive' | undefined, 'active' | 'inactive'>;
  business_street: string | null;
  business_postal_code: string | null;
  business_city: string | null;
  invoice_street: string | null;
  invoice_postal_code: string | null;
  invoice_city: string | null;
  invoice_email: string | null;
  in_elma: Flag;
  contact_name: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  /** Comma-separated e-mail domains the company's staff use. */
  email_domains: string | null;
  created_at: string;
  updated_at: string;
  version: Version;
  /**
   * Written only by the SQLite company import (migration 0018, db/import-digest.ts): the hash of the
   * compared fields and in_elma it wrote, valid while version = import_version. NULL on PostgreSQL.
   */
  import_digest: number | null;
  import_version: number | null;
}

export type AccountType = 'free' | 'full' | 'driver';
export type AccountStatus = 'pending' | 'active' | 'disabled';

export interface UsersTable {
  id: Id;
  given_names: string;
  family_name: string;
  birth_date: string;
  email: string;
  phone: string | null;
  national_id_hash: string;
  national_id_mask: string;
  national_id_kind: string;
  hms_card_number: string | null;
  hms_card_registered_on: string | null;
  account_type: AccountType;
  status: AccountStatus;
  employer_id: number | null;
  invoice_reference: string | null;
  driver_details: string | null;
  password_set_at: string | null;
  created_at: string;
  updated_at: string;
  version: Version;
  /** Folded name terms (see domain/name-matching), indexed for finding accounts by name. */
  search_name: ColumnType<string, string | undefined, string>;
  /** When the account was anonymised on request or by retention (W20); null for a live account. */
  erased_at: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface EmailHistoryTable {
  id: Id;
  user_id: number;
  email: string;
  /** The part before @, for "same address at another domain". */
  local_part: ColumnType<string, string | undefined, string>;
  valid_from: string;
  valid_to: string | null;
}

export interface EmploymentHistoryTable {
  id: Id;
  user_id: number;
  company_id: number;
  invoice_reference: string | null;
  started_on: string;
  ended_on: string | null;
}

export interface LinkTokensTable {
  id: Id;
  user_id: number;
  kind: 'activation' | 'reset';
  token_hash: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  revoked_at: string | null;
  superseded_by: number | null;
  issued_by: string;
}

export interface OutboxTable {
  id: Id;
  user_id: number | null;
  to_address: string;
  subject: string;
  body: string;
  kind: string;
  lang: 'nb' | 'en';
  status: ColumnType<
    'pending' | 'sending' | 'sent' | 'failed',
    'pending' | undefined,
    'pending' | 'sending' | 'sent' | 'failed'
  >;
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: string | null;
  claimed_by: string | null;
  claimed_until: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
  /** The link this message carries (activation or reset), if any. */
  link_token_id: number | null;
  /** The link's token, sealed (domain/sealed-token.ts) until the message is sent or withdrawn. */
  sealed_token: string | null;
  /** The SMTP server's answer when it accepted the message. */
  smtp_reply: string | null;
}

export interface AuditLogTable {
  id: Id;
  at: string;
  agent: string;
  /** Who was logged in: session_user on PostgreSQL (set by the server), the OS user on SQLite. */
  login: ColumnType<string | null, string | null | undefined, string | null>;
  ticket: string | null;
  action: string;
  target_type: string;
  target_id: string | null;
  user_id: number | null;
  /** JSON: the changed fields, old → new, personal data masked. */
  changes: string;
  dry_run: Flag;
  prev_hash: string;
  hash: string;
  /**
   * SHA-256 of the entry's personal values (salt + content in audit_personal); the entry's hash covers
   * this digest, not the values, so the side row can be erased while the chain still verifies.
   */
  personal_digest: ColumnType<string | null, string | null | undefined, string | null>;
}

/** The personal values of one audit entry, kept apart so erasure can delete them (W20). */
export interface AuditPersonalTable {
  audit_id: number;
  user_id: number | null;
  /** Random per entry, so the digest in audit_log reveals nothing once this row is gone. */
  salt: string;
  /** JSON: { "<change index>.old" | "<change index>.new" | "<key>": value }. */
  content: string;
}

export type CourseKind = 'e-learning' | 'classroom' | 'exam' | 'practical';

export interface CoursesTable {
  id: Id;
  code: string;
  title: string;
  title_en: string | null;
  description: string | null;
  category: string;
  kind: CourseKind;
  paid: Flag;
  price_nok: number | null;
  visible_to: string;
  validity_months: number | null;
  active: Flag;
}

export interface CourseUnitsTable {
  id: Id;
  course_id: number;
  starts_at: string;
  ends_at: string;
  place: string;
  instructor: string | null;
  capacity: number;
  status: ColumnType<
    'scheduled' | 'cancelled',
    'scheduled' | 'cancelled' | undefined,
    'scheduled' | 'cancelled'
  >;
  version: Version;
}

export type EnrolmentStatus = 'enrolled' | 'waitlisted' | 'cancelled' | 'attended' | 'no-show';

export interface EnrolmentsTable {
  id: Id;
  unit_id: number;
  user_id: number;
  status: EnrolmentStatus;
  queued_at: string;
  enrolled_at: string | null;
  cancelled_at: string | null;
  invoice_company_id: number | null;
}

export interface UnitRequestsTable {
  id: Id;
  course_id: number;
  user_id: number | null;
  place: string | null;
  note: string | null;
  created_at: string;
  status: ColumnType<
    'open' | 'scheduled' | 'closed',
    'open' | 'scheduled' | 'closed' | undefined,
    'open' | 'scheduled' | 'closed'
  >;
}

export interface ProgrammesTable {
  id: Id;
  code: string;
  title: string;
  description: string | null;
  validity_months: number | null;
}

export interface ProgrammeItemsTable {
  programme_id: number;
  course_id: number;
  position: number;
}

export interface ProgrammeAssignmentsTable {
  id: Id;
  programme_id: number;
  user_id: number;
  assigned_at: string;
  due_on: string | null;
}

export interface CompletionsTable {
  id: Id;
  user_id: number;
  course_id: number;
  unit_id: number | null;
  completed_on: string;
  passed: Flag;
  score: number | null;
  expires_on: string | null;
  recorded_at: string;
  recorded_by: string;
}

export interface CertificatesTable {
  id: Id;
  number: string;
  completion_id: number;
  user_id: number;
  course_id: number;
  issued_at: string;
  issued_by: string;
  /** Base64url Ed25519 signature; rows loaded from fixtures may hold a placeholder until signed. */
  signature: string;
  revoked_at: string | null;
  revoked_reason: string | null;
  /** Base64url of the signed content bytes (domain/certificates/content.ts); null until signed. */
  payload: string | null;
  /** The signing key's id (8 hex digits). */
  key_id: string | null;
}

export interface RegisterExtractsTable {
  id: Id;
  source: 'brreg' | 'elma';
  extract_date: string | null;
  file_name: string | null;
  row_count: number;
  imported_at: string;
  current: Flag;
}

export interface BrregUnitsTable {
  org_number: string;
  name: string;
  org_form: string | null;
  parent_org_number: string | null;
  is_subunit: Flag;
  street: string | null;
  postal_code: string | null;
  city: string | null;
  bankrupt: Flag;
  under_liquidation: Flag;
  deleted_on: string | null;
  extract_id: number;
  org_form_name: string | null;
  compulsory_dissolution: Flag;
  /** A subunit's closure date (nedleggelsesdato). */
  closed_on: string | null;
}

export interface ElmaParticipantsTable {
  identifier: string;
  org_number: string;
  name: string | null;
  extract_id: number;
}

export interface NameTermsTable {
  term: string;
}

export interface Schema {
  name_terms: NameTermsTable;
  kursdesk_meta: MetaTable;
  companies: CompaniesTable;
  users: UsersTable;
  email_history: EmailHistoryTable;
  employment_history: EmploymentHistoryTable;
  link_tokens: LinkTokensTable;
  outbox: OutboxTable;
  audit_log: AuditLogTable;
  audit_personal: AuditPersonalTable;
  courses: CoursesTable;
  course_units: CourseUnitsTable;
  enrolments: EnrolmentsTable;
  unit_requests: UnitRequestsTable;
  programmes: ProgrammesTable;
  programme_items: ProgrammeItemsTable;
  programme_assignments: ProgrammeAssignmentsTable;
  completions: CompletionsTable;
  certificates: CertificatesTable;
  register_extracts: RegisterExtractsTable;
  brreg_units: BrregUnitsTable;
  elma_participants: ElmaParticipantsTable;
}

export type TableName = keyof Schema;
/** The tables in dependency order: parents before children (for loading, counting and emptying). */
export const TABLES: readonly TableName[] = [
  'kursdesk_meta',
  'companies',
  'users',
  'email_history',
  'employment_history',
  'link_tokens',
  'outbox',
  'audit_log',
  'audit_personal',
  'courses',
  'course_units',
  'enrolments',
  'unit_requests',
  'programmes',
  'programme_items',
  'programme_assignments',
  'completions',
  'certificates',
  'register_extracts',
  'brreg_units',
  'elma_participants',
  'name_terms',
];

export type User = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type Company = Selectable<CompaniesTable>;
export type NewCompany = Insertable<CompaniesTable>;
export type AuditEntry = Selectable<AuditLogTable>;
export type LinkToken = Selectable<LinkTokensTable>;
export type OutboxMessage = Selectable<OutboxTable>;
export type BrregUnit = Selectable<BrregUnitsTable>;

-- index audit_log_agent on audit_log
CREATE INDEX "audit_log_agent" on "audit_log" ("agent");
-- index audit_log_at on audit_log
CREATE INDEX "audit_log_at" on "audit_log" ("at");
-- index audit_log_login on audit_log
CREATE INDEX "audit_log_login" on "audit_log" ("login");
-- index audit_log_user on audit_log
CREATE INDEX "audit_log_user" on "audit_log" ("user_id");
-- index audit_personal_user on audit_personal
CREATE INDEX "audit_personal_user" on "audit_personal" ("user_id");
-- index certificates_user on certificates
CREATE INDEX "certificates_user" on "certificates" ("user_id");
-- index companies_org_number_unique on companies
CREATE UNIQUE INDEX "companies_org_number_unique" on companies (org_number);
-- index completions_expiry on completions
CREATE INDEX "completions_expiry" on "completions" ("expires_on", "passed", "user_id", "course_id", "completed_on", "id");
-- index completions_latest on completions
CREATE INDEX "completions_latest" on "completions" ("user_id", "course_id", "passed", "completed_on", "id");
-- index completions_unit on completions
CREATE INDEX "completions_unit" on "completions" ("unit_id");
-- index completions_user on completions
CREATE INDEX "completions_user" on "completions" ("user_id", "course_id");
-- index course_units_course on course_units
CREATE INDEX "course_units_course" on "course_units" ("course_id", "starts_at");
-- index elma_participants_org on elma_participants
CREATE INDEX "elma_participants_org" on "elma_participants" ("org_number");
-- index email_history_email on email_history
CREATE INDEX "email_history_email" on "email_history" ("email");
-- index email_history_local_part on email_history
CREATE INDEX "email_history_local_part" on "email_history" ("local_part");
-- index email_history_user on email_history
CREATE INDEX "email_history_user" on "email_history" ("user_id");
-- index employment_history_company on employment_history
CREATE INDEX "employment_history_company" on "employment_history" ("company_id");
-- index employment_history_user on employment_history
CREATE INDEX "employment_history_user" on "employment_history" ("user_id");
-- index enrolments_user on enrolments
CREATE INDEX "enrolments_user" on "enrolments" ("user_id");
-- index link_tokens_user on link_tokens
CREATE INDEX "link_tokens_user" on "link_tokens" ("user_id", "created_at");
-- index outbox_link_token on outbox
CREATE INDEX "outbox_link_token" on "outbox" ("link_token_id");
-- index outbox_status on outbox
CREATE INDEX "outbox_status" on "outbox" ("status", "next_attempt_at");
-- index sqlite_autoindex_brreg_units_1 on brreg_units
(automatic);
-- index sqlite_autoindex_certificates_1 on certificates
(automatic);
-- index sqlite_autoindex_certificates_2 on certificates
(automatic);
-- index sqlite_autoindex_courses_1 on courses
(automatic);
-- index sqlite_autoindex_elma_participants_1 on elma_participants
(automatic);
-- index sqlite_autoindex_enrolments_1 on enrolments
(automatic);
-- index sqlite_autoindex_kursdesk_meta_1 on kursdesk_meta
(automatic);
-- index sqlite_autoindex_link_tokens_1 on link_tokens
(automatic);
-- index sqlite_autoindex_name_terms_1 on name_terms
(automatic);
-- index sqlite_autoindex_programme_assignments_1 on programme_assignments
(automatic);
-- index sqlite_autoindex_programme_items_1 on programme_items
(automatic);
-- index sqlite_autoindex_programmes_1 on programmes
(automatic);
-- index users_birth_date on users
CREATE INDEX "users_birth_date" on "users" ("birth_date");
-- index users_email_unique on users
CREATE UNIQUE INDEX "users_email_unique" on users ("email");
-- index users_employer on users
CREATE INDEX "users_employer" on "users" ("employer_id");
-- index users_national_id_hash_unique on users
CREATE UNIQUE INDEX "users_national_id_hash_unique" on users ("national_id_hash");
-- table audit_log on audit_log
CREATE TABLE "audit_log" ("id" integer primary key, "at" text not null, "agent" text not null, "ticket" text, "action" text not null, "target_type" text not null, "target_id" text, "user_id" integer, "changes" text not null, "dry_run" integer default false not null, "prev_hash" text not null, "hash" text not null, "login" text, "personal_digest" text);
-- table audit_personal on audit_personal
CREATE TABLE "audit_personal" ("audit_id" integer primary key, "user_id" integer, "salt" text not null, "content" text not null);
-- table brreg_units on brreg_units
CREATE TABLE "brreg_units" ("org_number" text primary key, "name" text not null, "org_form" text, "parent_org_number" text, "is_subunit" integer not null, "street" text, "postal_code" text, "city" text, "bankrupt" integer default false not null, "under_liquidation" integer default false not null, "deleted_on" text, "extract_id" integer not null, "org_form_name" text, "compulsory_dissolution" integer default false not null, "closed_on" text);
-- table certificates on certificates
CREATE TABLE "certificates" ("id" integer primary key, "number" text not null unique, "completion_id" integer not null unique references "completions" ("id"), "user_id" integer not null references "users" ("id") on delete cascade, "course_id" integer not null references "courses" ("id"), "issued_at" text not null, "issued_by" text not null, "signature" text not null, "revoked_at" text, "revoked_reason" text, "payload" text, "key_id" text);
-- table companies on companies
CREATE TABLE "companies" ("id" integer primary key, "org_number" text not null, "name" text not null, "status" text default 'active' not null check (status in ('active', 'inactive')), "business_street" text, "business_postal_code" text, "business_city" text, "invoice_street" text, "invoice_postal_code" text, "invoice_city" text, "invoice_email" text, "in_elma" integer default false not null, "contact_name" text, "contact_email" text, "contact_phone" text, "email_domains" text, "created_at" text not null, "updated_at" text not null, "version" integer default 1 not null);
-- table completions on completions
CREATE TABLE "completions" ("id" integer primary key, "user_id" integer not null references "users" ("id") on delete cascade, "course_id" integer not null references "courses" ("id"), "unit_id" integer references "course_units" ("id"), "completed_on" text not null, "passed" integer not null, "score" integer, "expires_on" text, "recorded_at" text not null, "recorded_by" text not null);
-- table course_units on course_units
CREATE TABLE "course_units" ("id" integer primary key, "course_id" integer not null references "courses" ("id"), "starts_at" text not null, "ends_at" text not null, "place" text not null, "instructor" text, "capacity" integer not null check (capacity >= 0), "status" text default 'scheduled' not null check (status in ('scheduled', 'cancelled')), "version" integer default 1 not null);
-- table courses on courses
CREATE TABLE "courses" ("id" integer primary key, "code" text not null unique, "title" text not null, "title_en" text, "description" text, "category" text not null, "kind" text not null check (kind in ('e-learning', 'classroom', 'exam', 'practical')), "paid" integer default false not null, "price_nok" integer, "visible_to" text not null, "validity_months" integer, "active" integer default true not null);
-- table elma_participants on elma_participants
CREATE TABLE "elma_participants" ("identifier" text primary key, "org_number" text not null, "name" text, "extract_id" integer not null);
-- table email_history on email_history
CREATE TABLE "email_history" ("id" integer primary key, "user_id" integer not null references "users" ("id") on delete cascade, "email" text not null, "valid_from" text not null, "valid_to" text, "local_part" text default '' not null);
-- table employment_history on employment_history
CREATE TABLE "employment_history" ("id" integer primary key, "user_id" integer not null references "users" ("id") on delete cascade, "company_id" integer not null references "companies" ("id"), "invoice_reference" text, "started_on" text not null, "ended_on" text);
-- table enrolments on enrolments
CREATE TABLE "enrolments" ("id" integer primary key, "unit_id" integer not null references "course_units" ("id"), "user_id" integer not null references "users" ("id") on delete cascade, "status" text not null check (status in ('enrolled', 'waitlisted', 'cancelled', 'attended', 'no-show')), "queued_at" text not null, "enrolled_at" text, "cancelled_at" text, "invoice_company_id" integer references "companies" ("id"), constraint "enrolments_unit_user" unique ("unit_id", "user_id"));
-- table kursdesk_meta on kursdesk_meta
CREATE TABLE "kursdesk_meta" ("key" text primary key, "value" text not null);
-- table link_tokens on link_tokens
CREATE TABLE "link_tokens" ("id" integer primary key, "user_id" integer not null references "users" ("id") on delete cascade, "kind" text not null check (kind in ('activation', 'reset')), "token_hash" text not null unique, "created_at" text not null, "expires_at" text not null, "used_at" text, "revoked_at" text, "superseded_by" integer, "issued_by" text not null);
-- table name_terms on name_terms
CREATE TABLE "name_terms" ("term" text primary key);
-- table outbox on outbox
CREATE TABLE "outbox" ("id" integer primary key, "user_id" integer references "users" ("id") on delete set null, "to_address" text not null, "subject" text not null, "body" text not null, "kind" text not null, "lang" text not null check (lang in ('nb', 'en')), "status" text default 'pending' not null check (status in ('pending', 'sending', 'sent', 'failed')), "attempts" integer default 0 not null, "next_attempt_at" text, "claimed_by" text, "claimed_until" text, "last_error" text, "created_at" text not null, "sent_at" text, "link_token_id" integer references "link_tokens" ("id") on delete set null, "sealed_token" text, "smtp_reply" text);
-- table programme_assignments on programme_assignments
CREATE TABLE "programme_assignments" ("id" integer primary key, "programme_id" integer not null references "programmes" ("id"), "user_id" integer not null references "users" ("id") on delete cascade, "assigned_at" text not null, "due_on" text, constraint "programme_assignments_once" unique ("programme_id", "user_id"));
-- table programme_items on programme_items
CREATE TABLE "programme_items" ("programme_id" integer not null references "programmes" ("id") on delete cascade, "course_id" integer not null references "courses" ("id"), "position" integer not null, constraint "programme_items_pk" primary key ("programme_id", "course_id"));
-- table programmes on programmes
CREATE TABLE "programmes" ("id" integer primary key, "code" text not null unique, "title" text not null, "description" text, "validity_months" integer);
-- table register_extracts on register_extracts
CREATE TABLE "register_extracts" ("id" integer primary key, "source" text not null check (source in ('brreg', 'elma')), "extract_date" text, "file_name" text, "row_count" integer not null, "imported_at" text not null, "current" integer default false not null);
-- table unit_requests on unit_requests
CREATE TABLE "unit_requests" ("id" integer primary key, "course_id" integer not null references "courses" ("id"), "user_id" integer references "users" ("id") on delete set null, "place" text, "note" text, "created_at" text not null, "status" text default 'open' not null check (status in ('open', 'scheduled', 'closed')));
-- table users on users
CREATE TABLE "users" ("id" integer primary key, "given_names" text not null, "family_name" text not null, "birth_date" text not null, "email" text not null, "phone" text, "national_id_hash" text not null, "national_id_mask" text not null, "national_id_kind" text not null, "hms_card_number" text, "hms_card_registered_on" text, "account_type" text not null check (account_type in ('free', 'full', 'driver')), "status" text not null check (status in ('pending', 'active', 'disabled')), "employer_id" integer references "companies" ("id"), "invoice_reference" text, "driver_details" text, "password_set_at" text, "created_at" text not null, "updated_at" text not null, "version" integer default 1 not null, "search_name" text default '' not null, "erased_at" text);
-- table users_name_fts on users_name_fts
CREATE VIRTUAL TABLE users_name_fts using fts5(search_name, content='users', content_rowid='id', tokenize='unicode61 remove_diacritics 0');
-- table users_name_fts_config on users_name_fts_config
CREATE TABLE 'users_name_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
-- table users_name_fts_data on users_name_fts_data
CREATE TABLE 'users_name_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
-- table users_name_fts_docsize on users_name_fts_docsize
CREATE TABLE 'users_name_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
-- table users_name_fts_idx on users_name_fts_idx
CREATE TABLE 'users_name_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
-- trigger audit_log_no_delete on audit_log
CREATE TRIGGER audit_log_no_delete before delete on audit_log begin select raise(abort, 'the audit log is append-only: DELETE of audit entries is refused'); end;
-- trigger audit_log_no_update on audit_log
CREATE TRIGGER audit_log_no_update before update on audit_log begin select raise(abort, 'the audit log is append-only: UPDATE of audit entries is refused'); end;
-- trigger users_name_fts_delete on users
CREATE TRIGGER users_name_fts_delete after delete on users begin
      insert into users_name_fts(users_name_fts, rowid, search_name) values ('delete', old.id, old.search_name); end;
-- trigger users_name_fts_insert on users
CREATE TRIGGER users_name_fts_insert after insert on users begin
      insert into users_name_fts(rowid, search_name) values (new.id, new.search_name); end;
-- trigger users_name_fts_update on users
CREATE TRIGGER users_name_fts_update after update of search_name on users begin
      insert into users_name_fts(users_name_fts, rowid, search_name) values ('delete', old.id, old.search_name);
      insert into users_name_fts(rowid, search_name) values (new.id, new.search_name); end;

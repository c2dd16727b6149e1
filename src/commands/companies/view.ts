// How companies are laid out in every output format, and how their fields are named as flags.
import type { CompanyField } from '../../domain/companies/fields.js';
import type { Notice } from '../../domain/messages/index.js';
import type { ListView, RecordView } from '../../output/render.js';
import type { CompanyProfile, CompanyRow } from '../../workflows/companies/records.js';

const ROW_FIELDS = [
  'org_number',
  'name',
  'status',
  'business_address',
  'invoice_address',
  'invoice_email',
  'e_invoice',
  'contact_name',
  'contact_email',
  'contact_phone',
  'email_domains',
];

export function companyView(row: CompanyRow): RecordView {
  return { kind: 'record', record: row, fields: ROW_FIELDS, idField: 'org_number' };
}

export function companyListView(rows: readonly CompanyRow[], emptyNote: Notice, total?: number): ListView {
  return {
    kind: 'list',
    rows,
    ...(total === undefined ? {} : { total }),
    columns: ['org_number', 'name', 'status', 'e_invoice', 'invoice_email', 'contact_name'],
    idField: 'org_number',
    roles: { e_invoice: 'low', invoice_email: 'normal', contact_name: 'normal' },
    emptyNote,
  };
}

export function profileView(profile: CompanyProfile): RecordView {
  return {
    kind: 'record',
    record: profile,
    fields: [
      ...ROW_FIELDS,
      'learners',
      'register_name',
      'register_status',
      'register_org_form',
      'register_address',
      'register_parent',
      'e_invoice_register',
      'created_at',
      'updated_at',
    ],
    idField: 'org_number',
  };
}

/** The flag that sets each field, for messages about bad values. */
export function flagFor(field: CompanyField): string {
  return `--${field.replaceAll('_', '-')}`;
}

// How a learner profile is laid out in every output format.
import { text as coded } from '../../domain/messages/index.js';
import type { RecordView } from '../../output/render.js';
import type { LearnerProfile } from '../../workflows/learners.js';

const PROFILE_FIELDS = [
  'id',
  'name',
  'birth_date',
  'national_id',
  'email',
  'phone',
  'account_type',
  'status',
  'employer',
  'employer_org_number',
  'invoice_reference',
  'hms_card',
  'hms_card_registered_on',
  'hms_card_age',
  'hms_card_renewal_due',
  'hms_card_overdue',
  'created_at',
  'updated_at',
];

export function profileView(profile: LearnerProfile): RecordView {
  const sections: NonNullable<RecordView['sections']> = [];
  if (profile.email_history) {
    sections.push({
      title: coded('view.email-history'),
      key: 'email_history',
      view: {
        kind: 'list',
        rows: profile.email_history,
        columns: ['email', 'valid_from', 'valid_to'],
        idField: 'email',
      },
    });
  }
  if (profile.employment_history) {
    sections.push({
      title: coded('view.employer-history'),
      key: 'employment_history',
      view: {
        kind: 'list',
        rows: profile.employment_history,
        columns: ['company', 'org_number', 'invoice_reference', 'started_on', 'ended_on'],
        idField: 'org_number',
        roles: { company: 'key' },
      },
    });
  }
  const { email_history: _e, employment_history: _h, ...record } = profile;
  return { kind: 'record', record, fields: PROFILE_FIELDS, idField: 'id', sections, words: 'account' };
}

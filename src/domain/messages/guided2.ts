// What the guided mode says to the agent while it carries a pasted ticket's facts into a flow: where the
// ticket and the records disagree, said before a question the agent would otherwise answer in vain.
// Parameters hold course codes, org numbers and days, never a national ID, token or password.

import { osloDate } from '../local-time.js';
import { formatOrgNumber } from '../org-number.js';
import type { Entry } from './catalogue.js';

const entry = <P>(en: Entry<P>['en'], nb: Entry<P>['nb']): Entry<P> => ({ en, nb });

export const GUIDED2 = {
  /** W7: the number is not in the Brønnøysund extract, so registration needs the agent's go-ahead. */
  'guided2.not-in-brreg': entry<{ orgNumber: string; extractDate: string }>(
    (p) =>
      `${formatOrgNumber(p.orgNumber)} is not in the Brønnøysund extract of ${osloDate(p.extractDate, 'en')}: deleted, never registered or mistyped`,
    (p) =>
      `${formatOrgNumber(p.orgNumber)} finnes ikke i Brønnøysund-utdraget fra ${osloDate(p.extractDate, 'nb')}: slettet, aldri registrert eller feilskrevet`,
  ),
  /** W15: the ticket asks for a certificate of a course the learner has no pass of. */
  'guided2.asked-course-not-passed': entry<{ course: string }>(
    (p) =>
      `${p.course}: the ticket asks about this course, but the history has no pass of it; there is no certificate to give`,
    (p) =>
      `${p.course}: henvendelsen spør om dette kurset, men historikken har ingen bestått ${p.course}; det finnes ikke noe kursbevis å gi`,
  ),
} as const;

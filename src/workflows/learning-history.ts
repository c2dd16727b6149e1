// W15 `users history`: every completion of a learner, passed or failed, whether each qualification is
// still valid today, and the certificates issued for them.
import { isoDate } from '../context/clock.js';
import { learningHistory } from '../db/queries/learning.js';
import { fullName } from '../domain/learner.js';
import { type QualificationStatus, qualificationStatus } from '../domain/learning.js';
import type { Text } from '../domain/messages/index.js';
import type { WorkflowDeps } from './deps.js';
import { type LearnerSelector, resolveLearner } from './learners.js';

export interface HistoryEntry {
  completion_id: number;
  course: string;
  title: string;
  unit_id: number | null;
  completed_on: string;
  result: 'passed' | 'failed';
  score: number | null;
  expires_on: string | null;
  status: QualificationStatus;
  certificate: string | null;
  certificate_status: 'issued' | 'revoked' | null;
  recorded_by: string;
}

export interface LearningHistory {
  learner: { id: number; name: string; birth_date: string };
  /** Courses with at least one passed completion that is still valid today. */
  valid_courses: string[];
  completions: HistoryEntry[];
}

export async function learnerHistory(
  deps: Pick<WorkflowDeps, 'db' | 'secret' | 'clock'>,
  selector: LearnerSelector,
): Promise<{
  history: LearningHistory;
  note: Text | undefined;
  /**
   * The English title of each course in the history that has one (by code), for replies in English; kept
   * beside the history so the history's records (json, yaml) stay as they were.
   */
  englishTitles: ReadonlyMap<string, string>;
}> {
  const { user, note } = await resolveLearner(deps, selector);
  const today = isoDate(deps.clock.now());
  const rows = await learningHistory(deps.db.kysely, user.id);
  const completions = rows.map((r): HistoryEntry => {
    const passed = r.passed === true || r.passed === 1;
    return {
      completion_id: r.completion_id,
      course: r.course,
      title: r.title,
      unit_id: r.unit_id,
      completed_on: r.completed_on,
      result: passed ? 'passed' : 'failed',
      score: r.score,
      expires_on: r.expires_on,
      status: qualificationStatus(passed, r.expires_on, today),
      certificate: r.certificate,
      certificate_status: r.certificate === null ? null : r.certificate_revoked_at ? 'revoked' : 'issued',
      recorded_by: r.recorded_by,
    };
  });
  const englishTitles = new Map<string, string>();
  for (const r of rows) if (r.title_en) englishTitles.set(r.course, r.title_en);
  const valid = [...new Set(completions.filter((c) => c.status === 'valid').map((c) => c.course))].sort();
  return {
    history: {
      learner: {
        id: user.id,
        name: fullName(user.given_names, user.family_name),
        birth_date: user.birth_date,
      },
      valid_courses: valid,
      completions,
    },
    note,
    englishTitles,
  };
}

// The audit log's changes as `kursdesk audit` shows them: an entry about a learner keeps its (masked)
// personal values in audit_personal (W20), so tests read them back through the same restore.
import type { Db } from '../../src/db/connect.js';
import { listAudit } from '../../src/workflows/audit.js';

export async function auditChanges(db: Db): Promise<unknown[]> {
  return (await listAudit({ db }, { limit: 10_000 })).map((e) => e.changes);
}

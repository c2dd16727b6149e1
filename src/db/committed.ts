// Which open databases have had a change committed in this run, and of which kind: the one fact output
// needs about writes, so that a problem found after the commit (an unknown --fields name, a lost
// connection) is not reported as if nothing was done, and says where to see what was kept.
/** `changes`: audited data changes (seen with `kursdesk audit`); `migrations`: the schema (`db status`). */
export type CommittedKind = 'changes' | 'migrations';

const committed = new WeakMap<object, CommittedKind>();

export function markCommitted(db: object, kind: CommittedKind = 'changes'): void {
  committed.set(db, kind);
}

export function hasCommittedChange(db: object): boolean {
  return committed.has(db);
}

export function committedKind(db: object): CommittedKind | undefined {
  return committed.get(db);
}

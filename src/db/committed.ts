// Which open databases have had a change committed in this run: the one fact output needs about writes,
// so that a problem found after the commit (an unknown --fields name) is not reported as if nothing was done.
const committed = new WeakSet<object>();

export function markCommitted(db: object): void {
  committed.add(db);
}

export function hasCommittedChange(db: object): boolean {
  return committed.has(db);
}

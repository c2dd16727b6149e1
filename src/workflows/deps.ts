// What a workflow may use: the database, the clock, the acting agent and the installation key. Commands
// pass their context; tests pass the same shape with a fixed clock.
import type { Clock } from '../context/clock.js';
import type { Db } from '../db/connect.js';
import type { Actor } from '../db/write-gate.js';

export interface WorkflowDeps {
  db: Db;
  clock: Clock;
  actor(): Actor;
  secret(): Buffer;
}

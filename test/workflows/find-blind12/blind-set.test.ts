// Held-out W1 set 12 (report only): 150 `users find` requests written by someone who saw neither the
// matching code nor its tests (engineer findblind12w), against `fixtures generate --users 20000 --seed
// findblind12`. The requests must parse; the score is printed, never held to a threshold.
//
// main (19a036c) before this set was read (scored once by the lead with ../score-find.mjs on the CLI-made
// SQLite file; find-main.txt): present 110: top1 110 (100.0%), top3 110 (100.0%), verified-wrong 0;
// absent 40: verified 0, likely 1; verdict equal to the writer's 149/150 (none->likely 1).
import { describeFindBlindSet } from '../../helpers/find-blind-set.js';

describeFindBlindSet({ number: 12, dir: import.meta.dirname, requests: 150 });

// Held-out W1 set 11 (report only): 150 `users find` requests written by someone who saw neither the
// matching code nor its tests, against `fixtures generate --users 20000 --seed findblind11`. The requests
// must parse; the score is printed, never held to a threshold (the set would stop being held out).
//
// main (06cb2bb) before this set was read (scored once by the lead with ../score-find.mjs on the CLI-made
// SQLite file; find-main.txt): present 110: top1 110 (100.0%), top3 110 (100.0%), verified-wrong 0;
// absent 40: verified 0, likely 4; verdict equal to the writer's 144/150 (none->likely 4,
// likely->ambiguous 2).
import { describeFindBlindSet } from '../../helpers/find-blind-set.js';

describeFindBlindSet({ number: 11, dir: import.meta.dirname, requests: 150 });

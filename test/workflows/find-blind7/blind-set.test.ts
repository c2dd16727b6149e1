// Held-out W1 set 7 (report only): 178 `users find` requests written by someone who saw neither the
// matching code nor its tests, against `fixtures generate --users 20000 --seed findblind7`. The requests
// must parse; the score is printed, never held to a threshold (the set would stop being held out).
//
// main before this set was read (scored once by the lead with ../score-find.mjs on the CLI-made SQLite file):
//   present 133: top1 126 (94.7%), top3 129 (97.0%), verified-wrong 0; absent 45: verified 0, likely 0;
//   verdict equal to the writer's 158/178 (ambiguous->none 13, likely->none 3, verified->error(4) 2,
//   ambiguous->likely 1, likely->ambiguous 1).
// The runner and the score are shared with the other sets (test/helpers/find-blind-set.ts).
import { describeFindBlindSet } from '../../helpers/find-blind-set.js';

describeFindBlindSet({ number: 7, dir: import.meta.dirname, requests: 178 });

// Held-out W1 set 12 (report only): 150 `users find` requests written by someone who saw neither the
// matching code nor its tests (engineer findblind12w), against `fixtures generate --users 20000 --seed
// findblind12`. The requests must parse; the score is printed, never held to a threshold.
//
// main (19a036c) before this set was read (scored once by the lead with ../score-find.mjs on the CLI-made
// SQLite file; find-main.txt): present 110: top1 110 (100.0%), top3 110 (100.0%), verified-wrong 0;
// absent 40: verified 0, likely 1; verdict equal to the writer's 149/150 (none->likely 1).
// Read by find12 (scored with ../score-find.mjs on `fixtures generate --users 20000 --seed findblind12`):
//   f12-114 (none->likely): "Jan Krzysztof Kristianaen", 7. april 1986, offered Jan Kristensen (#17374,
//     born 1986-06-07, a digit off) though his name fits only with 3 slips and a word he lacks (kind
//     `different`), while the name is one slip from Jan Krzysztof Kristiansen (#15032, born far). Ours:
//     no rule let a `different` name be likely, and README W1 says likely never rests on what another
//     person could write. Now an account whose name is not the one written (a family name it lacks, a
//     word it lacks with more slips than the words take; a name with only words left out still fits)
//     is listed but out of the verdict unless its address or national ID is given: none.
//   The writer's open calls and this fault, as 17 requests of our own on this fixture
//   (judgement-calls.yaml, not held out; main 15/17, now 17/17): a pet form that is a name on file (Tommy, Mo) stands for its
//   given name and the name as written beats it; 'Mo Olsen' listed nobody (the name search stopped at
//   Silje Moe-Olsen, no fit, before reading Mo as Mohammed; pet forms are now read with the cheap
//   readings); an employer named by a name two companies share counts both (ambiguous, likely by org
//   number); day and month swapped is one slip with the month's name too. README W1 says each now.
// After: present 110: top1 110, top3 110, verified-wrong 0; absent 40: verified 0, likely 0; verdict
// 150/150 on SQLite and on PostgreSQL (generated into a schema of its own; the same rows and top 3),
// judgement-calls.yaml 17/17 on both. No label changed. Blind7-11 unchanged (178/178, 178/180,
// 147/150, 140/150, 150/150; the same top 3 but f9-040, 075, 114, which list a third candidate).
import { describeFindBlindSet } from '../../helpers/find-blind-set.js';

describeFindBlindSet({ number: 12, dir: import.meta.dirname, requests: 150 });

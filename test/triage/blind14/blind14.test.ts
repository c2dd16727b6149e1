// The fourteenth blind set: tickets written without seeing the classifier or the earlier sets (engineer
// blind14w, 120 by hand, 30 generated). Only parsing is asserted; the score is printed, not held to a threshold.
// Unseen score, once before anyone read a ticket (`npx vitest run test/triage/blind14`), main 19a036c:
//   blind14: 150 tickets; first topic 92.0%, all-topic recall 87.2%, language 98.7%
//   names P 98.1% R 95.7% (first name right 95.8%); birth dates P 87.9% R 100.0%; e-mails P 98.8% R 99.4%
//   org numbers P 100.0% R 100.0%; national IDs found P 50.0% R 100.0%; national IDs printed 0
//   first topic misses: other 9/12, W3 12/13, W4 6/7, W7 7/8, W10 4/5, W14 5/6, W15 12/13, W19 0/2, W20 7/8
// Read since (branch triage14): every miss, by README's rules. No label was changed: the set writer's choices
// agree with README or are judgement calls README leaves open (b14-e-21 below; b14-p-08, a bounce in English
// about a Norwegian desk mail, labelled nb, kept: README gives a bounce no language rule).
// Eleven of the twelve first-topic misses were general faults, fixed in src/domain/triage/topics.ts,
// topic-phrases.ts and topic-descriptions.ts (own tickets in test/triage/blind14-faults.test.ts):
// - a side marker after "og"/"and" ("… nytt passord og samtidig fortelle meg …") marked the phrase before it
//   as the side ask; it now speaks of what follows (b14-l-28);
// - "Og når jeg først skriver: …" was no side marker, and the "egentlig" of "hva mangler jeg egentlig" (a
//   question's stress) counted as the main ask; an announcer now covers its whole sentence (b14-c-07);
// - "Og i så fall, …" / "If so, …" make their question the second one, and announce nothing (b14-c-19);
// - README's W4 before W5 needed a W4 phrase in the body; moving the login to a given address off a lost
//   mailbox now counts as asking W4 (b14-e-06);
// - README's "what the company must do to be registered is W7 first" was not applied: W7 now leads W5 when
//   the mail asks so, unless the move is marked as the main ask ("Egentlig vil jeg bare …", b5-w5-10) (b14-e-22);
// - W19 (test data, fixtures) had no phrases at all (b14-p-07, b14-p-20); W20 lacked nynorsk "slett … frå
//   systemet", "alt de har om meg" (b14-p-18); parking/lunch/hotel, a price per participant and a job with
//   us were not `other` against a course they name (b14-p-13, b14-g-29, b14-p-16).
// Language: a phone's English shorthand ("reset pw pls, locked out") had no English word (b14-l-15).
// Names: an agent's call note from the desk's own mailbox gave the desk's display name ("Eksternsupport",
// l-36) or nobody (l-02); the caller after "Innringer:", "Caller says:", "Ringte:" is now the name (triage.ts,
// names.ts).
// Left: first topic b14-e-21 (W12 "finner ikke kurset" + W10 "bytte brukertypen": labelled W10 first as the
// explicit ask; phrases give W12, the confusion CV lists most, W10 → W12 ×6). Facts, not ours here: national
// IDs found P 50% and birth dates P 87.9% are the five mistyped IDs (l-14, l-38, g-03, g-10, g-26; the
// mistyped-ID convention, engineer facts14), c-02 ("issued to", siteoffice@: facts14). Names left: a name
// only in a signature image's alt text (l-12), the old name of a married learner (l-07), the other twin (l-08),
// the father's name beside the son writing from his mailbox (l-27), an ex-employer's HR writing about a former
// employee (e-05).
// After, general fixes with the old model: first topic 99.3% (149/150); every labelled set's first-topic misses
// listed before and after by a throwaway script: no older ticket changed. Retrained with blind14 (in-sample):
//   blind14: 150 tickets; first topic 99.3%, all-topic recall 88.9%, language 99.3%
//   names P 98.7% R 96.9% (first name right 97.2%); birth dates, e-mails, org numbers, IDs as unseen
//   other sets: blind11 first topic 100.0% -> 99.3% (b11-w3-08, "sjekka søppelpost … ingen mail" under
//   "Re: passord", W2 0.68 vs W3 0.64: the model's near tie moved), all-topic recall blind3 96.0 -> 96.7%,
//   blind5 96.4 -> 96.9%, blind8 90.2 -> 89.9%; nothing else changes.
// CV (npm run eval:topics) 97.0% (2602/2683, main 19a036c) -> 97.1% (2751/2833); blind14 as an unseen batch
// 99.3%; the old sets' folds the same count (2602/2683; `-- --misses`: newly missed b10-w9-01, b11-w16-03,
// b13-w2-10 (likely "If so, please switch me …" now a side marker), b6-w4-17, b7-w3-21, b7-w5-14, b8-w13-11;
// newly right b13-w4-08, b2-mix-17, b3-w7-07, b4-w8-01, b6-mix-04, b7-w14-04, b9-w3-09), not read further.
import { describeBlindSet } from '../blind-set.js';

describeBlindSet('blind14', import.meta.dirname, 140);

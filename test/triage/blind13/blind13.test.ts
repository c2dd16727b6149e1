// The thirteenth blind set: tickets written without seeing the classifier or the earlier sets. Only parsing
// is asserted; the score is printed, not held to a threshold.
// Unseen score, once before anyone read a ticket (`npx vitest run test/triage/blind13`), main e39cfc3:
//   blind13: 150 tickets; first topic 92.0%, all-topic recall 92.3%, language 100.0%
//   names P 99.4% R 97.0% (first name right 97.2%); birth dates P 100.0% R 100.0%; e-mails P 99.4% R 98.2%
//   org numbers P 100.0% R 100.0%; national IDs found P 60.0% R 100.0%; national IDs printed 0
//   first topic misses: registration 7/8, W2 8/10, W3 15/16, W5 7/8, W6 3/4, W7 7/8, W12 5/6, W15 11/13,
//   W20 4/6
// Read since (branch triage13): one label was made to follow README's rules (marked in the YAML):
// b13-w1-24, a learner whose employer is missing from the list when registering, leads with W7 ("we cannot
// find our company when registering" is W7). The set writer's other judgement calls (an autoreply keeps its
// name, a writer who is also the contact person first, W8 contacts before the writer, third-party writers
// left out, the Bane NOR employee's first log-in as registration) agree with README or cost no miss and
// were kept; the shared family mailbox "listed" is README's `sharedEmails`, not `emails` (b13-w1-19, kept).
// Six topic misses were one general fault (src/domain/triage/topics.ts, test/triage/blind13-faults.test.ts):
// a side question announced by a marker opening a sentence or ending in a colon ("As well: …", "I
// tillegg: …", "… hjelp med noe annet: …") led over the question asked before it whenever its own phrases
// were more ("new HMS card", "card number", "update ~ card" against one "certificate"), and a marker
// opening the next sentence ("… passordet mitt. Forresten, …") marked the phrase before it as the side ask.
// The asked-first question is now listed and leads; 'noe annet', 'noko anna', 'something else', 'one more
// thing' are side markers. National IDs found P 60%: the two numbers (b13-w1-40, b13-w1-45) follow
// "Fødselsnummer:" and fail the second check digit (the first fits): triage reports such a number, masked,
// as `mistyped` so the reply asks for it again (by design, test/triage/domain.test.ts), and score.ts counts
// any finding; the label counts valid IDs only. Neither was changed: blind5-7 label mistyped IDs as found.
// (facts14 chose one convention: a mistyped ID is no found ID; score.ts counts valid findings only and the 18
// tickets of blind5-7, 10 and 11 that labelled a mistyped ID as found were relabelled.)
// Figures on the relabelled set: main 92.7% first topic; general fixes with the old model 96.7%;
// retrained 99.3% in-sample (all-topic recall 91.2%, language 100.0%).
// CV (npm run eval:topics) 96.7% (2450/2533, main e39cfc3) -> 97.0% (2602/2683); blind13 as an unseen
// batch 96.7%, the old sets' folds 7 tickets more (2457/2533; `-- --misses`: newly missed b11-w12-01,
// b3-w4-03, b6-mix-04, b9-w3-09, bl-w4-03; newly right b11-w1-12, b2-w2-10, b3-w12-06, b4-reg-03,
// b6-mix-10, b6-w4-17, b7-w5-14, b8-w3-06, b9-w12-06, bl-oth-07, bl-w12-06, fr6-45), not read further.
// In-sample with the retrained model no other set drops (blind8 all-topic recall 89.9% -> 90.2%).
// Left, with the retrained model: first topic b13-w1-27 only. Right only because the model learnt them,
// no general fix (missed by the old model after the fixes): b13-w1-27 (W2 never-came mail vs W3 reset, old model), b13-w2-24 (W6 merger vs W5 "new
// company", near tie), b13-w2-35 (HR "on behalf of our employee … need us as their employer": W16 over W5),
// b13-w3-11 ("Egentlig trenger jeg bare kursbeviset" after a first "kursbevis": the main mark is read only
// at a topic's first phrase), b13-w4-08 (W20 erasure vs W4 new login). Facts, all ours: "Geir Tinde her"
// from post@ (w1-08), the old login "Innlogget med yngve@…" (w2-12), a forward whose note says "Jeg er en
// av dem på lista" (w2-15: the writer is the person), a table header "Navn Født E-post" read as a name
// (w2-03), "- Name, DOB 14/8/1998" list lines (w2-30), "issued to Lukas Brandt" and the role mailbox
// siteoffice@ (w3-15).
// facts14 (test/triage/facts14.test.ts): the facts above are read now (names P/R 100/100, e-mails P 100 R 99.4,
// national IDs found P 100 with the one convention); b13-w1-27 kept as labelled (W2 asked first) and right by
// its phrases; the main mark "egentlig … bare" counts wherever it stands (as in b13-w3-11); first topic 100.0%.
import { describeBlindSet } from '../blind-set.js';

describeBlindSet('blind13', import.meta.dirname, 140);

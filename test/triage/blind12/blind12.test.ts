// The twelfth blind set: tickets written without seeing the classifier or the earlier sets. Only parsing
// is asserted; the score is printed, not held to a threshold.
// Unseen score, once before anyone read a ticket (`npx vitest run test/triage/blind12`), main 06cb2bb:
//   blind12: 150 tickets; first topic 87.3%, all-topic recall 92.2%, language 100.0%
//   names P 94.9% R 83.9% (first name right 88.7%); birth dates P 98.1% R 89.5%; e-mails P 97.5% R 96.4%
//   org numbers P 100.0% R 100.0%; national IDs found P 100.0% R 80.0%; national IDs printed 0
//   first topic misses: registration 9/10, W1 13/16, W2 8/12, W3 15/16, W4 7/8, W5 8/10, W10 4/6,
//   W13 6/8, W15 11/12, W20 4/6
// Read since (branch triage12): three labels were made to follow README's names rule (each marked in the
// YAML: an address spelling first.last gives the name when the text signs the first name, as the main set
// labels crs-05 and sms-05; README now says so). Eighteen of the 19 topic misses were one general fault:
// a top-posted reminder ("Purring!!", "Any update?", "Bump") whose ask is the writer's own earlier message
// below the desk's acknowledgement; that message is now read as the request, facts too (17 right by it,
// the 18th, b12-w4-01, needed the W4 rule below). The rest and the
// fact misses were fixed in src/domain/triage (test/triage/blind12-faults.test.ts, 16 tests, 15 fail on
// the old code): W4 before W5 when the old login's mailbox is out of reach, 'need to sign up' with an
// account-type question is registration, Markdown/bracketed/numbered lists of employees or workers, 'on
// behalf of my wife Name', a shared family address given as his, 'Firm AS v/ Name' with no closing, a name
// above a '--' block or before ', DOB …', 'Name 14. mars -88', and '03-03-27' read year first.
// Figures on the relabelled set: main 87.3% first topic (names P 96.4% R 83.5%, birth dates R 89.5%,
// e-mails P 97.5% R 96.4%, national IDs R 80.0%); general fixes with the old model 100.0% (all-topic
// recall 93.3%; names, birth dates, e-mails, national IDs all P 100.0% R 100.0%); retrained 100.0%
// in-sample (all-topic recall 92.8%, language 100.0%).
// CV (npm run eval:topics) 96.7% (2304/2383, main 06cb2bb) -> 96.7% (2450/2533); blind12 as an unseen
// batch 100.0%, the old sets' folds 4 tickets fewer (2300/2383; `-- --misses`: newly missed b2-w11-06,
// b3-w12-06, b4-reg-03, b6-w16-03, b7-w14-04, b8-w3-06, b9-w12-06, b11-w5-06; newly right b5-other-16,
// b7-w3-21, b7-w12-09, b9-w3-09). facts13 read them: all 8 come with the code before triage12 once
// blind12 is in the training data (and b3-w4-03, which triage12's rules then fix); triage12's code
// without blind12 misses only b11-w5-06 of them (its readers change the training texts); the phrases
// rank all 8 as before. The model's letter 4-grams of names, firms and 'portal' move them (e.g.
// b11-w5-06 toward W10 by '_sør' of Sørensen, b4-reg-03 toward W11 by 'spor'/'orta'/'rtal' in 28-33
// blind12 tickets): near ties the new data tips, left for a model that leaves the person's name out.
// In-sample with the retrained model, b5-w5-13 ("jeg har fortsatt tilgang til den gamle e-posten … bare
// arbeidsgiveren") now leads with W4 before its W5 (blind5 98.6% -> 98.1%) and b3-w10-05 loses its second
// topic: the model's doing (the same code with the old model keeps both).
// facts13: b5-w5-13 leads with W5 again (the writer still reaching the old mailbox halves W4's words).
// Left: nothing of blind12's misses; all-topic recall 92.8% (second topics not listed) was not worked on.
import { describeBlindSet } from '../blind-set.js';

describeBlindSet('blind12', import.meta.dirname, 140);

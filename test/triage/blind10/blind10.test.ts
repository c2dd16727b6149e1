// The tenth blind set: tickets written without seeing the classifier or the earlier sets. Only parsing
// is asserted; the score is printed, not held to a threshold.
// Unseen score, once before anyone read a ticket (`npx vitest run test/triage/blind10`), main 5b13353:
//   blind10: 150 tickets; first topic 96.0%, all-topic recall 91.7%, language 100.0%
//   names P 97.4% R 87.8% (first name right 97.2%); birth dates P 100.0% R 87.1%; e-mails P 99.4% R 93.5%
//   org numbers P 100.0% R 100.0%; national IDs found P 85.7% R 75.0%; national IDs printed 0
// Read since (branch triage10): the general faults its misses showed were fixed in src/domain/triage
// (test/triage/blind10-faults.test.ts); 17 labels were made to follow README's documented rules (each
// marked in the YAML: 14 listed a writer about someone else, two read a forward otherwise, one left out
// a mistyped fnr), and it trains the topic model like the earlier sets (scripts/topic-model/train.ts), so
// its score is a training figure now.
// Figures then, on the relabelled set: main 96.0% first topic (names P 96.8% R 96.2%, e-mails P 98.7%
// R 98.1%); general fixes with the old model 99.3% (names P 100.0% R 98.1%, e-mails P 100.0% R 100.0%,
// birth dates R 90.3%); retrained 100.0% in-sample (all-topic recall 90.1%). CV (npm run eval:topics) 96.4% (2008/2083) ->
// 96.7% (2159/2233; blind10 as an unseen batch 99.3%, flattered: its phrases were written with it read).
// Left: national IDs written with separators ("DD MM YY III KK", "DDMMYY III KK": w1-10, w4-02) are the
// privacy branch's; a birth date written "YYYY MM DD" (w1-12), the contact column of a pasted table
// (w8-02), W16 behind registration when the apprentice met the Firma-ID (w16-03), W14/W13 order (w14-05).
import { describeBlindSet } from '../blind-set.js';

describeBlindSet('blind10', import.meta.dirname, 140);

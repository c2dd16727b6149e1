// The ninth blind set: tickets written without seeing the classifier or the earlier sets. Only parsing
// is asserted; the score is printed, not held to a threshold.
// Unseen score, once before anyone read a ticket (`npx vitest run test/triage/blind9`):
//   main 350c2ca (after blind8 was learnt from):
//   blind9: 150 tickets; first topic 95.3%, all-topic recall 92.8%, language 100.0%
//   names P 92.1% R 93.3% (first name right 94.1%); birth dates P 96.9% R 100.0%; e-mails P 95.9% R 99.4%
//   org numbers P 100.0% R 100.0%; national IDs found P 100.0% R 100.0%; national IDs printed 0
//   the session's start c6a87ca on the same set: first topic 94.7%, all-topic recall 92.8%, e-mails P 94.2%
// Read since (branch triage9): the general faults its misses showed were fixed in src/domain/triage
// (test/triage/blind9-faults.test.ts), two labels were made to follow README's documented rules (each
// marked in the YAML), and it trains the topic model like the earlier sets (scripts/topic-model/train.ts),
// so its score is a training figure now.
// Figures then: general fixes with the old model 96.7% first topic (names P 94.7% R 95.3%, e-mails P 97.6%);
// retrained 98.0% in-sample. CV (npm run eval:topics) 96.1% (1858/1933) -> 96.4% (2008/2083; blind9 as
// an unseen batch 96.7%).
import { describeBlindSet } from '../blind-set.js';

describeBlindSet('blind9', import.meta.dirname, 140);

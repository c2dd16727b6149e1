// The eighth blind set: tickets written without seeing the classifier or the earlier sets. Only
// parsing is asserted; the score is printed, not held to a threshold.
// Unseen score, once on main (c6a87ca) before anyone read a ticket (`npx vitest run test/triage/blind8`):
//   blind8: 240 tickets; first topic 88.3%, all-topic recall 88.9%, language 99.2%
//   names P 91.0% R 91.8% (first name right 95.9%); birth dates P 95.9% R 100.0%; e-mails P 92.7% R 100.0%
//   org numbers P 100.0% R 100.0%; national IDs printed 0
//   first topic per labelled topic: other 17/20, W1 19/20, W2 20/20, W3 18/20, W4 10/10, W5 18/20, W6 6/7,
//   W7 10/11, W8 5/6, W9 6/7, W10 9/10, W11 10/10, W12 8/10, W13 18/20, W14 7/10, W15 21/21, W16 1/6,
//   W17 3/6, W20 6/6
// Read since (branch triage8): the general faults its misses showed were fixed in src/domain/triage (each
// with a test written afresh in test/triage/blind8-faults.test.ts), some labels were made to follow
// README's documented rules (each marked `# relabelled:` in the YAML), and it trains the topic model like
// the earlier sets (scripts/topic-model/train.ts), so its score is a training figure now. With the new
// labels: first topic 90.0% on main's code, 96.7% with the general fixes and the old model, 99.6% once
// trained on; left as hard: b8-w10-07 (W10 asked as the cure of a W12 symptom).
import { describeBlindSet } from '../blind-set.js';

describeBlindSet('blind8', import.meta.dirname, 210);

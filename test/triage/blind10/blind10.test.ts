// The tenth blind set: tickets written without seeing the classifier or the earlier sets. Only parsing
// is asserted; the score is printed, not held to a threshold.
// Unseen score, once before anyone read a ticket (`npx vitest run test/triage/blind10`), main 5b13353:
//   blind10: 150 tickets; first topic 96.0%, all-topic recall 91.7%, language 100.0%
//   names P 97.4% R 87.8% (first name right 97.2%); birth dates P 100.0% R 87.1%; e-mails P 99.4% R 93.5%
//   org numbers P 100.0% R 100.0%; national IDs found P 85.7% R 75.0%; national IDs printed 0
import { describeBlindSet } from '../blind-set.js';

describeBlindSet('blind10', import.meta.dirname, 140);

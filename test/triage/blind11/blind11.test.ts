// The eleventh blind set: tickets written without seeing the classifier or the earlier sets. Only parsing
// is asserted; the score is printed, not held to a threshold.
// Unseen score, once before anyone read a ticket (`npx vitest run test/triage/blind11`), main 6750e8b:
//   blind11: 150 tickets; first topic 95.3%, all-topic recall 93.9%, language 98.0%
//   names P 94.2% R 81.0% (first name right 93.7%); birth dates P 93.8% R 85.7%; e-mails P 98.1% R 93.5%
//   org numbers P 100.0% R 100.0%; national IDs found P 83.3% R 100.0%; national IDs printed 0
//   first topic misses: registration 5/6, W1 14/15, W2 12/13, W3 14/15, W12 5/6, W13 11/12, W16 2/3
import { describeBlindSet } from '../blind-set.js';

describeBlindSet('blind11', import.meta.dirname, 140);

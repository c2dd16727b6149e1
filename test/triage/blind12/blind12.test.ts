// The twelfth blind set: tickets written without seeing the classifier or the earlier sets. Only parsing
// is asserted; the score is printed, not held to a threshold.
// Unseen score, once before anyone read a ticket (`npx vitest run test/triage/blind12`), main 06cb2bb:
//   blind12: 150 tickets; first topic 87.3%, all-topic recall 92.2%, language 100.0%
//   names P 94.9% R 83.9% (first name right 88.7%); birth dates P 98.1% R 89.5%; e-mails P 97.5% R 96.4%
//   org numbers P 100.0% R 100.0%; national IDs found P 100.0% R 80.0%; national IDs printed 0
//   first topic misses: registration 9/10, W1 13/16, W2 8/12, W3 15/16, W4 7/8, W5 8/10, W10 4/6,
//   W13 6/8, W15 11/12, W20 4/6
import { describeBlindSet } from '../blind-set.js';

describeBlindSet('blind12', import.meta.dirname, 140);

// The thirteenth blind set: tickets written without seeing the classifier or the earlier sets. Only parsing
// is asserted; the score is printed, not held to a threshold.
// Unseen score, once before anyone read a ticket (`npx vitest run test/triage/blind13`), main e39cfc3:
//   blind13: 150 tickets; first topic 92.0%, all-topic recall 92.3%, language 100.0%
//   names P 99.4% R 97.0% (first name right 97.2%); birth dates P 100.0% R 100.0%; e-mails P 99.4% R 98.2%
//   org numbers P 100.0% R 100.0%; national IDs found P 60.0% R 100.0%; national IDs printed 0
//   first topic misses: registration 7/8, W2 8/10, W3 15/16, W5 7/8, W6 3/4, W7 7/8, W12 5/6, W15 11/13,
//   W20 4/6
import { describeBlindSet } from '../blind-set.js';

describeBlindSet('blind13', import.meta.dirname, 140);

// The fourteenth blind set: tickets written without seeing the classifier or the earlier sets (engineer
// blind14w, 120 by hand, 30 generated). Only parsing is asserted; the score is printed, not held to a threshold.
// Unseen score, once before anyone read a ticket (`npx vitest run test/triage/blind14`), main 19a036c:
//   blind14: 150 tickets; first topic 92.0%, all-topic recall 87.2%, language 98.7%
//   names P 98.1% R 95.7% (first name right 95.8%); birth dates P 87.9% R 100.0%; e-mails P 98.8% R 99.4%
//   org numbers P 100.0% R 100.0%; national IDs found P 50.0% R 100.0%; national IDs printed 0
//   first topic misses: other 9/12, W3 12/13, W4 6/7, W7 7/8, W10 4/5, W14 5/6, W15 12/13, W19 0/2, W20 7/8
import { describeBlindSet } from '../blind-set.js';

describeBlindSet('blind14', import.meta.dirname, 140);

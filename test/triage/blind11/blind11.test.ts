// The eleventh blind set: tickets written without seeing the classifier or the earlier sets. Only parsing
// is asserted; the score is printed, not held to a threshold.
// Unseen score, once before anyone read a ticket (`npx vitest run test/triage/blind11`), main 6750e8b:
//   blind11: 150 tickets; first topic 95.3%, all-topic recall 93.9%, language 98.0%
//   names P 94.2% R 81.0% (first name right 93.7%); birth dates P 93.8% R 85.7%; e-mails P 98.1% R 93.5%
//   org numbers P 100.0% R 100.0%; national IDs found P 83.3% R 100.0%; national IDs printed 0
//   first topic misses: registration 5/6, W1 14/15, W2 12/13, W3 14/15, W12 5/6, W13 11/12, W16 2/3
// Read since (branch triage11): 21 labels were made to follow README's documented rules (each marked in the
// YAML: 16 listed a writer about someone else, two read a forward otherwise, two left out the birth date in
// a national ID or a mistyped fnr, one put registration before W7 for "cannot find our company"). The
// general faults its misses showed were fixed in src/domain/triage (test/triage/blind11-faults.test.ts),
// with blind10's leftovers "1986 06 11" and a table's contact column; it trains the topic model now.
// Figures on the relabelled set: main 96.0% first topic (names P 92.9% R 88.8%, birth dates R 86.5%,
// e-mails P 96.9% R 100.0%); general fixes with the old model 96.0% (names, birth dates, e-mails all
// P 100.0% R 100.0%); retrained 100.0% in-sample (all-topic recall 90.5%, language 98.0%).
// CV (npm run eval:topics) 96.7% (2159/2233, blind10 header) -> 96.6% (2303/2383); blind11 as an unseen batch 96.0%.
// Left: language of three short mails (b11-w2-02 English read as bokmål, b11-w7-04 and b11-other-08
// nynorsk read as bokmål); W1 before W15 (b11-w1-12), W16 behind registration (b11-w16-02) and W14/W13
// order (b11-w13-08) come right only by the retrained model, with no rule behind them.
import { describeBlindSet } from '../blind-set.js';

describeBlindSet('blind11', import.meta.dirname, 140);

// The seventh blind set: tickets written without seeing the classifier or the earlier sets. Only
// parsing is asserted; the score is printed, not held to a threshold.
import { describeBlindSet } from '../blind-set.js';

describeBlindSet('blind7', import.meta.dirname, 210);

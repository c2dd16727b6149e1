import { describeBlindSet } from '../blind-set.js';

describeBlindSet('blind14', import.meta.dirname, 140);

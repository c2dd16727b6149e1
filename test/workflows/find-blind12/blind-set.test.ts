import { describeFindBlindSet } from '../../helpers/find-blind-set.js';

describeFindBlindSet({ number: 12, dir: import.meta.dirname, requests: 150 });

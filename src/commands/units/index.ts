// `kursdesk units …`: scheduled runs of classroom courses, their seats, and requests for new ones (W13).
import type { Command } from 'commander';
import type { Runner } from '../runner.js';
import { register as registerEnrol } from '../seats/enrol.js';
import { register as registerUnenrol } from '../seats/unenrol.js';
import { register as registerWaitlist } from '../seats/waitlist.js';
import { registerList } from './list.js';
import { registerRequest, registerRequests } from './requests.js';
import { registerSetCapacity } from './set-capacity.js';

export function register(parent: Command, run: Runner): void {
  const units = parent
    .command('units')
    .description('course units: list, enrol, unenrol, waitlist, set-capacity, request, requests')
    .addHelpText('after', '\nRun kursdesk units <verb> --help for the options and examples of each verb.\n');
  registerList(units, run);
  registerEnrol(units, run);
  registerUnenrol(units, run);
  registerWaitlist(units, run);
  registerSetCapacity(units, run);
  registerRequest(units, run);
  registerRequests(units, run);
}

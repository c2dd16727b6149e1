// `kursdesk units …`: scheduled runs of classroom courses, their seats, and requests for new ones (W13).
import type { Command } from 'commander';
import { nounHelp, type Runner } from '../runner.js';
import { register as registerEnrol } from '../seats/enrol.js';
import { register as registerUnenrol } from '../seats/unenrol.js';
import { register as registerWaitlist } from '../seats/waitlist.js';
import { registerList } from './list.js';
import { registerRequest, registerRequests } from './requests.js';
import { registerSetCapacity } from './set-capacity.js';

export function register(parent: Command, run: Runner): void {
  const units = parent
    .command('units')
    .description('course dates and seats: list, enrol, unenrol, waitlist, set-capacity, request, requests')
    .addHelpText(
      'after',
      nounHelp(
        'units',
        [
          ['"which dates have seats?"', 'units list --course <code> --available'],
          ['"book me on the course"', 'units enrol (the waitlist when full)'],
          ['"the course is full"', 'units list, then units enrol or units waitlist'],
          ['"there are no dates"', 'units request'],
          ['"cancel my seat"', 'units unenrol (the seat goes to the waitlist)'],
        ],
        'kursdesk units list --course SV-300 --available',
        'kursdesk units enrol 42 18 --ticket SUP-5122 --reply nb',
        'kursdesk units request SKI-610 --user 42 --place Drammen --ticket SUP-5131 --reply nb',
      ),
    );
  registerList(units, run);
  registerEnrol(units, run);
  registerUnenrol(units, run);
  registerWaitlist(units, run);
  registerSetCapacity(units, run);
  registerRequest(units, run);
  registerRequests(units, run);
}
